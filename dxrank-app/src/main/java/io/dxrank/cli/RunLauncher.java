package io.dxrank.cli;

import java.util.Locale;
import io.dxrank.schedule.JobRunner;
import io.dxrank.run.InputSize;
import io.dxrank.run.Manifest;
import io.dxrank.run.RunContext;
import io.dxrank.run.RunLock;
import io.dxrank.run.RunOptions;
import io.dxrank.run.SparkSessions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** What {@code run} and {@code job run} share: lock first (exit 3 at once), then Spark, then a published run. */
final class RunLauncher {

    private RunLauncher() {
    }

    /**
     * Configuration errors before any lock or Spark: weights that do not sum to 1 or name no pillar, a catalog
     * or gazetteer that is not CSV (exit 2); malformed catalog rows are skipped with a warning here and in
     * manifest.json.
     */
    static RunContext preflight(RunOptions options) throws IOException {
        RunContext context = RunContext.load(options);
        for (String problem : context.warnings()) {
            System.err.println("dxrank: warning: catalog row skipped: " + problem);
        }
        return context;
    }

    static int launch(String label, RunOptions options, JobRunner.Settings settings, Map<String, String> sparkConf)
            throws IOException {
        RunContext context = preflight(options);
        // the charts folder is locked like the output folder: two runs with other --out but one --charts would
        // overwrite each other's report
        Path charts = options.charts() == null ? null : options.charts().toAbsolutePath().normalize();
        boolean ownChartsLock = charts != null && !charts.equals(options.out().toAbsolutePath().normalize());
        try (RunLock lock = RunLock.acquire(options.out());
             RunLock chartsLock = ownChartsLock ? RunLock.acquire(charts) : null) {
            // SparkConf reads spark.* system properties: the job file's Spark settings, below spark-submit's own
            sparkConf.forEach((k, v) -> {
                if (System.getProperty(k) == null) {
                    System.setProperty(k, v);
                }
            });
            SparkSession spark = SparkSessions.open(options.master());
            SparkSessions.fitToInput(spark, InputSize.of(options.inputs()));
            try {
                JobRunner.Result r = JobRunner.run(spark, context, settings);
                Manifest m = r.manifest();
                System.err.printf(Locale.ROOT, "dxrank: %s run %s done in %d ms: %s%n", label, m.runId(), m.totalMs(), m.counts());
                if (!r.published()) {
                    System.err.printf(Locale.ROOT, "dxrank: failed: %s (see %s/plans.csv); latest not moved%n",
                            r.withheld(), r.runFolder());
                    return ExitCodes.FAILED;
                }
                return ExitCodes.OK;
            } finally {
                spark.stop();
            }
        }
    }
}
