package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure cannot be a result of a year after the date the document gives itself, nor a goal for a year already over. */
class FutureYearsTest {

    private static List<Statement> statements(String text) {
        return PlanExtractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_8)).statements();
    }

    @Test
    void figuresWithoutACueAfterTheDocumentsOwnDateAreTargets() {
        // the shape of devset/fresh12 o12: a portal timestamp, then a district's targets to 2025 with no cue per line
        List<Statement> s = statements("""
                08/11/2022 15:41
                Theo đó, đến năm 2025, tối thiểu 80% hồ sơ công việc cấp huyện được xử lý qua môi trường mạng.
                100% hồ sơ thủ tục hành chính được giải quyết qua Cổng dịch vụ công của huyện Càng Long.
                """);
        assertEquals(2, s.size(), s.toString());
        s.forEach(x -> assertEquals(Statement.TARGET, x.kind(), x.quote()));
    }

    @Test
    void aPlansBaselineOfAYearAlreadyOverIsAResultUnderItsTargetsHeading() {
        // a probe of the thirty-fourth stop: a commune's plan of January 2026 gives each target its 2025 figure
        List<String> kinds = statements("""
                ỦY BAN NHÂN DÂN
                XÃ NAM ĐÀN
                Nam Đàn, ngày 10 tháng 01 năm 2026
                KẾ HOẠCH
                Chuyển đổi số xã Nam Đàn năm 2026
                I. MỤC TIÊU
                - Tỷ lệ người dân trưởng thành có chữ ký số đạt trên 60% (năm 2025 đạt 41,5%);
                - Tỷ lệ hồ sơ trực tuyến năm 2025 đạt 80%, phấn đấu năm 2026 đạt 90%;
                - Tỷ lệ hộ có cáp quang đạt 95% (năm 2025: 88%);
                - Chỉ tiêu năm 2025 là 70%.
                """).stream().map(x -> x.valueText() + " " + x.kind() + " " + x.year()).toList();
        assertEquals(List.of("60% target null", "41,5% actual 2025", "80% actual 2025", "90% target 2026", "95% target null",
                "88% actual 2025", "70% target 2025"), kinds, "a past year's target named as one stays a target");
        // undated, a plan of one year is written before or early in it
        assertEquals(List.of("60% target null", "41,5% actual 2025"), statements("""
                KẾ HOẠCH
                Chuyển đổi số xã Nam Đàn năm 2026
                I. MỤC TIÊU
                - Tỷ lệ người dân trưởng thành có chữ ký số đạt trên 60% (năm 2025 đạt 41,5%).
                """).stream().map(x -> x.valueText() + " " + x.kind() + " " + x.year()).toList());
    }

    @Test
    void aStrategysHorizonIsNoResultsYearButATargetsHorizonIs() {
        // devset/fresh f12: the resolution's horizon sits between the figures of a results sentence
        List<Statement> results = statements("""
                Đến nay, có 24/26 chỉ tiêu theo Nghị quyết 05-NQ/TU về chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021 - 2025, \
                định hướng đến năm 2030 đã hoàn thành, còn 2 chỉ tiêu đang tiếp tục thực hiện.
                """);
        assertEquals(2, results.size(), results.toString());
        results.forEach(x -> assertNull(x.year(), x.toString()));
        List<Statement> target = statements("Phấn đấu định hướng đến năm 2030, 100% hồ sơ công việc được xử lý trên môi trường mạng.\n");
        assertEquals(2030, target.get(0).year(), target.toString());
    }

    @Test
    void aDateTheTextCitesOrAResultWithItsCueStaysAResult() {
        List<Statement> cited = statements("""
                Ngày 20/10/2020, Tỉnh ủy Bến Tre ban hành Nghị quyết về chuyển đổi số giai đoạn 2020 - 2025.
                Đến nay, 100% hồ sơ thủ tục hành chính được giải quyết qua Cổng dịch vụ công của tỉnh Bến Tre năm 2024.
                """);
        assertEquals(Statement.ACTUAL, cited.get(cited.size() - 1).kind(), cited.toString());
        assertNull(FutureYears.ownYear(List.of("", "Ngày 20/10/2020, Tỉnh ủy ban hành Nghị quyết."), null),
                "a date inside a sentence is no timestamp");
        assertEquals(2024, FutureYears.ownYear(List.of(" date 2024-01 Chiều 29/1, Sở tổ chức hội nghị."), null));
        assertEquals(2023, FutureYears.ownYear(List.of("13/02/2025"), "2023-12-20"), "the place-and-date line first");
    }
}
