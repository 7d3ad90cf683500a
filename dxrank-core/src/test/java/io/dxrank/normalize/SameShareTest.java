package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A share computed from a count and the same share as the text rounds it are one figure, and a part of a figure after
 * "trong đó" is a breakdown of it: neither is a conflict.
 */
class SameShareTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws IOException {
        normalizer = BundledNormalizer.get();
    }

    private static List<String> statuses(String body) {
        String text = "UBND TỈNH QUẢNG NAM\nBÁO CÁO\nKết quả chuyển đổi số tỉnh Quảng Nam năm 2024\n" + body + "\n";
        ExtractionResult r = PlanExtractor.extract("bc.txt", text.getBytes(StandardCharsets.UTF_8));
        return normalizer.normalize(r).facts().stream().map(f -> f.valueText() + " " + f.status()).toList();
    }

    @Test
    void aFractionAndItsRoundedShareAreOneFigure() {
        // devset/fresh5 q04 (a real news item): the count of dossiers paid online and its share, as the text rounds it
        List<String> read = statuses("Về thanh toán trực tuyến trên Cổng dịch vụ công quốc gia, tỷ lệ hồ sơ thanh toán"
                + " trực tuyến là gần 265.588/ 450.684 hồ sơ (đạt 58,93%).");
        assertEquals(2, read.size(), read.toString());
        assertTrue(read.stream().anyMatch(s -> s.endsWith(" " + FactStatus.USED)), read.toString());
        assertTrue(read.stream().anyMatch(s -> s.endsWith(" " + FactStatus.DUPLICATE)), read.toString());
    }

    @Test
    void sharesApartByMoreThanTheRoundingStillConflict() {
        Fact computed = share("1.644/1.788 hồ sơ", 1644.0 / 1788 * 100, 1788.0);
        assertTrue(SameFigure.sameShare(computed, share("91,9%", 91.9, null)), "91.946 rounds to 91.9");
        assertTrue(SameFigure.sameShare(share("92%", 92, null), computed), "and to 92");
        assertFalse(SameFigure.sameShare(computed, share("91,5%", 91.5, null)), "not to 91.5");
        assertFalse(SameFigure.sameShare(share("91,9%", 91.9, null), share("91,95%", 91.95, null)),
                "two stated shares are two statements");
    }

    @Test
    void aPartAfterTrongDoIsABreakdownOfTheWholeNoConflict() {
        // devset/fresh15 ka03 (a real news item): the stations, then the 5G ones among them
        assertEquals(List.of("1.740 trạm used", "117 trạm part"), statuses("Hiện toàn tỉnh đã có 1.740 trạm thu phát sóng di"
                + " động (BTS), trong đó triển khai được 117 trạm 5G."));
        // two values with no breakdown between them still conflict
        assertEquals(List.of("1.740 trạm used", "1.700 trạm conflict_other"), statuses("Hiện toàn tỉnh đã có 1.740 trạm thu"
                + " phát sóng di động (BTS); theo doanh nghiệp, toàn tỉnh đã có 1.700 trạm thu phát sóng di động (BTS)."));
    }

    @Test
    void aBreakdownOpeningTheNextSentenceAndAHeadlinesRoundShareAreNoConflicts() {
        // devset/dev c12 (a real news item): the whole's share, then its urban and rural parts
        assertEquals(List.of("83,71% used", "87,32% part", "59,03% part"), statuses("Năm 2020, tỷ lệ hộ gia đình có kết nối"
                + " Internet là 83,71%. Trong đó, tỷ lệ hộ gia đình có kết nối Internet ở thành thị là 87,32%; tỷ lệ hộ gia"
                + " đình có kết nối Internet ở nông thôn là 59,03%."));
        // devset/fresh36 zk03 (a real news item): the stations, then their breakdown line by line
        assertEquals(List.of("4.285 trạm used", "1.002 trạm BTS part", "1.255 trạm BTS part", "84 trạm BTS part"),
                statuses("Đến nay, toàn tỉnh Bình Thuận có 4.285 trạm thu phát sóng di động (BTS).\nTrong đó, có 1.002 trạm"
                        + " BTS 2G;\n1.255 trạm BTS 3G;\n84 trạm BTS 5G."));
        // devset/dev c04: the headline's "hơn 85%" above the body's "85,10%"
        Fact headline = new Fact("p", "l", "L", "tinh", "P", "dossiers_online", "d", "government", "actual", 2025, "2025",
                85, null, "percent", "gt", "f", 1, "q", "s", "", "hơn 85%", null, "prose", null, null);
        assertTrue(SameFigure.sameShare(headline, share("85,10%", 85.1, null)));
        assertFalse(SameFigure.sameShare(headline, share("86,2%", 86.2, null)), "more than a point above is another");
    }

    private static Fact share(String valueText, double value, Double denominator) {
        return new Fact("p", "l", "L", "tinh", "P", "dossiers_online", "d", "government", "actual", 2024, "2024", value,
                null, "percent", "eq", "f", 1, "q", "s", "", valueText, denominator, "prose", null, null);
    }
}
