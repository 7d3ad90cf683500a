package io.dxrank.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.TestFiles;
import io.dxrank.extract.DocumentReader;
import io.dxrank.tables.TableMapping;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files Spark's folder listing leaves out or fails on still end up in plans.csv (issue 23): plans named
 * "_ke-hoach.txt" and "ke hoach: 2024.txt" are read, a hidden file is listed as rejected with its reason, an empty
 * file as empty.
 */
class HiddenFilesTest {

    private static final String SEED = "000_94ef183eb1e07201.txt";

    @TempDir
    Path tmp;
    private Path input;

    @BeforeEach
    void folder() throws Exception {
        input = Files.createDirectories(tmp.resolve("plans"));
        byte[] plan = TestFiles.plan(SEED);
        Files.write(input.resolve("_ke-hoach.txt"), plan);
        Files.write(input.resolve("ke hoach: 2024.txt"), plan); // a ':' failed Hadoop's path parsing and the run
        Files.write(input.resolve("ke-hoach.txt"), plan);
        Files.writeString(input.resolve(".~lock.ke-hoach.docx#"), "lock");
        Files.write(Files.createDirectories(input.resolve(".cu")).resolve("ban-cu.txt"), plan);
        Files.write(input.resolve("trong.txt"), new byte[0]);
    }

    private static Map<String, Row> bySource(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getAs("source_file"), r -> r));
    }

    @Test
    void everyFileOfTheFolderIsARowOfTheExtraction() {
        SparkSession spark = SparkTestSession.get();
        Map<String, Row> rows = bySource(ExtractStage.run(spark, List.of(input.toString())).collectAsList());
        assertEquals(6, rows.size(), rows.keySet().toString());
        assertEquals("ok", rows.get("_ke-hoach.txt").getAs("status"), "an underscore name is read");
        assertEquals("ok", rows.get("ke hoach: 2024.txt").getAs("status"), "a name with ':' is read");
        Row underscored = rows.get("_ke-hoach.txt");
        assertEquals(rows.get("ke-hoach.txt").getList(underscored.fieldIndex("statements")).size(),
                underscored.getList(underscored.fieldIndex("statements")).size(), "every statement, as the same plan");
        assertEquals(ExtractStage.HIDDEN_REASON, rows.get(".~lock.ke-hoach.docx#").getAs("reason"));
        assertEquals(ExtractStage.HIDDEN_REASON, rows.get(".cu/ban-cu.txt").getAs("reason"));
        assertEquals("rejected", rows.get("trong.txt").getAs("status"));
    }

    @Test
    void theIncrementalListingHasThemTooWithTheirHashes() {
        List<IncrementalExtract.Listed> listed = IncrementalExtract.list(SparkTestSession.get(), List.of(input.toString()));
        Map<String, String> sha = listed.stream().collect(Collectors.toMap(IncrementalExtract.Listed::sourceFile,
                IncrementalExtract.Listed::sha256));
        assertEquals(6, sha.size(), sha.toString());
        assertEquals(sha.get("ke-hoach.txt"), sha.get("_ke-hoach.txt"), "read and hashed like any plan");
        assertEquals(sha.get("ke-hoach.txt"), sha.get("ke hoach: 2024.txt"));
        assertEquals(IncrementalExtract.HIDDEN, sha.get(".cu/ban-cu.txt"), "listed, not read");
        assertEquals(IncrementalExtract.EMPTY_SHA256, sha.get("trong.txt"));
    }

    @Test
    void linksLeavingTheFolderAreListedNotReadAndALoopIsWalkedOnce() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "KẾ HOẠCH xã Bí Mật năm 2024: đạt 99% hồ sơ");
        Files.createSymbolicLink(input.resolve("lien-ket.txt"), secret);
        Files.createSymbolicLink(input.resolve("self"), input);
        Map<String, Row> rows = bySource(ExtractStage.run(SparkTestSession.get(), List.of(input.toString()))
                .collectAsList());
        assertEquals(ExtractStage.OUTSIDE_REASON, rows.get("lien-ket.txt").getAs("reason"), "not read: " + rows);
        assertEquals(7, rows.size(), "the loop adds nothing: " + rows.keySet());
    }

    @Test
    void aLinkLeadingNowhereAndANameThatIsNotUtf8AreListedWithTheirReasons() throws Exception {
        Files.createSymbolicLink(input.resolve("mat-dich.txt"), tmp.resolve("khong-con.txt"));
        // bytes no string in UTF-8 names: made by the shell, as Java cannot write such a name
        Process shell = new ProcessBuilder("sh", "-c", "printf 'x' > \"$(printf 'ten\\377\\376.txt')\"")
                .directory(input.toFile()).start();
        assertEquals(0, shell.waitFor(), "the shell made the file");
        Map<String, Row> rows = bySource(ExtractStage.run(SparkTestSession.get(), List.of(input.toString()))
                .collectAsList());
        assertEquals(ExtractStage.OUTSIDE_REASON, rows.get("mat-dich.txt").getAs("reason"), rows.keySet().toString());
        Row undecodable = rows.entrySet().stream().filter(e -> e.getKey().startsWith("ten"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("listed: " + rows.keySet()));
        assertEquals(LocalListing.UNDECODABLE_NAME, undecodable.getAs("reason"));
        assertEquals(8, rows.size(), rows.keySet().toString());
    }

    @Test
    void aFileOverTheLimitIsListedWithoutBeingLoaded() throws Exception {
        try (OutputStream out = Files.newOutputStream(input.resolve("qua-lon.txt"))) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (long written = 0; written <= DocumentReader.MAX_BYTES; written += block.length) {
                out.write(block);
            }
        }
        Map<String, Row> rows = bySource(ExtractStage.run(SparkTestSession.get(), List.of(input.toString()))
                .collectAsList());
        String reason = rows.get("qua-lon.txt").getAs("reason");
        assertTrue(reason.startsWith("file too large: ") && reason.endsWith("not read"), reason);
        assertEquals(1, IncrementalExtract.list(SparkTestSession.get(), List.of(input.toString())).stream()
                .filter(l -> l.sourceFile().equals("qua-lon.txt") && l.sha256().equals(IncrementalExtract.HIDDEN))
                .count(), "listed, never hashed");
    }

    @Test
    void aNameWithControlCharactersIsReadAndShownWithoutThem() throws Exception {
        Files.write(input.resolve("ke\nhoach\t\u001b[31m.txt"), TestFiles.plan(SEED));
        Map<String, Row> rows = bySource(ExtractStage.run(SparkTestSession.get(), List.of(input.toString())).collectAsList());
        Row shown = rows.get("ke\uFFFDhoach\uFFFD\uFFFD[31m.txt");
        assertTrue(shown != null, "a newline, a tab and an escape are shown as U+FFFD: " + rows.keySet());
        assertEquals("ok", shown.getAs("status"), "and the plan is read");
        assertTrue(rows.keySet().stream().noneMatch(name -> name.chars().anyMatch(Character::isISOControl)));
    }

    @Test
    void aFileGoneBetweenListingAndReadingIsARejectedRowWithItsReason() throws Exception {
        List<String> uris = ExtractStage.listing(SparkTestSession.get(), List.of(input.toString())).readable();
        Path gone = input.resolve("ke-hoach.txt");
        Files.delete(gone);
        Map<String, Row> rows = bySource(ExtractStage.run(SparkTestSession.get(), List.of(input.toString()), uris, null,
                TableMapping.NONE).collectAsList());
        assertEquals(uris.size(), rows.size(), rows.keySet().toString());
        assertEquals("rejected", rows.get("ke-hoach.txt").getAs("status"));
        String reason = rows.get("ke-hoach.txt").getAs("reason");
        assertTrue(reason.startsWith("cannot read the file: ") && reason.contains("ke-hoach.txt"), reason);
        assertEquals("ok", rows.get("_ke-hoach.txt").getAs("status"), "the other files are read");
    }

    @Test
    void manyFilesAreReadInSlicesAndEachOnce() throws Exception {
        byte[] plan = TestFiles.plan(SEED);
        int extra = ExtractStage.FILES_PER_TASK + 3;
        for (int i = 0; i < extra; i++) {
            Files.write(input.resolve("ban-sao-" + i + ".txt"), plan);
        }
        List<String> uris = ExtractStage.listing(SparkTestSession.get(), List.of(input.toString())).readable();
        assertEquals(extra + 3, uris.size());
        List<Row> read = ExtractStage.read(SparkTestSession.get(), uris).collectAsList();
        assertEquals(uris.size(), read.size());
        assertEquals(uris.size(), read.stream().map(r -> r.getString(0)).distinct().count(), "each file once");
        assertTrue(ExtractStage.read(SparkTestSession.get(), uris).rdd().getNumPartitions() >= 2,
                "more than one task for more files than a task takes");
    }
}
