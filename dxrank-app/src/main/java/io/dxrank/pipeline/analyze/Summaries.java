package io.dxrank.pipeline.analyze;

import io.dxrank.analytics.Ranking;
import io.dxrank.core.Pillar;
import java.util.Locale;

/**
 * The summary tables analysts open first, computed from the analytics' own tables (views {@code export_composite}
 * and {@code export_trends}): they are analytics, the export stage only writes them.
 */
public final class Summaries {

    private Summaries() {
    }

    /**
     * Per level group and kind, the latest year whose composite ranks at least two localities: overall rank and
     * rank within the group on each pillar score. Targets and results are separate rows (column kind), so a
     * ranking of targets set is never read as one of results achieved.
     */
    public static String rankingsSql() {
        StringBuilder ranks = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            String s = "score_" + p.code();
            ranks.append(String.format(Locale.ROOT, ",%n  CASE WHEN %s IS NOT NULL THEN %s END AS rank_%s", s,
                    Ranking.rankSql("level_group, kind, " + s + " IS NULL", s + " DESC"), p.code()));
        }
        return """
                WITH ranked AS (
                  SELECT * FROM export_composite WHERE status = 'ranked'
                ), latest AS (
                  SELECT level_group, kind, MAX(year) AS year
                  FROM (SELECT level_group, kind, year FROM ranked GROUP BY level_group, kind, year
                        HAVING COUNT(*) >= 2)
                  GROUP BY level_group, kind
                ), c AS (
                  SELECT r.* FROM ranked r
                  JOIN latest l ON r.level_group = l.level_group AND r.kind = l.kind AND r.year = l.year
                )
                SELECT locality_id, locality_name, level_group, year, kind, rank, score, coverage, rank_p05,
                       rank_p95%s
                FROM c ORDER BY level_group, kind, rank, locality_id
                """.transform(sql -> String.format(Locale.ROOT, sql, ranks));
    }

    /** Per locality and year: targets checked against the next year's results, and how many were met. */
    public static final String ACHIEVEMENT_SQL = """
            SELECT locality_id, MAX(locality_name) AS locality_name, year,
                   COUNT(*) AS targets_checked,
                   SUM(CASE WHEN achieved THEN 1 ELSE 0 END) AS targets_achieved,
                   ROUND(100.0 * SUM(CASE WHEN achieved THEN 1 ELSE 0 END) / COUNT(*), 1) AS achieved_percent,
                   ROUND(MEDIAN(achievement), 2) AS median_achievement
            FROM export_trends WHERE achieved IS NOT NULL
            GROUP BY locality_id, year ORDER BY locality_id, year
            """;
}
