package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report numbers its results ("2. Thành lập 143 tổ ..."): such an item is a sentence, not a section's title. */
class NumberedResultTest {

    @Test
    void aNumberedItemHoldingACountIsReadNotTakenForAHeading() {
        String report = "BÁO CÁO\nKết quả chuyển đổi số huyện Yên Lạc năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
                + "1. Có 15/17 xã có tổ công nghệ số cộng đồng.\n2. Thành lập 143 tổ với 720 thành viên.\n"
                + "3. Tổ chức 12 lớp tập huấn kỹ năng số\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", report.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("4 15/17 xã actual", "5 143 tổ actual", "5 720 thành viên actual", "6 12 lớp actual"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.kind()).toList());
    }

    @Test
    void tasksAndCriteriaCountWithTheirStatusNotAsThePartsAPlanHas() {
        // the monitoring of Nghị quyết 57 in 2025 news (devset fresh35 zj02, zj10; fresh5 p05)
        String news = "Tỉnh Lai Châu đẩy mạnh chuyển đổi số\nNgày 15/10/2025\n"
                + "Theo phân công, tỉnh được giao 145 nhiệm vụ; đến hết quý III/2025, tỉnh đã hoàn thành 85 nhiệm vụ.\n"
                + "Kế hoạch gồm 6 nhiệm vụ trọng tâm và 5 nhóm giải pháp.\n"
                + "Bộ chỉ số đánh giá có 6 tiêu chí; đến nay 16 tiêu chí đạt.\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", news.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3 85 nhiệm vụ", "5 16 tiêu chí"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText()).toList());
    }

    @Test
    void targetsCountWithTheStatusAfterThemNotAsAPlanSetsThemOut() {
        // a half-year report's review of its targets (devset fresh53 yf03), and a plan's targets announced (fresh5 p07)
        String report = "Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2024 của tỉnh Lào Cai\n"
                + "6 tháng đầu năm, có 8 mục tiêu hoàn thành và vượt kế hoạch giao; 11 mục tiêu thực hiện đạt trên 80% kế"
                + " hoạch giao; 4 mục tiêu thực hiện đạt 50% - 80% kế hoạch giao.\n"
                + "Kế hoạch đã đặt ra 6 mục tiêu cụ thể về phát triển kinh tế số (tỷ trọng kinh tế số đạt 20% GRDP).\n"
                + "Để đạt được 17 mục tiêu đề ra, Ban Thường vụ Tỉnh ủy đã chỉ đạo.\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", report.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2 8 mục tiêu", "2 11 mục tiêu", "2 4 mục tiêu", "3 20%"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText()).toList());
    }

    @Test
    void headingsWithAYearASpanOfTimeOrADocumentsNumberStayHeadings() {
        for (String heading : List.of("2. Kết quả thực hiện năm 2024", "3. Sơ kết 3 năm thực hiện Nghị quyết",
                "1. Triển khai Đề án 06", "II. Mục tiêu giai đoạn 2021-2025", "9. Ban cán sự 24 khối")) {
            assertTrue(new SectionTracker(true).accept(heading), heading);
        }
        assertFalse(new SectionTracker(true).accept("2. Thành lập 143 tổ công nghệ số cộng đồng"));
        assertFalse(new SectionTracker(true).accept("3. Chỉ số DTI năm 2024 đứng thứ 6/10."));
    }

    @Test
    void aPlansOpeningStateOfThingsReportsResults() {
        String plan = "KẾ HOẠCH\nChuyển đổi số huyện Mộc Châu năm 2024\nI. THỰC TRẠNG\n"
                + "Nhân lực: huyện có 35 cán bộ chuyên trách.\nII. MỤC TIÊU\n- Đầu tư 10 điểm wifi công cộng.\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", plan.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("4 actual", "6 target"), r.statements().stream().map(s -> s.line() + " " + s.kind()).toList());
    }
}
