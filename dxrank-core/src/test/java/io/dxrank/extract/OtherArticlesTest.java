package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Below a portal page's "Tin khác" the other articles' figures and years are not the document's. */
class OtherArticlesTest {

    @Test
    void theOtherArticlesFiguresAreCandidatesWithTheirReasonNotStatements() {
        String page = "Xã Bản Phố: Đẩy mạnh thanh toán không dùng tiền mặt\nNgày đăng: 13/06/2024\n"
                + "Đến nay, xã Bản Phố có 85% hộ gia đình sử dụng thanh toán không dùng tiền mặt.\nQuang Hưng\n"
                + "Tin khác\n- Năm 2023, huyện Bắc Hà có 120 sản phẩm OCOP được đưa lên sàn\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3 85%"), r.statements().stream().map(s -> s.line() + " " + s.valueText()).toList());
        assertEquals(2024, r.metadata().planYear());
        assertEquals(List.of("120 other_article"), r.candidates().stream().filter(c -> c.line() == 6 && !c.text().equals("2023"))
                .map(c -> c.text() + " " + c.reason()).toList());
    }
}
