package io.dxrank.tables;

import io.dxrank.FaultCorpus;
import java.nio.file.Files;
import java.util.ArrayList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import io.dxrank.normalize.Catalog;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Fact;
import io.dxrank.core.Finding;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Indicator tables in the three layouts, as workbooks and CSVs, checked fact by fact after the same normalizer
 * the plans go through (bundled catalog and gazetteer).
 */
class TableExtractorTest {

    static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    /** Facts keyed "locality_id indicator kind year" with "value unit @ where". */
    static Map<String, String> facts(String file, byte[] bytes) {
        ExtractionResult r = InputFile.extract(file, bytes);
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        return normalizer.normalizeTable(r).facts().stream().collect(Collectors.toMap(
                f -> f.localityId() + " " + f.indicatorCode() + " " + f.kind() + " " + f.year(),
                f -> number(f.value()) + " " + f.unit() + " @ " + f.section(), (a, b) -> a + " | " + b, TreeMap::new));
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static List<Finding> findings(String file, byte[] bytes) {
        ExtractionResult r = InputFile.extract(file, bytes);
        List<Finding> all = new ArrayList<>(r.findings());
        if (r.ok()) {
            all.addAll(normalizer.normalizeTable(r).findings());
        }
        return all;
    }

    @Test
    void longLayoutWithPercentCellsTextNumbersAndATotalsRow() throws Exception {
        assertEquals(Map.of(
                "17986 records_processed_online target 2024", "90 percent @ Tổng hợp!H4",
                "17986 records_processed_online actual 2024", "85.5 percent @ Tổng hợp!I4",
                "16642 news_posts target 2023", "12 posts @ Tổng hợp!H5",
                "16642 news_posts actual 2023", "10 posts @ Tổng hợp!I5",
                "17986 news_posts actual 2024", "1522 posts @ Tổng hợp!I8"), facts("district.xlsx", Workbooks.longLayout()));
        List<Finding> f = findings("district.xlsx", Workbooks.longLayout());
        assertTrue(f.stream().anyMatch(x -> x.code().equals("table_total_row") && x.line() == 7), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.code().equals("table_value_not_numeric") && x.line() == 8
                && x.detail().contains("H8") && x.detail().contains("đang cập nhật")), f.toString());
    }

    @Test
    void aUnitNamedWithItsProvinceInItsCellIsThatProvincesUnit() {
        // a probe of the thirty-fourth stop (an analyst's CSV): "Phường Tân Phong, tỉnh Đồng Nai" in one quoted cell was
        // an unknown locality "Tân Phong, tỉnh Đồng Nai"; its 2025 figure is filed under the ward it went into
        byte[] csv = ("Đơn vị,Tỷ lệ hồ sơ trực tuyến 2024,Tỷ lệ hồ sơ trực tuyến 2025\r\n"
                + "\"Phường Tân Phong, tỉnh Đồng Nai\",72.5,80.1\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("25996 dossiers_online actual 2024", "72.5 percent @ a02!B2",
                "26188 dossiers_online actual 2025", "80.1 percent @ a02!C2"), facts("a02.csv", csv));
        assertTrue(findings("a02.csv", csv).stream().noneMatch(x -> x.code().equals("unknown_locality")));
    }

    @Test
    void wideByYearWithAMergedTwoRowHeaderAndAFormula() throws Exception {
        // the title names the commune as its 2026 plan writes it; the gazetteer knows it as 15889
        assertEquals(Map.of(
                "15889 full_process_services target 2025", "80 percent @ Phụ lục!D4",
                "15889 full_process_services actual 2025", "85.5 percent @ Phụ lục!E4",
                "15889 full_process_services target 2026", "90 percent @ Phụ lục!F4",
                "15889 news_posts target 2025", "40 posts @ Phụ lục!D5",
                "15889 news_posts actual 2025", "52 posts @ Phụ lục!E5",
                "15889 news_posts target 2026", "60 posts @ Phụ lục!F5"), facts("hoang-phu.xlsx", Workbooks.wideByYear()));
    }

    @Test
    void wideByIndicatorInXlsxAndXlsReadsTheYearAndKindFromTheSheetName() throws Exception {
        Map<String, String> expected = Map.of(
                "17986 records_processed_online actual 2024", "100 percent @ Kết quả 2024!B2",
                "17986 zalo_groups actual 2024", "3 groups @ Kết quả 2024!C2",
                "17011 records_processed_online actual 2024", "85.5 percent @ Kết quả 2024!B3",
                "17011 zalo_groups actual 2024", "5 groups @ Kết quả 2024!C3");
        assertEquals(expected, facts("results.xlsx", Workbooks.wideByIndicator(false)));
        assertEquals(expected, facts("results.xls", Workbooks.wideByIndicator(true)));
        List<Finding> f = findings("results.xlsx", Workbooks.wideByIndicator(false));
        assertTrue(f.stream().anyMatch(x -> x.code().equals("table_total_row")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.code().equals("table_no_header") && x.detail().contains("Ghi chú")),
                "a sheet without a header is named, not silently skipped: " + f);
    }

    static final String CSV = """
            Tên đơn vị,Tỉnh,Chỉ tiêu,Đơn vị tính,Năm,Kế hoạch,Thực hiện
            Xã Khánh Sơn,Nghệ An,Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng,%,2024,90,"85,5"
            Huyện Thanh Hà,Hải Dương,"Tin, bài tuyên truyền về chuyển đổi số","tin, bài",2022,300,"1.522"
            """;

    static final Map<String, String> CSV_FACTS = Map.of(
            "17986 records_processed_online target 2024", "90 percent @ t!F2",
            "17986 records_processed_online actual 2024", "85.5 percent @ t!G2",
            "294 news_posts target 2022", "300 posts @ t!F3",
            "294 news_posts actual 2022", "1522 posts @ t!G3");

    @Test
    void csvInEveryDialect() throws Exception {
        byte[] utf8Bom = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        assertEquals(CSV_FACTS, facts("t.csv", utf8Bom));
        String semicolon = CSV.replace(",", ";").replace("\"85;5\"", "85,5").replace("\"Tin; bài tuyên truyền về "
                + "chuyển đổi số\"", "Tin, bài tuyên truyền về chuyển đổi số").replace("\"tin; bài\"", "tin, bài");
        assertEquals(CSV_FACTS, facts("t.csv", semicolon.getBytes(StandardCharsets.UTF_8)));
        String tab = semicolon.replace(";", "\t");
        assertEquals(CSV_FACTS, facts("t.csv", tab.getBytes(StandardCharsets.UTF_8)));
        byte[] cp1258 = FaultCorpus.windows1258(semicolon);
        assertEquals(CSV_FACTS, facts("t.csv", cp1258));
    }

    @Test
    void aTidyTableOfOneFigureColumnTakesYearAndKindFromItsRows() throws Exception {
        // the layout an analyst compiles by hand: one row per locality, year, indicator and kind, one "Giá trị" column
        String tidy = """
                Địa phương,Tỉnh,Năm,Chỉ tiêu,Loại,Giá trị
                Xã Khánh Sơn,Nghệ An,2024,Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%),Kế hoạch,90
                Xã Khánh Sơn,Nghệ An,2024,Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%),Thực hiện,"85,5"
                Huyện Thanh Hà,Hải Dương,2022,"Tin, bài tuyên truyền về chuyển đổi số",Thực hiện,"1.522"
                """;
        assertEquals(Map.of(
                "17986 records_processed_online target 2024", "90 percent @ tidy!F2",
                "17986 records_processed_online actual 2024", "85.5 percent @ tidy!F3",
                "294 news_posts actual 2022", "1522 posts @ tidy!F4"), facts("tidy.csv", tidy.getBytes(StandardCharsets.UTF_8)));
        // without a kind column each figure is read as a result, and said so
        String noKind = tidy.replace(",Loại", "").replace(",Kế hoạch", "").replace(",Thực hiện", "");
        assertTrue(findings("tidy.csv", noKind.getBytes(StandardCharsets.UTF_8)).stream()
                .anyMatch(f -> f.code().equals("table_kind_assumed")));
    }

    @Test
    void aWideTableByIndicatorTakesEachRowsYearFromItsYearColumn() throws Exception {
        String wide = """
                Địa phương,Tỉnh,Năm,Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%)
                Xã Khánh Sơn,Nghệ An,2023,70
                Xã Khánh Sơn,Nghệ An,2024,"85,5"
                """;
        assertEquals(Map.of(
                "17986 records_processed_online actual 2023", "70 percent @ ket-qua!D2",
                "17986 records_processed_online actual 2024", "85.5 percent @ ket-qua!D3"),
                facts("ket-qua.csv", wide.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTableOfOneIndicatorNamedByItsTitleHasAColumnPerYear() throws Exception {
        String series = """
                TỶ LỆ HỒ SƠ CÔNG VIỆC ĐƯỢC XỬ LÝ TRÊN MÔI TRƯỜNG MẠNG (%)
                Địa phương,Tỉnh,2023,Năm 2024
                Xã Khánh Sơn,Nghệ An,70,"85,5"
                """;
        assertEquals(Map.of(
                "17986 records_processed_online actual 2023", "70 percent @ ket-qua!C3",
                "17986 records_processed_online actual 2024", "85.5 percent @ ket-qua!D3"),
                facts("ket-qua.csv", series.getBytes(StandardCharsets.UTF_8)));
        assertTrue(Column.onlyYearOrKind("KH 2025") && Column.onlyYearOrKind("Thực hiện năm 2024"));
        assertTrue(!Column.onlyYearOrKind("Tỷ lệ hồ sơ trực tuyến 2024") && !Column.onlyYearOrKind("Ghi chú"));
    }

    @Test
    void tablesOfDistrictsAndOfProvincesNameThemInTheirFirstColumn() throws Exception {
        String districts = """
                "Huyện, thị xã, thành phố",Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%),Năm
                Huyện Thanh Hà,80,2024
                """;
        assertEquals(Map.of("294 records_processed_online actual 2024", "80 percent @ huyen!B2"),
                facts("huyen.csv", districts.getBytes(StandardCharsets.UTF_8)));
        // "Thanh Hóa" in a province column is the province (38), not the city of its name
        String provinces = """
                Tỉnh/thành phố,Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%),Năm
                Thanh Hóa,90,2023
                Nghệ An,"85,5",2023
                """;
        assertEquals(Map.of("38 records_processed_online actual 2023", "90 percent @ tinh!B2",
                "40 records_processed_online actual 2023", "85.5 percent @ tinh!B3"),
                facts("tinh.csv", provinces.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTableWithAColumnPerLocalityReadsEachHeaderAsItsUnit() throws Exception {
        // a district's compilation that puts its communes side by side; year and kind from the title
        String side = """
                KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ NĂM 2024
                Chỉ tiêu,Xã Khánh Sơn,Phường Tĩnh Hải,Tổng
                Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%),85,"90,5",
                "Tin, bài tuyên truyền về chuyển đổi số",12,8,20
                """;
        assertEquals(Map.of(
                "17986 records_processed_online actual 2024", "85 percent @ cac-xa!B3",
                "16642 records_processed_online actual 2024", "90.5 percent @ cac-xa!C3",
                "17986 news_posts actual 2024", "12 posts @ cac-xa!B4",
                "16642 news_posts actual 2024", "8 posts @ cac-xa!C4"), facts("cac-xa.csv", side.getBytes(StandardCharsets.UTF_8)));
        assertTrue(findings("cac-xa.csv", side.getBytes(StandardCharsets.UTF_8)).stream().anyMatch(f -> f.code()
                .equals("table_total_column") && f.detail().contains("\"Tổng\"")), "the totals column is said to be skipped");
        assertTrue(Sheet.namesAUnit("Xã Khánh Sơn") && Sheet.namesAUnit("Phường 11") && !Sheet.namesAUnit("Năm 2024")
                && !Sheet.namesAUnit("Ghi chú"));
    }

    @Test
    void unreadableAndUnrecognizedTablesAreRejectedWithAReason() throws Exception {
        ExtractionResult corrupt = InputFile.extract("broken.xlsx", "PK\u0003\u0004 not a workbook".getBytes(
                StandardCharsets.ISO_8859_1));
        assertEquals("rejected", corrupt.status());
        assertTrue(corrupt.reason().startsWith("unreadable table"), corrupt.reason());
        ExtractionResult prose = InputFile.extract("notes.csv", "chỉ là một dòng ghi chú\nkhông có bảng\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("rejected", prose.status());
        assertTrue(prose.reason().startsWith("no sheet with a recognizable header"), prose.reason());
        assertEquals("rejected", InputFile.extract("empty.csv", new byte[0]).status());
    }

    @Test
    void anUnknownLocalityGetsADerivedIdAndAFinding() throws Exception {
        String csv = "Tên đơn vị,Chỉ tiêu,Đơn vị tính,Năm,Thực hiện\nXã Không Có,Nhóm Zalo,nhóm,2024,4\n";
        ExtractionResult r = InputFile.extract("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        Normalizer.Result n = normalizer.normalizeTable(r);
        Fact f = n.facts().get(0);
        assertTrue(f.localityId().startsWith("x-"), f.localityId());
        assertEquals("zalo_groups", f.indicatorCode());
        assertTrue(n.findings().stream().anyMatch(x -> x.code().equals("unknown_locality")));
        assertNull(n.localityId(), "a table names many localities, none of its own");
    }

    @Test
    void columnsAreRecognizedInVietnameseAndEnglish() {
        assertEquals(Column.Role.LOCALITY, Column.of(0, "TÊN ĐƠN VỊ").role());
        assertEquals(Column.Role.INDICATOR, Column.of(0, "Nội dung chỉ tiêu").role());
        assertEquals(Column.Role.TARGET, Column.of(0, "Kế hoạch / Chỉ tiêu").role());
        assertEquals(Column.Role.ACTUAL, Column.of(0, "Actual").role());
        Column c = Column.of(0, "Thực hiện năm 2024");
        assertEquals(Column.Role.VALUE, c.role());
        assertEquals(2024, c.year());
        assertEquals("actual", c.kind());
        assertEquals("target", Column.of(0, "Mức đạt năm 2026").kind());
        assertEquals(Column.Role.UNIT, Column.of(0, "ĐVT").role());
        assertEquals("C5", Grid.reference(4, 2));
        assertEquals("AA1", Grid.reference(0, 26));
    }

    @Test
    void aMappingFileDescribesALayoutTheRecognizerDoesNotKnow(@TempDir Path dir)
            throws Exception {
        String csv = "BIỂU 02\n\nĐịa bàn,Hạng mục,Số liệu 2024\nXã Khánh Sơn,Nhóm Zalo,4\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertEquals("rejected", InputFile.extract("b02.csv", bytes).status(), "no known header: a reject");
        Path file = dir.resolve("mapping.properties");
        Files.writeString(file, "header_row=3\nlocality_column=A\nindicator_column=Hạng mục\nkind=actual\n");
        ExtractionResult r = InputFile.extract("b02.csv", bytes, TableMapping.load(file));
        Fact f = normalizer.normalizeTable(r).facts().get(0);
        assertEquals("17986 zalo_groups actual 2024 4.0 b02!C4", f.localityId() + " " + f.indicatorCode() + " "
                + f.kind() + " " + f.year() + " " + f.value() + " " + f.section());
        Files.writeString(file, "kind=planned\n");
        IllegalArgumentException bad = Assertions.assertThrows(IllegalArgumentException.class,
                () -> TableMapping.load(file));
        assertTrue(bad.getMessage().contains("mapping.properties: key 'kind'"), bad.getMessage());
        Files.writeString(file, "locality=A\n");
        assertTrue(Assertions.assertThrows(IllegalArgumentException.class,
                () -> TableMapping.load(file)).getMessage().contains("unknown key 'locality'"));
    }
}
