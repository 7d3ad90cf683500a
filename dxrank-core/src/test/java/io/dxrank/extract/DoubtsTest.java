package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the extractor guessed rather than read (issue 19, part 3), on sentences of real plans and reports. */
class DoubtsTest {

    private static List<String> doubtsOf(String text) {
        ExtractionResult r = PlanExtractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.statements().size(), r.statements().toString());
        return Doubts.of(r.statements().get(0));
    }

    @Test
    void aCueAndANamedYearLeaveNoDoubt() {
        assertEquals(List.of(), doubtsOf("Kế hoạch chuyển đổi số xã Tân Lập năm 2024\n\n"
                + "Phấn đấu đến năm 2025 tỷ lệ hồ sơ giải quyết trực tuyến đạt 80%."));
        assertEquals(List.of(), doubtsOf("Báo cáo kết quả chuyển đổi số huyện Yên Sơn\n\n"
                + "Năm 2023 đã có 95% cán bộ sử dụng chữ ký số."));
    }

    @Test
    void noYearForTheFigureIsAGuessedYear() {
        assertEquals(List.of(Doubts.YEAR), doubtsOf("KẾ HOẠCH\nChuyển đổi số xã Tân Lập năm 2024\n\nI. NHIỆM VỤ\n"
                + "1. Phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt 80%."));
    }

    @Test
    void noCueNearTheFigureNorAboveItIsAGuessedKind() {
        assertEquals(List.of(Doubts.KIND, Doubts.YEAR), doubtsOf("Tin tức xã Tân Lập\n\n"
                + "Tỷ lệ hồ sơ giải quyết trực tuyến của xã 80%."));
    }

    @Test
    void aRankIsAResultWhateverTheWords() {
        Statement rank = new Statement(3, "Tỉnh xếp thứ 12/63 về chỉ số DTI năm 2023", "xếp thứ 12/63", "", null,
                Statement.ACTUAL, "xếp thứ", "12/63", 12, null, 63.0, "rank", "eq", 2023, "prose");
        assertEquals(List.of(), Doubts.of(rank));
    }

    @Test
    void confidenceIsTheChanceThatEveryGuessIsRightForTheDocumentsType() {
        assertEquals(1.0, Doubts.confidence(List.of(), "news"), 1e-12);
        // a plan's guessed year is wrong less often than a half-year report's (misread_rates.properties)
        assertTrue(Doubts.errorRate(Doubts.YEAR, "plan") < Doubts.errorRate(Doubts.YEAR, "half_year_report"));
        double kind = Doubts.errorRate(Doubts.KIND, "news");
        double year = Doubts.errorRate(Doubts.YEAR, "news");
        assertEquals(Math.round((1 - kind) * (1 - year) * 100) / 100.0,
                Doubts.confidence(List.of(Doubts.KIND, Doubts.YEAR), "news"), 1e-12);
        assertEquals(Doubts.errorRate(Doubts.YEAR, null), Doubts.errorRate(Doubts.YEAR, "table"),
                "a type with too few guesses to measure takes the pooled figure");
        assertEquals(0.0, Doubts.errorRate("indicator", "plan"), "an unmeasured guess is not simulated");
    }
}
