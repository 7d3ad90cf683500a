package io.dxrank.cli;

import io.dxrank.pipeline.Pipeline;
import io.dxrank.run.RunContext;
import io.dxrank.run.RunLock;
import io.dxrank.run.RunOptions;
import io.dxrank.run.SparkSessions;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** One command per stage, each reading the previous stage's Parquet under --out. */
final class StageCommands {

    private StageCommands() {
    }

    static int runStage(CommonOptions common, boolean needsInput, Consumer<Pipeline> stage) throws Exception {
        RunOptions options = common.toRunOptions(needsInput);
        RunContext context = RunLauncher.preflight(options);
        try (RunLock lock = RunLock.acquire(options.out())) {
            SparkSession spark = SparkSessions.open(options.master());
            try {
                stage.accept(new Pipeline(spark, context));
                return ExitCodes.OK;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Read plan documents into out/parquet/extracted.")
    static final class Extract implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            return runStage(common, true, Pipeline::extract);
        }
    }

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = "Map extracted statements to catalog indicators: plans, facts, quality.")
    static final class Normalize implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            return runStage(common, false, Pipeline::normalize);
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Rankings, composite index and trends from facts.")
    static final class Analyze implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            return runStage(common, false, Pipeline::analyze);
        }
    }

    @Command(name = "charts", mixinStandardHelpOptions = true,
            description = "Charts and index.html from the analytics tables.")
    static final class Charts implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            return runStage(common, false, Pipeline::charts);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "CSV files (UTF-8 with BOM) of every table under --out.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            return runStage(common, false, Pipeline::export);
        }
    }
}
