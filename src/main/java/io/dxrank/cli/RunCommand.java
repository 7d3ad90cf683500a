package io.dxrank.cli;

import io.dxrank.jobs.Manifest;
import io.dxrank.jobs.Pipeline;
import io.dxrank.jobs.RunLock;
import io.dxrank.jobs.RunOptions;
import io.dxrank.jobs.SparkSessions;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dxrank run}: the whole pipeline. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage: extract, normalize, analyze, export, charts; write manifest.json.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--fail-on-reject", description = "Exit 1 when any input file was rejected "
            + "(by default rejects are listed in plans.csv and the run succeeds).")
    boolean failOnReject;

    @Override
    public Integer call() throws Exception {
        RunOptions options = common.toRunOptions(true);
        try (RunLock lock = RunLock.acquire(options.out())) {
            SparkSession spark = SparkSessions.open(options.master());
            try {
                Manifest m = new Pipeline(spark, options).run();
                System.err.printf("dxrank: run %s done in %d ms: %s%n", m.runId(), m.totalMs(), m.counts());
                if (failOnReject && !m.rejects().isEmpty()) {
                    System.err.printf("dxrank: failed: %d input file(s) rejected (see plans.csv)%n",
                            m.rejects().size());
                    return ExitCodes.FAILED;
                }
                return ExitCodes.OK;
            } finally {
                spark.stop();
            }
        }
    }
}
