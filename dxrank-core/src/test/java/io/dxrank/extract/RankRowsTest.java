package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rankings of provinces, in the two shapes of the dev set's national rankings (devset/dev t01, t02). */
class RankRowsTest {

    private static List<Statement> read(String text) {
        return PlanExtractor.extract("r.txt", text.getBytes(StandardCharsets.UTF_8)).statements();
    }

    @Test
    void aRankingOnePerLineGivesEachProvinceItsRankAndScores() {
        List<Statement> s = read("""
                BÁO CÁO XẾP HẠNG Đánh giá mức độ chuyển đổi số năm 2022

                1 TP. Đà Nẵng
                2 TP. Hồ Chí Minh
                3 Quảng Ninh
                4 Thừa Thiên - Huế
                5 TP. Cần Thơ
                6 Lạng Sơn

                Xếp hạng chi tiết
                1 TP. Đà Nẵng 1.0000 0.9000 0.8253
                2 TP. Hồ Chí Minh 0.8917 0.9000 0.8258
                3 Quảng Ninh 0.9581 0.9000 0.7648
                4 Thừa Thiên - Huế 0.9500 0.9000 0.6823
                5 TP. Cần Thơ 0.9000 0.8000 0.7233
                """);
        Statement third = s.stream().filter(x -> x.line() == 5).findFirst().orElseThrow();
        assertEquals("Quảng Ninh", third.rowLocality().name());
        assertEquals(3.0, third.value());
        assertEquals("rank", third.unit());
        assertEquals(6.0, third.denominator(), "out of the ranking's last place");
        assertEquals(Integer.valueOf(2022), third.year());
        assertEquals(Statement.ACTUAL, third.kind());
        List<Double> daNang = s.stream().filter(x -> x.line() == 11).map(Statement::value).toList();
        assertEquals(List.of(1.0, 1.0, 0.9, 0.8253), daNang);
        assertEquals(6 + 5 * 4, s.size());
    }

    @Test
    void aRankingFlattenedOneCellPerLineReadsItsRankAndBracketedScore() {
        StringBuilder text = new StringBuilder("Kết quả đánh giá xếp hạng mức độ ứng dụng CNTT năm 2017\n\n");
        String[] provinces = {"Thừa Thiên - Huế", "TP. Đà Nẵng", "Lâm Đồng", "Quảng Ninh", "TP. Hồ Chí Minh"};
        for (int i = 0; i < provinces.length; i++) {
            text.append(i + 1).append("\n\n").append(provinces[i]).append("\n\n")
                    .append(String.format(Locale.ROOT, "0%d (0,7%d)", i + 1, 30 - i)).append("\n\n");
        }
        List<Statement> s = read(text.toString());
        assertEquals(10, s.size());
        assertEquals("Lâm Đồng", s.get(4).rowLocality().name());
        assertEquals(3.0, s.get(4).value());
        assertEquals(0.728, s.get(5).value(), 1e-9);
    }

    @Test
    void aFewNumberedProvincesInProseAreNoRanking() {
        List<Statement> s = read("""
                Kế hoạch chuyển đổi số tỉnh Quảng Ninh năm 2024
                1 Quảng Ninh
                2 Hải Phòng
                Phấn đấu 100% hồ sơ được xử lý trực tuyến.
                """);
        assertTrue(s.stream().noneMatch(x -> x.rowLocality() != null), s.toString());
    }
}
