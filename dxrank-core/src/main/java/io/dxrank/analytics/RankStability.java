package io.dxrank.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rank stability of one comparison group: every locality's composite is recomputed under each weight draw and
 * each normalization variant, ranked (competition ranking, higher score first), and the ranks summarised as
 * median and 5th/95th percentiles (nearest-rank definition). Pure Java; the Spark stage runs it per group.
 */
public final class RankStability {

    private RankStability() {
    }

    /** Median and 5-95 % interval of one locality's ranks. */
    public record Interval(double median, double p05, double p95) {
    }

    /**
     * A value the extractor guessed about (its kind or year): with chance {@code misread} it is not this group's
     * figure at all, so a run of the extraction scenario may drop it from its pillar.
     *
     * @param locality index of the locality
     * @param pillar   index of the pillar
     * @param scores   its normalized score under each variant, in the variants' order
     * @param misread  the chance that the guess is wrong, in [0, 1]
     */
    public record Doubtful(int locality, int pillar, double[] scores, double misread) {
    }

    /**
     * @param pillarScores per variant, per locality, per pillar: the pillar score or NaN when not reported
     * @param draws        weight sets (rows sum to 1), pillars in the same order
     * @return one interval per locality
     */
    public static Interval[] intervals(double[][][] pillarScores, double[][] draws) {
        return intervals(pillarScores, null, List.of(), draws, 0);
    }

    /**
     * As {@link #intervals(double[][][], double[][])}, with the extraction scenario: in each run every doubtful value
     * is dropped with its chance of being misread, and its pillar's score is the mean of the values left (the other
     * localities' normalized scores stay as they are). Without doubtful values no random number is drawn and the
     * intervals are exactly those of the weights and normalizations alone.
     *
     * @param pillarSizes per locality, per pillar: how many values the pillar score averages (null without doubts)
     * @param doubtful    the doubtful values, in a deterministic order
     * @param seed        seed of the scenario's draws
     */
    public static Interval[] intervals(double[][][] pillarScores, int[][] pillarSizes, List<Doubtful> doubtful,
                                       double[][] draws, long seed) {
        int localities = pillarScores.length == 0 ? 0 : pillarScores[0].length;
        int runs = pillarScores.length * draws.length;
        int[][] ranks = new int[localities][runs];
        double[] scores = new double[localities];
        List<List<Doubtful>> byLocality = new ArrayList<>();
        for (int l = 0; l < localities; l++) {
            byLocality.add(new ArrayList<>());
        }
        for (Doubtful d : doubtful) {
            byLocality.get(d.locality()).add(d);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[localities]; // best first under the last draw: the next draw's sort starts from it
        for (int l = 0; l < localities; l++) {
            order[l] = l;
        }
        int run = 0;
        for (int v = 0; v < pillarScores.length; v++) {
            double[][] variant = pillarScores[v];
            for (double[] weights : draws) {
                for (int l = 0; l < localities; l++) {
                    double[] pillars = byLocality.get(l).isEmpty() ? variant[l]
                            : withoutMisread(variant[l], pillarSizes[l], byLocality.get(l), v, random);
                    scores[l] = weighted(pillars, weights);
                }
                int[] r = Ranking.competitionRanks(scores, order);
                for (int l = 0; l < localities; l++) {
                    ranks[l][run] = r[l];
                }
                run++;
            }
        }
        // ranks lie in 1..localities: counting them is cheaper than sorting each locality's runs
        Interval[] out = new Interval[localities];
        int[] counts = new int[localities + 1];
        for (int l = 0; l < localities; l++) {
            Arrays.fill(counts, 0);
            for (int r : ranks[l]) {
                counts[r]++;
            }
            out[l] = new Interval(percentile(counts, runs, 0.5), percentile(counts, runs, 0.05),
                    percentile(counts, runs, 0.95));
        }
        return out;
    }

    /**
     * One draw of the extraction scenario for one locality: each doubtful value is dropped with its chance of being
     * misread; a pillar that lost values averages the rest (NaN when none is left).
     */
    static double[] withoutMisread(double[] pillars, int[] sizes, List<Doubtful> doubtful, int variant,
                                   SplittableRandom random) {
        double[] out = null;
        int[] left = null;
        for (Doubtful d : doubtful) {
            if (random.nextDouble() >= d.misread()) {
                continue;
            }
            if (out == null) {
                out = pillars.clone();
                left = new int[pillars.length];
            }
            int p = d.pillar();
            if (left[p] == 0) {
                // the first value this pillar loses: its mean becomes a sum (only touched pillars are recomputed)
                left[p] = sizes[p];
                out[p] *= sizes[p];
            }
            out[p] -= d.scores()[variant];
            left[p]--;
            if (left[p] == 0) {
                out[p] = Double.NaN;
                left[p] = -1;
            }
        }
        if (out == null) {
            return pillars;
        }
        for (int p = 0; p < out.length; p++) {
            if (left[p] > 0) {
                out[p] /= left[p];
            }
        }
        return out;
    }

    /** {@link #percentile(int[], double)} of {@code total} ranks given as counts per rank. */
    static double percentile(int[] counts, int total, double q) {
        if (total == 0) {
            return Double.NaN;
        }
        int index = Math.max(0, Math.min(total - 1, (int) Math.ceil(q * total) - 1));
        int seen = 0;
        for (int rank = 0; rank < counts.length; rank++) {
            seen += counts[rank];
            if (seen > index) {
                return rank;
            }
        }
        throw new IllegalArgumentException("counts hold fewer than " + total + " ranks");
    }

    /** Weighted mean over the pillars a locality reports (weights renormalised over them). */
    static double weighted(double[] pillars, double[] weights) {
        double sum = 0;
        double weight = 0;
        for (int p = 0; p < pillars.length; p++) {
            if (!Double.isNaN(pillars[p])) {
                sum += weights[p] * pillars[p];
                weight += weights[p];
            }
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** The plain definition, kept for scores with NaN (sorted as the highest, never equal to another). */
    static int[] comparatorRanks(double[] scores) {
        int n = scores.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        int[] ranks = new int[n];
        for (int pos = 0; pos < n; pos++) {
            int i = order.get(pos);
            ranks[i] = pos > 0 && scores[i] == scores[order.get(pos - 1)] ? ranks[order.get(pos - 1)] : pos + 1;
        }
        return ranks;
    }

    /** Nearest-rank percentile of sorted values: the value at position ceil(q * n). */
    public static double percentile(int[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
