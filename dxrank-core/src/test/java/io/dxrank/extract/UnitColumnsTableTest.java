package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table with a district's communes (or a province's districts) down its rows and indicators across. */
class UnitColumnsTableTest {

    private static List<String> read(String text) {
        ExtractionResult r = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.line() + " " + (s.rowLocality() == null ? "-" : s.rowLocality().level()
                + " " + s.rowLocality().name()) + " " + s.valueText() + " " + s.kind() + " " + s.year() + " " + s.unit())
                .toList();
    }

    @Test
    void eachRowsFiguresAreThatUnitsResultsOfTheYearReported() {
        String report = "ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG\n\nBÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2024\n\n"
                + "STT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tSố tổ công nghệ số cộng đồng\tGhi chú\n"
                + "1\tXã Phong Niên\t85,5\t12\t\n"
                + "2\tThị trấn Phố Lu\t91\t9\tđạt\n"
                + "3\tVăn phòng HĐND-UBND huyện\t100\t1\t\n"
                + "\tTổng cộng\t88\t22\t\n";
        assertEquals(List.of("8 xa Phong Niên 85,5 actual 2024 percent", "8 xa Phong Niên 12 actual 2024 ",
                "9 thi_tran Phố Lu 91 actual 2024 percent", "9 thi_tran Phố Lu 9 actual 2024 "), read(report),
                "an office's row and the totals are no unit's: not read");
    }

    @Test
    void aPlansTableOfTargetsPerCommuneUnderALevelColumnGivesTheLevel() {
        String plan = "KẾ HOẠCH\nChuyển đổi số huyện Bảo Thắng năm 2025\n\nPhụ lục: chỉ tiêu giao các xã\n"
                + "| TT | Xã | Tỷ lệ thanh toán không dùng tiền mặt (%) | Tỷ lệ hộ gia đình có cáp quang (%) |\n"
                + "| 1 | Phong Niên | 60 | 85 |\n";
        assertEquals(List.of("6 xa Phong Niên 60 target 2025 percent", "6 xa Phong Niên 85 target 2025 percent"),
                read(plan));
    }

    @Test
    void aWebPagesHeaderWithYearsUnderACellSpanningThemGivesEachColumnItsYear() {
        String page = "<html><body><h1>Kết quả chuyển đổi số năm 2024 của các xã huyện Cẩm Khê</h1><table>"
                + "<tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Đơn vị</th><th colspan=\"2\">Tỷ lệ hồ sơ trực tuyến (%)</th></tr>"
                + "<tr><th>Năm 2023</th><th>Năm 2024</th></tr>"
                + "<tr><td>1</td><td>Xã Phú Khê</td><td>70,2</td><td>85,1</td></tr></table></body></html>";
        ExtractionResult r = PlanExtractor.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Phú Khê 2023 70,2 Tỷ lệ hồ sơ trực tuyến", "Phú Khê 2024 85,1 Tỷ lệ hồ sơ trực tuyến"),
                r.statements().stream().map(s -> s.rowLocality().name() + " " + s.year() + " " + s.valueText() + " "
                        + s.subject()).toList());
    }

    @Test
    void theRowOfTheWholeDistrictIsTheDocumentsOwn() {
        String report = "BÁO CÁO\nKết quả chuyển đổi số huyện Bảo Thắng năm 2024\n"
                + "Đơn vị\tTổng hồ sơ\tTỷ lệ trực tuyến (%)\nXã Phong Niên\t512\t97,3\nToàn huyện\t1.230\t93,4\n";
        assertEquals(List.of("4 xa Phong Niên 512 actual 2024 ", "4 xa Phong Niên 97,3 actual 2024 percent",
                "5 - 1.230 actual 2024 ", "5 - 93,4 actual 2024 percent"), read(report));
    }

    @Test
    void aHeaderWithFiguresOrOneIndicatorIsNone() {
        assertNull(UnitColumnsTable.header(List.of("STT", "Đơn vị", "Ghi chú")));
        assertNull(UnitColumnsTable.header(List.of("1", "Đơn vị", "85", "90")));
        assertEquals(2, UnitColumnsTable.header(List.of("STT", "Địa phương", "Tỷ lệ (%)", "Điểm")).columns().size());
    }
}
