package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A web page's table copied as text: one cell per line, rows numbered, nothing between the cells but blank lines. */
class LineCellsTest {

    private static List<String> read(String text) {
        ExtractionResult r = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.line() + " " + (s.rowLocality() == null ? "-" : s.rowLocality().level()
                + " " + s.rowLocality().name()) + " " + s.valueText() + " " + s.kind() + " " + s.year()).toList();
    }

    @Test
    void aTableOfCommunesOneCellPerLineFilesEachFigureUnderItsRowOnItsLine() {
        String news = "Kết quả chuyển đổi số cấp xã năm 2024 trên địa bàn huyện Yên Lạc\nNgày đăng: 15/03/2025\n"
                + "STT\nĐơn vị\nTỷ lệ hồ sơ trực tuyến (%)\nTỷ lệ thanh toán trực tuyến (%)\n"
                + "1\nXã Đồng Cương\n92,5\n45,3\n"
                + "2\nThị trấn Yên Lạc\n85,0\n38,9\n"
                + "Các xã còn lại tiếp tục triển khai.\n";
        assertEquals(List.of("9 xa Đồng Cương 92,5 actual 2024", "10 xa Đồng Cương 45,3 actual 2024",
                "13 thi_tran Yên Lạc 85,0 actual 2024", "14 thi_tran Yên Lạc 38,9 actual 2024"), read(news));
    }

    @Test
    void blankLinesBetweenTheCellsAndAPlansTargetColumnsAreReadAlike() {
        String annex = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024 CỦA XÃ TÂN LẬP\n\nTT\n\nChỉ tiêu\n\nĐơn vị tính\n\n"
                + "Kế hoạch 2024\n\nThực hiện 2024\n\n1\n\nTỷ lệ hồ sơ trực tuyến\n\n%\n\n80\n\n85,6\n\n"
                + "2\n\nSố thành viên Tổ công nghệ số cộng đồng\n\nngười\n\n60\n\n64\n";
        assertEquals(List.of("19 - 80 target 2024", "21 - 85,6 actual 2024", "29 - 60 target 2024", "31 - 64 actual 2024"),
                read(annex));
    }

    @Test
    void anAnnexWithGroupRowsBetweenItsNumberedRowsIsReadWhole() {
        String annex = "PHỤ LỤC\nCHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025 CỦA PHƯỜNG LONG BIÊN\nSTT\nChỉ tiêu\nĐơn vị tính\n"
                + "Kết quả năm 2024\nChỉ tiêu năm 2025\nI\nChính quyền số\n1\nTỷ lệ văn bản ký số\n%\n95\n100\n"
                + "II\nXã hội số\n2\nTỷ lệ hộ gia đình có cáp quang\n%\n88\n95\n";
        assertEquals(List.of("13 - 95 actual 2024", "14 - 100 target 2025", "20 - 88 actual 2024", "21 - 95 target 2025"),
                read(annex));
    }

    @Test
    void rowsWithoutNumbersAreANameAndAsManyFiguresAsTheHeaderHasColumnsAfterIt() {
        String page = "Tỷ lệ hồ sơ trực tuyến của các xã tháng 10/2024\nĐơn vị\nTổng hồ sơ\nTỷ lệ\n"
                + "Xã An Bình\n512\n97,3%\nXã An Hòa\n430\n-\nXã An Phú\n288\n86,8%\nCác xã còn lại chưa báo cáo số liệu.\n";
        assertEquals(List.of("6 xa An Bình 512 actual 2024", "7 xa An Bình 97,3% actual 2024", "9 xa An Hòa 430 actual 2024",
                "12 xa An Phú 288 actual 2024", "13 xa An Phú 86,8% actual 2024"),
                read(page));
    }

    @Test
    void aCountWithItsUnitInTheCellIsReadWithThatUnit() {
        String page = "Kết quả thực hiện chỉ tiêu chuyển đổi số năm 2024 của xã Hưng Đạo\nSTT\nChỉ tiêu\nKế hoạch năm 2024\n"
                + "Kết quả thực hiện\n1\nTỷ lệ hồ sơ trực tuyến\n80%\n86,2%\n2\nSố lớp tập huấn kỹ năng số\n5 lớp\n7 lớp\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("8 80% percent target", "9 86,2% percent actual", "12 5 lớp lớp target", "13 7 lớp lớp actual"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.unit() + " " + s.kind()).toList());
    }

    @Test
    void aPageCopiedWithABarAfterEachCellReadsAsOneCellPerLine() {
        String page = "Tỷ lệ hồ sơ trực tuyến của các xã năm 2024 trên địa bàn huyện Yên Lạc\nNgày đăng: 15/03/2025\n"
                + "|\nSTT |\nĐơn vị |\nTỷ lệ hồ sơ trực tuyến (%) |\nTỷ lệ thanh toán trực tuyến (%) |\n"
                + "|\n1 |\nXã Đồng Cương |\n92,5 |\n45,3 |\n"
                + "|\n2 |\nThị trấn Yên Lạc |\n85,0 |\n38,9 |\n";
        assertEquals(List.of("11 xa Đồng Cương 92,5 actual 2024", "12 xa Đồng Cương 45,3 actual 2024",
                "16 thi_tran Yên Lạc 85,0 actual 2024", "17 thi_tran Yên Lạc 38,9 actual 2024"), read(page));
    }

    @Test
    void numberedLinesWithoutAHeaderATableReaderReadsStayProse() {
        List<String> lines = List.of("Các nhiệm vụ", "Nội dung", "Thời gian", "Ghi chú", "1", "Tuyên truyền", "Quý I", "x",
                "2", "Tập huấn", "Quý II", "x");
        assertTrue(LineCells.of(lines, cells -> false).covered().isEmpty());
        assertEquals(12, LineCells.of(lines, cells -> true).covered().size(), "the title line is no header cell");
    }
}
