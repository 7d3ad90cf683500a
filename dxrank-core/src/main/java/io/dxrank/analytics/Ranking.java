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

    /**
     * {@link #competitionRanks} of scores without NaN, given {@code order}: the localities best first under the last
     * scores ranked, re-sorted here in place by insertion. Weight draws move few localities past each other, so the
     * order of one draw is nearly that of the next and the sort costs about one pass (the stability pass ranks each
     * group thousands of times).
     */
    public static int[] competitionRanks(double[] scores, int[] order) {
        int n = scores.length;
        for (int i = 1; i < n; i++) {
            int x = order[i];
            double s = scores[x];
            int j = i - 1;
            while (j >= 0 && scores[order[j]] < s) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        int[] ranks = new int[n];
        for (int p = 0; p < n; p++) {
            int i = order[p];
            ranks[i] = p > 0 && scores[i] == scores[order[p - 1]] ? ranks[order[p - 1]] : p + 1;
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
