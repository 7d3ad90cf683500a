package io.dxrank.pipeline.extract;

import io.dxrank.extract.PlanExtractor;
import io.dxrank.tables.TableExtractor;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's crash recovery and fingerprint, and the progress line, without Spark jobs. */
class ExtractCacheTest {

    @TempDir
    Path state;

    @Test
    void aKillBetweenTheTwoRenamesPutsThePreviousCacheBack() throws Exception {
        ExtractCache cache = new ExtractCache(state, "f1");
        Files.createDirectories(state.resolve("extracted.old-r2"));
        Files.writeString(state.resolve("extracted.old-r2/part-0.parquet"), "previous");
        Files.createDirectories(state.resolve("extracted.tmp-r2"));
        cache.recover();
        assertEquals("previous", Files.readString(cache.dir().resolve("part-0.parquet")));
        assertFalse(Files.exists(state.resolve("extracted.tmp-r2")), "half-written cache dropped");
        assertFalse(Files.exists(state.resolve("extracted.old-r2")));
    }

    @Test
    void aLeftoverOldCacheBesideTheCurrentOneIsDeleted() throws Exception {
        ExtractCache cache = new ExtractCache(state, "f1");
        Files.createDirectories(cache.dir());
        Files.createDirectories(state.resolve("extracted.old-r1"));
        cache.recover();
        assertTrue(Files.isDirectory(cache.dir()));
        assertFalse(Files.exists(state.resolve("extracted.old-r1")));
    }

    @Test
    void theFingerprintIsStableAndCoversTheExtractionCode() {
        String fp = ExtractCache.extractorFingerprint();
        assertEquals(fp, ExtractCache.extractorFingerprint());
        assertEquals(16, fp.length(), fp);
        assertNotEquals("unknown", fp, "the build holds the extractor's classes");
    }

    /**
     * Every input file, plans included, is read through the table package's InputFile; a build that changes
     * it (or the extract stage's rows) must not reuse rows the older code made. Normalization is not cached.
     */
    @Test
    void theFingerprintCoversTheTableReadersAndTheExtractStageButNotNormalization() throws Exception {
        Path classes = Files.createDirectories(state.resolve("classes"));
        List<String> covered = List.of("io/dxrank/extract/PlanExtractor.class", "io/dxrank/core/VnText.class",
                "io/dxrank/tables/TableExtractor.class", "io/dxrank/pipeline/extract/ExtractStage$1.class",
                "io/dxrank/pipeline/extract/ExtractRows.class");
        List<String> notCovered = List.of("io/dxrank/normalize/Normalizer.class",
                "io/dxrank/pipeline/Pipeline.class");
        for (String f : concat(covered, notCovered)) {
            Files.createDirectories(classes.resolve(f).getParent());
            Files.writeString(classes.resolve(f), "v1 " + f);
        }
        String before = ExtractCache.fingerprint(classes);
        for (String f : concat(covered, notCovered)) {
            Files.writeString(classes.resolve(f), "v2 " + f);
            assertEquals(notCovered.contains(f), before.equals(ExtractCache.fingerprint(classes)), f);
            Files.writeString(classes.resolve(f), "v1 " + f);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void progressIsPrintedOnlyWhenItMoved() {
        LongAccumulator done = new LongAccumulator();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ExtractProgress progress = ExtractProgress.forTest(done, 8, new PrintStream(err, true,
                StandardCharsets.UTF_8))) {
            done.add(2);
            progress.report();
            progress.report();
            done.add(6);
            progress.report();
        }
        assertEquals("dxrank: extract: 2 of 8 files (25%)\ndxrank: extract: 8 of 8 files (100%)\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void theFingerprintCoversTheTableReaderToo() {
        // indicator tables are extracted by io.dxrank.tables: a new table reader must not reuse an older one's rows
        String tables = TableExtractor.class.getPackageName().replace('.', '/') + "/";
        assertTrue(ExtractCache.FINGERPRINTED.contains(tables), ExtractCache.FINGERPRINTED.toString());
        assertTrue(ExtractCache.FINGERPRINTED.contains(
                PlanExtractor.class.getPackageName().replace('.', '/') + "/"));
    }
}
