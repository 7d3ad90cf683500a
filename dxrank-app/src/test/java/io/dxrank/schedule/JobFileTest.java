package io.dxrank.schedule;

import java.nio.charset.StandardCharsets;
import io.dxrank.analytics.Normalization;
import io.dxrank.export.HeaderLanguage;
import io.dxrank.normalize.Precedence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledJobLoads() throws Exception {
        JobFile job = JobFile.load(Path.of("jobs/default.properties"));
        assertEquals("default", job.name());
        assertEquals(List.of("data/plans", "data/tables"), job.options().inputs());
        assertEquals(Precedence.TABLE, job.options().precedence());
        assertEquals("30 2 * * *", job.schedule());
        assertEquals("8", job.sparkConf().get("spark.sql.shuffle.partitions"));
        assertEquals("30 2 * * * cd /opt/dxrank && mkdir -p out/jobs/default && ./dxrank job run "
                + "jobs/default.properties >> out/jobs/default/cron.log 2>&1", job.crontabLine(Path.of("/opt/dxrank")));
    }

    @Test
    void defaultsFollowTheJobName() throws Exception {
        Path f = Files.writeString(dir.resolve("a.properties"), "name=weekly\ninputs=a, b\n");
        JobFile job = JobFile.load(f);
        assertEquals(List.of("a", "b"), job.options().inputs());
        assertEquals(Path.of("out/weekly"), job.options().out());
        assertEquals(Normalization.MINMAX, job.options().normalization());
        assertEquals(HeaderLanguage.EN, job.options().csvStyle().summaryHeaders());
        Path vi = Files.writeString(dir.resolve("vi.properties"), "name=vi\ninputs=a\ncsv_dialect=excel-vi\ncsv_headers=vi\n");
        assertEquals(HeaderLanguage.VI, JobFile.load(vi).options().csvStyle().summaryHeaders());
        assertEquals(';', JobFile.load(vi).options().csvStyle().delimiter());
        assertEquals(null, job.crontabLine(dir), "no schedule, no crontab line");
    }

    @Test
    void badKeysAndValuesNameTheKeyAndTheFile() throws Exception {
        assertProblem("name=x\ninputs=a\nnormalisation=zscore\n", "'normalisation': unknown key");
        assertProblem("inputs=a\n", "'name': missing");
        assertProblem("name=x\ninputs=a\nnormalization=rank\n", "'normalization': unknown normalization 'rank': use minmax, goalpost or zscore");
        assertProblem("name=x\ninputs=a\nschedule=every day\n", "'schedule': 'every day' is not a 5-field cron");
        assertProblem("name=x\ninputs=a\nweight_draws=-3\n", "'weight_draws': '-3' is not a whole number of 0");
        assertProblem("name=x\ninputs=a\ncsv_headers=fr\n", "'csv_headers': unknown CSV header language 'fr': use en or vi");
        assertProblem("name=x\ninputs=a\nretention=0\n", "'retention': '0' is not a positive");
        assertProblem("name=x\ninputs=a\nprecedence=newest\n", "'precedence': unknown precedence 'newest': use table or plan");
        Path mapping = Files.writeString(dir.resolve("m.properties"), "kind=planned\n");
        assertProblem("name=x\ninputs=a\ntables_mapping=" + mapping + "\n", "'tables_mapping': " + mapping
                + ": key 'kind'");
    }

    @Test
    void theMinimumOfReportersIsAJobSettingAndAComparisonNeedsTwo() throws Exception {
        Path f = Files.writeString(dir.resolve("m.properties"), "name=m\ninputs=a\nmin_reporters=3\n");
        assertEquals(3, JobFile.load(f).options().minReporters());
        assertEquals(2, JobFile.load(Files.writeString(dir.resolve("d.properties"), "name=d\ninputs=a\n"))
                .options().minReporters());
        assertProblem("name=x\ninputs=a\nmin_reporters=1\n", "'min_reporters': '1' is not a whole number of 2 or more");
    }

    @Test
    void theMinimumOverlapIsAShareWithEitherDecimalMark() throws Exception {
        Path f = Files.writeString(dir.resolve("o.properties"), "name=o\ninputs=a\nmin_overlap=0,25\n");
        assertEquals(0.25, JobFile.load(f).options().minOverlap(), 1e-12);
        assertProblem("name=x\ninputs=a\nmin_overlap=2\n", "'min_overlap': '2' is not a share from 0 to 1");
    }

    @Test
    void theLocalitiesTheReaderFollowsAreAJobSetting() throws Exception {
        Path f = Files.writeString(dir.resolve("f.properties"), "name=f\ninputs=a\nfocus=17986, phường Tây Hiếu ,\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("17986", "phường Tây Hiếu"), JobFile.load(f).options().focus());
        assertEquals(List.of(), JobFile.load(Files.writeString(dir.resolve("n.properties"), "name=n\ninputs=a\n"))
                .options().focus());
    }

    @Test
    void zeroWeightDrawsSkipTheStabilityPassAsOnTheCommandLine() throws Exception {
        Path f = Files.writeString(dir.resolve("z.properties"), "name=z\ninputs=a\nweight_draws=0\n");
        assertEquals(0, JobFile.load(f).options().weightDraws());
    }

    @Test
    void aScheduleCrontabWouldRefuseIsAnError() throws Exception {
        for (String ok : List.of("30 2 * * *", "*/15 0-6,22,23 1-31/2 jan-mar,12 mon-fri", "0 0 * * 7",
                "5 4 * * SUN")) {
            Path f = Files.writeString(dir.resolve("ok.properties"), "name=x\ninputs=a\nschedule=" + ok + "\n");
            assertEquals(ok, JobFile.load(f).schedule());
        }
        assertProblem("name=x\ninputs=a\nschedule=30 25 * * *\n", "'schedule': '30 25 * * *' is not a 5-field cron "
                + "expression: hour '25'");
        assertProblem("name=x\ninputs=a\nschedule=every day at 2 am\n", "minute 'every'");
        assertProblem("name=x\ninputs=a\nschedule=0 2 * * mon-\n", "day of week 'mon-'");
        assertProblem("name=x\ninputs=a\nschedule=0 2 0 * *\n", "day of month '0'");
        assertProblem("name=x\ninputs=a\nschedule=*/0 2 * * *\n", "minute '*/0'");
    }

    /**
     * The crontab line's command, run by /bin/sh as cron would on a machine where the job never ran (no output
     * folder yet), from a project folder whose path needs quoting: the stand-in dxrank runs and logs.
     */
    @Test
    void theCrontabLineRunsOnAFreshMachine() throws Exception {
        Path project = Files.createDirectories(dir.resolve("opt/dx rank"));
        Path launcher = Files.writeString(project.resolve("dxrank"), "#!/bin/sh\necho \"ran $*\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        Path job = Files.writeString(Files.createDirectories(project.resolve("jobs")).resolve("n.properties"),
                "name=nightly\ninputs=a\nschedule=0 3 * * *\n");
        String line = JobFile.load(job).crontabLine(project);
        String command = line.substring("0 3 * * * ".length());
        Process sh = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, sh.waitFor(), line + "\n" + output);
        assertEquals("ran job run " + job + "\n", Files.readString(project.resolve("out/nightly/cron.log")), line);
    }

    private void assertProblem(String content, String expected) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.properties"), content);
        JobFile.InvalidJobException e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains(expected), e.getMessage());
    }
}
