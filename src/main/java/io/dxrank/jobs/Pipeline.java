package io.dxrank.jobs;

import static org.apache.spark.sql.functions.col;

import io.dxrank.analytics.AnalyticsStage;
import io.dxrank.analytics.Weights;
import io.dxrank.charts.RankedValue;
import io.dxrank.charts.ReportWriter;
import io.dxrank.core.Table;
import io.dxrank.export.CsvStyle;
import io.dxrank.export.CsvWriter;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Indicator;
import io.dxrank.normalize.Normalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
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
    private final RunOptions options;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public Pipeline(SparkSession spark, RunOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** All stages, then manifest.json. */
    public Manifest run() throws IOException {
        long start = System.nanoTime();
        extract();
        normalize();
        analyze();
        export();
        charts();
        Manifest manifest = Manifest.of(spark, options, timings, counts, System.nanoTime() - start);
        manifest.write(options.out().resolve("manifest.json"));
        return manifest;
    }

    public void extract() {
        timed("extract", () -> {
            Dataset<Row> extracted = ExtractStage.run(spark, options.inputs());
            write(extracted, "extracted");
            counts.put("files", spark.read().parquet(path("extracted")).count());
        });
    }

    public void normalize() {
        timed("normalize", () -> {
            Normalizer normalizer = new Normalizer(catalog(), gazetteer());
            NormalizeStage.Tables t = NormalizeStage.run(spark.read().parquet(path("extracted")), normalizer);
            write(t.plans(), Table.PLANS.fileName());
            write(t.facts(), Table.FACTS.fileName());
            write(t.quality(), Table.QUALITY.fileName());
            count(Table.PLANS, Table.FACTS, Table.QUALITY);
        });
    }

    public void analyze() {
        timed("analyze", () -> {
            Dataset<Row> facts = spark.read().parquet(path(Table.FACTS.fileName()));
            AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, catalog(), weights(),
                    new AnalyticsStage.Options(options.minIndicators(), options.minPillars()));
            write(t.rankings(), Table.RANKINGS.fileName());
            write(t.composite(), Table.COMPOSITE.fileName());
            write(t.trends(), Table.TRENDS.fileName());
            count(Table.RANKINGS, Table.COMPOSITE, Table.TRENDS);
        });
    }

    /** CSVs for people from the Parquet tables, in contract column order. */
    public void export() {
        timed("export", () -> {
            CsvStyle style = CsvStyle.named(options.csvDialect());
            for (Table table : Table.values()) {
                Dataset<Row> df = spark.read().parquet(path(table.fileName())).select(
                        table.columns().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
                        .orderBy(table.sortKeys().stream().map(c -> col(c).asc_nulls_last())
                                .toArray(org.apache.spark.sql.Column[]::new));
                Iterator<Row> rows = df.toLocalIterator();
                Iterator<List<Object>> cells = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public List<Object> next() {
                        Row r = rows.next();
                        List<Object> out = new ArrayList<>(r.length());
                        for (int i = 0; i < r.length(); i++) {
                            out.add(r.get(i));
                        }
                        return out;
                    }
                };
                CsvWriter.write(options.out().resolve(table.fileName() + ".csv"), table.columns(), cells, style);
            }
        });
    }

    public void charts() {
        timed("charts", () -> {
            Catalog catalog = catalog();
            List<RankedValue> values = new ArrayList<>();
            Dataset<Row> rankings = spark.read().parquet(path(Table.RANKINGS.fileName()))
                    .filter(col("n").geq(2))
                    .orderBy(col("n").desc(), col("indicator_code"), col("year"), col("period"), col("kind"),
                            col("level_group"), col("rank"), col("locality_id"));
            for (Row r : rankings.collectAsList()) {
                Indicator ind = catalog.get(r.getAs("indicator_code"));
                values.add(new RankedValue(r.getAs("indicator_code"), ind == null ? "" : ind.nameVi(),
                        r.<Integer>getAs("year"), r.getAs("period"), r.getAs("kind"), r.getAs("level_group"),
                        r.getAs("locality_id"), r.getAs("locality_name"), r.getAs("level"),
                        r.<Double>getAs("value"), r.<Integer>getAs("rank"), r.<Long>getAs("n"),
                        ind == null ? "" : ind.unit(), r.getAs("source_file"), r.<Integer>getAs("source_line"),
                        r.getAs("quote")));
            }
            long plans = spark.read().parquet(path(Table.PLANS.fileName())).count();
            Path relCsv = options.charts().toAbsolutePath().normalize().relativize(options.out().toAbsolutePath().normalize());
            ReportWriter.Result result = ReportWriter.write(options.charts(), values, (int) plans,
                    relCsv.toString().replace('\\', '/'));
            counts.put("charts", (long) result.charts());
        });
    }

    private void count(Table... tables) {
        for (Table t : tables) {
            counts.put(t.fileName(), spark.read().parquet(path(t.fileName())).count());
        }
    }

    private Catalog catalog() throws IOException {
        return Catalog.load(options.catalog());
    }

    private Gazetteer gazetteer() throws IOException {
        return Files.exists(options.gazetteer()) ? Gazetteer.load(options.gazetteer()) : Gazetteer.empty();
    }

    private Weights weights() throws IOException {
        return Weights.load(options.weights());
    }

    private String path(String table) {
        return options.parquet(table).toAbsolutePath().toString();
    }

    private void write(Dataset<Row> df, String table) {
        df.write().mode(SaveMode.Overwrite).parquet(path(table));
    }

    /** A stage body that may throw. */
    @FunctionalInterface
    interface StageBody {
        void run() throws IOException;
    }

    private void timed(String stage, StageBody body) {
        long t0 = System.nanoTime();
        try {
            body.run();
        } catch (IOException e) {
            throw new StageException(stage + ": " + e.getMessage(), e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        timings.put(stage, ms);
        LOG.info("stage {} done in {} ms; counts {}", stage, ms, counts);
    }

    /** A stage failed for a reason an operator can act on (I/O, configuration). */
    public static final class StageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
