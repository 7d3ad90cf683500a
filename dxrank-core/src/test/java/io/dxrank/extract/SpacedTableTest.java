package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An appendix table as a PDF's text layer gives it: columns are runs of spaces, the header wraps over two lines. */
class SpacedTableTest {

    private static List<String> read(String text) {
        ExtractionResult r = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.kind() + " " + s.year()
                + " " + s.unit()).toList();
    }

    @Test
    void aWrappedHeaderNamesTheYearColumnsAndAnEmptyUnitCellShiftsNothing() {
        String page = """
                KẾ HOẠCH
                Chuyển đổi số xã An Bình năm 2024
                Phụ lục: Chỉ tiêu chuyển đổi số năm 2024
                TT   Chỉ tiêu                                        ĐVT        Thực hiện     Kế hoạch
                                                                                năm 2023      năm 2024
                1    Tỷ lệ hồ sơ trực tuyến toàn trình               %          45,2          60
                2    Số thuê bao băng rộng cố định/100 dân           thuê bao   25            30
                3    Số điểm phát wifi công cộng                                12            20
                """;
        assertEquals(List.of("6 45,2 actual 2023 percent", "6 60 target 2024 percent",
                "7 25 actual 2023 thuê bao", "7 30 target 2024 thuê bao",
                "8 12 actual 2023 ", "8 20 target 2024 "), read(page));
    }

    @Test
    void proseWithDoubleSpacesIsNoTable() {
        String page = """
                KẾ HOẠCH
                Chuyển đổi số xã An Bình năm 2024
                I. MỤC TIÊU
                - Phấn đấu   90% hồ sơ   được xử lý trực tuyến.
                """;
        assertEquals(List.of("4 90% target null percent"), read(page));
    }
}
