package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dxrank.extract.PlanExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shapes of results reports that state the plan's figure beside the result (a results column in a table, "(chỉ tiêu
 * giao cả năm là 95%)", "chưa đạt kế hoạch đề ra 100%") and of lists whose items name only a level: each figure gets
 * its kind and the indicator its lead-in or the figure before it names. Written on an independent synthetic corpus
 * (docs/extraction.md, "An independent synthetic corpus").
 */
class PlanBesideResultTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    private static List<Fact> facts(String body) {
        String text = "BÁO CÁO\nKết quả chuyển đổi số năm 2023 của xã Hoằng Phú\n" + body;
        return normalizer.normalize(PlanExtractor.extract("r.txt", text.getBytes(StandardCharsets.UTF_8))).facts();
    }

    private static String summary(Fact f) {
        return f.indicatorCode() + " " + f.kind() + " " + f.year() + " " + f.value();
    }

    @Test
    void aResultsColumnWithoutAYearReportsOnThePlanColumnsYear() {
        List<Fact> f = facts("""
                I. KẾT QUẢ THỰC HIỆN NĂM 2023
                STT\tChỉ tiêu\tKế hoạch năm 2023\tKết quả thực hiện\tĐánh giá
                1\tTrường học thu học phí không dùng tiền mặt\t90%\t85%\tChưa đạt
                """);
        assertEquals(List.of("school_fees_cashless target 2023 90.0", "school_fees_cashless actual 2023 85.0"),
                f.stream().map(PlanBesideResultTest::summary).toList());
    }

    @Test
    void thePlansFigureBesideAResultIsATargetOfTheSameIndicator() {
        List<Fact> f = facts("Đến ngày 30/6/2023, tỷ lệ thôn, khu dân cư tuyên truyền về chuyển đổi số trên hệ thống loa"
                + " truyền thanh đạt 80% (chỉ tiêu giao cả năm là 95%).\n");
        assertEquals(List.of("village_loudspeaker_dx actual 2023 80.0", "village_loudspeaker_dx target 2023 95.0"),
                f.stream().map(PlanBesideResultTest::summary).toList());
    }

    @Test
    void itemsNamingOnlyALevelTakeTheirConceptFromTheLeadIn() {
        List<Fact> f = facts("""
                II. CHỈ TIÊU NĂM 2024
                - Tỷ lệ văn bản đi được ký số, gửi nhận trên môi trường mạng phấn đấu đạt:
                + Cấp huyện: 100%;
                + Cấp xã: 95%;
                """);
        assertEquals(2, f.size(), f.toString());
        f.forEach(x -> assertEquals("documents_signed", x.indicatorCode(), summary(x)));
    }

    @Test
    void aShareWithItsFractionInBracketsTakesTheConceptAfterTheBracket() {
        List<Fact> f = facts("Kết quả nổi bật: 100% (21/21 xã, phường) có Tổ công nghệ số cộng đồng.\n");
        assertEquals(2, f.size(), f.toString());
        f.forEach(x -> assertEquals("community_teams_villages", x.indicatorCode(), summary(x)));
    }

    @Test
    void aListGoesOnWithResultsAfterThePlansFigure() {
        List<Fact> f = facts("I. KẾT QUẢ ĐẠT ĐƯỢC\n- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 97%, vượt kế hoạch đề ra 90 %;"
                + " 82/131 thủ tục hành chính được cung cấp trực tuyến trên Cổng Dịch vụ công.\n");
        assertEquals(List.of("actual", "target", "actual"), f.stream().map(Fact::kind).toList(), f.toString());
    }
}
