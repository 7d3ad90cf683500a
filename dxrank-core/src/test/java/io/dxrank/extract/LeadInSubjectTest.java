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
    void aPlainLeadInAfterAnItemWithoutAStopStartsASentenceOfItsOwn() {
        assertEquals(List.of("50% Tỷ lệ hồ sơ trực tuyến đạt Năm 2024", "80% Tỷ lệ hồ sơ trực tuyến đạt Năm 2025",
                        "60% Tỷ lệ người dân có tài khoản định danh điện tử Năm 2024"),
                subjects("Tỷ lệ hồ sơ trực tuyến đạt:\n- Năm 2024: 50%\n- Năm 2025: 80%\n"
                        + "Tỷ lệ người dân có tài khoản định danh điện tử:\n+ Năm 2024: 60%;\n"));
    }
}
