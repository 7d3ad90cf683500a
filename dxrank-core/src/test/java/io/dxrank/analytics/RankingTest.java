package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void percentileRunsFromHundredForTheFirstToZeroForTheLast() {
        assertEquals(100.0, Ranking.percentile(1, 1));
        assertEquals(100.0, Ranking.percentile(4, 1));
        assertEquals(33.33, Ranking.percentile(4, 3));
        assertEquals(0.0, Ranking.percentile(4, 4));
    }

    @Test
    void theSqlRanksBestFirstByTheIndicatorsDirection() {
        assertEquals("RANK() OVER (PARTITION BY g ORDER BY CASE WHEN direction = 'lower' THEN value ELSE -value END)",
                Ranking.rankSql("g", Ranking.INDICATOR_ORDER));
    }
}
