package io.dxrank.schedule;

import java.io.IOException;
import io.dxrank.FaultCorpus;
import io.dxrank.charts.ChartFormat;
import io.dxrank.pipeline.extract.IncrementalExtract;
import io.dxrank.run.RunDirectory;
import io.dxrank.run.RunLock;
import io.dxrank.run.RunOptions;
import io.dxrank.SparkTestSession;
import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Order;

/**
 * Scheduled runs end to end on the fault corpus ({@link FaultCorpus}), six runs in a row on one output folder:
 * A (first), B (input unchanged: nothing extracted, identical CSVs), K (a separate dxrank process, which holds
 * the lock, killed with SIGKILL mid-run), C (fails in analyze: not published), D (one plan edited: only it is
 * extracted; K's and C's folders cleared; retention 2 keeps B and D), E (fail-on-reject: not published, and
 * retention still applies: D and E stay).
 */
@Order(1) // a long class: started early (junit-platform.properties)
class JobRunnerTest {

    @TempDir
    static Path tmp;
    static Path input;
    static Path out;
    static Path snapshotA;
    static Path snapshotB;
    static JobRunner.Result a;
    static JobRunner.Result b;
    static String lockRefusal;
    static Path killedRun;
    static Optional<String> latestAfterKill;
    static byte[] plansCsvAfterKill;
    static boolean lockFreeAfterKill;
    static Path failedRun;
    static RuntimeException failure;
    static Optional<String> latestAfterFailure;
    static JobRunner.Result d;
    static List<String> runsAfterD;
    static JobRunner.Result e;
    static List<String> runsAfterE;
    static Optional<String> latestAfterE;
    static Map<String, CSVRecord> plansOfA = new HashMap<>();

    @BeforeAll
    static void fiveRuns() throws Exception {
        input = tmp.resolve("plans");
        out = tmp.resolve("out");
        FaultCorpus.write(input);
        Path catalog = tmp.resolve("indicators.csv");
        Files.writeString(catalog, Files.readString(RunOptions.DEFAULT_CATALOG, StandardCharsets.UTF_8)
                + "broken_row,only two\n", StandardCharsets.UTF_8);
        RunOptions options = options(catalog, RunOptions.DEFAULT_WEIGHTS);
        JobRunner.Settings keepTwo = new JobRunner.Settings(2, false, false, 0);

        a = JobRunner.run(SparkTestSession.get(), options, keepTwo);
        snapshotA = snapshot(a, "run-a");
        for (CSVRecord r : TestFiles.readCsv(snapshotA.resolve("plans.csv"))) {
            plansOfA.put(r.get("source_file"), r);
        }
        b = JobRunner.run(SparkTestSession.get(), options, keepTwo);
        snapshotB = snapshot(b, "run-b"); // retention deletes B's folder by the last run

        killMidRun(catalog);

        Path badWeights = Files.writeString(tmp.resolve("weights.csv"), "pillar,weight\ngovernment,0.5\n");
        failure = assertThrows(RuntimeException.class,
                () -> JobRunner.run(SparkTestSession.get(), options(catalog, badWeights), keepTwo));
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            failedRun = runs.filter(r -> !Files.exists(r.resolve("manifest.json")) && !r.equals(killedRun))
                    .findFirst().orElse(null);
        }
        latestAfterFailure = new RunDirectory(out).latest();

        Path edited = input.resolve(FaultCorpus.GOOD_PLAIN);
        Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8) + "\nGhi chú.\n",
                StandardCharsets.UTF_8);
        d = JobRunner.run(SparkTestSession.get(), options, keepTwo);
        runsAfterD = new RunDirectory(out).runIds();

        e = JobRunner.run(SparkTestSession.get(), options, new JobRunner.Settings(2, false, true, 0));
        runsAfterE = new RunDirectory(out).runIds();
        latestAfterE = new RunDirectory(out).latest();
    }

    /** A copy of a run folder's files (CSVs, manifest.json). */
    private static Path snapshot(JobRunner.Result run, String name) throws Exception {
        Path copy = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> files = Files.list(run.runFolder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    /** dxrank run in its own JVM, killed with SIGKILL once it has written facts into its run folder. */
    private static void killMidRun(Path catalog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true")); // the quick compiler, as the launcher starts a run of a small input
        command.addAll(List.of(Files.readString(Path.of("dxrank-app/target/classes/dxrank-jvm.options")).trim().split("\\s+")));
        command.addAll(List.of("-cp", "dxrank-app/target/classes:" + Files.readString(Path.of("dxrank-app/target/classpath.txt")).trim(),
                "io.dxrank.cli.Main", "run", "--input", input.toString(), "--out", out.toString(),
                "--charts", tmp.resolve("charts").toString(), "--catalog", catalog.toString(),
                "--weight-draws", "20"));
        Set<String> before = Set.copyOf(new RunDirectory(out).runIds());
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("killed-run.log").toFile()).start();
        try {
            Path lockFile = out.resolve(".dxrank.lock");
            waitFor(child, () -> Files.readString(lockFile).equals("pid " + child.pid()));
            RunLock.LockedException refused = assertThrows(RunLock.LockedException.class, () -> RunLock.acquire(out));
            lockRefusal = refused.getMessage();
            waitFor(child, () -> new RunDirectory(out).runIds().stream().filter(id -> !before.contains(id))
                    .anyMatch(id -> Files.isDirectory(out.resolve("runs").resolve(id).resolve("parquet/facts"))));
            killedRun = new RunDirectory(out).runIds().stream().filter(id -> !before.contains(id)).findFirst()
                    .map(id -> out.resolve("runs").resolve(id)).orElseThrow();
        } finally {
            child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no finally block runs in the child
            child.waitFor();
        }
        latestAfterKill = new RunDirectory(out).latest();
        plansCsvAfterKill = Files.readAllBytes(out.resolve("plans.csv"));
        try (RunLock again = RunLock.acquire(out)) {
            lockFreeAfterKill = true;
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails if the child process ends first or after two minutes. */
    private static void waitFor(Process child, Check check) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // the file is not there yet
            }
            if (!child.isAlive()) {
                throw new AssertionError("the dxrank process ended early: "
                        + Files.readString(tmp.resolve("killed-run.log")));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dxrank process never got there: " + Files.readString(tmp.resolve("killed-run.log")));
    }

    private static RunOptions options(Path catalog, Path weights) {
        return RunOptions.builder().jobName("faults").inputs(List.of(input.toString())).out(out)
                .charts(tmp.resolve("charts")).catalog(catalog).weights(weights).weightDraws(20)
                .chartFormat(ChartFormat.SVG).build(); // runs, folders and locks are asked; SVG draws quicker than PNG
    }

    private static CSVRecord plan(String file) {
        CSVRecord r = plansOfA.get(file);
        assertNotNull(r, file + " missing from plans.csv: " + plansOfA.keySet());
        return r;
    }

    private static void assertRejected(String file, String reasonStart) {
        CSVRecord r = plan(file);
        assertEquals("rejected", r.get("status"), file);
        assertTrue(r.get("reason").startsWith(reasonStart), file + ": " + r.get("reason"));
    }

    private static Set<String> findings(Path run, String file) throws Exception {
        return TestFiles.readCsv(run.resolve("quality.csv")).stream().filter(q -> q.get("source_file").equals(file))
                .map(q -> q.get("code")).collect(Collectors.toSet());
    }

    @Test
    void everyFileOfTheCorpusIsListedOnce() {
        assertEquals(12, plansOfA.size(), plansOfA.keySet().toString());
        assertEquals(12L, a.manifest().counts().get("files"));
    }

    @Test
    void unreadableFilesAreRejectedWithTheirReason() {
        assertRejected(FaultCorpus.EMPTY, "empty file");
        assertRejected(FaultCorpus.BINARY, "binary content");
        assertRejected(FaultCorpus.OVERSIZED, "file too large");
        assertFalse(plan(FaultCorpus.TRUNCATED_DOCX).get("reason").isBlank(), "truncated docx has a reason");
        assertEquals("rejected", plan(FaultCorpus.TRUNCATED_DOCX).get("status"));
        // a dated figure without a locality is read and listed; its facts are held out of the rankings
        assertEquals("ok", plan(FaultCorpus.NO_LOCALITY).get("status"));
        assertTrue(plan(FaultCorpus.NO_LOCALITY).get("locality_id").isBlank());
        assertEquals(4, a.manifest().rejects().size(), a.manifest().rejects().toString());
    }

    @Test
    void legacyEncodingsAndOddFileNamesReadLikeTheOriginals() throws Exception {
        assertEquals("Hoàng Phú", plan(FaultCorpus.WINDOWS_1258).get("locality_name_raw"));
        assertEquals("Thanh Hà", plan(FaultCorpus.UTF_16).get("locality_name_raw"));
        assertEquals("Tây Hiếu", plan(FaultCorpus.GOOD_ODD_NAME).get("locality_name_raw"));
        for (String good : List.of(FaultCorpus.WINDOWS_1258, FaultCorpus.UTF_16, FaultCorpus.GOOD_ODD_NAME,
                FaultCorpus.GOOD_PLAIN)) {
            assertEquals("ok", plan(good).get("status"), good);
            String planId = plan(good).get("plan_id");
            assertTrue(TestFiles.readCsv(snapshotA.resolve("facts.csv")).stream()
                    .anyMatch(f -> f.get("plan_id").equals(planId)), good + " has facts");
        }
    }

    @Test
    void aPlanWithoutYearIsKeptWithAFinding() throws Exception {
        assertEquals("ok", plan(FaultCorpus.NO_YEAR).get("status"));
        assertEquals("Hòa Bình", plan(FaultCorpus.NO_YEAR).get("locality_name"));
        assertEquals("", plan(FaultCorpus.NO_YEAR).get("plan_year"));
        assertTrue(findings(snapshotA, FaultCorpus.NO_YEAR).contains("no_plan_year"));
    }

    @Test
    void ofTwoRevisionsOnlyOneContributesFacts() throws Exception {
        Set<String> superseded = TestFiles.readCsv(snapshotA.resolve("quality.csv")).stream()
                .filter(q -> q.get("code").equals("superseded_revision")).map(q -> q.get("source_file"))
                .collect(Collectors.toSet());
        assertEquals(1, superseded.size(), superseded.toString());
        String loser = superseded.iterator().next();
        assertTrue(Set.of(FaultCorpus.REVISION_1, FaultCorpus.REVISION_2).contains(loser), loser);
        String loserId = plan(loser).get("plan_id");
        List<CSVRecord> loserFacts = TestFiles.readCsv(snapshotA.resolve("facts.csv")).stream()
                .filter(f -> f.get("plan_id").equals(loserId)).toList();
        assertFalse(loserFacts.isEmpty(), "the superseded revision's statements are listed");
        assertTrue(loserFacts.stream().noneMatch(f -> f.get("status").equals("used")),
                "the superseded revision contributes no used fact: " + loserFacts);
        assertTrue(loserFacts.stream().anyMatch(f -> f.get("status").equals("superseded")));
    }

    @Test
    void aMalformedCatalogRowIsSkippedAndReported() {
        assertTrue(a.manifest().warnings().stream().anyMatch(w -> w.contains("wrong number of columns")),
                a.manifest().warnings().toString());
    }

    @Test
    void aSecondRunOnUnchangedInputExtractsNothingAndWritesTheSameCsvs() throws Exception {
        assertEquals(12L, a.manifest().counts().get(IncrementalExtract.EXTRACTED_NOW));
        assertEquals(0L, b.manifest().counts().get(IncrementalExtract.EXTRACTED_NOW));
        assertEquals(12L, b.manifest().counts().get(IncrementalExtract.REUSED));
        List<String> csvs;
        try (Stream<Path> files = Files.list(snapshotA)) {
            csvs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() >= 8, csvs.toString());
        for (String csv : csvs) {
            assertArrayEquals(Files.readAllBytes(snapshotA.resolve(csv)),
                    Files.readAllBytes(snapshotB.resolve(csv)), csv + " differs between the two runs");
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedWithTheHoldersPid() {
        assertTrue(lockRefusal.contains("another dxrank run holds") && lockRefusal.contains("pid "), lockRefusal);
        assertTrue(lockFreeAfterKill, "the lock of a killed process is taken over");
    }

    @Test
    void aRunKilledMidWayLeavesTheLatestRunInPlaceAndTheNextRunClearsIt() throws Exception {
        assertEquals(Optional.of(b.runFolder().getFileName().toString()), latestAfterKill);
        assertArrayEquals(Files.readAllBytes(snapshotA.resolve("plans.csv")), plansCsvAfterKill,
                "out/plans.csv still shows the published run");
        assertFalse(Files.exists(killedRun), "cleared by the next run: " + killedRun);
        assertTrue(d.published());
    }

    @Test
    void badSettingsFailBeforeARunFolderExistsAndLeaveTheLatestRunPublished() {
        // preflight checks the weights before any run folder is made; a run that fails mid-way is the kill case
        assertTrue(failure.getMessage().contains("weights sum to"), failure.getMessage());
        assertNull(failedRun, "no run folder for settings that fail preflight: " + failedRun);
        assertEquals(Optional.of(b.runFolder().getFileName().toString()), latestAfterFailure);
    }

    @Test
    void anEditedPlanIsTheOnlyOneExtractedAgain() {
        assertEquals(1L, d.manifest().counts().get(IncrementalExtract.EXTRACTED_NOW));
        assertEquals(11L, d.manifest().counts().get(IncrementalExtract.REUSED));
        assertTrue(d.published());
    }

    @Test
    void retentionKeepsTheLastTwoRunsAndTheFlatFilesShowTheLatest() throws Exception {
        assertEquals(List.of(b.runFolder().getFileName().toString(), d.runFolder().getFileName().toString()),
                runsAfterD);
        assertArrayEquals(Files.readAllBytes(d.runFolder().resolve("plans.csv")),
                Files.readAllBytes(out.resolve("plans.csv")));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains(d.manifest().runId()));
        assertTrue(Files.exists(tmp.resolve("charts/index.html")));
    }

    @Test
    void aRunNotPublishedUnderFailOnRejectStillAppliesTheRetention() {
        assertFalse(e.published());
        assertEquals(Optional.of(d.runFolder().getFileName().toString()), latestAfterE);
        // without retention here every rejected run of a nightly job would stay forever
        assertEquals(List.of(d.runFolder().getFileName().toString(), e.runFolder().getFileName().toString()),
                runsAfterE);
    }
}
