package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A headline opening with its unit's bare name, over a text that speaks of the unit by its level word alone. */
class BareHeadlineTest {

    private static ExtractionResult extract(String text) {
        return PlanExtractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHeadlinesNameAtTheLevelTheTextSpeaksOf() {
        // the shape of devset/fresh4 n01 (a real provincial paper's feature on a post-reform commune)
        ExtractionResult r = extract("""
                 date 2026-01-14
                Vĩnh Hưng tích cực chuyển đổi số từ cơ sở
                Trong tiến trình xây dựng chính quyền số, Vĩnh Hưng xác định chuyển đổi số là quá trình thay đổi tư duy.
                Cấp ủy, chính quyền xã đã tập trung triển khai nhiều giải pháp. Toàn xã hiện có 12 tổ công nghệ số cộng đồng.
                """);
        assertEquals("xa Vĩnh Hưng", r.metadata().level() + " " + r.metadata().localityName());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("locality_from_headline")), r.findings().toString());
    }

    @Test
    void nothingWithoutTheNameAgainOrWithTwoLevels() {
        assertNull(extract("""
                Vĩnh Hưng tích cực chuyển đổi số từ cơ sở
                Cấp ủy, chính quyền xã đã tập trung triển khai nhiều giải pháp. Toàn xã hiện có 12 tổ công nghệ số cộng đồng.
                """).metadata().localityName(), "the name stands in the headline only");
        assertNull(extract("""
                Vĩnh Hưng tích cực chuyển đổi số từ cơ sở
                Vĩnh Hưng có 12 tổ công nghệ số. Toàn xã có cáp quang; chính quyền xã và UBND huyện, toàn huyện cùng vào cuộc.
                """).metadata().localityName(), "a commune's and a district's words: no telling which");
        assertNull(extract("""
                Theo đó, toàn xã có 12 tổ công nghệ số cộng đồng
                Theo kế hoạch, chính quyền xã đã tập trung triển khai nhiều giải pháp.
                """).metadata().localityName(), "one capitalised word opens many a sentence");
    }
}
