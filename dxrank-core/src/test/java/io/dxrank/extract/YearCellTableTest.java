package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statistics page with one cell per line and its years across (devset/fresh2 h08, a real census page). */
class YearCellTableTest {

    private static List<Statement> h08() throws Exception {
        return PlanExtractor.extract("h08.txt", Files.readAllBytes(Path.of("devset/fresh2/plans/h08.txt"))).statements();
    }

    @Test
    void eachFigureTakesItsColumnsYearAndTheChangeColumnsTheLastYear() throws Exception {
        List<Statement> rows = h08().stream().filter(s -> s.line() <= 37).toList();
        assertEquals(List.of("21 76.0 2001", "23 92.0 2006", "25 16.0 2006", "27 21.05 2006", "33 83.0 2001", "35 95.0 2006",
                "37 12.0 2006"), rows.stream().map(s -> s.line() + " " + s.value() + " " + s.year()).toList());
        assertTrue(rows.stream().allMatch(s -> Statement.ACTUAL.equals(s.kind()) && "table".equals(s.source())));
        assertEquals(Statement.PERCENT, rows.get(4).unit(), "the row's unit cell '%'");
        assertEquals(new Statement.RowLocality("Bình Thuận", "tinh", "Bình Thuận"), rows.get(0).rowLocality(),
                "the rows under 'Toàn tỉnh' are the province's, whichever unit the document's metadata chose");
    }

    @Test
    void theRowsUnderAUnitOfTheTerritoryAreThatUnitsInTheDocumentsProvince() throws Exception {
        Statement phanThiet = h08().stream().filter(s -> s.line() == 87).findFirst().orElseThrow();
        assertEquals(1727.0, phanThiet.value());
        assertEquals(new Statement.RowLocality("Phan Thiết", "thanh_pho", "Bình Thuận"), phanThiet.rowLocality());
    }

    @Test
    void aBilingualYearbooksDistrictRowIsThatDistrictsAndItsTotalTheDocuments() throws Exception {
        // devset/fresh2 h07 (a real statistics yearbook page of Hòa Bình, years across, one district per row)
        List<Statement> rows = PlanExtractor.extract("h07.txt", Files.readAllBytes(Path.of("devset/fresh2/plans/h07.txt")))
                .statements();
        Statement daBac = rows.stream().filter(s -> s.value() == 1200.0).findFirst().orElseThrow();
        assertEquals("Đà Bắc", daBac.rowLocality().name());
        assertEquals("huyen", daBac.rowLocality().level());
        assertEquals(2006, daBac.year());
        Statement total = rows.stream().filter(s -> s.value() == 41096.0).findFirst().orElseThrow();
        assertEquals(null, total.rowLocality(), "TỔNG SỐ - TOTAL is the document's own row");
    }

    @Test
    void aYearAloneInProseOrAColumnOfYearsWithoutRowsIsNoTable() {
        assertTrue(YearCellTable.of(List.of("Kết quả năm", "2023", "", "2024", "Xã đã hoàn thành các chỉ tiêu đề ra trong "
                + "năm, trong đó tỷ lệ hồ sơ trực tuyến đạt mức cao so với cùng kỳ của nhiều năm trước đây.")).covered().isEmpty());
        YearCellTable.Read r = YearCellTable.of(List.of("Chỉ tiêu", "2023", "2024", "Hồ sơ trực tuyến", "%", "85", "92,5"));
        assertEquals(List.of(2023, 2024), List.of(r.byLine().get(5).get(0).year(), r.byLine().get(6).get(0).year()));
    }
}
