package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unit of an appendix's row: from its unit column, however headed, or from its name. */
class AppendixUnitColumnTest {

    private static List<String> units(String text) {
        ExtractionResult r = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.valueText() + " " + s.unit() + " " + s.kind() + " " + s.year()).toList();
    }

    @Test
    void aColumnHeadedDonViBesideTheIndicatorsIsTheirUnit() {
        assertEquals(List.of("72 percent actual 2023", "85 percent target 2024", "12500 người actual 2023",
                "15000 người target 2024"), units("Kế hoạch chuyển đổi số phường Bến Thành năm 2024\n"
                + "Chỉ tiêu\tĐơn vị\tNăm 2023\tNăm 2024\nTỷ lệ hồ sơ trực tuyến\t%\t72\t85\n"
                + "Số người dân có tài khoản VNeID\tngười\t12500\t15000\n"));
    }

    @Test
    void withoutAUnitColumnARateIsAPercentage() {
        assertEquals(List.of("72 percent actual 2023", "85 percent target 2024"), units(
                "Kế hoạch chuyển đổi số phường Bến Thành năm 2024\nChỉ tiêu\tNăm 2023\tNăm 2024\n"
                        + "Tỷ lệ hồ sơ trực tuyến (%)\t72\t85\n"));
    }
}
