package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The part of its year a title names, as report titles write it. */
class TitlePeriodsTest {

    private static final String YEAR = PlanMetadata.FULL_YEAR;

    @Test
    void aQuarterOfTheTitlesYear() {
        assertEquals("Q3", TitlePeriods.ofTitle("Báo cáo kết quả chuyển đổi số quý III năm 2025", 2025, YEAR));
        assertEquals("Q3", TitlePeriods.ofTitle("Báo cáo quý 3/2025", 2025, YEAR));
        assertEquals("Q3", TitlePeriods.ofTitle("Kết quả quý III và phương hướng quý IV năm 2025", 2025, YEAR),
                "a quarter without its year shares the next one's");
        assertEquals(YEAR, TitlePeriods.ofTitle("Báo cáo quý III năm 2024", 2025, YEAR), "another year's quarter");
        assertEquals(YEAR, TitlePeriods.ofTitle("Báo cáo quý III năm 2025", null, YEAR), "no year: no quarter of it");
    }

    @Test
    void monthsReportedOnComeBeforeTheComingQuarter() {
        assertEquals(YEAR, TitlePeriods.ofTitle("Kết quả 9 tháng đầu năm 2025, phương hướng nhiệm vụ quý IV năm 2025", 2025,
                YEAR));
    }

    @Test
    void theHalfTheTitleNamesFirst() {
        assertEquals("H1", TitlePeriods.ofTitle("Kết quả 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024",
                2024, YEAR));
        assertEquals("H2", TitlePeriods.ofTitle("Báo cáo 6 tháng cuối năm 2024", 2024, YEAR));
        assertEquals("H1", TitlePeriods.half("ĐẦU", YEAR));
        assertEquals(YEAR, TitlePeriods.half(null, YEAR));
    }
}
