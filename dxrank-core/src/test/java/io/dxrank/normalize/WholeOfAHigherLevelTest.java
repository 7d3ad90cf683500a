package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dxrank.extract.PlanExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A count of the whole province or district in a lower unit's text is that whole's, not the text's own unit's. */
class WholeOfAHigherLevelTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = BundledNormalizer.get();
    }

    private static List<String> statuses(String text) {
        return normalizer.normalize(PlanExtractor.extract("tin.txt", text.getBytes(StandardCharsets.UTF_8))).facts().stream()
                .map(f -> f.valueText() + " " + f.status()).toList();
    }

    @Test
    void theProvincesCountInACommunesNewsIsNotTheCommunes() {
        // a probe in the form of a commune's portal news quoting its province
        assertEquals(List.of("91% used", "1.250 tổ công nghệ số other_level"), statuses("""
                Xã Hải Yến đẩy mạnh chuyển đổi số
                12/11/2025

                Năm 2025, tỷ lệ hồ sơ trực tuyến của xã Hải Yến (tỉnh Quảng Ninh) đạt 91%.
                Toàn tỉnh hiện có 1.250 tổ công nghệ số cộng đồng.
                """));
        assertEquals(List.of("91% used", "12 tổ công nghệ số used"), statuses("""
                Xã Hải Yến đẩy mạnh chuyển đổi số
                12/11/2025

                Năm 2025, tỷ lệ hồ sơ trực tuyến của xã Hải Yến (tỉnh Quảng Ninh) đạt 91%.
                Toàn xã hiện có 12 tổ công nghệ số cộng đồng.
                """), "the whole of the document's own unit is its own");
    }
}
