package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table copied from a web page with each cell on lines of its own and "|" lines between the cells. */
class BarCellsTest {

    @Test
    void aCommunesTargetAnnexIsReadCellByCellOnTheLinesOfItsFigures() throws Exception {
        byte[] annex = Files.readAllBytes(Path.of("devset/fresh/plans/f04.txt"));
        ExtractionResult r = PlanExtractor.extract("f04.txt", annex);
        List<Statement> table = r.statements().stream().filter(s -> "table".equals(s.source())).toList();
        assertEquals(List.of(30, 48), table.stream().map(Statement::line).toList(), table.toString());
        for (Statement s : table) {
            assertEquals(100.0, s.value());
            assertEquals(Statement.PERCENT, s.unit());
            assertEquals(Statement.TARGET, s.kind());
            assertTrue(s.subject().startsWith("Tỷ lệ"), s.subject());
        }
    }

    @Test
    void rowsStartAtARowNumberBeforeWordsAndSectionRowsCarryNoFigure() {
        List<String> lines = List.of("STT", "|", "Tên chỉ tiêu", "|", "Đơn vị tính", "|", "Chỉ tiêu cụ thể", "|",
                "I", "|", "Hạ tầng số (02 chỉ", "tiêu)", "|", "1", "|", "Tỷ lệ thôn có", "sóng 4G", "|", "%", "|", "100",
                "|", "II", "|", "Xã hội số", "|", "|", "|", "1", "|", "Số lớp tập huấn", "|", "lớp", "|", "4");
        BarCells.Rows rows = BarCells.of(lines);
        assertEquals(List.of("STT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu cụ thể"), rows.byFirstLine().get(0).cells());
        assertEquals(List.of("I", "Hạ tầng số (02 chỉ tiêu)"), rows.byFirstLine().get(8).cells());
        assertEquals(List.of("1", "Tỷ lệ thôn có sóng 4G", "%", "100"), rows.byFirstLine().get(13).cells());
        assertEquals(List.of(13, 15, 18, 20), rows.byFirstLine().get(13).lines());
        assertEquals(List.of("II", "Xã hội số", "", ""), rows.byFirstLine().get(22).cells(), "100 before II is no row");
        assertEquals(List.of("1", "Số lớp tập huấn", "lớp", "4"), rows.byFirstLine().get(28).cells());
        assertEquals(lines.size(), rows.covered().size());
    }

    @Test
    void theProseAboveATableIsNoCellOfIt() {
        String page = "Năm 2024, xã đạt 95% hồ sơ trực tuyến.\nPhụ lục\nSTT\n|\nTên chỉ tiêu\n|\nĐơn vị tính\n|\n"
                + "Chỉ tiêu cụ thể\n|\n1\n|\nTỷ lệ thôn có sóng 4G\n|\n%\n|\n100\n";
        ExtractionResult r = PlanExtractor.extract("x.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1 95% prose", "17 100 table"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.source()).toList());
    }

    @Test
    void aStrayBarInProseOrAListWithoutHeaderIsNoTable() {
        assertTrue(BarCells.of(List.of("Kết quả | năm 2024", "|", "đạt 95%", "|")).byFirstLine().isEmpty());
        List<String> noHeader = List.of("1", "|", "Tuyên truyền", "|", "2", "|", "Tập huấn", "|", "3", "|", "Số hóa",
                "|", "4", "|", "Kiểm tra");
        assertTrue(BarCells.of(noHeader).byFirstLine().isEmpty());
    }
}
