package io.dxrank.analytics;

import io.dxrank.core.Pillar;
import io.dxrank.core.Table;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage 3: rankings, composite index and trends over facts, in Spark SQL. Each output has the
 * contract's columns in order ({@link Table}). Every ordering ends on locality_id so output is deterministic.
 */
public final class AnalyticsStage {

    /** Thresholds below which a locality's composite is listed as insufficient data, not ranked. */
    public record Options(int minIndicators, int minPillars) {
        public static final Options DEFAULT = new Options(5, 2);
    }

    /** rankings.csv, composite.csv, trends.csv as Spark tables. */
    public record Tables(Dataset<Row> rankings, Dataset<Row> composite, Dataset<Row> trends) {
    }

    private AnalyticsStage() {
    }

    public static Tables run(SparkSession spark, Dataset<Row> facts, Catalog catalog, Weights weights,
                             Options options) {
        spark.sparkContext().setJobDescription("dxrank analytics");
        facts.createOrReplaceTempView("facts");
        catalogFrame(spark, catalog).createOrReplaceTempView("catalog");
        weightsFrame(spark, weights).createOrReplaceTempView("weights");
        drawsFrame(spark, weights).createOrReplaceTempView("weight_draws");

        spark.sql("""
                SELECT f.*, c.direction, c.unit AS catalog_unit,
                       ROW_NUMBER() OVER (PARTITION BY f.locality_id, f.indicator_code, f.year, f.period, f.kind
                                          ORDER BY CASE WHEN f.source = 'table' THEN 0 ELSE 1 END, f.plan_id DESC,
                                                   f.source_line) AS pick
                FROM facts f JOIN catalog c ON f.indicator_code = c.code
                """).filter("pick = 1").drop("pick").createOrReplaceTempView("best");
        spark.sql("SELECT *, " + LevelGroups.sqlCase("level") + " AS level_group FROM best "
                + "UNION ALL SELECT *, '" + LevelGroups.ALL + "' AS level_group FROM best WHERE catalog_unit = 'percent'")
                .createOrReplaceTempView("grouped");

        Dataset<Row> rankings = spark.sql("""
                WITH r AS (
                  SELECT *,
                    RANK() OVER w AS rank,
                    COUNT(*) OVER (PARTITION BY indicator_code, year, period, kind, level_group) AS n
                  FROM grouped
                  WINDOW w AS (PARTITION BY indicator_code, year, period, kind, level_group
                               ORDER BY CASE WHEN direction = 'lower' THEN value ELSE -value END)
                )
                SELECT r.indicator_code, r.year, r.kind, r.level_group, r.locality_id, r.value, r.rank,
                       CAST(CASE WHEN r.n = 1 THEN 100.0 ELSE ROUND(100.0 * (r.n - r.rank) / (r.n - 1), 2) END AS DOUBLE)
                         AS percentile,
                       r.n, r.period, r.locality_name, r.level, r.direction,
                       p.rank - r.rank AS rank_change, r.source_file, r.source_line, r.quote
                FROM r LEFT JOIN r p
                  ON p.indicator_code = r.indicator_code AND p.kind = r.kind AND p.level_group = r.level_group
                 AND p.locality_id = r.locality_id AND p.year = r.year - 1 AND p.period = CAST(r.year - 1 AS STRING)
                """);
        rankings.createOrReplaceTempView("rankings");

        Dataset<Row> composite = composite(spark, options);
        Dataset<Row> trends = spark.sql("""
                WITH y AS (
                  SELECT locality_id, indicator_code, year,
                         MAX(CASE WHEN kind = 'actual' THEN value END) AS actual,
                         MAX(CASE WHEN kind = 'target' THEN value END) AS target,
                         MAX(CASE WHEN kind = 'target' THEN comparator END) AS comparator,
                         MAX(direction) AS direction, MAX(locality_name) AS locality_name
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
                       locality_name, comparator
                FROM y
                """);
        return new Tables(rankings, composite, trends);
    }

    private static Dataset<Row> composite(SparkSession spark, Options options) {
        spark.sql("""
                SELECT locality_id, locality_name, year, kind, level_group, indicator_code, pillar,
                       CASE WHEN mx = mn THEN 100.0
                            WHEN direction = 'lower' THEN 100.0 * (mx - value) / (mx - mn)
                            ELSE 100.0 * (value - mn) / (mx - mn) END AS norm
                FROM (SELECT g.*, MIN(value) OVER w AS mn, MAX(value) OVER w AS mx
                      FROM grouped g WHERE level_group <> 'all'
                      WINDOW w AS (PARTITION BY indicator_code, year, period, kind, level_group))
                """).createOrReplaceTempView("normalized");
        StringBuilder pivot = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            pivot.append(", ROUND(MAX(CASE WHEN ps.pillar = '").append(p.code()).append("' THEN ps.s END), 2) AS score_")
                    .append(p.code());
        }
        String sql = """
                WITH ps AS (
                  SELECT locality_id, MAX(locality_name) AS locality_name, year, kind, level_group, pillar,
                         AVG(norm) AS s, COUNT(DISTINCT indicator_code) AS k
                  FROM normalized GROUP BY locality_id, year, kind, level_group, pillar
                ), loc AS (
                  SELECT ps.locality_id, MAX(ps.locality_name) AS locality_name, ps.year, ps.kind, ps.level_group
                         %s,
                         SUM(w.weight * ps.s) / NULLIF(SUM(w.weight), 0) AS raw_score,
                         SUM(ps.k) AS indicators, COUNT(*) AS pillars
                  FROM ps JOIN weights w ON ps.pillar = w.pillar
                  GROUP BY ps.locality_id, ps.year, ps.kind, ps.level_group
                ), st AS (
                  SELECT *, CASE WHEN indicators >= %d AND pillars >= %d THEN 'ranked' ELSE 'insufficient_data' END
                           AS status
                  FROM loc
                ), draw_scores AS (
                  -- rank stability: every ranked locality's pillar scores under every perturbed weight set
                  SELECT ps.locality_id, ps.year, ps.kind, ps.level_group, d.draw,
                         SUM(d.weight * ps.s) / NULLIF(SUM(d.weight), 0) AS ds
                  FROM ps JOIN st ON st.locality_id = ps.locality_id AND st.year = ps.year AND st.kind = ps.kind
                                 AND st.level_group = ps.level_group AND st.status = 'ranked'
                          JOIN weight_draws d ON ps.pillar = d.pillar
                  GROUP BY ps.locality_id, ps.year, ps.kind, ps.level_group, d.draw
                ), stab AS (
                  SELECT locality_id, year, kind, level_group,
                         percentile(dr, 0.05) AS p05, percentile(dr, 0.95) AS p95, percentile(dr, 0.5) AS med
                  FROM (SELECT *, RANK() OVER (PARTITION BY year, kind, level_group, draw
                                               ORDER BY COALESCE(ds, 0) DESC) AS dr FROM draw_scores)
                  GROUP BY locality_id, year, kind, level_group
                ), rk AS (
                  SELECT st.*,
                    CASE WHEN status = 'ranked' THEN RANK() OVER (PARTITION BY year, kind, level_group, status
                                                                  ORDER BY raw_score DESC) END AS rank,
                    CASE WHEN status = 'ranked' THEN NTILE(4) OVER (PARTITION BY year, kind, level_group, status
                                                                    ORDER BY raw_score DESC, locality_id) END AS q
                  FROM st
                )
                SELECT rk.locality_id, rk.year, rk.kind, %s, ROUND(rk.raw_score, 2) AS score, rk.rank,
                       ROUND(rk.indicators / %d.0, 4) AS coverage,
                       CAST(stab.p05 AS DOUBLE) AS rank_p05, CAST(stab.p95 AS DOUBLE) AS rank_p95,
                       rk.locality_name, rk.level_group, rk.indicators, rk.pillars, rk.status,
                       CASE WHEN rk.q IS NULL THEN NULL ELSE CONCAT('Q', rk.q) END AS band,
                       CAST(stab.med AS DOUBLE) AS rank_median, prev.rank - rk.rank AS rank_change,
                       'minmax' AS normalization
                FROM rk LEFT JOIN rk prev ON prev.locality_id = rk.locality_id AND prev.kind = rk.kind
                     AND prev.level_group = rk.level_group AND prev.year = rk.year - 1
                LEFT JOIN stab ON stab.locality_id = rk.locality_id AND stab.year = rk.year AND stab.kind = rk.kind
                     AND stab.level_group = rk.level_group
                """;
        StringBuilder pillarCols = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            pillarCols.append(pillarCols.length() == 0 ? "" : ", ").append("rk.score_").append(p.code());
        }
        long catalogSize = spark.table("catalog").count();
        return spark.sql(String.format(java.util.Locale.ROOT, sql, pivot, options.minIndicators(),
                options.minPillars(), pillarCols, Math.max(1, catalogSize)));
    }

    static Dataset<Row> catalogFrame(SparkSession spark, Catalog catalog) {
        StructType schema = new StructType().add("code", DataTypes.StringType).add("pillar", DataTypes.StringType)
                .add("unit", DataTypes.StringType).add("direction", DataTypes.StringType)
                .add("national_target", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (Indicator i : catalog.indicators()) {
            rows.add(RowFactory.create(i.code(), i.pillar(), i.unit(), i.direction(), i.nationalTarget()));
        }
        return spark.createDataFrame(rows, schema);
    }

    /** Perturbed weight sets (draw 0 is the base weights) as rows draw, pillar, weight. */
    static Dataset<Row> drawsFrame(SparkSession spark, Weights weights) {
        StructType schema = new StructType().add("draw", DataTypes.IntegerType)
                .add("pillar", DataTypes.StringType).add("weight", DataTypes.DoubleType);
        List<java.util.Map<Pillar, Double>> draws = new ArrayList<>();
        draws.add(weights.asMap());
        draws.addAll(DirichletDraws.draw(weights.asMap(), DirichletDraws.DEFAULT_DRAWS,
                DirichletDraws.DEFAULT_CONCENTRATION, DirichletDraws.DEFAULT_SEED));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < draws.size(); i++) {
            for (Pillar p : Pillar.values()) {
                rows.add(RowFactory.create(i, p.code(), draws.get(i).getOrDefault(p, 0.0)));
            }
        }
        return spark.createDataFrame(rows, schema);
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
