package io.dxrank.cli;

import io.dxrank.run.RunLock;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as an operator meets it: help everywhere, one-line errors, documented exit codes. */
class CliTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cl = DxrankCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"run", "extract", "normalize", "analyze", "charts", "export"}) {
            Outcome o = run(cmd, "--help");
            assertEquals(0, o.code(), cmd);
            assertTrue(o.out().contains("--out"), cmd + " help lists --out");
        }
        assertTrue(run("--help").out().contains("run"));
    }

    @Test
    void unknownFlagIsAUsageError() {
        Outcome o = run("run", "--no-such-flag");
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.err().startsWith("dxrank: "), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one-line reason: " + o.err());
    }

    @Test
    void missingInputFolderFailsWithItsName() {
        Outcome o = run("run", "--input", "no/such/folder", "--out", System.getProperty("java.io.tmpdir"));
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.err().contains("no/such/folder"), o.err());
    }

    @Test
    void comparabilityThresholdsAreOptionsAndTheirLimitsAreUsageErrors() {
        String tmp = System.getProperty("java.io.tmpdir");
        for (String[] bad : new String[][] {{"--min-reporters", "1"}, {"--min-overlap", "1.5"},
            {"--min-indicators", "0"}}) {
            Outcome o = run("analyze", "--out", tmp, "--charts", tmp, bad[0], bad[1]);
            assertEquals(ExitCodes.USAGE, o.code(), String.join(" ", bad));
            assertEquals(1, o.err().strip().lines().count(), "one-line reason: " + o.err());
        }
        assertTrue(run("run", "--help").out().contains("--min-overlap"));
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run().code());
    }

    @Test
    void aLockedOutputFolderExitsWithCode3() throws Exception {
        Path out = Files.createTempDirectory("dxrank-locked");
        try (RunLock held = RunLock.acquire(out)) {
            Outcome o = run("run", "--out", out.toString(), "--charts", out.resolve("charts").toString());
            assertEquals(ExitCodes.LOCKED, o.code());
            assertTrue(o.err().contains("another dxrank run holds"), o.err());
        }
    }

    @Test
    void jobListAndCronReadTheJobFolder() {
        Outcome list = run("job", "list", "jobs");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("default") && list.out().contains("30 2 * * *"), list.out());
        Outcome cron = run("job", "cron", "jobs");
        assertTrue(cron.out().contains("./dxrank job run jobs/default.properties"), cron.out());
    }

    @Test
    void anInvalidJobFileIsAUsageErrorNamingTheKey() throws Exception {
        Path bad = Files.createTempFile("job", ".properties");
        Files.writeString(bad, "name=x\ninputs=data/plans\ncsv_dialect=latin\n");
        Outcome o = run("job", "run", bad.toString());
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.err().contains("'csv_dialect'") && o.err().contains(bad.toString()), o.err());
    }

    @Test
    void jobListShowsEveryJobAndNamesTheInvalidOneWithExitCode2() throws Exception {
        Path dir = Files.createTempDirectory("jobs");
        Files.copy(Path.of("jobs/default.properties"), dir.resolve("a.properties"));
        Files.writeString(dir.resolve("b.properties"), "name=b\ninputs=data/plans\nretention=many\n");
        Outcome o = run("job", "list", dir.toString());
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.out().contains("default") && o.out().contains("b.properties")
                && o.out().contains("'retention'"), o.out());
    }
}
