package io.dxrank.analytics;

import java.util.Random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankStabilityTest {

    @Test
    void competitionRankingSharesTiesAndSkips() {
        assertArrayEquals(new int[] {1, 2, 2, 4}, Ranking.competitionRanks(new double[] {9, 5, 5, 1}));
        assertArrayEquals(new int[] {3, 1, 1}, Ranking.competitionRanks(new double[] {1, 7, 7}));
    }

    @Test
    void fastRanksEqualThePlainDefinition() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double[] scores = new double[1 + random.nextInt(40)];
            for (int i = 0; i < scores.length; i++) {
                // few distinct values, so ties are common; signed zeros rank as equal
                scores[i] = random.nextInt(4) == 0 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextInt(6) * 12.5;
            }
            assertArrayEquals(RankStability.comparatorRanks(scores), Ranking.competitionRanks(scores));
        }
        assertArrayEquals(new int[] {1, 1, 3}, Ranking.competitionRanks(new double[] {0.0, -0.0, -1}));
    }

    @Test
    void ranksFromTheLastDrawsOrderEqualTheSortedOnes() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(60);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] scores = new double[n];
            for (int draw = 0; draw < 40; draw++) {
                // each draw moves the scores a little, as weight draws do; ties and signed zeros stay common
                for (int i = 0; i < n; i++) {
                    scores[i] = draw == 0 || random.nextInt(3) == 0
                            ? (random.nextInt(5) == 0 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextInt(8) * 12.5)
                            : scores[i];
                }
                assertArrayEquals(Ranking.competitionRanks(scores), Ranking.competitionRanks(scores, order));
            }
        }
    }

    @Test
    void nearestRankPercentiles() {
        int[] sorted = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5};
        assertEquals(1, RankStability.percentile(sorted, 0.05));
        assertEquals(1, RankStability.percentile(sorted, 0.5));
        assertEquals(1, RankStability.percentile(sorted, 0.95));
        assertEquals(5, RankStability.percentile(sorted, 1.0));
        int[] counts = new int[6];
        for (int r : sorted) {
            counts[r]++;
        }
        for (double q : new double[] {0.0, 0.05, 0.5, 0.95, 0.96, 1.0}) {
            assertEquals(RankStability.percentile(sorted, q), RankStability.percentile(counts, sorted.length, q), "q " + q);
        }
    }

    @Test
    void drawsSumToOneAndCentreOnTheBase() {
        double[] base = {0.5, 0.3, 0.2, 0.0};
        double[][] draws = WeightDraws.draw(base, 2000, 50, 42);
        double[] mean = new double[base.length];
        for (double[] d : draws) {
            double sum = 0;
            for (int p = 0; p < d.length; p++) {
                sum += d[p];
                mean[p] += d[p] / draws.length;
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(0.0, d[3], "a zero-weight pillar stays zero");
        }
        for (int p = 0; p < 3; p++) {
            assertEquals(base[p], mean[p], 0.01, "mean of pillar " + p);
        }
        assertArrayEquals(draws[7], WeightDraws.draw(base, 2000, 50, 42)[7], "seeded: same draws every run");
    }

    @Test
    void aClearLeaderIsStableAndACloseCallIsNot() {
        // variant x locality x pillar; two pillars weighted 0.5 each
        double[][][] scores = {{{100, 100}, {50, 50}, {49, 51.2}}};
        double[][] draws = WeightDraws.draw(new double[] {0.5, 0.5}, 1000, 50, 1);
        RankStability.Interval[] i = RankStability.intervals(scores, draws);
        assertEquals(1, i[0].p05());
        assertEquals(1, i[0].p95());
        assertEquals(2, i[1].p05());
        assertEquals(3, i[1].p95(), "50/50 vs 49/51.2 swap places under perturbed weights");
        assertTrue(i[2].p05() == 2 && i[2].p95() == 3);
    }

    @Test
    void missingPillarsRenormaliseTheWeights() {
        assertEquals(80.0, RankStability.weighted(new double[] {80, Double.NaN}, new double[] {0.3, 0.7}), 1e-9);
    }
}
