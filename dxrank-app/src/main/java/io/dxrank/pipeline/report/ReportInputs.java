package io.dxrank.pipeline.report;

import io.dxrank.pipeline.ParquetTables;

import io.dxrank.normalize.Gazetteer;
import org.apache.commons.csv.CSVParser;
import io.dxrank.charts.MapChart;
import io.dxrank.charts.Ambition;
import io.dxrank.charts.ScoreChangePart;
import io.dxrank.charts.TrackEntry;
import io.dxrank.core.CrossChecks;
import io.dxrank.pipeline.analyze.AnalyticsStage;
import io.dxrank.normalize.Catalog;
import io.dxrank.charts.CompositeEntry;
import io.dxrank.normalize.FactStatus;
import io.dxrank.normalize.Indicator;
import io.dxrank.charts.IndicatorInfo;
import io.dxrank.core.Pillar;
import io.dxrank.charts.RankedValue;
import io.dxrank.charts.ReportData;
import io.dxrank.charts.ReportText;
import io.dxrank.charts.ReportWriter;
import io.dxrank.run.RunOptions;
import io.dxrank.core.Table;
import io.dxrank.charts.TrendPoint;
import io.dxrank.analytics.Weights;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import io.dxrank.charts.Lineage;
import io.dxrank.reference.GazetteerWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads what the report draws from the analytics Parquet tables into plain records, keeping the driver small
 * for 10,000 plans: every indicator with data (the front page charts the most reported, each other one has a
 * page of its own), only the latest year of each ranking (that ranks two or more localities), and quotes only
 * for the rows the report's tables show.
 */
public final class ReportInputs {

    private ReportInputs() {
    }

    /** data/reference/lineage.csv beside the gazetteer, as (old id, old name, old level, new id, new name, new level). */
    static List<String[]> lineageRows(RunOptions options) {
        Path file = options.gazetteer().toAbsolutePath().resolveSibling(GazetteerWriter.LINEAGE_FILE);
        List<String[]> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new String[] {r.get("old_id"), r.get("old_name"), r.get("old_level"), r.get("new_id"),
                    r.get("new_name"), r.get("new_level")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    public static ReportData read(SparkSession spark, RunOptions options, Catalog catalog, Weights weights, String csvDir) {
        spark.sparkContext().setJobDescription("dxrank report inputs");
        Dataset<Row> facts = ParquetTables.read(spark, path(options, Table.FACTS))
                .filter(col("status").equalTo(FactStatus.USED));

        // every table below is filtered by the catalog's codes (a table from an older catalog may hold others), so
        // the count of documents per indicator, which orders the front page, is read beside them
        Map<String, IndicatorInfo> byCode = new HashMap<>();
        catalog.indicators().forEach(ind -> byCode.put(ind.code(), info(ind, 0)));
        Object[] codes = byCode.keySet().stream().sorted().toArray();

        // the tables are independent: read three at a time, so one query's planning on the driver overlaps another's
        // tasks (10,000 plans: 17 s of reading one after the other)
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_READS);
        try {
            Future<List<IndicatorInfo>> indicators = pool.submit(() -> indicators(facts, catalog));
            Future<Long> plans = pool.submit(() -> ParquetTables.read(spark, path(options, Table.PLANS)).count());
            Future<List<RankedValue>> rankings = pool.submit(() -> rankings(spark, options, codes, byCode));
            Future<List<CompositeEntry>> composite = pool.submit(() -> composite(spark, options));
            Future<List<TrendPoint>> trends = pool.submit(() -> trends(spark, options, codes));
            Future<Map<String, List<Ambition.Year>>> ambition = pool.submit(() -> ambition(spark, options, codes));
            Future<Map<String, List<ScoreChangePart>>> attribution = pool.submit(() -> attribution(spark, options));
            Future<Map<String, List<TrackEntry>>> trajectory = pool.submit(() -> trajectory(spark, options));
            Future<Map<String, Long>> crossChecks = pool.submit(() -> crossChecks(spark, options));

            Map<String, Double> weightMap = new LinkedHashMap<>();
            Arrays.stream(Pillar.values()).forEach(p -> weightMap.put(p.code(), weights.weight(p)));
            Set<String> ids = new HashSet<>();
            get(rankings).forEach(v -> ids.add(v.localityId()));
            get(composite).forEach(e -> ids.add(e.localityId()));
            get(trends).forEach(t -> ids.add(t.localityId()));
            Lineage lineage = Lineage.of(lineageRows(options), ids);
            Set<String> ranked = new HashSet<>();
            get(composite).forEach(e -> ranked.add(e.localityId()));
            List<IndicatorInfo> chosen = get(indicators);
            return new ReportData(get(plans).intValue(), List.copyOf(chosen), chosen.size(), get(rankings), get(composite),
                    weightMap, get(trends), get(ambition), csvDir, lineage, get(attribution), get(trajectory),
                    get(crossChecks), centroids(options, ranked));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int PARALLEL_READS = 3;

    /** The catalog's indicators that used facts state, most documents first: the front page's order. */
    private static List<IndicatorInfo> indicators(Dataset<Row> facts, Catalog catalog) {
        List<IndicatorInfo> all = new ArrayList<>();
        for (Row r : facts.groupBy("indicator_code").agg(countDistinct("plan_id").as("plans"))
                .orderBy(col("plans").desc(), col("indicator_code")).collectAsList()) {
            Indicator ind = catalog.get(r.getString(0));
            if (ind != null) {
                all.add(info(ind, r.getLong(1)));
            }
        }
        return all;
    }

    private static IndicatorInfo info(Indicator ind, long plans) {
        return new IndicatorInfo(ind.code(), ind.nameVi(), ind.pillar(), ind.unit(), ind.nationalTarget(), plans);
    }

    private static <T> T get(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the report's inputs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The latest year of each ranking that ranks at least two localities (a lone early report is no ranking), in
     * {@link #RANKING_ORDER}. A small aggregate is joined back and the order and the quotes' cut are made here: no
     * window or sort carries every quote through a shuffle (10,000 plans: 7.6 s of the report's inputs went there).
     */
    private static List<RankedValue> rankings(SparkSession spark, RunOptions options, Object[] codes,
                                              Map<String, IndicatorInfo> byCode) {
        Dataset<Row> rankingRows = ParquetTables.read(spark, path(options, Table.RANKINGS))
                .filter(col("indicator_code").isin(codes).and(col("value").isNotNull()));
        Dataset<Row> latestYear = rankingRows.groupBy("indicator_code", "kind", "level_group")
                .agg(coalesce(max(when(col("n").geq(2), col("year"))), max("year")).as("latest_year"));
        List<RankedValue> rankings = new ArrayList<>();
        for (Row r : rankingRows.join(broadcast(latestYear), CollectionConverters.asScala(
                        List.of("indicator_code", "kind", "level_group")).toSeq())
                .filter(col("year").equalTo(col("latest_year"))).collectAsList()) {
            rankings.add(rankedValue(r, byCode.get(r.<String>getAs("indicator_code"))));
        }
        rankings.sort(RANKING_ORDER);
        return withQuotesAtTheEnds(rankings);
    }

    /** The ranked composite scores, by kind, group, year and rank (sorted here, not by a Spark sort). */
    private static List<CompositeEntry> composite(SparkSession spark, RunOptions options) {
        List<CompositeEntry> composite = new ArrayList<>();
        for (Row r : ParquetTables.read(spark, path(options, Table.COMPOSITE)).filter(col("rank").isNotNull()
                .and(col("score").isNotNull())).collectAsList()) {
            composite.add(compositeEntry(r));
        }
        composite.sort(Comparator.comparing(CompositeEntry::kind).thenComparing(CompositeEntry::levelGroup)
                .thenComparingInt(CompositeEntry::year).thenComparingInt(CompositeEntry::rank)
                .thenComparing(CompositeEntry::localityId));
        return composite;
    }

    /** The trend points of the charted indicators, by indicator, locality and year. */
    private static List<TrendPoint> trends(SparkSession spark, RunOptions options, Object[] codes) {
        List<TrendPoint> trends = new ArrayList<>();
        for (Row r : ParquetTables.read(spark, path(options, Table.TRENDS)).filter(col("indicator_code").isin(codes))
                .collectAsList()) {
            trends.add(new TrendPoint(r.getAs("locality_id"), r.getAs("locality_name"), r.getAs("indicator_code"),
                    integer(r, "year"), number(r, "actual"), number(r, "target"), r.getAs("achieved"),
                    flags(r)));
        }
        trends.sort(Comparator.comparing(TrendPoint::indicatorCode).thenComparing(TrendPoint::localityId)
                .thenComparingInt(TrendPoint::year));
        return trends;
    }

    /** ambition.csv row for row (table targets included, --years and level groups applied), per indicator. */
    private static Map<String, List<Ambition.Year>> ambition(SparkSession spark, RunOptions options, Object[] codes) {
        Map<String, List<Ambition.Year>> ambition = new LinkedHashMap<>();
        for (Row r : ParquetTables.read(spark, path(options, Table.AMBITION)).filter(col("indicator_code").isin(codes))
                .orderBy(col("indicator_code"), col("level_group"), col("year")).collectAsList()) {
            ambition.computeIfAbsent(r.getAs("indicator_code"), k -> new ArrayList<>()).add(new Ambition.Year(
                    r.getAs("level_group"), integer(r, "year"), number(r, "target_median"), number(r, "target_min"),
                    number(r, "target_max"), number(r, "n").intValue(), number(r, "national_target")));
        }
        return ambition;
    }

    /**
     * The centroids (columns lat, lon) of the given localities: from the national gazetteer beside the hand-kept
     * file, then the hand-kept file's own (which win, as in {@link Gazetteer#load}); none where neither has them.
     */
    static Map<String, MapChart.Centroid> centroids(RunOptions options, Set<String> ids) {
        Map<String, MapChart.Centroid> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Path own = options.gazetteer().toAbsolutePath();
        Path national = own.resolveSibling(Gazetteer.NATIONAL_FILE);
        for (Path file : national.equals(own) ? List.of(own) : List.of(national, own)) {
            if (Files.isRegularFile(file)) {
                readCentroids(file, ids, out);
            }
        }
        return out;
    }

    private static void readCentroids(Path file, Set<String> ids, Map<String, MapChart.Centroid> out) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVParser rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            if (!rows.getHeaderMap().containsKey("lat") || !rows.getHeaderMap().containsKey("lon")) {
                return;
            }
            boolean withProvince = rows.getHeaderMap().containsKey("province");
            for (CSVRecord r : rows) {
                String id = r.get("locality_id");
                if (ids.contains(id) && !r.get("lat").isBlank() && !r.get("lon").isBlank()) {
                    try {
                        String province = withProvince ? r.get("province") : null;
                        out.put(id, new MapChart.Centroid(Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat")),
                                province));
                    } catch (NumberFormatException e) {
                        // a hand-added row with a malformed coordinate: that locality is listed under the map
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The report's order of ranked values: by ranking (indicator, kind, group, period), then rank and id. */
    static final Comparator<RankedValue> RANKING_ORDER = Comparator.comparing(RankedValue::indicatorCode)
            .thenComparing(RankedValue::kind).thenComparing(RankedValue::levelGroup)
            .thenComparing(RankedValue::period, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(RankedValue::rank).thenComparing(RankedValue::localityId);

    /**
     * The values in {@link #RANKING_ORDER}, each ranking keeping the quotes of its first and last
     * {@link ReportWriter#TABLE_ROWS} only: the rows the report's tables show (the driver stays small).
     */
    static List<RankedValue> withQuotesAtTheEnds(List<RankedValue> sorted) {
        List<RankedValue> out = new ArrayList<>(sorted.size());
        String previous = null;
        int pos = 0;
        for (RankedValue v : sorted) {
            String ranking = v.indicatorCode() + "|" + v.year() + "|" + v.period() + "|" + v.kind() + "|" + v.levelGroup();
            pos = ranking.equals(previous) ? pos + 1 : 1;
            previous = ranking;
            boolean shown = pos <= ReportWriter.TABLE_ROWS || pos > v.n() - ReportWriter.TABLE_ROWS;
            out.add(shown ? v : new RankedValue(v.indicatorCode(), v.indicatorName(), v.year(), v.period(), v.kind(),
                    v.levelGroup(), v.localityId(), v.localityName(), v.level(), v.value(), v.rank(), v.n(), v.unit(),
                    v.sourceFile(), v.sourceLine(), null, v.percentile(), v.flags()));
        }
        return out;
    }

    /** One row of rankings.csv as the report shows it: unit per 1,000 when so measured, its flags (marks). */
    static RankedValue rankedValue(Row r, IndicatorInfo ind) {
        return new RankedValue(ind.code(), ind.name(), integer(r, "year"), r.getAs("period"),
                r.getAs("kind"), r.getAs("level_group"), r.getAs("locality_id"), r.getAs("locality_name"),
                r.getAs("level"), number(r, "value"), integer(r, "rank"), number(r, "n").longValue(),
                AnalyticsStage.MEASURE_PER_1000.equals(r.getAs("measure")) ? ind.unit() + " " + ReportText.PER_1000
                        : ind.unit(),
                r.getAs("source_file"), integer(r, "source_line"), r.getAs("quote"),
                r.getAs("percentile") == null ? Double.NaN : number(r, "percentile"),
                flags(r));
    }

    /** One ranked row of composite.csv as the composite chart shows it. */
    static CompositeEntry compositeEntry(Row r) {
        Map<String, Double> pillars = new LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            Double s = number(r, "score_" + p.code());
            if (s != null) {
                pillars.put(p.code(), s);
            }
        }
        return new CompositeEntry(r.getAs("locality_id"), r.getAs("locality_name"), integer(r, "year"),
                r.getAs("kind"), r.getAs("level_group"), number(r, "score"), integer(r, "rank"), pillars,
                number(r, "rank_p05"), number(r, "rank_p95"),
                flags(r));
    }

    private static Map<String, List<ScoreChangePart>> attribution(SparkSession spark, RunOptions options) {
        return byLocality(spark, options, Table.ATTRIBUTION, r -> new ScoreChangePart(
                r.getAs("locality_id"), r.getAs("kind"), r.getAs("level_group"), integer(r, "year"),
                integer(r, "previous_year"), r.getAs("indicator_code"), r.getAs("pillar"), r.getAs("effect"),
                number(r, "contribution"), number(r, "score_change")));
    }

    /** trajectory.csv per locality, for the locality pages. */
    private static Map<String, List<TrackEntry>> trajectory(SparkSession spark, RunOptions options) {
        return byLocality(spark, options, Table.TRAJECTORY, r -> new TrackEntry(
                r.getAs("locality_id"), r.getAs("indicator_code"), r.getAs("level_group"),
                number(r, "national_target"), integer(r, "target_year"), r.getAs("status"),
                r.getAs("latest_year"), number(r, "latest_value"), r.getAs("reach_year"), r.getAs("own_target_year"),
                number(r, "own_target")));
    }

    /** A table's rows per locality id; none from an output folder written before the table existed. */
    private static <T> Map<String, List<T>> byLocality(SparkSession spark, RunOptions options, Table table,
                                                       Function<Row, T> read) {
        Map<String, List<T>> byLocality = new LinkedHashMap<>();
        if (!Files.isDirectory(options.parquet(table.fileName()))) {
            return byLocality;
        }
        for (Row r : ParquetTables.read(spark, path(options, table)).collectAsList()) {
            byLocality.computeIfAbsent(r.getAs("locality_id"), k -> new ArrayList<>()).add(read.apply(r));
        }
        return byLocality;
    }

    /** quality.csv's findings of each check across documents, for the front page. */
    private static Map<String, Long> crossChecks(SparkSession spark, RunOptions options) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!Files.isDirectory(options.parquet(Table.QUALITY.fileName()))) {
            return counts;
        }
        for (Row r : ParquetTables.read(spark, path(options, Table.QUALITY))
                .filter(col("code").isin(CrossChecks.CODES.toArray())).groupBy("code").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        return counts;
    }

    private static String path(RunOptions options, Table table) {
        return options.parquet(table.fileName()).toAbsolutePath().toString();
    }

    /** A row's flags, "" when it has none (or its table was written before flags existed). */
    private static String flags(Row r) {
        // the schema's index of a name, not its list of names (built anew for every row)
        if (r.schema().getFieldIndex("flags").isEmpty()) {
            return "";
        }
        String flags = r.getAs("flags");
        return flags == null ? "" : flags;
    }

    private static Double number(Row r, String column) {
        Object v = r.getAs(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static int integer(Row r, String column) {
        Object v = r.getAs(column);
        return v == null ? 0 : ((Number) v).intValue();
    }
}
