package io.dxrank.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.TestFiles;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import io.dxrank.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan twice loses nothing (issue 21): copies count once, and say which file they repeat. */
class DuplicateDocumentsTest {

    static final String SEED = "000_94ef183eb1e07201.txt";

    @TempDir
    Path tmp;

    @Test
    void aPlanAndTwoIdenticalCopiesGiveThePlansFactsOnce() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("plans"));
        byte[] plan = TestFiles.plan(SEED);
        Files.write(input.resolve(SEED), plan);
        Files.write(input.resolve("ke-hoach (1).txt"), plan);
        Files.write(input.resolve("ke-hoach-copy.txt"), plan);
        Path out = tmp.resolve("out");
        RunOptions options = RunOptions.builder().jobName("dup").inputs(List.of(input.toString())).out(out)
                .charts(tmp.resolve("charts")).build();
        new Pipeline(SparkTestSession.get(), options).run();

        // what the plan alone gives: its normalized facts (no other plan or table to pick between)
        long seedFacts = new Normalizer(Catalog.load(RunOptions.DEFAULT_CATALOG),
                Gazetteer.load(RunOptions.DEFAULT_GAZETTEER)).normalize(PlanExtractor.extract(SEED, plan)).facts().size();
        List<CSVRecord> facts = TestFiles.readCsv(out.resolve("facts.csv"));
        assertTrue(seedFacts > 10, "the seed has facts in the goldens: " + seedFacts);
        assertEquals(seedFacts, facts.size(), "the plan's facts, once");
        assertEquals(1, facts.stream().map(r -> r.get("source_file")).distinct().count(), "from one file");
        List<CSVRecord> duplicates = TestFiles.readCsv(out.resolve("quality.csv")).stream()
                .filter(r -> r.get("code").equals("duplicate_document")).toList();
        assertEquals(2, duplicates.size(), duplicates.toString());
        assertTrue(duplicates.stream().allMatch(r -> r.get("detail").contains("the same document as")));
        assertEquals(3, TestFiles.readCsv(out.resolve("plans.csv")).size(), "every file is listed");
    }
}
