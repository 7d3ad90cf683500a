package io.dxrank.bench;

import io.dxrank.analytics.Ranking;
import io.dxrank.core.Pillar;

import java.util.Locale;

/**
 * The rankings and composite of {@link io.dxrank.pipeline.analyze.AnalyticsStage}, written again in DuckDB's SQL for the
 * benchmark's peer: same best-fact pick, level groups, RANK/percentile, min-max normalisation, pillar averages,
 * weighted score, coverage rule and rank, and the comparability rules (no rank or score from a group of
 * one). Kept beside the harness; when the stage's rules change, this changes
 * with them and the harness's agreement check says so if it does not.
 */
final class DuckAnalytics {

    private DuckAnalytics() {
    }

    static String best() {
        return """
                CREATE OR REPLACE TEMP VIEW best AS
                SELECT f.*, c.direction, c.unit AS catalog_unit
                FROM facts f JOIN catalog c ON f.indicator_code = c.code
                WHERE f.status = 'used'
                QUALIFY ROW_NUMBER() OVER (PARTITION BY f.locality_id, f.indicator_code, f.year, f.period, f.kind
                                           ORDER BY CASE WHEN f.source = 'table' THEN 0 ELSE 1 END, f.plan_id DESC,
                                                    f.source_line) = 1
                """;
    }

    static String grouped() {
        return """
                CREATE OR REPLACE TEMP VIEW grouped AS
                SELECT *, CASE WHEN level IN ('xa','phuong','thi_tran') THEN 'commune'
                               WHEN level IN ('huyen','quan','thi_xa','thanh_pho') THEN 'district'
                               WHEN level = 'tinh' THEN 'province' ELSE 'unknown' END AS level_group,
                       'value' AS measure FROM best
                UNION ALL SELECT *, 'all' AS level_group, 'value' AS measure FROM best WHERE catalog_unit = 'percent'
                UNION ALL SELECT * REPLACE (value_per_1000 AS value), 'all' AS level_group, 'per_1000' AS measure
                FROM best WHERE catalog_unit <> 'percent' AND value_per_1000 IS NOT NULL
                """;
    }

    static String rankings() {
        return """
                WITH r0 AS (
                  SELECT *,
                    %s AS rank0,
                    COUNT(*) OVER (PARTITION BY %s) AS n
                  FROM grouped
                ), r AS (
                  SELECT *, CASE WHEN n >= 2 THEN rank0 END AS rank FROM r0
                )
                SELECT r.indicator_code, r.year, r.kind, r.level_group, r.locality_id, r.value, r.rank,
                       CASE WHEN r.rank IS NOT NULL THEN %s END AS percentile,
                       r.n, r.period, r.locality_name, r.level, r.direction,
                       p.rank - r.rank AS rank_change, r.source_file, r.source_line, r.quote, r.measure
                FROM r LEFT JOIN r p
                  ON p.indicator_code = r.indicator_code AND p.kind = r.kind AND p.level_group = r.level_group
                 AND p.locality_id = r.locality_id AND p.year = r.year - 1 AND p.period = CAST(r.year - 1 AS VARCHAR)
                """.transform(t -> String.format(Locale.ROOT, t, Ranking.rankSql(Ranking.INDICATOR_GROUP,
                Ranking.INDICATOR_ORDER), Ranking.INDICATOR_GROUP, Ranking.percentileSql("r.n", "r.rank")));
    }

    static String normalized() {
        return """
                CREATE OR REPLACE TEMP VIEW normalized AS
                SELECT locality_id, locality_name, year, kind, level_group, indicator_code, pillar, reporters,
                       CASE WHEN mx = mn THEN 100.0
                            WHEN direction = 'lower' THEN 100.0 * (mx - value) / (mx - mn)
                            ELSE 100.0 * (value - mn) / (mx - mn) END AS norm
                FROM (SELECT g.*, MIN(value) OVER w AS mn, MAX(value) OVER w AS mx, COUNT(*) OVER w AS reporters
                      FROM grouped g WHERE level_group <> 'all'
                      WINDOW w AS (PARTITION BY indicator_code, year, period, kind, level_group))
                WHERE reporters >= 2
                """;
    }

    static String composite(int minIndicators, int minPillars, double minOverlap, long catalogSize) {
        StringBuilder pivot = new StringBuilder();
        StringBuilder cols = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            pivot.append(", ROUND(MAX(CASE WHEN ps.pillar = '").append(p.code()).append("' THEN ps.s END), 2) AS score_")
                    .append(p.code());
            cols.append(cols.length() == 0 ? "" : ", ").append("rk.score_").append(p.code());
        }
        return String.format(Locale.ROOT, """
                WITH ps AS (
                  SELECT locality_id, MAX(locality_name) AS locality_name, year, kind, level_group, pillar,
                         AVG(norm) AS s, COUNT(DISTINCT indicator_code) AS k
                  FROM normalized GROUP BY locality_id, year, kind, level_group, pillar
                ), ind AS (
                  SELECT locality_id, year, kind, level_group, indicator_code, MAX(reporters) AS reporters
                  FROM normalized GROUP BY locality_id, year, kind, level_group, indicator_code
                ), grp AS (
                  SELECT year, kind, level_group, COUNT(DISTINCT locality_id) AS localities
                  FROM normalized GROUP BY year, kind, level_group
                ), ov AS (
                  SELECT ind.locality_id, ind.year, ind.kind, ind.level_group,
                         SUM(ind.reporters - 1) / NULLIF((MAX(grp.localities) - 1) * COUNT(*), 0) AS overlap
                  FROM ind JOIN grp USING (year, kind, level_group)
                  GROUP BY ind.locality_id, ind.year, ind.kind, ind.level_group
                ), loc AS (
                  SELECT ps.locality_id, MAX(ps.locality_name) AS locality_name, ps.year, ps.kind, ps.level_group
                         %s,
                         SUM(w.weight * ps.s) / NULLIF(SUM(w.weight), 0) AS raw_score,
                         SUM(ps.k) AS indicators, COUNT(*) AS pillars
                  FROM ps JOIN weights w ON ps.pillar = w.pillar
                  GROUP BY ps.locality_id, ps.year, ps.kind, ps.level_group
                ), st AS (
                  SELECT loc.*, ov.overlap,
                         CASE WHEN indicators < %d OR pillars < %d THEN 'insufficient_data'
                              WHEN COALESCE(ov.overlap, 0) < %s THEN 'insufficient_overlap'
                              ELSE 'ranked' END AS status
                  FROM loc LEFT JOIN ov USING (locality_id, year, kind, level_group)
                ), alone AS (
                  SELECT * REPLACE (CASE WHEN status = 'ranked'
                                              AND COUNT(*) OVER (PARTITION BY year, kind, level_group, status) < 2
                                         THEN 'alone_in_group' ELSE status END AS status)
                  FROM st
                ), rk AS (
                  SELECT alone.*,
                    CASE WHEN status = 'ranked' THEN RANK() OVER (PARTITION BY year, kind, level_group, status
                                                                  ORDER BY raw_score DESC) END AS rank,
                    CASE WHEN status = 'ranked' THEN NTILE(4) OVER (PARTITION BY year, kind, level_group, status
                                                                    ORDER BY raw_score DESC, locality_id) END AS q
                  FROM alone
                )
                SELECT rk.locality_id, rk.year, rk.kind, %s, ROUND(rk.raw_score, 2) AS score, rk.rank,
                       ROUND(rk.indicators / %d.0, 4) AS coverage,
                       CAST(NULL AS DOUBLE) AS rank_p05, CAST(NULL AS DOUBLE) AS rank_p95,
                       rk.locality_name, rk.level_group, rk.indicators, rk.pillars, rk.status,
                       CASE WHEN rk.q IS NULL THEN NULL ELSE CONCAT('Q', rk.q) END AS band,
                       CAST(NULL AS DOUBLE) AS rank_median, prev.rank - rk.rank AS rank_change,
                       'minmax' AS normalization, ROUND(rk.overlap, 4) AS overlap
                FROM rk LEFT JOIN rk prev ON prev.locality_id = rk.locality_id AND prev.kind = rk.kind
                     AND prev.level_group = rk.level_group AND prev.year = rk.year - 1
                """, pivot, minIndicators, minPillars, Double.toString(minOverlap), cols, Math.max(1, catalogSize));
    }
}
