package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fact's quote lets the analyst judge it: the whole sentence when it is readable, never a word cut in two. */
class QuoteTest {

    private static List<Statement> read(String body) {
        String plan = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2026\nII. MỤC TIÊU\n" + body;
        return PlanExtractor.extract("p.txt", plan.getBytes(StandardCharsets.UTF_8)).statements();
    }

    @Test
    void aSentenceOfReadableLengthIsQuotedWholeWithItsCue() {
        String sentence = "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình trên "
                + "Cổng dịch vụ công quốc gia đạt 85% trở lên.";
        Statement s = read("- " + sentence + "\n").get(0);
        assertEquals(sentence, s.quote(), "the cue 'Phấn đấu' that makes it a target stays in the quote");
    }

    @Test
    void aLongSentenceIsQuotedAroundTheFigureBetweenWords() {
        String filler = "tiếp tục đẩy mạnh tuyên truyền, phổ biến, nâng cao nhận thức về chuyển đổi số cho cán bộ và "
                + "người dân trên địa bàn, ";
        String sentence = filler + filler + "bảo đảm 95% hộ gia đình có đường truyền cáp quang, " + filler + filler;
        Statement s = read(sentence + "\n").get(0);
        assertTrue(s.quote().contains("95% hộ gia đình"), s.quote());
        assertTrue(s.quote().startsWith("…") && s.quote().endsWith("…"), "ellipses where the sentence goes on");
        String inner = s.quote().substring(1, s.quote().length() - 1);
        assertTrue(sentence.contains(inner), "cut between words: " + inner);
        assertTrue(sentence.startsWith(inner.split(" ")[0], sentence.indexOf(inner)), "whole first word");
    }
}
