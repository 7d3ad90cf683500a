package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The half a report's title names first is the one it reports on; the next half's tasks come after. */
class ReportPeriodTest {

    private static String period(String text) {
        return PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8)).metadata().period();
    }

    @Test
    void resultsOfTheFirstHalfWithTheSecondHalfsTasksAreOfTheFirstHalf() {
        assertEquals("H1", period("UBND THỊ TRẤN PHỐ RÀNG\nBÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số 6 tháng đầu năm,"
                + " phương hướng nhiệm vụ 6 tháng cuối năm 2024\n- Tỷ lệ hồ sơ trực tuyến đạt 68%.\n"));
        assertEquals("H1", period("UBND XÃ BÙ ĐĂNG\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2025 về thực hiện Nghị quyết 57-NQ/TW\n"
                + "- Tỷ lệ hồ sơ trực tuyến đạt 68%.\n"));
        assertEquals("H2", period("UBND XÃ BÙ ĐĂNG\nKẾ HOẠCH\nChuyển đổi số 6 tháng cuối năm 2025\n- Phấn đấu 90% hồ sơ.\n"));
    }
}
