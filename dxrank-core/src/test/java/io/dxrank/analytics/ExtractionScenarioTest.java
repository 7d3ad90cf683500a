package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rank-stability pass's extraction scenario (issue 19, part 3): doubtful values dropped at their error rate. */
class ExtractionScenarioTest {

    private static final int LOCALITIES = 30;
    private static final int PILLARS = 3;
    private static final int VALUES_PER_PILLAR = 2;
    private static final double[][] DRAWS = WeightDraws.draw(new double[] {0.4, 0.35, 0.25}, 300, 50, 7);

    /** A fixed set: per locality and pillar two indicator scores, in one variant. */
    private static double[][][] values() {
        Random random = new Random(11);
        double[][][] v = new double[LOCALITIES][PILLARS][VALUES_PER_PILLAR];
        for (double[][] locality : v) {
            for (double[] pillar : locality) {
                for (int i = 0; i < VALUES_PER_PILLAR; i++) {
                    pillar[i] = random.nextInt(101);
                }
            }
        }
        return v;
    }

    private static double[][][] pillarScores(double[][][] values) {
        double[][][] scores = new double[1][LOCALITIES][PILLARS];
        for (int l = 0; l < LOCALITIES; l++) {
            for (int p = 0; p < PILLARS; p++) {
                scores[0][l][p] = (values[l][p][0] + values[l][p][1]) / 2;
            }
        }
        return scores;
    }

    private static int[][] sizes() {
        int[][] sizes = new int[LOCALITIES][PILLARS];
        for (int[] s : sizes) {
            Arrays.fill(s, VALUES_PER_PILLAR);
        }
        return sizes;
    }

    private static double width(RankStability.Interval[] intervals) {
        double total = 0;
        for (RankStability.Interval i : intervals) {
            total += i.p95() - i.p05();
        }
        return total;
    }

    @Test
    void allConfidentLeavesTheIntervalsExactlyAsTheWeightsAlone() {
        double[][][] scores = pillarScores(values());
        RankStability.Interval[] weightsOnly = RankStability.intervals(scores, DRAWS);
        assertArrayEquals(weightsOnly, RankStability.intervals(scores, sizes(), List.of(), DRAWS, 5));
        // a value flagged with a zero chance of misreading is drawn for but never dropped
        List<RankStability.Doubtful> sure = List.of(new RankStability.Doubtful(3, 1, new double[] {40}, 0.0));
        assertArrayEquals(weightsOnly, RankStability.intervals(scores, sizes(), sure, DRAWS, 5));
    }

    @Test
    void lowConfidenceValuesWidenTheIntervals() {
        double[][][] values = values();
        double[][][] scores = pillarScores(values);
        double before = width(RankStability.intervals(scores, sizes(), List.of(), DRAWS, 5));
        // a third of the localities have one value whose year was guessed (wrong a third of the time)
        List<RankStability.Doubtful> doubtful = new ArrayList<>();
        for (int l = 0; l < LOCALITIES; l += 3) {
            doubtful.add(new RankStability.Doubtful(l, l % PILLARS, new double[] {values[l][l % PILLARS][0]}, 0.33));
        }
        RankStability.Interval[] withDoubts = RankStability.intervals(scores, sizes(), doubtful, DRAWS, 5);
        double after = width(withDoubts);
        assertTrue(after > before, "5-95 % rank intervals widen: " + before + " -> " + after);
        // and the more likely the misreading, the wider still
        List<RankStability.Doubtful> worse = doubtful.stream()
                .map(d -> new RankStability.Doubtful(d.locality(), d.pillar(), d.scores(), 0.6)).toList();
        assertTrue(width(RankStability.intervals(scores, sizes(), worse, DRAWS, 5)) > after);
        // the same seed gives the same intervals
        assertArrayEquals(withDoubts, RankStability.intervals(scores, sizes(), doubtful, DRAWS, 5));
    }

    @Test
    void aDroppedValueLeavesItsPillarTheMeanOfTheRest() {
        double[] pillars = {50, 20, Double.NaN};
        int[] sizes = {3, 1, 0};
        SplittableRandom random = new SplittableRandom(1);
        // pillar 0 averaged 30, 50 and 70: without the 70 it is 40; pillar 1's only value gone: not reported
        double[] out = RankStability.withoutMisread(pillars, sizes, List.of(
                new RankStability.Doubtful(0, 0, new double[] {70}, 1.0),
                new RankStability.Doubtful(0, 1, new double[] {20}, 1.0)), 0, random);
        assertEquals(40, out[0], 1e-9);
        assertTrue(Double.isNaN(out[1]));
        assertTrue(Double.isNaN(out[2]));
        assertEquals(50, pillars[0], "the input is not changed");
        double[] kept = RankStability.withoutMisread(pillars, sizes,
                List.of(new RankStability.Doubtful(0, 0, new double[] {70}, 0.0)), 0, random);
        assertSame(pillars, kept, "nothing dropped: the scores as they were");
    }
}
