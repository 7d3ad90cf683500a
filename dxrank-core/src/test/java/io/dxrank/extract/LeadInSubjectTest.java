package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a list's items measure is said by the lead-in line above them, numbered or plain, over "-" or "+" items. */
class LeadInSubjectTest {

    private static List<String> subjects(String body) {
        String plan = "KẾ HOẠCH\nChuyển đổi số xã Phước Lý giai đoạn 2024-2025\nII. MỤC TIÊU\n" + body;
        ExtractionResult r = PlanExtractor.extract("t.txt", plan.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.valueText() + " " + s.subject().replaceAll("\\s*[.:]+\\s*", " ").strip())
                .toList();
    }

    @Test
    void aNumberedLeadInNamesTheYearsOfItsDashItems() {
        assertEquals(List.of("50% Tỷ lệ hồ sơ trực tuyến đạt Năm 2024", "80% Tỷ lệ hồ sơ trực tuyến đạt Năm 2025"),
                subjects("1. Tỷ lệ hồ sơ trực tuyến đạt:\n- Năm 2024: 50%;\n- Năm 2025: 80%.\n"));
    }

    @Test
    void aLetteredLeadInNamesWhatItsDashItemsLabelledByAColonMeasure() {
        // a probe of the thirty-fourth stop (a ward's plan): the items name the part of the dossiers, the lead-in the share;
        // an item its figure opens names its own concept after it and takes no lead-in
        assertEquals(List.of("90% Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến Hồ sơ thuộc thẩm quyền của phường tối thiểu",
                        "70% Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến Hồ sơ liên thông",
                        "100% văn bản đi được ký số, trừ văn bản mật"),
                subjects("1. Chính quyền số\na) Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến:\n"
                        + "- Hồ sơ thuộc thẩm quyền của phường: tối thiểu 90%;\n- Hồ sơ liên thông: 70%;\n"
                        + "- 100% văn bản đi được ký số, trừ văn bản mật.\n"));
    }

    @Test
    void aPlainLeadInAfterAnItemWithoutAStopStartsASentenceOfItsOwn() {
        assertEquals(List.of("50% Tỷ lệ hồ sơ trực tuyến đạt Năm 2024", "80% Tỷ lệ hồ sơ trực tuyến đạt Năm 2025",
                        "60% Tỷ lệ người dân có tài khoản định danh điện tử Năm 2024"),
                subjects("Tỷ lệ hồ sơ trực tuyến đạt:\n- Năm 2024: 50%\n- Năm 2025: 80%\n"
                        + "Tỷ lệ người dân có tài khoản định danh điện tử:\n+ Năm 2024: 60%;\n"));
    }
    @Test
    void anIndicatorHeadingNamesWhatTheColumnsOfTheLineBelowMeasure() {
        // a report that evaluates its targets one by one: the indicator on its line, the plan and the result below
        assertEquals(List.of("80% Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến Kế hoạch giao",
                        "85,2% Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến Kết quả thực hiện",
                        "05 lớp Số lớp bồi dưỡng kỹ năng số cho người dân Kế hoạch giao",
                        "07 lớp Số lớp bồi dưỡng kỹ năng số cho người dân Kết quả thực hiện"),
                subjects("Chỉ tiêu 1: Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n"
                        + "Kế hoạch giao: 80%. Kết quả thực hiện: 85,2%. Đánh giá: Đạt.\n"
                        + "Chỉ tiêu 2: Số lớp bồi dưỡng kỹ năng số cho người dân.\n"
                        + "Kế hoạch giao: 05 lớp. Kết quả thực hiện: 07 lớp. Đánh giá: Vượt.\n"));
        assertEquals(List.of("90% Tỷ lệ hồ sơ được số hóa đạt"),
                subjects("Chỉ tiêu 3: Chuyển đổi số trong công tác văn thư.\nTỷ lệ hồ sơ được số hóa đạt 90%.\n"),
                "a figure with words of its own keeps them");
    }
}
