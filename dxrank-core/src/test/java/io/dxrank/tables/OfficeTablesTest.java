package io.dxrank.tables;

import io.dxrank.FaultCorpus;
import io.dxrank.extract.Statement;
import java.io.ByteArrayOutputStream;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.dxrank.normalize.Catalog;
import io.dxrank.core.Finding;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import io.dxrank.extract.QuantityScanner;

import static io.dxrank.tables.TableExtractorTest.facts;
import static io.dxrank.tables.TableExtractorTest.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tables of {@link OfficeTables}, as Vietnamese offices make them, checked value by value. */
class OfficeTablesTest {

    @BeforeAll
    static void load() throws Exception {
        TableExtractorTest.normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    @Test
    void figureCellsTakeThePlansComparatorWords() {
        assertEquals(new TableExtractor.Figure(80, null, true, "gte"), TableExtractor.figure("≥ 80%"));
        assertEquals(new TableExtractor.Figure(80, null, true, "gte"), TableExtractor.figure(">=80%"));
        assertEquals(new TableExtractor.Figure(90, null, true, "gt"), TableExtractor.figure("Trên 90%"));
        assertEquals(new TableExtractor.Figure(70, null, true, "gte"), TableExtractor.figure("Từ 70% trở lên"));
        assertEquals(new TableExtractor.Figure(98, null, true, "gte"), TableExtractor.figure("Không dưới 98%"));
        assertEquals(new TableExtractor.Figure(90, null, true, "gt"), TableExtractor.figure("Hơn 90%"));
        assertEquals(new TableExtractor.Figure(5, null, true, "lte"), TableExtractor.figure("Dưới 5%"));
        assertEquals(new TableExtractor.Figure(50, null, true, "approx"), TableExtractor.figure("khoảng 50 %"));
        assertEquals(new TableExtractor.Figure(15, 20.0, true, "range"), TableExtractor.figure("15-20%"));
        assertEquals(new TableExtractor.Figure(1234, null, false, "eq"), TableExtractor.figure("1.234"));
        assertEquals(new TableExtractor.Figure(98.5, null, true, "eq"), TableExtractor.figure("98,5%"));
        assertNull(TableExtractor.figure("đang cập nhật"));
        assertNull(TableExtractor.figure("12/15"));
        assertNull(TableExtractor.figure("Tăng 10%"), "a change is not a level");
        // one rule for both: the plans' scanner reads the same words the same way
        String sentence = "phấn đấu từ 70% trở lên";
        assertEquals("gte", QuantityScanner.comparator(sentence, sentence.indexOf("70"), sentence.indexOf("%") + 1));
        assertEquals("gte", QuantityScanner.scan("tỷ lệ đạt ≥ 80%").get(0).comparator());
    }

    @Test
    void aLocalityWrittenOnceNamesTheRowsBelowItAndOnlyWholeTotalsCellsAreTotals() throws Exception {
        Map<String, String> f = facts("nam-dan.xlsx", OfficeTables.districtCompilation());
        // rows 10 and 11 leave "Tên đơn vị" blank under "Xã Khánh Sơn": they were dropped without a word
        assertEquals("1234 accounts @ Tổng hợp!F10", f.get("17986 email_accounts actual 2024"), f.toString());
        assertTrue(f.entrySet().stream().anyMatch(e -> e.getKey().startsWith("17986 ") && e.getKey().endsWith(
                " target 2024") && e.getValue().equals("90 percent @ Tổng hợp!E11")), f.toString());
        // "Cộng Lạc" is a commune (Tứ Kỳ, Hải Dương), not "Cộng" (a totals row)
        assertTrue(f.keySet().stream().anyMatch(k -> k.startsWith("x-") && k.contains("cong-lac news_posts actual 2024")),
                f.toString());
        List<Finding> q = findings("nam-dan.xlsx", OfficeTables.districtCompilation());
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_section_row") && x.line() == 8), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_total_row") && x.line() == 15), q.toString());
        assertTrue(q.stream().noneMatch(x -> x.code().equals("table_value_not_numeric")),
                "a merged group heading and 'x' (not applicable) are no figures: " + q);
        assertTrue(TableExtractor.isTotal("Tổng cộng:"));
        assertTrue(TableExtractor.isTotal("Cộng toàn huyện"));
        assertTrue(TableExtractor.isTotal("TOÀN HUYỆN"));
        assertTrue(!TableExtractor.isTotal("Cộng Hòa") && !TableExtractor.isTotal("Tổng số hồ sơ tiếp nhận trực tuyến"));
    }

    @Test
    void aRowWithFiguresAndNoLocalityAnywhereAboveIsAFinding() throws Exception {
        String csv = "Tên đơn vị;Chỉ tiêu;ĐVT;Năm;Thực hiện\n;Nhóm Zalo;nhóm;2024;4\nXã Khánh Sơn;Nhóm Zalo;nhóm;2024;5\n";
        List<Finding> q = findings("t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_no_locality") && x.line() == 2
                && x.detail().contains("cell A2")), q.toString());
    }

    @Test
    void headersInAbbreviationsAndEnglishAndARatioColumn() {
        assertEquals(new Column(0, Column.Role.VALUE, "KH 2025", 2025, "target"), Column.of(0, "KH 2025"));
        assertEquals(new Column(0, Column.Role.VALUE, "TH năm 2024", 2024, "actual"), Column.of(0, "TH năm 2024"));
        assertEquals("target", Column.of(0, "Plan 2025").kind());
        assertEquals("actual", Column.of(0, "Result 2024").kind());
        assertEquals(Column.Role.TARGET, Column.of(0, "KH").role());
        assertEquals(Column.Role.ACTUAL, Column.of(0, "TH").role());
        // TH / KH as a share: derived from two other columns, no figure of the indicator
        assertEquals(Column.Role.NOTE, Column.of(0, "Tỷ lệ đạt so với kế hoạch (%)").role());
        assertEquals(Column.Role.NOTE, Column.of(0, "So sánh cùng kỳ (%)").role());
        assertEquals(Column.Role.NOTE, Column.of(0, "Tỷ lệ (%)").role());
    }

    @Test
    void theTitleYearIsNotTheSigningDateAndTheFileNameMayNameTheKind() throws Exception {
        Map<String, String> f = facts("nam-dan.xlsx", OfficeTables.districtCompilation());
        assertTrue(f.keySet().stream().noneMatch(k -> k.endsWith(" 2025")),
                "'ngày 10 tháng 01 năm 2025' dates the report, 'NĂM 2024' is its year; the ratio column is no target: " + f);
        // xã Khánh Sơn (17986) went into xã Thiên Nhẫn (17989) on 1 July 2025: its 2025 figures are filed there
        assertEquals(Map.of("17989 zalo_groups target 2025", "3 groups @ Sheet1!E2",
                        "17011 zalo_groups target 2025", "5 groups @ Sheet1!E3"),
                zalo(facts("ke-hoach-cds-2025.xlsx", OfficeTables.wideByIndicatorYearInFileName())));
        assertEquals(Map.of("17986 email_accounts target 2024", "20 accounts @ Summary!F3",
                "17986 email_accounts actual 2024", "25 accounts @ Summary!G3",
                "17989 email_accounts target 2025", "30 accounts @ Summary!H3"),
                filter(facts("dti.xlsx", OfficeTables.englishHeaders()), "email_accounts"));
    }

    @Test
    void wideByIndicatorReadsEveryIndicatorColumnWhateverItsWords() throws Exception {
        Map<String, String> f = facts("ket-qua-cds-2024.xlsx", OfficeTables.wideByIndicatorYearInFileName());
        // "... thực hiện trực tuyến ..." and "... có kết quả giải quyết ..." were taken for result columns and dropped
        assertEquals("60 percent @ Sheet1!D2", f.get("17986 digitized_results actual 2024"), f.toString());
        assertEquals("70 percent @ Sheet1!D3", f.get("17011 digitized_results actual 2024"), f.toString());
        assertTrue(f.containsValue("85.5 percent @ Sheet1!C2") && f.containsValue("90 percent @ Sheet1!C3"), f.toString());
        assertEquals(6, f.size(), f.toString());
    }

    @Test
    void wideByIndicatorWithPlanAndResultUnderEachIndicator() throws Exception {
        assertEquals(new TreeMap<>(Map.of(
                "17986 records_processed_online target 2024", "90 percent @ KQ!B4",
                "17986 records_processed_online actual 2024", "85.5 percent @ KQ!C4",
                "17986 news_posts target 2024", "12 posts @ KQ!D4",
                "17986 news_posts actual 2024", "10 posts @ KQ!E4",
                "17011 records_processed_online target 2024", "95 percent @ KQ!B5",
                "17011 records_processed_online actual 2024", "97 percent @ KQ!C5",
                "17011 news_posts target 2024", "20 posts @ KQ!D5",
                "17011 news_posts actual 2024", "24 posts @ KQ!E5")),
                facts("kh-th-2024.xlsx", OfficeTables.wideByIndicatorPlanAndResult()));
        assertTrue(findings("kh-th-2024.xlsx", OfficeTables.wideByIndicatorPlanAndResult()).stream()
                .noneMatch(x -> x.severity() != Finding.Severity.INFO));
    }

    @Test
    void hiddenSheetsAreNotReadAndSaySoAChartSheetIsNoTable() throws Exception {
        Map<String, String> f = facts("nam-dan.xlsx", OfficeTables.districtCompilation());
        assertEquals("98.5 percent @ Tổng hợp!F9", f.get("17986 records_processed_online actual 2024"),
                "the hidden draft's 75 is neither kept nor a conflict: " + f);
        List<Finding> q = findings("nam-dan.xlsx", OfficeTables.districtCompilation());
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_sheet_hidden") && x.detail().contains("Dự thảo (cũ)")),
                q.toString());
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_sheet_hidden") && x.detail().contains("'DS'")),
                q.toString());
        assertTrue(q.stream().noneMatch(x -> x.code().equals("conflicting_values")), q.toString());
        assertEquals(Map.of("17986 zalo_groups actual 2024", "4 groups @ Số liệu!E2"),
                facts("chart.xlsx", OfficeTables.withChartSheet()));
    }

    @Test
    void yearCellsHoldingDatesGiveTheirYear() throws Exception {
        assertEquals(Map.of("17986 zalo_groups actual 2024", "4 groups @ Số liệu!F2",
                "17989 zalo_groups target 2025", "6 groups @ Số liệu!E3"), facts("dates.xlsx", OfficeTables.yearsAsDates()));
    }

    @Test
    void csvSavedByVietnameseExcel() throws Exception {
        byte[] excel = FaultCorpus.windows1258(OfficeTables.EXCEL_CSV);
        assertEquals(new TreeMap<>(Map.of(
                "17986 records_processed_online target 2024", "80 percent @ bieu!E4",
                "17986 records_processed_online actual 2024", "98.5 percent @ bieu!F4",
                "17986 officials_computers target 2024", "100 percent @ bieu!E5",
                "17986 officials_computers actual 2024", "100 percent @ bieu!F5",
                "17011 zalo_groups actual 2024", "7 groups @ bieu!F6")), facts("bieu.csv", excel));
        // the headers and names hold more commas than the lines hold semicolons
        assertEquals(';', TableReader.delimiter(OfficeTables.WIDE_CSV));
        assertEquals(new TreeMap<>(Map.of(
                "17986 records_processed_online actual 2024", "98.5 percent @ ket-qua-2024!B2",
                "17986 officials_computers actual 2024", "99.5 percent @ ket-qua-2024!C2",
                "17011 records_processed_online actual 2024", "97.5 percent @ ket-qua-2024!B3",
                "17011 officials_computers actual 2024", "100 percent @ ket-qua-2024!C3")),
                facts("ket-qua-2024.csv", FaultCorpus.windows1258(OfficeTables.WIDE_CSV)));
    }

    @Test
    void aTitleInCapitalsNamesTheLocalityOfAWideByYearSheet() throws Exception {
        Map<String, String> f = facts("tu-danh-gia.xlsx", OfficeTables.selfAssessment());
        assertEquals("1500 documents @ Biểu 01!D6", f.get("17986 online_applications_count target 2024"), f.toString());
        assertEquals("1622 documents @ Biểu 01!E6", f.get("17986 online_applications_count actual 2024"), f.toString());
        assertEquals("2000 documents @ Biểu 01!F6", f.get("17989 online_applications_count target 2025"), f.toString());
        assertEquals("95 percent @ Biểu 01!D8", f.get("17986 documents_signed target 2024"), f.toString());
        assertEquals("98.5 percent @ Biểu 01!E8", f.get("17986 documents_signed actual 2024"), f.toString());
        assertEquals("98 percent @ Biểu 01!F8", f.get("17989 documents_signed target 2025"), f.toString());
        assertEquals("25 accounts @ Biểu 01!E9", f.get("17986 email_accounts actual 2024"), f.toString());
        assertEquals(10, f.size(), f.toString());
        Grid block = new Grid("Biểu 02", List.of(
                List.of("UBND HUYỆN NAM ĐÀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                List.of("BIỂU TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CỦA XÃ KHÁNH SƠN NĂM 2024"),
                List.of("STT", "Nội dung chỉ tiêu", "ĐVT", "Thực hiện")));
        assertEquals(new TableExtractor.Defaults(2024, "actual", new Statement.RowLocality(
                "KHÁNH SƠN", "xa", null), "BIỂU TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CỦA XÃ KHÁNH SƠN NĂM 2024"),
                TableExtractor.defaults(block, 2, "bieu.xlsx"));
        Grid committeeOnly = new Grid("Biểu 03", List.of(List.of("UBND HUYỆN NAM ĐÀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                List.of("STT", "Nội dung chỉ tiêu", "ĐVT", "Thực hiện")));
        assertEquals("NAM ĐÀN huyen", TableExtractor.defaults(committeeOnly, 1, "b.xlsx").locality().name() + " "
                + TableExtractor.defaults(committeeOnly, 1, "b.xlsx").locality().level());
    }

    @Test
    void unknownLocalitiesAndUnmappedIndicatorsNameTheirSheetAndCell() throws Exception {
        String csv = "Tên đơn vị;Chỉ tiêu;ĐVT;Năm;Thực hiện\nXã Khánh Sơn;Nhóm Zalo;nhóm;2024;4\n"
                + "Xã Không Có;Nhóm Zalo;nhóm;2024;5\nXã Khánh Sơn;Số con gà được tiêm phòng;con;2024;300\n";
        List<Finding> q = findings("bieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(q.stream().anyMatch(x -> x.code().equals("unknown_locality") && x.line() == 3
                && x.detail().startsWith("sheet 'bieu' cell E3: locality 'Không Có'")), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.code().equals("unmapped_statement") && x.line() == 4
                && x.detail().startsWith("sheet 'bieu' cell E4: no catalog indicator")), q.toString());
    }

    @Test
    void aPeriodEndsInItsLastYearAndANamedYearComesFirst() {
        assertEquals(2025, Column.of(0, "Mục tiêu giai đoạn 2021-2025").year());
        assertEquals("target", Column.of(0, "Mục tiêu giai đoạn 2021-2025").kind());
        assertEquals(2024, Column.year("ke hoach chuyen doi so giai doan 2021 - 2025, nam 2024"));
        assertEquals(2024, Column.year("31/12/2024"));
        Grid g = new Grid("KQ 2023", List.of(List.of("KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021-2025, NĂM 2024"),
                List.of("Xã, phường", "Nhóm Zalo (nhóm)")));
        assertEquals(2024, TableExtractor.defaults(g, 1, "bao-cao-nam-2022.xlsx").year(), "the title before the sheet name");
    }

    @Test
    void aLevelColumnMayWriteCapBeforeTheLevel() throws Exception {
        String csv = "Tên đơn vị;Cấp;Chỉ tiêu;ĐVT;Năm;Thực hiện\nKhánh Sơn;Cấp xã;Nhóm Zalo;nhóm;2024;4\n";
        assertEquals(Map.of("17986 zalo_groups actual 2024", "4 groups @ t!F2"),
                facts("t.csv", csv.getBytes(StandardCharsets.UTF_8)), "'Cấp xã' is the level xa, not 'cap_xa'");
    }

    @Test
    void formulaErrorsAreReportedAndFormulasWithoutStoredResultsAreComputed() throws Exception {
        byte[] bytes;
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Số liệu");
            Workbooks.row(s, 0, "Tên đơn vị", "Chỉ tiêu", "ĐVT", "Năm", "Kế hoạch", "Thực hiện");
            Workbooks.row(s, 1, "Xã Khánh Sơn", "Nhóm Zalo", "nhóm", 2024, 4, null);
            Workbooks.row(s, 2, "Xã Khánh Sơn", "Tin, bài tuyên truyền về chuyển đổi số", "tin, bài", 2024, 0, null);
            // as a script writes it: formulas, no stored results (Excel computes them when it opens the file)
            s.getRow(1).createCell(5).setCellFormula("E2+1");
            s.getRow(2).createCell(5).setCellFormula("E2/E3");
            // as openpyxl writes it: <f>80+5</f><v/>, an empty stored result that POI reads as 0
            Workbooks.row(s, 3, "Xã Khánh Sơn", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "%", 2024, null,
                    null);
            XSSFCell openpyxl = (XSSFCell) s.getRow(3).createCell(5);
            openpyxl.setCellFormula("80+5");
            openpyxl.getCTCell().setV("");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        Map<String, String> f = facts("kq.xlsx", bytes);
        assertEquals("5 groups @ Số liệu!F2", f.get("17986 zalo_groups actual 2024"), "not 0: " + f);
        assertEquals("85 percent @ Số liệu!F4", f.get("17986 records_processed_online actual 2024"),
                "an empty stored result is no result: computed, not 0: " + f);
        assertTrue(f.keySet().stream().noneMatch(k -> k.contains("news_posts actual")), f.toString());
        List<Finding> q = findings("kq.xlsx", bytes);
        assertTrue(q.stream().anyMatch(x -> x.code().equals("table_value_not_numeric") && x.detail().contains("F3")
                && x.detail().contains("#DIV/0!")), "an error is a finding, not a blank: " + q);
    }

    static Map<String, String> zalo(Map<String, String> facts) {
        return filter(facts, "zalo_groups");
    }

    static Map<String, String> filter(Map<String, String> facts, String indicator) {
        Map<String, String> out = new TreeMap<>(facts);
        out.keySet().removeIf(k -> !k.contains(" " + indicator + " "));
        return out;
    }
}
