package io.dxrank.bench;

import io.dxrank.extract.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruthMatcherTest {

    private static TruthMatcher.Truth truth(int line, String kind, double value, String unit) {
        return new TruthMatcher.Truth(line, kind, 2024, value, unit, "x", "t", "");
    }

    private static Statement stmt(int line, String kind, double value, String unit) {
        return new Statement(line, "", "", "", null, kind, "", "", value, null, null, unit, "eq", null, "prose");
    }

    @Test
    void pairsOnLineAndValueAndJudgesKindAndUnit() {
        TruthMatcher.Result r = TruthMatcher.match(
                List.of(truth(3, "actual", 95, "percent"), truth(7, "target", 12, "lớp"), truth(9, "target", 80,
                        "percent")),
                List.of(stmt(3, "actual", 95, "percent"), stmt(7, "actual", 12, "lớp"), stmt(9, "target", 81,
                        "percent")));
        assertTrue(r.pairs().get(0).exact());
        assertTrue(r.pairs().get(1).found());
        assertFalse(r.pairs().get(1).exact(), "kind differs");
        assertNull(r.pairs().get(2).statement(), "other value on the line is not this figure");
        assertEquals(1, r.unclaimed().size());
        assertEquals(81, r.unclaimed().get(0).value());
    }

    @Test
    void twoFiguresOnOneLinePairByKind() {
        TruthMatcher.Result r = TruthMatcher.match(
                List.of(truth(4, "actual", 90, "percent"), truth(4, "target", 90, "percent")),
                List.of(stmt(4, "target", 90, "percent"), stmt(4, "actual", 90, "percent")));
        assertTrue(r.pairs().get(0).exact());
        assertTrue(r.pairs().get(1).exact());
        assertTrue(r.unclaimed().isEmpty());
    }

    @Test
    void aFigureReadTwiceCountsOnceAndLeavesAFalsePositive() {
        TruthMatcher.Result r = TruthMatcher.match(List.of(truth(2, "target", 5, "lớp")),
                List.of(stmt(2, "target", 5, "lớp"), stmt(2, "target", 5, "count")));
        assertTrue(r.pairs().get(0).exact());
        assertEquals(1, r.unclaimed().size());
    }
}
