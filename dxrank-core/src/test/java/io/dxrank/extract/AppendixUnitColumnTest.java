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
    void aPlansColumnBesideAResultsColumnIsReadWithoutAUnitColumn() {
        // a probe in the form of a commune's year-end report: the units stand in the cells, no column names a year
        String report = """
                UBND XÃ KIM TÂN
                BÁO CÁO
                Tổng kết công tác chuyển đổi số năm 2024
                TT | Chỉ tiêu | Chỉ tiêu giao | Kết quả thực hiện | Đánh giá
                1 | Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến | 60% | 72,5% | Đạt
                2 | Số tổ công nghệ số cộng đồng | 12 tổ | 12 tổ | Đạt
                """;
        assertEquals(List.of("60% percent target null", "72,5% percent actual null", "12 tổ tổ target null",
                "12 tổ tổ actual null"), units(report));
        assertEquals(null, AppendixTable.wholeHeader(List.of("TT", "Nội dung", "Kế hoạch", "Cơ quan chủ trì")),
                "a list of tasks with a plan's column and no results column is no table of figures");
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

    @Test
    void withoutAUnitColumnACountsUnitStandsInTheBracketEndingItsName() {
        // a probe of the thirty-fourth stop (a district's report in Markdown): "(người)" counts people, no sessions
        assertEquals(List.of("40 percent target 2024", "46,5 percent actual 2024", "2.000 người target 2024",
                "2.350 người actual 2024"), units("""
                UBND HUYỆN BẢO LÂM
                BÁO CÁO
                Kết quả thực hiện chỉ tiêu chuyển đổi số năm 2024
                | STT | Chỉ tiêu | Chỉ tiêu giao năm 2024 | Kết quả thực hiện | Tỷ lệ hoàn thành (%) |
                |---|---|---|---|---|
                | 1 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 40 | 46,5 | 116 |
                | 2 | Số người dân được tập huấn kỹ năng số (người) | 2.000 | 2.350 | 117,5 |
                """));
    }

    @Test
    void anAbbreviatedResultsColumnWithoutAYearReportsOnThePlansYear() {
        // a probe of the thirty-fourth stop (a ward's nine-month table, a PDF's columns as runs of spaces)
        assertEquals(List.of("85 percent target 2025", "81,2 percent actual 2025", "3.000 TK target 2025", "2.640 TK actual 2025"),
                units("""
                UBND PHƯỜNG TÂN AN
                KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ 9 THÁNG ĐẦU NĂM 2025

                Chỉ tiêu                                   ĐVT     KH năm 2025    TH 9 tháng    So với KH (%)
                Tỷ lệ hồ sơ nộp trực tuyến                 %       85             81,2          95,5
                Số tài khoản VNeID mức 2 kích hoạt mới     TK      3.000          2.640         88
                """));
    }

    @Test
    void aRowOrAColumnOfMoneyIsNoIndicator() {
        assertEquals(List.of("68 percent actual 2024", "80 percent target 2025"), units("Kế hoạch chuyển đổi số xã An Bình năm 2025\n"
                + "| Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |\n| Tỷ lệ hồ sơ trực tuyến | % | 68 | 80 |\n"
                + "| Kinh phí đầu tư hạ tầng | triệu đồng | 150 | 300 |\n"));
        assertEquals(List.of("85 percent actual 2024"), units("Báo cáo kết quả chuyển đổi số huyện Bảo Thắng năm 2024\n"
                + "Đơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tKinh phí (triệu đồng)\nXã Phong Niên\t85\t120\n"));
    }
    @Test
    void anUnsignedProgrammeSetsTargetsForEveryYearOfItsPhase() {
        // a commune council's resolution for 2026 - 2028 with a column per year and no date: no year of it is past
        assertEquals(List.of("70 percent target 2026", "80 percent target 2027", "90 percent target 2028"), units("""
                NGHỊ QUYẾT
                Về phát triển chuyển đổi số xã Phú Lương giai đoạn 2026 - 2028
                | STT | Chỉ tiêu | Đơn vị | 2026 | 2027 | 2028 |
                | 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 70 | 80 | 90 |
                """));
        assertEquals(List.of("68 percent actual 2024", "80 percent target 2025"), units("""
                Kế hoạch chuyển đổi số xã An Bình năm 2025
                | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |
                | Tỷ lệ hồ sơ trực tuyến | % | 68 | 80 |
                """), "a yearly plan's column before its year is the baseline");
    }
    @Test
    void abbreviatedPlanAndResultColumnsGiveTheirKinds() {
        // a district's report table (a probe): "KH năm 2024 | TH năm 2024 | Tỷ lệ % so với KH"; the share is not read
        assertEquals(List.of("60 percent target 2024", "66,2 percent actual 2024", "3.000 Người target 2024",
                "3.450 Người actual 2024"), units("""
                Báo cáo kết quả thực hiện chỉ tiêu chuyển đổi số huyện Quỳnh Phụ năm 2024
                | TT | Nội dung chỉ tiêu | ĐVT | KH năm 2024 | TH năm 2024 | Tỷ lệ % so với KH |
                | 1 | Tỷ lệ hồ sơ xử lý trực tuyến toàn trình | % | 60 | 66,2 | 110,3 |
                | 2 | Số người dân được tập huấn kỹ năng số | Người | 3.000 | 3.450 | 115 |
                """));
    }
    @Test
    void aReportsTableOfResultsNamingNoYearIsRead() {
        // a ward's report table (a probe): "STT | Nội dung | ĐVT | Kết quả", read as nothing before
        assertEquals(List.of("88,6 percent actual null", "15.230 Tài khoản actual null"), units("""
                Báo cáo kết quả chuyển đổi số phường Hưng Phú năm 2025
                | STT | Nội dung | ĐVT | Kết quả |
                |---|---|---|---|
                | 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 88,6 |
                | 2 | Số tài khoản VNeID được kích hoạt | Tài khoản | 15.230 |
                """));
    }
}
