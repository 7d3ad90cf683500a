package io.dxrank.pipeline;

import io.dxrank.analytics.Imputation;

import io.dxrank.pipeline.analyze.AnalyticsStage;
import io.dxrank.normalize.Catalog;
import io.dxrank.pipeline.export.ExportStage;
import io.dxrank.pipeline.extract.ExtractCache;
import io.dxrank.pipeline.extract.ExtractStage;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.pipeline.extract.ExtractRows;
import io.dxrank.pipeline.extract.IncrementalExtract;
import io.dxrank.run.Manifest;
import io.dxrank.pipeline.normalize.NormalizeStage;
import io.dxrank.normalize.Normalizer;
import io.dxrank.charts.ReportData;
import io.dxrank.pipeline.report.ReportInputs;
import io.dxrank.charts.ReportText;
import io.dxrank.charts.ReportWriter;
import io.dxrank.run.RunContext;
import io.dxrank.run.RunDirectory;
import io.dxrank.run.RunOptions;
import io.dxrank.run.Futures;
import io.dxrank.run.InputSize;
import io.dxrank.run.SparkSessions;
import io.dxrank.core.Table;
import io.dxrank.analytics.Weights;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages of a run, each reading the previous stage's Parquet under out/parquet and writing its own, so an
 * operator can rerun one stage. {@link #run} chains them and writes the manifest.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final SparkSession spark;
    private final RunContext context;
    private final RunOptions options;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private String currentStage = "";
    /** a run of a small input ({@link SparkSessions#isSmallInput}): writes all its tables at once */
    private boolean smallInput;

    /** Every Spark job a run starts carries a description beginning with this and its stage's name. */
    public static final String JOB_LABEL = "dxrank ";

    public Pipeline(SparkSession spark, RunContext context) {
        this.spark = spark;
        this.context = context;
        this.options = context == null ? null : context.options();
    }

    /** A pipeline that loads the options' data files itself (tests, tools). */
    public Pipeline(SparkSession spark, RunOptions options) throws IOException {
        this(spark, RunContext.load(options));
    }

    /** All stages, then manifest.json, straight into the output folder (no run folders, no cache). */
    public Manifest run() throws IOException {
        Instant started = Instant.now();
        return run(RunDirectory.newRunId(started), started, null, 0);
    }

    /**
     * All stages, then manifest.json (written last). With a cache, extraction reads only the files the cache
     * does not hold (see {@link IncrementalExtract}) and prints progress every {@code progressSeconds}.
     */
    public Manifest run(String runId, Instant started, ExtractCache cache, long progressSeconds) throws IOException {
        long start = System.nanoTime();
        if (cache == null) {
            extract();
        } else {
            timed("extract", () -> counts.putAll(IncrementalExtract.run(spark, options, context.mapping(), cache, runId,
                    progressSeconds)));
        }
        smallInput = SparkSessions.isSmallInput(InputSize.of(options.inputs()));
        normalizeThenAnalyze(smallInput);
        exportBesideCharts(smallInput);
        label("manifest");
        Manifest manifest = Manifest.of(spark, options, runId, started, timings, counts, System.nanoTime() - start);
        spark.sparkContext().setJobDescription(null);
        manifest.write(options.out().resolve(RunDirectory.MANIFEST));
        return manifest;
    }

    public void extract() {
        timed("extract", () -> {
            Dataset<Row> extracted = ExtractStage.run(spark, options.inputs(), context.mapping());
            counts.put("files", write(extracted, "extracted"));
        });
    }

    public void normalize() {
        timed("normalize", () -> {
            normalizeTables();
            counts.put(Table.CATALOG_SUGGESTIONS.fileName(), writeCatalogSuggestions("normalize"));
        });
    }

    private void normalizeTables() {
        Normalizer normalizer = new Normalizer(catalog(), gazetteer());
        try (NormalizeStage.Tables t = NormalizeStage.run(ParquetTables.read(spark, path("extracted")).drop(ExtractRows.CANDIDATES), normalizer,
                options.precedence().code())) {
            writeTogether(Map.of(Table.PLANS, t.plans(), Table.FACTS, t.facts(), Table.QUALITY, t.quality()));
        }
    }

    /** catalog_suggestions from the facts written; @return its rows */
    private long writeCatalogSuggestions(String stage) {
        return write(NormalizeStage.catalogSuggestions(ParquetTables.read(spark, path(Table.FACTS.fileName()))),
                Table.CATALOG_SUGGESTIONS.fileName(), stage);
    }

    /**
     * Normalize, then analyze while catalog_suggestions is written on a thread of its own: it reads the facts
     * normalize wrote and no later stage reads it, so its small jobs overlap analyze's. A small input writes its
     * quality table there too (analyze reads only the facts; export and charts come later): its dozen small jobs
     * fill the core that analyze's planning leaves idle. Normalize's line and time then come when its quality table
     * is written, after analyze's line; its counts keep their place in the manifest.
     */
    private void normalizeThenAnalyze(boolean qualityBesideAnalyze) {
        ExecutorService aside = Executors.newFixedThreadPool(2);
        try {
            Future<Measured> quality = null;
            if (qualityBesideAnalyze) {
                quality = normalizeQualityAside(aside);
            } else {
                timed("normalize", this::normalizeTables);
            }
            counts.put(Table.CATALOG_SUGGESTIONS.fileName(), 0L);
            Future<Long> suggestions = aside.submit(() -> writeCatalogSuggestions("normalize"));
            analyze();
            if (quality != null) {
                record(done(quality, "normalize"));
            }
            counts.put(Table.CATALOG_SUGGESTIONS.fileName(), done(suggestions, "normalize"));
        } finally {
            aside.shutdownNow();
        }
    }

    /** Writes plans and facts, then quality on {@code aside}; @return normalize's time and counts once it is written */
    private Future<Measured> normalizeQualityAside(ExecutorService aside) {
        long t0 = System.nanoTime();
        currentStage = "normalize";
        label("normalize");
        Normalizer normalizer = new Normalizer(catalog(), gazetteer());
        NormalizeStage.Tables t = NormalizeStage.run(ParquetTables.read(spark, path("extracted")).drop(ExtractRows.CANDIDATES),
                normalizer, options.precedence().code());
        Map<String, Long> before = new LinkedHashMap<>(counts);
        try {
            writeTogether(Map.of(Table.PLANS, t.plans(), Table.FACTS, t.facts()));
        } catch (RuntimeException e) {
            t.close();
            throw e;
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        Map<String, Long> mine = new LinkedHashMap<>(counts);
        mine.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        // placeholders keep the manifest's order: normalize's time and quality's count before analyze's
        timings.put("normalize", 0L);
        counts.put(Table.QUALITY.fileName(), 0L);
        return aside.submit(() -> {
            try (t) {
                mine.put(Table.QUALITY.fileName(), write(t.quality(), Table.QUALITY.fileName(), "normalize"));
                return new Measured("normalize", (System.nanoTime() - t0) / 1_000_000, mine);
            }
        });
    }

    public void analyze() {
        timed("analyze", () -> {
            Dataset<Row> facts = options.scope().apply(ParquetTables.read(spark, path(Table.FACTS.fileName())));
            try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, catalog(), weights(),
                    new AnalyticsStage.Options(options.minIndicators(), options.minPillars(),
                            options.normalization(), options.weightDraws(), AnalyticsStage.Options.DEFAULT.seed(),
                            options.imputation() == Imputation.MEDIAN, options.minReporters(), options.minOverlap()))) {
                writeTogether(Map.of(Table.RANKINGS, t.rankings(), Table.COMPOSITE, t.composite(),
                        Table.TRENDS, t.trends(), Table.AMBITION, t.ambition(), Table.ATTRIBUTION, t.attribution(),
                        Table.TRAJECTORY, t.trajectory()));
            }
        });
    }

    /** CSVs for people from the Parquet tables, in contract column order, plus the summary CSVs. */
    public void export() {
        record(measured("export", () -> exportCounts(ExportStage.run(spark, options))));
    }

    /**
     * The export stage's CSVs, then its Excel workbook (which reads them) on a thread of their own while the charts
     * stage runs here: the report reads the tables analyze wrote, not the CSVs, so one's Spark planning and
     * single-threaded writing overlaps the other's. A large input writes its CSVs first, alone, and only the
     * workbook beside the charts: the CSVs' sorted ranges and the report's tables in memory at once raised the
     * peak of 1,000 plans by about 250 MB, for no gain in time. Both stages' lines, timings and counts are
     * recorded as if export had come first; the workbook's own time is "export_workbook".
     */
    private void exportBesideCharts(boolean csvsBesideCharts) {
        ExecutorService aside = Executors.newSingleThreadExecutor();
        try {
            Callable<Measured> csvs = () -> measured("export", () -> exportCounts(ExportStage.writeCsvs(spark, options)));
            Future<Measured> export = csvsBesideCharts ? aside.submit(csvs) : CompletableFuture.completedFuture(csvs.call());
            Future<Long> workbook = aside.submit(() -> {
                long t0 = System.nanoTime();
                ExportStage.writeWorkbook(options);
                return (System.nanoTime() - t0) / 1_000_000;
            });
            if (!csvsBesideCharts) {
                record(done(export, "export"));
            }
            Measured charts = measured("charts", this::drawCharts);
            if (csvsBesideCharts) {
                record(done(export, "export"));
            }
            record(charts);
            long ms = done(workbook, "export");
            timings.put("export_workbook", ms);
            LOG.info("export workbook done in {} ms (alongside the charts)", ms);
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e);
        } finally {
            aside.shutdownNow();
        }
    }

    /** What a stage on another thread returned; what it threw is thrown here (an I/O error as a StageException). */
    private static <T> T done(Future<T> stage, String name) {
        return Futures.join(stage, name, cause -> new StageException(name + ": " + cause.getMessage(), cause));
    }

    /** The export's counts for the manifest: the summary tables' rows and lineage's, not the contract tables'. */
    private static Map<String, Long> exportCounts(Map<String, Long> rows) {
        Map<String, Long> mine = new LinkedHashMap<>();
        rows.forEach((file, n) -> {
            if (file.startsWith("summary_") || "lineage".equals(file)) {
                mine.put(file, n);
            }
        });
        return mine;
    }

    /** Charts and charts/index.html, linking to the CSVs by a path relative to the charts folder. */
    public void charts() {
        record(measured("charts", this::drawCharts));
    }

    private Map<String, Long> drawCharts() throws IOException {
        Path relCsv = options.charts().toAbsolutePath().normalize()
                .relativize(options.out().toAbsolutePath().normalize());
        ReportData data = ReportInputs.read(spark, options, catalog(), weights(),
                relCsv.toString().replace('\\', '/'));
        ReportText.use(options.language());
        ReportWriter.Result result = ReportWriter.write(options.charts(), options.chartFormat(),
                data, options.focus());
        return Map.of("charts", (long) result.charts());
    }

    /**
     * Writes independent tables at once, one per core: a small table's write is mostly the driver planning it and
     * a job of one or two tasks, so one write's planning overlaps another's tasks (measured in docs/performance.md,
     * "Tables written together"). A small input's writes all start at once: each is mostly the driver's planning,
     * so one per core left the other core idle between a write's jobs. Started and counted in contract order.
     */
    private void writeTogether(Map<Table, Dataset<Row>> tables) {
        int threads = Math.max(1, smallInput ? tables.size() : Math.min(tables.size(), spark.sparkContext().defaultParallelism()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<Table, Future<Long>> pending = new EnumMap<>(Table.class);
            new EnumMap<>(tables).forEach((table, df) -> pending.put(table, pool.submit(() -> write(df, table.fileName()))));
            for (Map.Entry<Table, Future<Long>> e : pending.entrySet()) {
                counts.put(e.getKey().fileName(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + tables.keySet(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Catalog catalog() {
        return context.catalog();
    }

    private Gazetteer gazetteer() {
        return context.gazetteer();
    }

    private Weights weights() {
        return context.weights();
    }

    private String path(String table) {
        return options.parquet(table).toAbsolutePath().toString();
    }

    /** @return the rows written, counted while writing (no second read of the table) */
    private long write(Dataset<Row> df, String table) {
        return write(df, table, currentStage);
    }

    /** @return the rows written, its jobs labelled with {@code stage} (a write on a thread of its own) */
    private long write(Dataset<Row> df, String table, String stage) {
        label(stage + ": write " + table);
        Observation written = new Observation("written");
        df.observe(written, count(lit(1)).as(ROWS)).write().mode(SaveMode.Overwrite).parquet(path(table));
        label(stage);
        return rowsOf(written);
    }

    private static final String ROWS = "rows";

    private static long rowsOf(Observation written) {
        try {
            return ((Number) written.getAsJava().get(ROWS)).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting written rows", e);
        }
    }

    /** Names the Spark jobs that follow in the UI and event log ("dxrank normalize: write facts"). */
    private void label(String what) {
        if (spark != null) {
            spark.sparkContext().setJobDescription(JOB_LABEL + what);
        }
    }

    /** A stage's time and the counts it made, measured on any thread and recorded on the run's. */
    private record Measured(String stage, long ms, Map<String, Long> counts) {
    }

    /** A stage body that returns its counts for the manifest. */
    @FunctionalInterface
    interface CountingStageBody {
        Map<String, Long> run() throws IOException;
    }

    /**
     * Runs a stage on the calling thread (its Spark jobs labelled with its name) without touching the run's
     * timings and counts, which {@link #record} adds; failures leave as in {@link #timed}.
     */
    Measured measured(String stage, CountingStageBody body) {
        long t0 = System.nanoTime();
        label(stage);
        try {
            Map<String, Long> made = body.run();
            return new Measured(stage, (System.nanoTime() - t0) / 1_000_000, made);
        } catch (IOException | IllegalArgumentException e) {
            throw new StageException(stage + ": " + e.getMessage(), e);
        } finally {
            if (spark != null) {
                spark.sparkContext().setJobDescription(null);
            }
        }
    }

    /** Adds a measured stage to the run's timings and counts and logs its line. */
    private void record(Measured m) {
        timings.put(m.stage(), m.ms());
        counts.putAll(m.counts());
        LOG.info("stage {} done in {} ms; counts {}", m.stage(), m.ms(), m.counts());
    }

    /** A stage body that may throw. */
    @FunctionalInterface
    interface StageBody {
        void run() throws IOException;
    }

    /**
     * Runs a stage and logs its line. An IllegalArgumentException from inside a stage (a library refusing its
     * data, e.g. a chart) is a failed run, not a usage error: it leaves as a {@link StageException} (exit 1;
     * configuration is checked before any stage runs).
     */
    void timed(String stage, StageBody body) {
        long t0 = System.nanoTime();
        currentStage = stage;
        label(stage);
        Map<String, Long> before = new LinkedHashMap<>(counts);
        try {
            body.run();
        } catch (IOException | IllegalArgumentException e) {
            throw new StageException(stage + ": " + e.getMessage(), e);
        } finally {
            if (spark != null) {
                spark.sparkContext().setJobDescription(null);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        timings.put(stage, ms);
        Map<String, Long> mine = new LinkedHashMap<>(counts);
        mine.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        LOG.info("stage {} done in {} ms; counts {}", stage, ms, mine);
    }

    /** A stage failed for a reason an operator can act on (I/O, configuration). */
    public static final class StageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
