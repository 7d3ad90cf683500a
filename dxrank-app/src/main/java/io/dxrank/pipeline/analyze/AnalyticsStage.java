package io.dxrank.pipeline.analyze;

import io.dxrank.analytics.Normalization;
import io.dxrank.extract.Statement;
import io.dxrank.analytics.Ranking;

import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.FactFlags;
import io.dxrank.normalize.FactStatus;
import io.dxrank.normalize.Indicator;
import io.dxrank.normalize.NationalTarget;
import io.dxrank.normalize.ReformFiling;
import io.dxrank.run.RunOptions;
import io.dxrank.run.SparkSessions;
import io.dxrank.analytics.LevelGroups;
import io.dxrank.core.Pillar;
import io.dxrank.analytics.Weights;

import io.dxrank.analytics.Attribution;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark stage 3: rankings, composite index and trends over facts, in Spark SQL. Each output has the
 * contract's columns in order ({@link Table}). Every ordering ends on locality_id so output is deterministic.
 */
public final class AnalyticsStage {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsStage.class);

    /**
     * Thresholds below which a locality's composite is listed as insufficient data, not ranked.
     *
     * @param minReporters the fewest localities of a group that must report an indicator (in a year and kind) before
     *                     it is ranked or scored: no rank, percentile or normalized score comes from a group of one
     * @param minOverlap   the smallest share of a locality's scored indicators that, on average, each other locality
     *                     of its group also reports before its composite is ranked against theirs (0 to 1)
     */
    public record Options(int minIndicators, int minPillars, Normalization normalization, int weightDraws, long seed,
                          boolean imputeMedian, int minReporters, double minOverlap) {
        public static final int MIN_REPORTERS = RunOptions.MIN_REPORTERS;
        public static final double MIN_OVERLAP = RunOptions.MIN_OVERLAP;
        public static final Options DEFAULT = new Options(RunOptions.MIN_INDICATORS, RunOptions.MIN_PILLARS,
                Normalization.MINMAX, 1000, 20240601L, false);

        /** With the default minimum of reporters. */
        public Options(int minIndicators, int minPillars, Normalization normalization, int weightDraws, long seed,
                       boolean imputeMedian) {
            this(minIndicators, minPillars, normalization, weightDraws, seed, imputeMedian, MIN_REPORTERS, MIN_OVERLAP);
        }

        /** Without imputation. */
        public Options(int minIndicators, int minPillars, Normalization normalization, int weightDraws, long seed) {
            this(minIndicators, minPillars, normalization, weightDraws, seed, false);
        }

        public Options {
            Objects.requireNonNull(normalization, "normalization");
            if (minReporters < 2) {
                throw new IllegalArgumentException("a comparison needs at least 2 reporting localities");
            }
            if (!(minOverlap >= 0 && minOverlap <= 1)) {
                throw new IllegalArgumentException("the minimum overlap is a share between 0 and 1");
            }
            if (weightDraws < 0) {
                throw new IllegalArgumentException("weight draws must be 0 (no stability interval) or more");
            }
        }

        public Options(int minIndicators, int minPillars) {
            this(minIndicators, minPillars, Normalization.MINMAX, 1000, 20240601L, false);
        }
    }

    /**
     * rankings.csv, composite.csv, trends.csv and ambition.csv as Spark tables. They share cached intermediate
     * tables: close once they are written.
     */
    public record Tables(Dataset<Row> rankings, Dataset<Row> composite, Dataset<Row> trends, Dataset<Row> ambition,
                         Dataset<Row> attribution, Dataset<Row> trajectory, List<Dataset<Row>> cached)
            implements AutoCloseable {

        /** Drops the cached intermediate tables. */
        @Override
        public void close() {
            cached.forEach(Dataset::unpersist);
        }
    }

    private AnalyticsStage() {
    }

    /**
     * Each best fact in its own level's group, plus the cross-level group "all": percents as they are, counts
     * only where the gazetteer gave a population, measured per 1,000 inhabitants (a commune's 40 accounts and a
     * district's 400 are not comparable, their rates are). Column {@code measure} says which figure ranks.
     */
    static Dataset<Row> groupedForRanking(Dataset<Row> allBest) {
        // a year compares the units of that year: a unit's figure for a period it did not exist in is not ranked
        Dataset<Row> best = allBest.filter(String.format(Locale.ROOT, "NOT array_contains(split(flags, ';'), '%s')",
                ReformFiling.OUTSIDE_ERA));
        Dataset<Row> own = best.withColumn("level_group", functions.expr(LevelGroups.sqlCase("level")))
                .withColumn("measure", functions.lit(MEASURE_VALUE));
        Dataset<Row> percents = best.filter("catalog_unit = 'percent'")
                .withColumn("level_group", functions.lit(LevelGroups.ALL))
                .withColumn("measure", functions.lit(MEASURE_VALUE));
        Dataset<Row> perThousand = best.filter("catalog_unit <> 'percent' AND value_per_1000 IS NOT NULL")
                .withColumn("value", functions.col("value_per_1000"))
                .withColumn("level_group", functions.lit(LevelGroups.ALL))
                .withColumn("measure", functions.lit(MEASURE_PER_1000));
        // the group as a small number: windows over (indicator, year, period, kind, group) then sort and compare
        // integers, not the strings of every key of every row of a group
        return own.unionByName(percents).unionByName(perThousand).withColumn("lg_ix", functions.expr(String.format(
                Locale.ROOT, "CASE level_group WHEN '%s' THEN 0 WHEN '%s' THEN 1 WHEN '%s' THEN 2 WHEN '%s' THEN 3 ELSE 4 END",
                LevelGroups.COMMUNE, LevelGroups.DISTRICT, LevelGroups.PROVINCE, LevelGroups.ALL)));
    }

    /**
     * {@link Ranking#INDICATOR_GROUP} on the keys as numbers: the catalog's index of the indicator, the kind's and the
     * level group's (each one to one with its name), so a window's sort compares integers.
     */
    private static final String ENCODED_GROUP = "indicator_ix, year, period, kind_ix, lg_ix";

    /**
     * The used facts, their flags extended by what the facts they won over say: {@code conflict} when the same
     * document states another value for the figure (conflict_other), {@code revised} when an earlier document that a
     * revision replaced stated another value (superseded). One pass of windows over every fact, no join.
     * <p>
     * The windows are partitioned and ordered exactly as the best fact's pick below, over the whole partition, so
     * one sort of the facts serves every window of the analytics' first table (three sorts of 1M wide rows took
     * most of its time). The pick's order keys are computed here from the facts' own flags: the flags added here
     * (conflict, revised) never make {@code successor:} appear. Every fact has a plan, so the conflict test may look
     * its plan up in the set of the plans that state another value.
     */
    private static final String USED_WITH_OTHERS_FLAGS = String.format(Locale.ROOT, """
            SELECT plan_id, locality_id, locality_name, level, indicator_code, kind, year, period, value,
                   value_per_1000, population_year, comparator, source_file, source_line, quote, confidence, source,
                   status, successor_last, table_first, figure_hash,
                   concat_ws(';', flags,
                     CASE WHEN array_contains(collect_set(CASE WHEN status = '%1$s' THEN plan_id END) OVER w, plan_id)
                          THEN '%3$s' END,
                     CASE WHEN size(array_remove(collect_set(CASE WHEN status = '%2$s' THEN value END) OVER w, value)) > 0
                          THEN '%4$s' END) AS flags
            FROM (SELECT *, CASE WHEN flags LIKE '%%%6$s:%%' THEN 1 ELSE 0 END AS successor_last,
                         CASE WHEN source = 'table' THEN 0 ELSE 1 END AS table_first,
                         xxhash64(locality_id, indicator_code, year, period, kind) AS figure_hash
                  FROM all_facts WHERE status IN ('%5$s', '%1$s', '%2$s'))
            WINDOW w AS (%7$s ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
            """, FactStatus.CONFLICT_OTHER, FactStatus.SUPERSEDED, FactFlags.CONFLICT, FactFlags.REVISED,
            FactStatus.USED, ReformFiling.SUCCESSOR, pickWindow(""));

    /**
     * The best fact's window: per figure, facts not filed under a successor first, then tables, the latest plan, the
     * first line. The figure's hash leads the partition (a function of the keys after it, so the partitions are the
     * same): the sort's 8-byte prefix then tells most figures apart, where locality ids sharing their first bytes made it
     * compare the strings of every key.
     */
    private static String pickWindow(String alias) {
        return String.format(Locale.ROOT, "PARTITION BY %1$sfigure_hash, %1$slocality_id, %1$sindicator_code, %1$syear, "
                + "%1$speriod, %1$skind ORDER BY %1$ssuccessor_last, %1$stable_first, %1$splan_id DESC, %1$ssource_line", alias);
    }

    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    /** Facts whose Parquet the planner estimates above this many bytes are counted to size the shuffles. */
    private static final BigInteger COUNTED_ABOVE_BYTES = BigInteger.valueOf(16L << 20);

    /**
     * Raises the session's shuffle partitions for many facts ({@link SparkSessions#partitionsFor}). A small table is
     * not counted (the planner's size estimate, no job); a large one is counted once, its row groups' metadata read.
     *
     * @return whether the partitions were raised: the input is large
     */
    static boolean fitShufflePartitions(SparkSession spark, Dataset<Row> facts) {
        if (facts.queryExecution().optimizedPlan().stats().sizeInBytes().bigInteger().compareTo(COUNTED_ABOVE_BYTES) <= 0) {
            return false;
        }
        int current = Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS));
        long rows = facts.count();
        int fitted = SparkSessions.partitionsFor(rows, current);
        if (fitted != current) {
            spark.conf().set(SHUFFLE_PARTITIONS, Integer.toString(fitted));
            LOG.info("{} facts: {} shuffle partitions instead of {}, cached tables on disk", rows, fitted, current);
        }
        return fitted != current;
    }

    /** rankings.csv {@code measure}: the fact's own value, or a count per 1,000 inhabitants. */
    public static final String MEASURE_VALUE = "value";
    public static final String MEASURE_PER_1000 = "per_1000";

    public static Tables run(SparkSession spark, Dataset<Row> facts, Catalog catalog, Weights weights,
                             Options options) {
        spark.sparkContext().setJobDescription("dxrank analytics");
        // many facts: their cached tables go straight to disk (10M facts: the memory store's failed attempts to hold
        // a partition of a few hundred MB cost a tenth of the stage)
        StorageLevel cache = fitShufflePartitions(spark, facts) ? StorageLevel.DISK_ONLY() : StorageLevel.MEMORY_AND_DISK();
        // facts.csv keeps every statement read; only the used ones are compared
        facts.filter(functions.col("status").equalTo(FactStatus.USED)).createOrReplaceTempView("facts");
        facts.createOrReplaceTempView("all_facts");
        catalogFrame(spark, catalog).createOrReplaceTempView("catalog");
        nationalFrame(spark, catalog).createOrReplaceTempView("national");
        weightsFrame(spark, weights).createOrReplaceTempView("weights");

        // the best fact per locality, indicator, period and kind feeds every table below: computed once, kept
        // narrow (only the columns the tables use) and cached until the caller closes the Tables
        Dataset<Row> best = spark.sql(String.format(Locale.ROOT, """
                SELECT locality_id, locality_name, level, indicator_code, kind, year, period, value, value_per_1000,
                       population_year,
                       comparator, source_file, source_line, quote, direction, catalog_unit, catalog_pillar, confidence,
                       indicator_ix, CASE kind WHEN '%s' THEN 0 WHEN '%s' THEN 1 ELSE 2 END AS kind_ix,
                       -- another document states another value for the same figure: the one used says so
                       CASE WHEN values_stated > 1 THEN concat_ws(';', flags, '%s') ELSE flags END AS flags
                FROM (SELECT f.locality_id, f.locality_name, f.level, f.indicator_code, f.kind, f.year, f.period,
                             f.value, f.value_per_1000, f.population_year, f.comparator, f.source_file, f.source_line,
                             f.quote, f.flags,
                             f.confidence,
                             c.direction,
                             c.unit AS catalog_unit, c.pillar AS catalog_pillar, c.ix AS indicator_ix,
                             ROW_NUMBER() OVER (%s) AS pick,
                             size(collect_set(f.value) OVER (%4$s ROWS BETWEEN UNBOUNDED PRECEDING
                                                             AND UNBOUNDED FOLLOWING)) AS values_stated
                      FROM (SELECT * FROM (%s) WHERE status = '%s') f JOIN catalog c ON f.indicator_code = c.code)
                WHERE pick = 1
                """, Statement.ACTUAL, Statement.TARGET, FactFlags.RESTATED, pickWindow("f."), USED_WITH_OTHERS_FLAGS,
                FactStatus.USED))
                .localCheckpoint(true, cache);
        best.createOrReplaceTempView("best");
        groupedForRanking(best).createOrReplaceTempView("grouped");

        // rank_change: the rank of the previous year's full-year figure, read by a window (one row per year at
        // most) instead of joining the ranked rows with themselves. Both windows' partitions hold (indicator, kind,
        // level group), so one shuffle on those serves both (each window then only sorts locally); its fixed count
        // of partitions is not coalesced below the cores
        Dataset<Row> rankings = spark.sql("""
                WITH g AS (
                  SELECT /*+ REPARTITION(%s, indicator_ix, kind_ix, lg_ix) */ * FROM grouped
                ), r0 AS (
                  SELECT *,
                    %s AS rank0,
                    COUNT(*) OVER (PARTITION BY %s) AS n
                  FROM g
                ), r AS (
                  -- no rank from a group of one (or fewer reporters than the comparison needs)
                  SELECT *, CASE WHEN n >= %d THEN rank0 END AS rank FROM r0
                ), p AS (
                  SELECT *,
                    MAX(CASE WHEN period = CAST(year AS STRING) THEN rank END)
                      OVER (PARTITION BY indicator_ix, kind_ix, lg_ix, xxhash64(locality_id), locality_id ORDER BY year
                            RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING) AS previous_rank
                  FROM r
                )
                SELECT indicator_code, year, kind, level_group, locality_id, value, rank,
                       CAST(CASE WHEN rank IS NOT NULL THEN %s END AS DOUBLE) AS percentile,
                       n, period, locality_name, level, direction,
                       previous_rank - rank AS rank_change, source_file, source_line, quote, measure,
                       -- per_capita:2019: ranked per 1,000 inhabitants of the population of 2019
                       CASE WHEN measure = '%s' THEN concat_ws(';', flags,
                              concat('%s', COALESCE(concat(':', CAST(population_year AS STRING)), '')))
                            ELSE flags END AS flags
                FROM p
                """.transform(sql -> String.format(Locale.ROOT, sql, spark.conf().get(SHUFFLE_PARTITIONS),
                Ranking.rankSql(ENCODED_GROUP, Ranking.INDICATOR_ORDER), ENCODED_GROUP, options.minReporters(),
                Ranking.percentileSql("n", "rank"), MEASURE_PER_1000, FactFlags.PER_CAPITA)));
        rankings.createOrReplaceTempView("rankings");

        List<Dataset<Row>> cached = new ArrayList<>(List.of(best));
        Dataset<Row> composite = composite(spark, options, catalog.size(), cached, cache);
        Dataset<Row> trends = spark.sql("""
                WITH y AS (
                  SELECT locality_id, indicator_code, year,
                         MAX(CASE WHEN kind = 'actual' THEN value END) AS actual,
                         MAX(CASE WHEN kind = 'target' THEN value END) AS target,
                         MAX(CASE WHEN kind = 'target' THEN comparator END) AS comparator,
                         MAX(direction) AS direction, MAX(locality_name) AS locality_name,
                         -- how the year's result and target were read (the source words left out)
                         concat_ws(';', array_sort(filter(array_distinct(flatten(collect_list(split(flags, ';')))),
                                                          x -> x NOT IN ('table', 'prose')))) AS flags
                  FROM best GROUP BY locality_id, indicator_code, year
                )
                SELECT locality_id, indicator_code, year, actual, target,
                       actual - LAG(actual) IGNORE NULLS OVER (PARTITION BY locality_id, indicator_code ORDER BY year)
                         AS yoy_change,
                       CASE WHEN actual IS NOT NULL AND target IS NOT NULL AND target <> 0
                            THEN ROUND(100.0 * actual / target, 2) END AS achievement,
                       CASE WHEN actual IS NULL OR target IS NULL THEN NULL
                            WHEN direction = 'lower' THEN actual <= target
                            WHEN comparator = 'gt' THEN actual > target
                            ELSE actual >= target END AS achieved,
                       locality_name, comparator, flags
                FROM y
                """);
        // ambition: the spread of targets set for each year, against the national target of the same year, for
        // the level group where the programme sets one per level, else its single figure
        Dataset<Row> ambition = spark.sql("""
                WITH a AS (
                  SELECT indicator_code, year, level_group, COUNT(*) AS n, MIN(value) AS target_min,
                         PERCENTILE(value, 0.5) AS target_median, MAX(value) AS target_max
                  FROM grouped WHERE kind = 'target' AND measure = 'value'
                  GROUP BY indicator_code, year, level_group
                ), t AS (
                  SELECT a.*, COALESCE(own.target, every.target) AS national_target
                  FROM a
                  LEFT JOIN national own ON own.indicator_code = a.indicator_code AND own.year = a.year
                       AND own.level_group = a.level_group
                  LEFT JOIN national every ON every.indicator_code = a.indicator_code AND every.year = a.year
                       AND every.level_group = 'all'
                )
                SELECT indicator_code, year, level_group, n, target_min, target_median, target_max, national_target,
                       CASE WHEN national_target IS NOT NULL THEN year END AS national_target_year,
                       ROUND(target_median - national_target, 2) AS median_minus_national
                FROM t
                """);
        return new Tables(rankings, composite, trends, ambition, attribution(spark, options, weights), trajectory(spark),
                cached);
    }

    /**
     * attribution.csv: each composite's change from the year before, split into every indicator's value, peers and
     * coverage effects ({@link Attribution}); none under median imputation, whose filled-in medians have no values.
     */
    private static Dataset<Row> attribution(SparkSession spark, Options options, Weights weights) {
        if (options.imputeMedian()) {
            return spark.createDataFrame(List.of(), AttributionRows.SCHEMA);
        }
        Map<String, Double> byPillar = new HashMap<>();
        for (Pillar p : Pillar.values()) {
            byPillar.put(p.code(), weights.weight(p));
        }
        Normalization method = options.normalization();
        return spark.sql(AttributionRows.TERMS_SQL)
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("locality_id") + "|" + r.getAs("kind") + "|"
                        + r.getAs("level_group"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) ->
                        AttributionRows.of(rows, byPillar, method), Encoders.row(AttributionRows.SCHEMA));
    }

    /** trajectory.csv: each locality's path to every national target of its indicators ({@link TrajectoryRows}). */
    private static Dataset<Row> trajectory(SparkSession spark) {
        return spark.sql(String.format(Locale.ROOT, TrajectoryRows.FACTS_SQL, LevelGroups.sqlCase("level")))
                .groupByKey((MapFunction<Row, String>) TrajectoryRows::key, Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> TrajectoryRows.of(rows),
                        Encoders.row(TrajectoryRows.SCHEMA));
    }

    private static Dataset<Row> composite(SparkSession spark, Options options, long catalogSize,
                                          List<Dataset<Row>> cached, StorageLevel cache) {
        Dataset<Row> normalized = spark.sql(String.format(Locale.ROOT, """
                SELECT locality_id, locality_name, year, kind, level_group, indicator_code,
                       catalog_pillar AS pillar, reporters,
                       CASE WHEN mx = mn THEN 100.0
                            WHEN direction = 'lower' THEN 100.0 * (mx - value) / (mx - mn)
                            ELSE 100.0 * (value - mn) / (mx - mn) END AS norm_minmax,
                       CASE WHEN catalog_unit <> 'percent' THEN
                                 CASE WHEN mx = mn THEN 100.0
                                      WHEN direction = 'lower' THEN 100.0 * (mx - value) / (mx - mn)
                                      ELSE 100.0 * (value - mn) / (mx - mn) END
                            WHEN direction = 'lower' THEN 100.0 - LEAST(GREATEST(value, 0.0), 100.0)
                            ELSE LEAST(GREATEST(value, 0.0), 100.0) END AS norm_goalpost,
                       CASE WHEN sd IS NULL OR sd = 0 THEN 0.0
                            WHEN direction = 'lower' THEN (mean - value) / sd
                            ELSE (value - mean) / sd END AS norm_zscore,
                       value, mn, mx, mean, sd, direction, catalog_unit AS unit_kind, period, flags,
                       confidence
                FROM (SELECT g.*, MIN(value) OVER w AS mn, MAX(value) OVER w AS mx, AVG(value) OVER w AS mean,
                             STDDEV_POP(value) OVER w AS sd, COUNT(*) OVER w AS reporters
                      FROM grouped g WHERE level_group <> 'all'
                      WINDOW w AS (PARTITION BY indicator_ix, year, period, kind_ix, lg_ix))
                WHERE reporters >= %d
                """, options.minReporters())).localCheckpoint(true, cache);
        // read by the overlap (twice), the pillar scores, the imputation and attribution: computed once, not per read
        normalized.createOrReplaceTempView("normalized");
        cached.add(normalized);
        // overlap: the share of a locality's indicators each other locality of its group reports too, on average
        // (sum over its indicators of the other reporters, over (localities - 1) * its indicators): linear, no pairs
        spark.sql("""
                SELECT x.locality_id, x.year, x.kind, x.level_group,
                       SUM(x.reporters - 1) / NULLIF((MAX(g.localities) - 1) * COUNT(*), 0) AS overlap
                FROM (SELECT locality_id, year, kind, level_group, indicator_code, MAX(reporters) AS reporters
                      FROM normalized GROUP BY locality_id, year, kind, level_group, indicator_code) x
                JOIN (SELECT year, kind, level_group, COUNT(DISTINCT locality_id) AS localities
                      FROM normalized GROUP BY year, kind, level_group) g
                  ON x.year = g.year AND x.kind = g.kind AND x.level_group = g.level_group
                GROUP BY x.locality_id, x.year, x.kind, x.level_group
                """).createOrReplaceTempView("overlap");
        // joined to the pillar scores, which share its lineage through `normalized`: renamed keys keep the join
        // resolvable when adaptive execution is off (Spark then cannot tell the two sides' columns apart)
        // read by ranked_localities (the stability pass) and the composite: computed once
        Dataset<Row> overlapKeys = spark.sql("SELECT locality_id AS o_locality_id, year AS o_year, kind AS o_kind, "
                + "level_group AS o_level_group, overlap FROM overlap").localCheckpoint(true, cache);
        overlapKeys.createOrReplaceTempView("overlap_keys");
        cached.add(overlapKeys);
        // optional imputation: an indicator the group reports but the locality does not gets the group median,
        // marked (imputed = 1) and never counted towards coverage or the thresholds
        spark.sql("""
                SELECT l.locality_id, l.locality_name, i.year, i.kind, i.level_group, i.indicator_code, i.pillar,
                       i.norm_minmax, i.norm_goalpost, i.norm_zscore, 1 AS imputed, CAST(NULL AS STRING) AS flags,
                       CAST(1.0 AS DOUBLE) AS confidence
                FROM (SELECT locality_id, MAX(locality_name) AS locality_name, year, kind, level_group
                      FROM normalized GROUP BY locality_id, year, kind, level_group) l
                JOIN (SELECT year, kind, level_group, indicator_code, MAX(pillar) AS pillar,
                             PERCENTILE(norm_minmax, 0.5) AS norm_minmax, PERCENTILE(norm_goalpost, 0.5) AS norm_goalpost,
                             PERCENTILE(norm_zscore, 0.5) AS norm_zscore
                      FROM normalized GROUP BY year, kind, level_group, indicator_code) i
                  ON l.year = i.year AND l.kind = i.kind AND l.level_group = i.level_group
                LEFT ANTI JOIN normalized n ON n.locality_id = l.locality_id AND n.year = i.year AND n.kind = i.kind
                  AND n.level_group = i.level_group AND n.indicator_code = i.indicator_code
                """).createOrReplaceTempView("imputed");
        spark.sql("SELECT locality_id, locality_name, year, kind, level_group, indicator_code, pillar, norm_minmax, "
                + "norm_goalpost, norm_zscore, 0 AS imputed, flags, confidence FROM normalized"
                + (options.imputeMedian() ? " UNION ALL SELECT * FROM imputed" : ""))
                .createOrReplaceTempView("scored");
        // pillar scores feed the coverage cut, the stability pass and the composite: cached
        Dataset<Row> ps = spark.sql(String.format(Locale.ROOT, """
                SELECT locality_id, MAX(locality_name) AS locality_name, year, kind, level_group, pillar,
                       AVG(norm_%s) AS s, AVG(norm_minmax) AS s_minmax, AVG(norm_goalpost) AS s_goalpost,
                       AVG(norm_zscore) AS s_zscore,
                       -- counted from the list, not by COUNT(DISTINCT ...): one aggregate beside collect_list, no
                       -- rows expanded per distinct value (the same count)
                       size(array_distinct(collect_list(CASE WHEN imputed = 0 THEN indicator_code END))) AS k,
                       SUM(imputed) AS imputed,
                       -- the stability pass's extraction scenario: how many values each score averages, and the
                       -- values whose kind or year the extractor guessed
                       COUNT(*) AS n, array_distinct(flatten(collect_list(split(flags, ';')))) AS flag_set,
                       collect_list(CASE WHEN confidence < 1 THEN struct(norm_minmax, norm_goalpost, norm_zscore,
                                    confidence) END) AS doubtful
                FROM scored GROUP BY locality_id, year, kind, level_group, pillar
                """, options.normalization().code())).localCheckpoint(true, cache);
        ps.createOrReplaceTempView("ps");
        cached.add(ps);
        spark.sql(String.format(Locale.ROOT, """
                SELECT ps.locality_id, ps.year, ps.kind, ps.level_group FROM ps
                JOIN overlap_keys o ON o.o_locality_id = ps.locality_id AND o.o_year = ps.year AND o.o_kind = ps.kind
                     AND o.o_level_group = ps.level_group
                GROUP BY ps.locality_id, ps.year, ps.kind, ps.level_group
                HAVING SUM(k) >= %d AND SUM(CASE WHEN k > 0 THEN 1 ELSE 0 END) >= %d AND MAX(o.overlap) >= %s
                """, options.minIndicators(), options.minPillars(), Double.toString(options.minOverlap())))
                .createOrReplaceTempView("ranked_localities");
        // no weight draws: the stability columns stay empty (the benchmark's like-for-like composite)
        (options.weightDraws() == 0 ? spark.createDataFrame(List.of(), StabilityStage.SCHEMA)
                : StabilityStage.run(spark, options)).createOrReplaceTempView("stability");

        StringBuilder pivot = new StringBuilder();
        StringBuilder pillarCols = new StringBuilder();
        StringBuilder scoreCols = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            pivot.append(", ROUND(MAX(CASE WHEN ps.pillar = '").append(p.code()).append("' THEN ps.s END), 2) AS score_")
                    .append(p.code());
            String separator = pillarCols.length() == 0 ? "" : ", ";
            pillarCols.append(separator).append("rk.score_").append(p.code());
            scoreCols.append(separator).append("score_").append(p.code());
        }
        String sql = """
                WITH loc AS (
                  SELECT ps.locality_id, MAX(ps.locality_name) AS locality_name, ps.year, ps.kind, ps.level_group
                         %s,
                         SUM(w.weight * ps.s) / NULLIF(SUM(w.weight), 0) AS raw_score,
                         SUM(ps.k) AS indicators, SUM(CASE WHEN ps.k > 0 THEN 1 ELSE 0 END) AS pillars,
                         SUM(ps.imputed) AS imputed, array_distinct(flatten(collect_list(ps.flag_set))) AS flag_set
                  FROM ps JOIN weights w ON ps.pillar = w.pillar
                  GROUP BY ps.locality_id, ps.year, ps.kind, ps.level_group
                ), st AS (
                  SELECT loc.*, o.overlap,
                         CASE WHEN indicators < %d OR pillars < %d THEN 'insufficient_data'
                              WHEN COALESCE(o.overlap, 0) < %s THEN 'insufficient_overlap'
                              ELSE 'ranked' END AS status
                  FROM loc LEFT JOIN overlap_keys o ON o.o_locality_id = loc.locality_id AND o.o_year = loc.year
                       AND o.o_kind = loc.kind AND o.o_level_group = loc.level_group
                ), alone AS (
                  -- a locality ranked alone in its group is not ranked: a rank of one says nothing
                  SELECT locality_id, locality_name, year, kind, level_group, %s, raw_score, indicators, pillars,
                         imputed, overlap, flag_set,
                         CASE WHEN status = 'ranked'
                                   AND COUNT(*) OVER (PARTITION BY year, kind, level_group, status) < 2
                              THEN 'alone_in_group' ELSE status END AS status
                  FROM st
                ), rk AS (
                  SELECT alone.*,
                    CASE WHEN status = 'ranked' THEN RANK() OVER (PARTITION BY year, kind, level_group, status
                                                                  ORDER BY raw_score DESC) END AS rank,
                    CASE WHEN status = 'ranked' THEN NTILE(4) OVER (PARTITION BY year, kind, level_group, status
                                                                    ORDER BY raw_score DESC, locality_id) END AS q
                  FROM alone
                ), prev AS (
                  SELECT rk.*, MAX(rank) OVER (PARTITION BY locality_id, kind, level_group ORDER BY year
                                               RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING) AS previous_rank
                  FROM rk
                )
                SELECT rk.locality_id, rk.year, rk.kind, %s, ROUND(rk.raw_score, 2) AS score, rk.rank,
                       ROUND(rk.indicators / %d.0, 4) AS coverage,
                       stab.rank_p05, stab.rank_p95,
                       rk.locality_name, rk.level_group, rk.indicators, rk.pillars, rk.status,
                       CASE WHEN rk.q IS NULL THEN NULL ELSE CONCAT('Q', rk.q) END AS band,
                       stab.rank_median, rk.previous_rank - rk.rank AS rank_change,
                       '%s' AS normalization, CAST(rk.imputed AS INT) AS imputed, ROUND(rk.overlap, 4) AS overlap,
                       -- the flags of the values the score rests on (the source words left out), and imputation
                       concat_ws(';', array_sort(filter(rk.flag_set, x -> x NOT IN ('table', 'prose'))),
                                 CASE WHEN rk.imputed > 0 THEN 'imputed' END) AS flags
                FROM prev rk
                LEFT JOIN stability stab ON stab.locality_id = rk.locality_id AND stab.year = rk.year
                     AND stab.kind = rk.kind AND stab.level_group = rk.level_group AND rk.status = 'ranked'
                """;
        return spark.sql(String.format(Locale.ROOT, sql, pivot, options.minIndicators(), options.minPillars(),
                Double.toString(options.minOverlap()), scoreCols, pillarCols, Math.max(1, catalogSize), options.normalization().code()));
    }

    public static Dataset<Row> catalogFrame(SparkSession spark, Catalog catalog) {
        StructType schema = new StructType().add("code", DataTypes.StringType).add("pillar", DataTypes.StringType)
                .add("unit", DataTypes.StringType).add("direction", DataTypes.StringType)
                .add("national_target", DataTypes.DoubleType).add("national_target_year", DataTypes.IntegerType)
                .add("ix", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        for (Indicator i : catalog.indicators()) {
            rows.add(RowFactory.create(i.code(), i.pillar(), i.unit(), i.direction(), i.nationalTarget(),
                    i.nationalTargetYear(), rows.size()));
        }
        return spark.createDataFrame(rows, schema);
    }

    /** national targets per indicator, level group and year (one row per key: the first given wins). */
    static Dataset<Row> nationalFrame(SparkSession spark, Catalog catalog) {
        StructType schema = new StructType().add("indicator_code", DataTypes.StringType)
                .add("level_group", DataTypes.StringType).add("year", DataTypes.IntegerType)
                .add("target", DataTypes.DoubleType);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (NationalTarget t : catalog.nationalTargets()) {
            rows.putIfAbsent(t.indicatorCode() + "|" + t.levelGroup() + "|" + t.year(),
                    RowFactory.create(t.indicatorCode(), t.levelGroup(), t.year(), t.target()));
        }
        return spark.createDataFrame(new ArrayList<>(rows.values()), schema);
    }

    static Dataset<Row> weightsFrame(SparkSession spark, Weights weights) {
        StructType schema = new StructType().add("pillar", DataTypes.StringType).add("weight", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            rows.add(RowFactory.create(p.code(), weights.weight(p)));
        }
        return spark.createDataFrame(rows, schema);
    }
}
