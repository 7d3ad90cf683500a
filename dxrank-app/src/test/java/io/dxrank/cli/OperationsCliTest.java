package io.dxrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.run.RunLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Configuration errors of runs and jobs: exit 2 and one line naming the file, before any lock or Spark. */
class OperationsCliTest {

    @TempDir
    Path tmp;

    private record Outcome(int code, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cl = DxrankCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return new Outcome(cl.execute(args), err.toString());
    }

    private String[] runArgs(String... more) {
        String[] base = {"run", "--out", tmp.resolve("out").toString(), "--charts", tmp.resolve("charts").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void weightsThatDoNotSumToOneAreAConfigurationError() throws Exception {
        Path weights = Files.writeString(tmp.resolve("w.csv"), "pillar,weight\ngovernment,0.4\neconomy,0.3\n");
        Outcome o = run(runArgs("--weights", weights.toString()));
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertTrue(o.err().contains("w.csv") && o.err().contains("weights sum to 0.7000"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(tmp.resolve("out/.dxrank.lock")), "stopped before taking the lock");
    }

    @Test
    void aCatalogThatIsNotCsvIsAConfigurationError() throws Exception {
        Path catalog = Files.writeString(tmp.resolve("c.csv"),
                Files.readString(Path.of("data/catalog/indicators.csv"), StandardCharsets.UTF_8) + "x,\"unclosed\n");
        Outcome o = run(runArgs("--catalog", catalog.toString()));
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertTrue(o.err().contains("c.csv: not a readable CSV catalog"), o.err());
    }

    @Test
    void configurationThatWouldPublishAnEmptyReportIsAConfigurationError() throws Exception {
        // a header-only catalog ran, mapped nothing, exited 0 and published an empty report over the last good one
        Path headerOnly = Files.writeString(tmp.resolve("empty.csv"), "code,name_vi,name_en,pillar,unit,direction,phrases\n");
        Path nan = Files.writeString(tmp.resolve("nan.csv"), "pillar,weight\ngovernment,NaN\n");
        Path unclosed = Files.writeString(tmp.resolve("quote.csv"), "pillar,weight\ngovernment,\"1\n");
        Map<Path, String> bad = Map.of(headerOnly, "--catalog", nan, "--weights", unclosed, "--weights");
        for (Map.Entry<Path, String> file : bad.entrySet()) {
            Outcome o = run(runArgs(file.getValue(), file.getKey().toString()));
            assertEquals(ExitCodes.USAGE, o.code(), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains(file.getKey().getFileName().toString()), "the message names the file: " + o.err());
        }
        assertFalse(Files.exists(tmp.resolve("out/.dxrank.lock")), "stopped before taking the lock");
    }

    @Test
    void emptyBinaryOrAmbiguousConfigurationIsAConfigurationErrorNamingFileAndRow() throws Exception {
        String catalog = Files.readString(Path.of("data/catalog/indicators.csv"), StandardCharsets.UTF_8);
        Path empty = Files.write(tmp.resolve("rong.csv"), new byte[0]);
        Path binary = Files.write(tmp.resolve("nhi-phan.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, 1});
        Path twice = Files.writeString(tmp.resolve("trung.csv"), catalog + catalog.lines().skip(1).findFirst().orElseThrow() + "\n");
        String gazetteer = Files.readString(Path.of("data/reference/localities.csv"), StandardCharsets.UTF_8);
        Path sameUnit = Files.writeString(tmp.resolve("dia-ban.csv"),
                gazetteer + gazetteer.lines().skip(1).findFirst().orElseThrow() + "\n");
        Map<Path, String> bad = Map.of(empty, "--catalog", binary, "--catalog", twice, "--catalog", sameUnit, "--gazetteer");
        Map<Path, String> said = Map.of(empty, "no indicator rows", binary, "not a text file in UTF-8",
                twice, "is defined twice", sameUnit, "is listed twice");
        for (Map.Entry<Path, String> file : bad.entrySet()) {
            Outcome o = run(runArgs(file.getValue(), file.getKey().toString()));
            assertEquals(ExitCodes.USAGE, o.code(), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains(file.getKey().getFileName().toString()) && o.err().contains(said.get(file.getKey())),
                    "the message names the file and the fault: " + o.err());
        }
        assertTrue(run(runArgs("--catalog", twice.toString())).err().contains(" row "), "and the row");
        assertFalse(Files.exists(tmp.resolve("out/.dxrank.lock")), "stopped before taking the lock");
    }

    @Test
    void aChartsFolderInUseByAnotherRunIsLockedLikeTheOutputFolder() throws Exception {
        // two runs with their own --out but one --charts overwrote each other's report
        try (RunLock other = RunLock.acquire(tmp.resolve("charts"))) {
            Outcome o = run(runArgs());
            assertEquals(ExitCodes.LOCKED, o.code(), o.err());
            assertTrue(o.err().contains(tmp.resolve("charts").resolve(".dxrank.lock").toString()), o.err());
        }
        assertFalse(Files.exists(tmp.resolve("out/latest")), "nothing ran");
    }

    @Test
    void outOfMemoryEndsWithOneLineSayingWhatToDo() {
        String line = DxrankCommand.failureLine(new IllegalStateException("Job aborted due to stage failure",
                new OutOfMemoryError("Java heap space")));
        assertTrue(line.startsWith("dxrank: failed: out of memory") && line.contains("DXRANK_JAVA_OPTS"), line);
        assertEquals(1, line.lines().count());
        assertTrue(ExitCodes.STOPPED_MESSAGE.contains("exit " + ExitCodes.OUT_OF_MEMORY)
                && ExitCodes.STOPPED_MESSAGE.startsWith("dxrank: failed: "), "the message of a process Spark ends");
    }

    @Test
    void aMissingOrUnreadableGazetteerIsAConfigurationError() throws Exception {
        // without the check a mistyped path ran with no gazetteer at all: exit 0, other rankings
        Outcome missing = run(runArgs("--gazetteer", tmp.resolve("no-such.csv").toString()));
        assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
        assertTrue(missing.err().contains("file not found: " + tmp.resolve("no-such.csv")), missing.err());

        Path broken = Files.writeString(tmp.resolve("g.csv"), "locality_id,name,level\n1,\"unclosed\n");
        Outcome unreadable = run(runArgs("--gazetteer", broken.toString()));
        assertEquals(ExitCodes.USAGE, unreadable.code(), unreadable.err());
        assertTrue(unreadable.err().contains("g.csv: not a readable CSV gazetteer"), unreadable.err());
        assertEquals(1, unreadable.err().strip().lines().count(), unreadable.err());
        assertFalse(Files.exists(tmp.resolve("out/.dxrank.lock")), "stopped before taking the lock");

        Path job = Files.writeString(tmp.resolve("g.properties"), "name=g\ninputs=data/plans\ngazetteer="
                + tmp.resolve("no-such.csv") + "\nout=" + tmp.resolve("out") + "\n");
        Outcome o = run("job", "run", job.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertTrue(o.err().contains(job + ": key 'gazetteer': file not found"), o.err());
    }

    @Test
    void keepingNoRunIsAUsageError() {
        Outcome o = run(runArgs("--keep-runs", "0"));
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertTrue(o.err().contains("--keep-runs"), o.err());
    }

    @Test
    void aJobWhoseFilesAreMissingOrWrongNamesTheKey() throws Exception {
        Path weights = Files.writeString(tmp.resolve("w.csv"), "pillar,weight\ngovernment,1.5\n");
        Path job = Files.writeString(tmp.resolve("j.properties"), "name=j\ninputs=data/plans\nweights=" + weights
                + "\nout=" + tmp.resolve("out") + "\n");
        Outcome o = run("job", "run", job.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertTrue(o.err().contains(job + ": key 'weights'") && o.err().contains("weights sum to 1.5000"), o.err());

        Path noInput = Files.writeString(tmp.resolve("k.properties"), "name=k\ninputs=no/such/plans\n");
        Outcome missing = run("job", "run", noInput.toString());
        assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
        assertTrue(missing.err().contains("key 'inputs': folder not found: no/such/plans"), missing.err());

        Path badRetention = Files.writeString(tmp.resolve("r.properties"), "name=r\ninputs=data/plans\nretention=0\n");
        Outcome retention = run("job", "run", badRetention.toString());
        assertEquals(ExitCodes.USAGE, retention.code(), retention.err());
        assertTrue(retention.err().contains("key 'retention'"), retention.err());
    }
}
