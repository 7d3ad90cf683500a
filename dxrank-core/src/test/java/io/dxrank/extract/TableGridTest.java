package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Merged cells laid out on the table's grid: a header over two rows reads as one, body cells stay in their column. */
class TableGridTest {

    private static TableGrid.Cell cell(String text) {
        return new TableGrid.Cell(text, 1, 1);
    }

    @Test
    void headerSpansNameEachColumnAndLeaveTheRowBelowEmpty() {
        List<List<TableGrid.Cell>> rows = List.of(
                List.of(new TableGrid.Cell("TT", 1, 2), new TableGrid.Cell("Chỉ tiêu", 1, 2), cell("Thực hiện"),
                        new TableGrid.Cell("Kế hoạch", 2, 1)),
                List.of(cell("năm 2024"), cell("năm 2025"), cell("năm 2026")),
                List.of(cell("1"), cell("Tỷ lệ hồ sơ trực tuyến"), cell("65"), cell("80"), cell("90")));
        assertEquals(List.of("TT\tChỉ tiêu\tThực hiện\tKế hoạch\tKế hoạch", "\t\tnăm 2024\tnăm 2025\tnăm 2026",
                "1\tTỷ lệ hồ sơ trực tuyến\t65\t80\t90"), TableGrid.lines(rows));
    }

    @Test
    void bodySpansRepeatDownAndFillTheFirstColumnAcross() {
        List<List<TableGrid.Cell>> rows = List.of(
                List.of(cell("TT"), cell("Chỉ tiêu"), cell("ĐVT"), cell("Năm 2025")),
                List.of(cell("1"), cell("Hồ sơ trực tuyến"), new TableGrid.Cell("%", 1, 2), cell("80")),
                List.of(cell("2"), cell("Hồ sơ thanh toán trực tuyến"), cell("60")),
                List.of(new TableGrid.Cell("II", 1, 1), new TableGrid.Cell("Kinh tế số", 3, 1)),
                List.of(cell("3"), cell("Tài khoản định danh"), cell("tài khoản"), cell("4.000")),
                List.of(cell("4"), cell("Tài khoản thanh toán"), new TableGrid.Cell(null, 1, 1), cell("2.000")));
        assertEquals(List.of("TT\tChỉ tiêu\tĐVT\tNăm 2025", "1\tHồ sơ trực tuyến\t%\t80",
                "2\tHồ sơ thanh toán trực tuyến\t%\t60", "II\tKinh tế số\t\t", "3\tTài khoản định danh\ttài khoản\t4.000",
                "4\tTài khoản thanh toán\ttài khoản\t2.000"), TableGrid.lines(rows));
    }

    @Test
    void aShortRowStillKeepsTheColumnsACellAboveCovers() {
        List<List<TableGrid.Cell>> rows = List.of(
                List.of(cell("Chỉ tiêu"), cell("ĐVT"), cell("Năm 2025")),
                List.of(cell("Hồ sơ"), cell("%"), new TableGrid.Cell("80", 1, 2)),
                List.of(cell("Thanh toán")));
        assertEquals(List.of("Chỉ tiêu\tĐVT\tNăm 2025", "Hồ sơ\t%\t80", "Thanh toán\t\t80"), TableGrid.lines(rows));
    }
}
