package io.dxrank.pipeline.export;

import io.dxrank.pipeline.ParquetTables;

import io.dxrank.pipeline.analyze.Summaries;
import io.dxrank.export.CsvStyle;
import io.dxrank.export.HeaderLanguage;
import io.dxrank.export.SummaryHeaders;
import io.dxrank.export.DataDictionary;
import io.dxrank.export.XlsxWorkbook;
import io.dxrank.export.CsvWriter;
import io.dxrank.export.LineageExport;
import io.dxrank.reference.GazetteerWriter;
import io.dxrank.run.RunOptions;
import io.dxrank.core.Table;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stage 5: the CSVs for people. Every contract table in contract column order and sort order, plus two
 * summaries: summary_rankings.csv (one row per locality: overall and per-pillar composite rank, latest year)
 * and summary_achievement.csv (one row per locality and year: targets checked, achieved, median achievement).
 * The same tables for machines are the Parquet folders out/parquet/&lt;table&gt; the stages already wrote; README.csv
 * explains every column in Vietnamese and English.
 */
public final class ExportStage {

    static final String SUMMARY_RANKINGS = "summary_rankings";
    static final String SUMMARY_ACHIEVEMENT = "summary_achievement";

    private ExportStage() {
    }

    /**
     * Writes every CSV; returns rows written per file stem. Files are written a few at a time (one per core):
     * each is a Spark sort followed by single-threaded CSV encoding on the driver, so two overlap well.
     */
    public static Map<String, Long> run(SparkSession spark, RunOptions options) throws IOException {
        Map<String, Long> rows = writeCsvs(spark, options);
        writeWorkbook(options);
        return rows;
    }

    /** Every CSV of {@link #run}, without the workbook; returns rows written per file stem. */
    public static Map<String, Long> writeCsvs(SparkSession spark, RunOptions options) throws IOException {
        spark.sparkContext().setJobDescription("dxrank export");
        CsvStyle style = options.csvStyle();
        Map<String, Callable<Long>> files = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            Column[] order = table.sortKeys().stream().map(c -> c.startsWith("-")
                    ? col(c.substring(1)).desc_nulls_last() : col(c).asc_nulls_last()).toArray(Column[]::new);
            Dataset<Row> read = ParquetTables.read(spark, path(options, table.fileName()))
                    .select(table.columns().stream().map(c -> col(c)).toArray(Column[]::new));
            // the driver's iterator fetches a whole partition at a time: a small table is sorted in one partition
            // (one job instead of one per sorted range), a large one in ranges of bounded size, so the driver's
            // memory does not grow with the table (10,000 plans under -Xmx1g)
            int parts = exportPartitions(path(options, table.fileName()));
            Dataset<Row> df = (parts == 1 ? read.repartition(1) : read.repartitionByRange(parts, order))
                    .sortWithinPartitions(order);
            files.put(table.fileName(), () -> write(df, options.out().resolve(table.fileName() + ".csv"), style));
        }
        ParquetTables.read(spark, path(options, Table.COMPOSITE.fileName())).createOrReplaceTempView("export_composite");
        ParquetTables.read(spark, path(options, Table.TRENDS.fileName())).createOrReplaceTempView("export_trends");
        Dataset<Row> summaryRankings = spark.sql(Summaries.rankingsSql());
        Dataset<Row> summaryAchievement = spark.sql(Summaries.ACHIEVEMENT_SQL);
        files.put(SUMMARY_RANKINGS, () -> write(summaryRankings, options.out().resolve(SUMMARY_RANKINGS + ".csv"),
                style, style.summaryHeaders()));
        files.put(SUMMARY_ACHIEVEMENT, () -> write(summaryAchievement,
                options.out().resolve(SUMMARY_ACHIEVEMENT + ".csv"), style, style.summaryHeaders()));
        files.put("README", () -> DataDictionary.write(options.out().resolve(DataDictionary.FILE), style));
        Path lineage = options.gazetteer().toAbsolutePath().resolveSibling(GazetteerWriter.LINEAGE_FILE);
        files.put("lineage", () -> LineageExport.write(lineage, localityIds(spark, options),
                options.out().resolve(LineageExport.FILE), style));
        return writeAll(files, spark.sparkContext().defaultParallelism());
    }

    /**
     * The same tables as one workbook, for analysts who work in Excel, read back from the CSVs {@link #writeCsvs}
     * wrote. No Spark: a run writes it while its charts are drawn (for 10,000 plans it takes about a minute).
     */
    public static void writeWorkbook(RunOptions options) throws IOException {
        List<Path> sheets = new ArrayList<>();
        for (String stem : List.of(SUMMARY_RANKINGS, SUMMARY_ACHIEVEMENT)) {
            sheets.add(options.out().resolve(stem + ".csv"));
        }
        for (Table table : Table.values()) {
            sheets.add(options.out().resolve(table.fileName() + ".csv"));
        }
        sheets.add(options.out().resolve(LineageExport.FILE));
        sheets.add(options.out().resolve(DataDictionary.FILE));
        XlsxWorkbook.write(options.out().resolve(XlsxWorkbook.FILE), sheets, options.csvStyle());
    }

    /** The localities of the run: of its documents and of its facts (an indicator table names many). */
    private static Set<String> localityIds(SparkSession spark, RunOptions options) {
        Dataset<Row> ids = ParquetTables.read(spark, path(options, Table.PLANS.fileName())).select("locality_id")
                .union(ParquetTables.read(spark, path(options, Table.FACTS.fileName())).select("locality_id"))
                .filter(col("locality_id").isNotNull()).distinct();
        Set<String> out = new HashSet<>();
        ids.collectAsList().forEach(r -> out.add(r.getString(0)));
        return out;
    }

    /** Parquet bytes per exported partition: a few times that in rows held by the driver at once, per file. */
    static final long EXPORT_PARTITION_BYTES = 4L << 20;

    /** How many sorted ranges a table is exported in: one per {@link #EXPORT_PARTITION_BYTES} of its Parquet. */
    static int exportPartitions(String parquetDir) throws IOException {
        Path dir = Path.of(parquetDir);
        if (!Files.isDirectory(dir)) {
            return 1;
        }
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return (int) Math.max(1, Math.min(1000, (bytes + EXPORT_PARTITION_BYTES - 1) / EXPORT_PARTITION_BYTES));
    }

    /** Runs the file writers on {@code threads} threads; rows per file in the given order. */
    private static Map<String, Long> writeAll(Map<String, Callable<Long>> files, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            Map<String, Future<Long>> pending = new LinkedHashMap<>();
            files.forEach((name, writer) -> pending.put(name, pool.submit(writer)));
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Long>> e : pending.entrySet()) {
                rows.put(e.getKey(), e.getValue().get());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("export interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }



    private static long write(Dataset<Row> df, Path file, CsvStyle style) throws IOException {
        return write(df, file, style, HeaderLanguage.EN);
    }

    private static long write(Dataset<Row> df, Path file, CsvStyle style, HeaderLanguage headers) throws IOException {
        List<String> columns = SummaryHeaders.of(Arrays.asList(df.columns()), headers);
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
        return CsvWriter.write(file, columns, cells, style);
    }

    private static String path(RunOptions options, String table) {
        return options.parquet(table).toAbsolutePath().toString();
    }
}
