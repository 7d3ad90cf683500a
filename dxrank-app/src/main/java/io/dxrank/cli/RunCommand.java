package io.dxrank.cli;

import io.dxrank.schedule.JobRunner;
import io.dxrank.run.RunOptions;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dxrank run}: the whole pipeline. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage (extract, normalize, analyze, export, charts) into <out>/runs/<run-id>, "
                + "then publish it as <out>/latest, <out>/*.csv and the charts folder.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--fail-on-reject", description = "Exit 1 and do not publish when any input file was rejected "
            + "(by default rejects are listed in plans.csv and the run succeeds).")
    boolean failOnReject;

    @Option(names = "--keep-runs", paramLabel = "N", defaultValue = "5", description = "Run folders to keep under "
            + "<out>/runs (default: ${DEFAULT-VALUE}).")
    int keepRuns;

    @Option(names = "--full", description = "Read every input file again, ignoring the extraction cache in "
            + "<out>/state.")
    boolean full;

    @Override
    public Integer call() throws Exception {
        RunOptions options = common.toRunOptions(true);
        if (keepRuns < 1) {
            throw new IllegalArgumentException("--keep-runs must be at least 1: " + keepRuns);
        }
        return RunLauncher.launch("adhoc", options, new JobRunner.Settings(keepRuns, full, failOnReject,
                JobRunner.Settings.DEFAULT.progressSeconds()), Map.of());
    }
}
