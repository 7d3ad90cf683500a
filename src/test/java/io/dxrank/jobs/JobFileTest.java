package io.dxrank.jobs;

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
        assertEquals("table", job.options().precedence());
        assertEquals("30 2 * * *", job.schedule());
        assertEquals("8", job.sparkConf().get("spark.sql.shuffle.partitions"));
        assertTrue(job.crontabLine(Path.of("/opt/dxrank")).startsWith("30 2 * * * cd /opt/dxrank && ./dxrank job run"));
    }

    @Test
    void defaultsFollowTheJobName() throws Exception {
        Path f = Files.writeString(dir.resolve("a.properties"), "name=weekly\ninputs=a, b\n");
        JobFile job = JobFile.load(f);
        assertEquals(List.of("a", "b"), job.options().inputs());
        assertEquals(Path.of("out/weekly"), job.options().out());
        assertEquals("minmax", job.options().normalization());
        assertEquals(null, job.crontabLine(dir), "no schedule, no crontab line");
    }

    @Test
    void badKeysAndValuesNameTheKeyAndTheFile() throws Exception {
        assertProblem("name=x\ninputs=a\nnormalisation=zscore\n", "'normalisation': unknown key");
        assertProblem("inputs=a\n", "'name': missing");
        assertProblem("name=x\ninputs=a\nnormalization=rank\n", "'normalization': 'rank' is not one of");
        assertProblem("name=x\ninputs=a\nschedule=every day\n", "'schedule': 'every day' is not a 5-field cron");
        assertProblem("name=x\ninputs=a\nweight_draws=-3\n", "'weight_draws': '-3' is not a positive");
        assertProblem("name=x\ninputs=a\nprecedence=newest\n", "'precedence': 'newest' is not one of");
        Path mapping = Files.writeString(dir.resolve("m.properties"), "kind=planned\n");
        assertProblem("name=x\ninputs=a\ntables_mapping=" + mapping + "\n", "'tables_mapping': " + mapping
                + ": key 'kind'");
    }

    private void assertProblem(String content, String expected) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.properties"), content);
        JobFile.InvalidJobException e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains(expected), e.getMessage());
    }
}
