package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics tables laid out by year: a row per line, or (PDF text layers) one cell per line. */
class YearRowsTest {

    private static List<String> figures(String text) {
        ExtractionResult r = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.line() + ":" + s.year() + ":" + s.valueText()).toList();
    }

    @Test
    void aYearbookTableWithOneCellPerLineGivesEveryFigureItsYear() throws Exception {
        // the dev set's statistical yearbook page (Quảng Ngãi 2016, table 208), as its PDF text layer gives it
        Path page = Path.of("devset/dev/plans/c14_quang-ngai-nien-giam-thue-bao.txt");
        List<String> found = figures(Files.readString(page, StandardCharsets.UTF_8));
        assertTrue(found.containsAll(List.of("15:2010:1.105.000", "16:2010:1.010.936", "17:2010:360.000",
                "41:2016:1.035.075")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.endsWith(":2010") || f.endsWith(":2016")),
                "the year headings are no figures: " + found);
    }

    @Test
    void cellsSeparatedByBlankLinesAndARowWhoseFiguresShareALine() {
        assertEquals(List.of("6:2015:1.778", "8:2015:1.055", "12:2016:2.547", "14:2016:2.486", "17:2017:9,5",
                        "17:2017:10,2"),
                figures("""
                        Số thuê bao điện thoại
                        Tổng số

                        2015

                        1.778

                        1.055

                        2016

                        2.547

                        2.486

                        2017
                        9,5 10,2
                        """));
    }

    @Test
    void aLoneYearLineInProseIsNoTable() {
        List<String> found = figures("""
                KẾ HOẠCH chuyển đổi số xã An Bình năm 2025
                Kết quả năm
                2024
                Đã cấp 120 chữ ký số cho cán bộ.
                """);
        assertTrue(found.stream().noneMatch(f -> f.startsWith("3:")), found.toString());
    }

    @Test
    void aTableWithItsYearsAcrossGivesEachFigureItsColumnsYear() {
        String page = String.join("\n", "Tỷ lệ người sử dụng Internet", "Đăng ngày 15-11-2021 15:30", "",
                "(ĐVT: %)", "2016 2017 2018 2019 Sơ bộ 2020", "Tổng số 60,12 65,30 70,45 74,10 78,22",
                "Nông thôn 40,22 - 50,10 55,60 60,05", "Nguồn: Cục Thống kê");
        ExtractionResult r = PlanExtractor.extract("t.txt", page.getBytes(StandardCharsets.UTF_8));
        List<String> read = r.statements().stream().map(s -> s.line() + " " + s.year() + " " + s.valueText() + " "
                + s.unit()).toList();
        assertEquals(List.of("6 2016 60,12 percent", "6 2017 65,30 percent", "6 2018 70,45 percent",
                "6 2019 74,10 percent", "6 2020 78,22 percent", "7 2016 40,22 percent", "7 2018 50,10 percent",
                "7 2019 55,60 percent", "7 2020 60,05 percent"), read);
        assertEquals("table", r.metadata().docType());
        assertEquals(2020, r.metadata().planYear(), "the latest year the table runs to");
        assertEquals(null, YearRows.yearHeader("Năm 2024 và 2025"), "a sentence naming years is no header");
    }

    @Test
    void aGroupRowBetweenTheRowsOfAYearTableLeavesTheTableOpen() {
        // a yearbook page breaks its rows down under a line naming the group ("Phân theo thành thị, nông thôn")
        List<String> found = figures(String.join("\n", "Tỷ lệ người sử dụng Internet", "(ĐVT: %)",
                "  2018 2019 Sơ bộ 2020", "Tỷ lệ người sử dụng Internet 79,43 79,46 83,71",
                "Phân theo thành thị, nông thôn          ", "Thành thị 82,60 83,19 87,32", "Nông thôn 58,01 54,12 59,03",
                "ĐÁNH GIÁ BÀI VIẾT", "Năm 2020, có 95% hộ gia đình có điện thoại thông minh."));
        assertEquals(List.of("4:2018:79,43", "4:2019:79,46", "4:2020:83,71", "6:2018:82,60", "6:2019:83,19",
                "6:2020:87,32", "7:2018:58,01", "7:2019:54,12", "7:2020:59,03", "9:2020:95%"), found);
        assertTrue(YearRows.groupRow("Phân theo thành thị, nông thôn"));
        assertTrue(!YearRows.groupRow("ĐÁNH GIÁ BÀI VIẾT") && !YearRows.groupRow("Các xã còn lại chưa báo cáo."),
                "a heading in capitals or a sentence is no group of rows");
    }

    @Test
    void aBilingualYearbookWithMonthYearColumnsAndEnglishThousandsReadsEachCount() {
        // the layout of a provincial yearbook page (columns "12/2006 12/2007", the header repeated in English,
        // counts grouped with commas as its English half writes them)
        String page = String.join("\n", "Số máy điện thoại phân theo huyện", "  ĐVT: Chiếc", "  12/2006 12/2007 12/2008",
                "  Dec-06 Jan-07 Feb-08", "TỔNG SỐ - TOTAL 41,096 49,975 56,665",
                "Huyện Đà Bắc - Da Bac district     1,200        1,430 1,617", "Nguồn: Cục Thống kê");
        ExtractionResult r = PlanExtractor.extract("t.txt", page.getBytes(StandardCharsets.UTF_8));
        List<String> read = r.statements().stream().map(s -> s.line() + " " + s.year() + " " + s.value()).toList();
        assertEquals(List.of("5 2006 41096.0", "5 2007 49975.0", "5 2008 56665.0", "6 2006 1200.0", "6 2007 1430.0",
                "6 2008 1617.0"), read);
        assertTrue(YearRows.commaThousands(new String[] {"16,500", "980", "-"}));
        assertTrue(!YearRows.commaThousands(new String[] {"21,05", "16,500"}), "a decimal comma is no thousands group");
        assertTrue(!YearRows.commaThousands(new String[] {"0,652", "0,701"}), "index scores keep their decimals");
    }
}
