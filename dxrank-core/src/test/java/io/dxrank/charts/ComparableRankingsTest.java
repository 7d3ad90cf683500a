package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page does not repeat an "all levels" ranking that holds exactly one level group's figures. */
class ComparableRankingsTest {

    private static RankedValue value(String group, String locality, double value, String period) {
        return new RankedValue("c", "C", 2025, period, "target", group, locality, locality, "phuong", value, 0, 1,
                "percent", "f.txt", 1, "q", Double.NaN);
    }

    @Test
    void allLevelsEqualToTheCommuneGroupIsOmittedAndADifferentOneKept() {
        Map<String, List<RankedValue>> byRanking = new LinkedHashMap<>();
        List<RankedValue> commune = List.of(value("commune", "A", 100, "2025 H2"));
        List<RankedValue> all = List.of(value("all", "A", 100, "2025 H2"));
        byRanking.put("commune", commune);
        byRanking.put("all", all);
        assertTrue(ReportWriter.repeatsALevelGroup(all.get(0), all, byRanking));
        assertFalse(ReportWriter.repeatsALevelGroup(commune.get(0), commune, byRanking), "a level group is kept");
        List<RankedValue> wider = List.of(value("all", "A", 100, "2025 H2"), value("all", "B", 90, "2025 H2"));
        byRanking.put("all", wider);
        assertFalse(ReportWriter.repeatsALevelGroup(wider.get(0), wider, byRanking), "all levels adds B: kept");
        List<RankedValue> otherPeriod = List.of(value("all", "A", 100, "2026"));
        assertFalse(ReportWriter.repeatsALevelGroup(otherPeriod.get(0), otherPeriod, byRanking));
    }
}
