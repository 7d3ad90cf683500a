package io.dxrank.cli;

import io.dxrank.jobs.Manifest;
import io.dxrank.jobs.Pipeline;
import io.dxrank.jobs.RunOptions;
import io.dxrank.jobs.SparkSessions;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dxrank run}: the whole pipeline. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage: extract, normalize, analyze, export, charts; write manifest.json.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        RunOptions options = common.toRunOptions(true);
        SparkSession spark = SparkSessions.open(options.master());
        try {
            Manifest m = new Pipeline(spark, options).run();
            System.err.printf("dxrank: run %s done in %d ms: %s%n", m.runId(), m.totalMs(), m.counts());
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }
}
