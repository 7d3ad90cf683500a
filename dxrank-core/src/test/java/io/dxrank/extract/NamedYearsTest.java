package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The years a sentence names around its figures, as news and reports write them. */
class NamedYearsTest {

    @Test
    void aYearComparedWithIsNoFiguresYear() {
        String s = "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%, tăng 12% so với năm 2023.";
        List<int[]> years = NamedYears.of(s);
        assertEquals(2, years.size());
        assertArrayEquals(new int[] {s.indexOf("2024") + 4, 2024, 0, 0, -1}, years.get(0));
        assertEquals(0, years.get(1)[1], "so với năm 2023: compared with");
    }

    @Test
    void theYearWrittenRightAfterAFigureIsItsOwn() {
        String s = "Tỷ lệ đạt 88% vào cuối năm 2024 và 45% (năm 2023).";
        assertEquals(2024, NamedYears.ownYearAfter(s, s.indexOf("88%") + 3));
        assertEquals(2023, NamedYears.ownYearAfter(s, s.indexOf("45%") + 3));
        assertNull(NamedYears.ownYearAfter("đạt 90% so với năm 2023", "đạt 90%".length()));
    }

    @Test
    void aStrategysHorizonIsNoResultsYear() {
        assertEquals(2025, NamedYears.horizonOf("phấn đấu đến năm 2025 đạt 90%", Statement.TARGET));
        assertNull(NamedYears.horizonOf("Nghị quyết giai đoạn 2021 - 2025, định hướng đến năm 2030 đã hoàn thành",
                Statement.ACTUAL));
    }
}
