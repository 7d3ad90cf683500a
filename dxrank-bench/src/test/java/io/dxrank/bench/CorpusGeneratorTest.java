package io.dxrank.bench;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.VietNumber;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static CorpusGenerator.Result result;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("a");
        result = CorpusGenerator.generate(new CorpusGenerator.Options(30, 2024, 2025, 11, corpus, null));
    }

    @Test
    void writesOnePlanAndOneTruthFilePerLocalityAndYear() throws IOException {
        assertEquals(60, result.plans());
        assertEquals(60, files(corpus.resolve("plans")).size());
        assertEquals(60, files(corpus.resolve("truth")).size());
        List<String> gazetteer = Files.readAllLines(corpus.resolve("reference/localities.csv"), StandardCharsets.UTF_8);
        assertEquals(31, gazetteer.size(), "header and one row per locality");
        assertTrue(result.statements() > 60 * 20, "a plan carries dozens of statements: " + result.statements());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherText() throws IOException {
        Path again = tmp.resolve("b");
        CorpusGenerator.generate(new CorpusGenerator.Options(30, 2024, 2025, 11, again, null));
        List<Path> first = files(corpus);
        List<Path> second = files(again);
        assertEquals(first.stream().map(corpus::relativize).toList(), second.stream().map(again::relativize).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    "differs: " + first.get(i));
        }
        Path other = tmp.resolve("c");
        CorpusGenerator.generate(new CorpusGenerator.Options(30, 2024, 2025, 12, other, null));
        Path plan = files(corpus.resolve("plans")).get(5);
        Path otherPlan = files(other.resolve("plans")).get(5);
        assertFalse(Files.readString(plan, StandardCharsets.UTF_8).equals(Files.readString(otherPlan,
                StandardCharsets.UTF_8)), "another seed writes another plan");
    }

    @Test
    void everyTruthRowPointsAtItsFigureAndValue() throws IOException {
        int rows = 0;
        for (Path truth : files(corpus.resolve("truth"))) {
            Path plan = corpus.resolve("plans").resolve(corpus.resolve("truth").relativize(truth).toString()
                    .replaceAll("\\.csv$", ".txt"));
            List<String> lines = Files.readAllLines(plan, StandardCharsets.UTF_8);
            for (TruthMatcher.Truth t : AccuracyBench.readTruth(truth)) {
                rows++;
                String line = lines.get(t.line() - 1);
                String valueText = t.valueText();
                assertTrue(line.contains(valueText), plan + ":" + t.line() + " lacks " + valueText + ": " + line);
                String number = valueText.replaceAll("^[^\\d]*", "").replaceAll("[^\\d.,].*$", "");
                assertEquals(t.value(), VietNumber.parse(number), 1e-9, plan + ":" + t.line() + " " + valueText);
            }
        }
        assertEquals(result.statements(), rows);
    }

    @Test
    void sizesAndTitlesLookLikePlans() throws IOException {
        for (Path plan : files(corpus.resolve("plans"))) {
            long size = Files.size(plan);
            assertTrue(size >= 24_000 && size <= 62_000, plan + " is " + size + " bytes");
            int year = Integer.parseInt(plan.getParent().getFileName().toString());
            ExtractionResult r = PlanExtractor.extract(plan.getFileName().toString(), Files.readAllBytes(plan));
            assertTrue(r.ok(), plan + ": " + r.reason());
            assertEquals(year, r.metadata().planYear(), plan.toString());
            assertNotNull(r.metadata().localityName(), plan.toString());
            assertTrue(plan.getFileName().toString().contains("_" + r.metadata().level() + "-"),
                    plan + " read as level " + r.metadata().level());
        }
    }

    @Test
    void hierarchyHasProvincesDistrictsAndCommunesWithUniqueNames() {
        List<SyntheticLocality> all = Hierarchy.build(400, 5);
        assertEquals(400, all.size());
        assertEquals("tinh", all.get(0).level());
        Set<String> ids = new HashSet<>();
        for (SyntheticLocality l : all) {
            assertTrue(ids.add(l.id()), "duplicate id " + l.id());
            if (l.isCommune()) {
                assertNotNull(l.parent());
                assertFalse(l.parent().isCommune() || l.parent().isProvince());
                assertEquals(l.parent().province(), l.province());
            }
        }
        assertTrue(all.stream().filter(SyntheticLocality::isProvince).count() >= 2);
        assertTrue(all.stream().filter(SyntheticLocality::isCommune).count() > 300);
    }

    @Test
    void refusesNonsenseOptions() {
        assertThrows(IllegalArgumentException.class,
                () -> new CorpusGenerator.Options(0, 2024, 2025, 1, tmp, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CorpusGenerator.Options(5, 2026, 2025, 1, tmp, null));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
