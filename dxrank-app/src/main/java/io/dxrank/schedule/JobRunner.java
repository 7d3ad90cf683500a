package io.dxrank.schedule;

import io.dxrank.pipeline.extract.ExtractCache;
import io.dxrank.run.Manifest;
import io.dxrank.pipeline.Pipeline;
import io.dxrank.run.RunDirectory;
import io.dxrank.run.RunContext;
import io.dxrank.run.RunOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled (or ad-hoc) run, published atomically: recover what a killed run left, run every stage into
 * {@code <out>/runs/<run-id>/} with the extraction cache, then swap {@code <out>/latest} to it, refresh the
 * flat views ({@code <out>/*.csv}, the charts folder) and delete runs beyond the retention. A run that fails,
 * or has rejects under fail-on-reject, is not published (runs beyond the retention are deleted all the same).
 * The caller holds the output folder's {@link RunLock}.
 * <pre>
 *   try (RunLock lock = RunLock.acquire(options.out())) {
 *       JobRunner.Result r = JobRunner.run(spark, options, JobRunner.Settings.DEFAULT);
 *   }
 * </pre>
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /**
     * @param keepRuns        complete runs to keep (the published one always stays)
     * @param fullExtract     ignore the extraction cache and read every file again (the cache is rebuilt)
     * @param failOnReject    a run with rejected inputs is not published and fails
     * @param progressSeconds how often extraction progress is printed on stderr (0: never)
     */
    public record Settings(int keepRuns, boolean fullExtract, boolean failOnReject, long progressSeconds) {
        public static final Settings DEFAULT = new Settings(5, false, false, 10);

        public Settings {
            if (keepRuns < 1) {
                throw new IllegalArgumentException("runs to keep must be at least 1: " + keepRuns);
            }
        }
    }

    /**
     * What happened: the run's manifest, whether latest now points at it, and its folder.
     *
     * @param withheld why the run was not published, or null
     */
    public record Result(Manifest manifest, boolean published, Path runFolder, String withheld) {
    }

    private JobRunner() {
    }

    public static Result run(SparkSession spark, RunOptions options, Settings settings) throws IOException {
        return run(spark, RunContext.load(options), settings);
    }

    /** A run with its data files already loaded (by the preflight). */
    public static Result run(SparkSession spark, RunContext context, Settings settings) throws IOException {
        RunOptions options = context.options();
        RunDirectory dir = new RunDirectory(options.out());
        List<String> cleared = dir.recover();
        if (!cleared.isEmpty()) {
            LOG.warn("removed {} interrupted run folder(s): {}", cleared.size(), cleared);
        }
        Instant started = Instant.now();
        String runId = RunDirectory.newRunId(started);
        Path folder = dir.begin(runId);
        ExtractCache cache = new ExtractCache(dir.state());
        if (settings.fullExtract()) {
            RunDirectory.deleteTree(cache.dir());
        }
        RunOptions inRun = options.withOutput(folder, folder.resolve("charts"));
        Manifest manifest = new Pipeline(spark, context.withOptions(inRun)).run(runId, started, cache, settings.progressSeconds());
        String withheld = withheld(manifest.counts(), manifest.rejects().size(), settings.failOnReject(),
                dir.latest().isPresent());
        if (withheld != null) {
            // the run keeps its folder for inspection; retention still applies, or a job whose input keeps a
            // bad file would add a run folder every night and never delete one
            List<String> removed = dir.retain(settings.keepRuns());
            LOG.warn("run {} not published: {}; {} old run(s) removed", runId, withheld, removed.size());
            return new Result(manifest, false, folder, withheld);
        }
        // every byte is written before the run is published: a copy that fails (a full disk) publishes nothing
        RunDirectory.StagedCharts charts = dir.stageCharts(runId, options.charts());
        dir.publish(runId);
        dir.mirror(charts);
        List<String> removed = dir.retain(settings.keepRuns());
        LOG.info("published run {} as {}; {} old run(s) removed", runId, dir.out().resolve(RunDirectory.LATEST),
                removed.size());
        return new Result(manifest, true, folder, null);
    }

    /**
     * Why a finished run is not published, or null: rejects under fail-on-reject, or nothing to rank while a
     * published run exists (an emptied input folder, every file rejected) would replace a good report with an empty one.
     */
    static String withheld(Map<String, Long> counts, int rejects, boolean failOnReject, boolean publishedBefore) {
        if (failOnReject && rejects > 0) {
            return rejects + " input file(s) rejected and fail-on-reject is set";
        }
        if (publishedBefore && counts.getOrDefault("rankings", 0L) == 0 && counts.getOrDefault("composite", 0L) == 0) {
            return "nothing to rank (" + counts.getOrDefault("files", 0L) + " input file(s), " + rejects
                    + " rejected, " + counts.getOrDefault("facts", 0L) + " fact(s)); the last report stays published";
        }
        return null;
    }
}
