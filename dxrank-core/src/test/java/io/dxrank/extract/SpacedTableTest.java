package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An appendix table as a PDF's text layer gives it (columns are runs of spaces) or as a copy from a word processor
 * (tabs): the header may wrap over two lines.
 */
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
    void aTabTableWhoseHeaderWrapsOntoASecondRowReadsItAsOne() {
        String page = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2025\n"
                + "TT\tChỉ tiêu\tĐơn vị tính\tThực hiện\tKế hoạch\tKế hoạch\n"
                + "\t\t\tnăm 2024\tnăm 2025\tnăm 2026\n"
                + "1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t65\t80\t90\n"
                + "\tSố tổ công nghệ số cộng đồng\ttổ\t12\t12\t14\n";
        assertEquals(List.of("5 65 actual 2024 percent", "5 80 target 2025 percent", "5 90 target 2026 percent",
                "6 12 actual 2024 tổ", "6 12 target 2025 tổ", "6 14 target 2026 tổ"), read(page));
    }

    @Test
    void columnsHeadedByTheirYearAloneAreResultsOfAStatisticsPageAndTargetsFromAPlansYear() {
        // a province's statistics page: "2021 | 2022 | 2023" name no kind, and a page of figures reports results
        String statistics = "Số liệu thống kê chuyển đổi số tỉnh Lào Cai\n\n"
                + "Chỉ tiêu\tĐơn vị tính\t2021\t2022\tNăm 2023\n"
                + "Tỷ lệ hồ sơ trực tuyến\t%\t35,2\t48,1\t60,5\n";
        assertEquals(List.of("4 35,2 actual 2021 percent", "4 48,1 actual 2022 percent", "4 60,5 actual 2023 percent"),
                read(statistics));
        // a plan's annex: the year before the plan's is its baseline, the plan's own year and later its targets
        String plan = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2025\n"
                + "TT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025\t2026\n"
                + "1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t65\t80\t90\n";
        assertEquals(List.of("4 65 actual 2024 percent", "4 80 target 2025 percent", "4 90 target 2026 percent"),
                read(plan));
        // a task's row naming a year is no header: "Rà soát ... | Sở TT&TT | 2025" holds no indicator table
        String tasks = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2025\n"
                + "TT\tNội dung nhiệm vụ rà soát các chỉ tiêu chuyển đổi số\tĐơn vị chủ trì\t2025\n"
                + "1\tCập nhật dữ liệu\tVăn phòng\t12\n";
        assertEquals(List.of(), read(tasks).stream().filter(s -> s.contains(" 2025 ")).toList());
    }

    @Test
    void proseIndentedWithTabsIsNoTable() {
        String page = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2025\nI. MỤC TIÊU\n"
                + "\t\t- Phấn đấu 90% hồ sơ được xử lý trực tuyến.\n";
        assertEquals(List.of("4 90% target null percent"), read(page));
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

    @Test
    void aRowNameWrappedOntoTheNextLineGoesOnAndTheTableWithIt() {
        String annex = "CHỈ TIÊU CHUYỂN ĐỔI SỐ HUYỆN ĐIỆN BIÊN NĂM 2025\n"
                + "  TT   Nội dung chỉ tiêu                    Đơn vị      Thực hiện năm 2024      Kế hoạch năm 2025\n"
                + "  1    Tỷ lệ dân số trưởng thành có         %           48                      65\n"
                + "       chữ ký số cá nhân\n"
                + "  2    Số điểm wifi miễn phí                Điểm        12                      20\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", annex.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3 48 Tỷ lệ dân số trưởng thành có chữ ký số cá nhân", "3 65 Tỷ lệ dân số trưởng thành có chữ ký số cá nhân",
                "5 12 Số điểm wifi miễn phí", "5 20 Số điểm wifi miễn phí"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.subject()).toList());
    }
}
