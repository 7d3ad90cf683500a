package io.dxrank.run;

import java.nio.file.LinkOption;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing without Spark: run folders made by hand stand for what the stages write. */
class RunDirectoryTest {

    @TempDir
    Path tmp;

    private Path complete(RunDirectory dir, String id, String plansCsv, String... charts) throws Exception {
        Path run = dir.begin(id);
        Files.writeString(run.resolve("plans.csv"), plansCsv);
        Files.createDirectories(run.resolve("parquet/plans"));
        Files.createDirectories(run.resolve("charts"));
        Files.writeString(run.resolve("charts/index.html"),
                "<a href=\"../plans.csv\">plans</a> <code>../parquet/</code> <img src=\"a.png\">");
        for (String c : charts) {
            Files.writeString(run.resolve("charts").resolve(c), c);
        }
        Files.writeString(run.resolve(RunDirectory.MANIFEST), "{\"runId\":\"" + id + "\"}");
        return run;
    }

    @Test
    void chartsThatCannotBeCopiedFailBeforePublishingAndLeaveNoStaging() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        complete(dir, "r1", "first", "a.png");
        dir.publish("r1");
        dir.mirror(tmp.resolve("charts"));
        complete(dir, "r2", "second", "a.png");
        // a charts "folder" that is a file: the copy fails the way a full disk does, before anything moves
        Path notAFolder = Files.writeString(tmp.resolve("charts-file"), "x");
        assertThrows(IOException.class, () -> dir.stageCharts("r2", notAFolder));
        assertEquals(Optional.of("r1"), dir.latest(), "the last good run stays published");
        RunDirectory.StagedCharts staged = dir.stageCharts("r2", tmp.resolve("charts"));
        assertEquals("first", Files.readString(tmp.resolve("out/plans.csv")), "staging publishes nothing");
        assertTrue(Files.isDirectory(staged.staging()), "the copies wait beside the report");
        dir.publish("r2");
        dir.mirror(staged);
        assertEquals("second", Files.readString(tmp.resolve("out/plans.csv")));
        assertFalse(Files.exists(staged.staging()), "moved into place, nothing left behind");
        assertTrue(Files.exists(tmp.resolve("charts/index.html")));
    }

    @Test
    void runIdsSortInTimeOrder() {
        String a = RunDirectory.newRunId(Instant.parse("2026-01-02T03:04:05.006Z"));
        String b = RunDirectory.newRunId(Instant.parse("2026-01-02T03:04:05.106Z"));
        assertEquals("20260102T030405.006Z", a);
        assertTrue(a.compareTo(b) < 0);
    }

    @Test
    void publishSwapsLatestAndTheFlatFilesFollowIt() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        complete(dir, "r1", "first", "a.png", "old.png");
        dir.publish("r1");
        dir.mirror(tmp.resolve("charts"));
        assertEquals(Optional.of("r1"), dir.latest());
        assertEquals("first", Files.readString(tmp.resolve("out/plans.csv")));
        assertTrue(Files.isSymbolicLink(tmp.resolve("out/plans.csv")));
        assertTrue(Files.isDirectory(tmp.resolve("out/parquet/plans")));
        assertTrue(Files.exists(tmp.resolve("charts/old.png")));

        complete(dir, "r2", "second", "a.png");
        dir.publish("r2");
        dir.mirror(tmp.resolve("charts"));
        assertEquals("second", Files.readString(tmp.resolve("out/plans.csv")));
        assertEquals("first", Files.readString(tmp.resolve("out/runs/r1/plans.csv")), "old run untouched");
        assertFalse(Files.exists(tmp.resolve("charts/old.png")), "a chart the new run did not draw is removed");
        String html = Files.readString(tmp.resolve("charts/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"../out/plans.csv\"") && html.contains("<code>../out/parquet/"), html);
        assertTrue(Files.readString(tmp.resolve("out/runs/r2/charts/index.html")).contains("href=\"../plans.csv\""),
                "the run's own report links inside the run folder");
    }

    @Test
    void theLocalityPagesFolderIsMirroredAndItsStalePagesRemoved() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        Path r1 = complete(dir, "r1", "first", "a.png");
        Files.createDirectories(r1.resolve("charts/localities"));
        Files.writeString(r1.resolve("charts/localities/16642.html"), "Tĩnh Hải");
        Files.writeString(r1.resolve("charts/localities/17986.html"), "Khánh Sơn");
        dir.publish("r1");
        dir.mirror(tmp.resolve("charts"));
        assertEquals("Tĩnh Hải", Files.readString(tmp.resolve("charts/localities/16642.html")));
        Files.writeString(tmp.resolve("charts/localities/notes.txt"), "the analyst's own file");

        Path r2 = complete(dir, "r2", "second", "a.png");
        Files.createDirectories(r2.resolve("charts/localities"));
        Files.writeString(r2.resolve("charts/localities/16642.html"), "Tĩnh Hải 2");
        dir.publish("r2");
        dir.mirror(tmp.resolve("charts"));
        assertEquals("Tĩnh Hải 2", Files.readString(tmp.resolve("charts/localities/16642.html")));
        assertFalse(Files.exists(tmp.resolve("charts/localities/17986.html")), "a page the new run did not write");
        assertTrue(Files.exists(tmp.resolve("charts/localities/notes.txt")), "files the mirror did not copy stay");
    }

    @Test
    void aFlatFileOrParquetFolderOfAnOlderLayoutIsReplacedByALink() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("out/parquet/facts"));
        Files.writeString(tmp.resolve("out/plans.csv"), "written in place by an older dxrank");
        Files.writeString(tmp.resolve("charts-README.md"), "x");
        complete(dir, "r1", "published");
        dir.publish("r1");
        dir.mirror(tmp.resolve("charts"));
        assertEquals("published", Files.readString(tmp.resolve("out/plans.csv")));
        assertTrue(Files.isSymbolicLink(tmp.resolve("out/parquet")));
    }

    @Test
    void aRunWithoutManifestIsNeverPublishedAndIsClearedByTheNextRun() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        complete(dir, "r1", "good");
        dir.publish("r1");
        Path killed = dir.begin("r2");
        Files.writeString(killed.resolve("plans.csv"), "half");
        Files.createSymbolicLink(tmp.resolve("out/.tmp-latest-999"), Path.of("runs/r2"));
        assertThrows(IllegalStateException.class, () -> dir.publish("r2"));
        assertEquals(List.of("r2"), dir.recover());
        assertEquals(List.of("r1"), dir.runIds());
        assertFalse(Files.exists(tmp.resolve("out/.tmp-latest-999"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(Optional.of("r1"), dir.latest());
    }

    @Test
    void retentionKeepsTheNewestRunsAndAlwaysThePublishedOne() throws Exception {
        RunDirectory dir = new RunDirectory(tmp.resolve("out"));
        for (String id : List.of("r1", "r2", "r3", "r4")) {
            complete(dir, id, id);
        }
        dir.publish("r2"); // r3 and r4 completed but were not published (fail-on-reject)
        assertEquals(List.of("r1"), dir.retain(2));
        assertEquals(List.of("r2", "r3", "r4"), dir.runIds());
        assertEquals(List.of("r3"), dir.retain(1));
        assertEquals(List.of("r2", "r4"), dir.runIds());
    }
}
