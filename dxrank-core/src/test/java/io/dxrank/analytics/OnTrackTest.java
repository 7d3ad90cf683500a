package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.analytics.OnTrack.Assessment;
import io.dxrank.analytics.OnTrack.Point;
import io.dxrank.analytics.OnTrack.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnTrackTest {

    /**
     * Twenty localities computed by hand (issue 19's bar). National target 80 % by 2025 where higher is better,
     * 5 days by 2025 where lower is. Columns: results, expected label, reach year, value projected to 2025.
     * The arithmetic: pace = (latest - first) / years between them; years needed = (target - latest) / pace, rounded
     * up; reach = latest year + years needed; on track if reach <= 2025, at risk up to 2027, off track after.
     */
    private static final Object[][] HAND = {
        // id, lower, results, label, reach, projected
        {"L01", false, "2022:50 2023:60", Status.ON_TRACK, 2025, 80.0},       // pace 10, needs 20 -> 2 years
        {"L02", false, "2022:50 2023:55", Status.OFF_TRACK, 2028, 65.0},      // pace 5, needs 25 -> 5 years
        {"L03", false, "2021:40 2023:60", Status.ON_TRACK, 2025, 80.0},       // pace 10 over 2 years
        {"L04", false, "2022:50 2024:66", Status.AT_RISK, 2026, 74.0},        // pace 8, needs 14 -> 1.75 -> 2
        {"L05", false, "2023:85", Status.REACHED, 2023, null},
        {"L06", false, "2023:70", Status.INSUFFICIENT_DATA, null, null},       // one result: no pace
        {"L07", false, "2022:70 2023:65", Status.OFF_TRACK, null, 55.0},      // moving away
        {"L08", false, "2022:60 2025:75", Status.MISSED, null, 75.0},         // the target year fell short
        {"L09", false, "2022:60 2025:80", Status.REACHED, 2025, null},
        {"L10", false, "2021:30 2024:60", Status.AT_RISK, 2026, 70.0},        // pace 10, needs 20 -> 2 years
        {"L11", false, "2021:30 2022:35", Status.OFF_TRACK, 2031, 50.0},      // pace 5, needs 45 -> 9 years
        {"L12", false, "2022:50 2023:50", Status.OFF_TRACK, null, 50.0},      // no movement
        {"L13", false, "2020:20 2022:40 2024:79", Status.ON_TRACK, 2025, 93.75}, // pace 59/4 = 14.75
        {"L14", false, "2024:80", Status.REACHED, 2024, null},                // exactly the target
        {"L15", false, "2026:90", Status.INSUFFICIENT_DATA, null, null},       // only after the target year
        {"L16", false, "2021:90 2023:78", Status.OFF_TRACK, null, 66.0},      // reached once, then fell
        {"L17", true, "2022:11 2023:9", Status.ON_TRACK, 2025, 5.0},          // pace -2, needs -4 -> 2 years
        {"L18", true, "2022:11 2023:10", Status.OFF_TRACK, 2028, 8.0},        // pace -1, needs -5 -> 5 years
        {"L19", true, "2022:12 2024:9", Status.AT_RISK, 2027, 7.5},           // pace -1.5, needs -4 -> 2.67 -> 3
        {"L20", true, "2023:4.5", Status.REACHED, 2023, null},                // at or below 5 days
    };

    @Test
    void twentyLocalitiesAgreeWithTheHandComputation() {
        for (Object[] row : HAND) {
            boolean lower = (Boolean) row[1];
            Assessment a = OnTrack.assess(lower, lower ? 5 : 80, 2025, points((String) row[2]), List.of());
            String id = (String) row[0];
            assertEquals(row[3], a.status(), id);
            assertEquals(row[4], a.reachYear(), id + " reach year");
            if (row[5] == null) {
                assertNull(a.projected(), id + " projected");
            } else {
                assertEquals((Double) row[5], a.projected(), 1e-9, id + " projected");
            }
        }
    }

    @Test
    void onTrackMeansTheLatestResultIsOnOrAheadOfTheStraightPath() {
        // L01: path from 50 in 2022 to 80 in 2025 passes 60 in 2023, where the result is
        Assessment onPath = OnTrack.assess(false, 80, 2025, points("2022:50 2023:60"), List.of());
        assertEquals(60.0, onPath.pathValue(), 1e-9);
        assertEquals(10.0, onPath.pacePerYear(), 1e-9);
        Assessment behind = OnTrack.assess(false, 80, 2025, points("2022:50 2023:59"), List.of());
        assertTrue(behind.latest().value() < behind.pathValue());
        assertEquals(Status.AT_RISK, behind.status());
    }

    @Test
    void theLocalitysOwnTargetIsSetBesideTheNationalOne() {
        Assessment a = OnTrack.assess(false, 80, 2025, points("2023:50"), points("2024:70 2025:85 2026:95"));
        assertEquals(Status.INSUFFICIENT_DATA, a.status());
        assertEquals(new Point(2025, 85), a.ownTarget());
        assertTrue(a.planMeetsNational());
        Assessment low = OnTrack.assess(false, 80, 2025, points("2022:50 2023:60"), points("2024:70"));
        assertFalse(low.planMeetsNational());
        assertNull(OnTrack.assess(false, 80, 2025, points("2023:50"), List.of()).planMeetsNational());
    }

    private static List<Point> points(String text) {
        List<Point> out = new ArrayList<>();
        for (String p : text.split(" ")) {
            String[] parts = p.split(":");
            out.add(new Point(Integer.parseInt(parts[0]), Double.parseDouble(parts[1])));
        }
        return out;
    }
}
