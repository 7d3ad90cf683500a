package io.dxrank.analytics;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one ranking definition: competition ranking ("1224": ties share the best rank, the next rank skips),
 * higher values first unless the indicator's direction is {@code lower}, within an indicator, year, period,
 * kind and level group; the percentile is 100 for the best and 0 for the last. The Spark SQL of the analytics
 * stage and the benchmark's DuckDB SQL are built from these strings, the rank-stability pass uses
 * {@link #competitionRanks}, and tests hold the two forms equal.
 */
public final class Ranking {

    /** The group an indicator's values are ranked in. */
    public static final String INDICATOR_GROUP = "indicator_code, year, period, kind, level_group";
    /** Best first: the larger value unless the indicator is better lower. */
    public static final String INDICATOR_ORDER = "CASE WHEN direction = 'lower' THEN value ELSE -value END";

    private Ranking() {
    }

    /** The SQL window that ranks rows of {@code partition} by {@code order} (ascending: best first). */
    public static String rankSql(String partition, String order) {
        return "RANK() OVER (PARTITION BY " + partition + " ORDER BY " + order + ")";
    }

    /** The percentile of a rank among n, as SQL over the columns named {@code n} and {@code rank}. */
    public static String percentileSql(String n, String rank) {
        return String.format(Locale.ROOT,
                "CASE WHEN %1$s = 1 THEN 100.0 ELSE ROUND(100.0 * (%1$s - %2$s) / (%1$s - 1), 2) END", n, rank);
    }

    /** The percentile of a rank among n: 100 for the first, 0 for the last, 100 when alone. */
    public static double percentile(long n, long rank) {
        return n == 1 ? 100.0 : Math.round(100.0 * (n - rank) / (n - 1) * 100.0) / 100.0;
    }

    /**
     * Competition ranks of scores, higher first. A score's rank is one more than the number of higher scores,
     * found by binary search in a sorted copy (the stability pass runs this for every weight draw).
     */
    public static int[] competitionRanks(double[] scores) {
        int n = scores.length;
        double[] ascending = scores.clone();
        Arrays.sort(ascending);
        if (n > 0 && Double.isNaN(ascending[n - 1])) { // NaN sorts last
            return RankStability.comparatorRanks(scores);
        }
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = n - firstAbove(ascending, scores[i]) + 1;
        }
        return ranks;
    }

    /** Index of the first value above {@code score} in an ascending array without NaN (n when none is). */
    private static int firstAbove(double[] ascending, double score) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] > score) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
