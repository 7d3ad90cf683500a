package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A run of text without full stops (a hostile file, a flattened table) is read in bounded pieces. */
class LongSentenceTest {

    @Test
    void aMegabyteSentenceFullOfFiguresIsReadFigureByFigureInBoundedPieces() {
        StringBuilder text = new StringBuilder("KẾ HOẠCH Chuyển đổi số xã Hoằng Phú năm 2024\n");
        int figures = 20_000; // 850,000 characters: within the text budget (ReadBudget)
        for (int i = 0; i < figures; i++) {
            // every figure its own value: one figure restated with the same words is one statement (Repeats)
            text.append("tỷ lệ hồ sơ trực tuyến của xã đạt ").append(i / 1000).append(',').append(String.format(
                    Locale.ROOT, "%03d", i % 1000)).append("%, ");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 1_000_000, "a sentence of a megabyte");
        ExtractionResult r = PlanExtractor.extract("long.txt", bytes);
        List<Statement> read = r.statements().stream().filter(s -> "percent".equals(s.unit())).toList();
        assertEquals(figures, read.size(), "every figure is a statement");
        assertTrue(read.stream().allMatch(s -> s.sentence().length() <= SentenceBuffer.LONGEST_SENTENCE),
                "no statement carries more than a bounded piece of the run");
        assertTrue(read.stream().allMatch(s -> s.line() == 2), "every figure is on the run's line");
    }

    @Test
    void runsOfDigitsAndDotsAreNumbersLikeAnyOtherNotAnOverflowOrAQuadraticScan() {
        // "1.1.1...." once overflowed the stack of the number pattern's repeated group (the whole file was rejected);
        // 200,000 digits in a row made the legal-code pattern try every start to the run's end (quadratic)
        String text = "KẾ HOẠCH Chuyển đổi số xã Hoằng Phú năm 2024\nTỷ lệ hồ sơ trực tuyến đạt 45%.\n"
                + "1.".repeat(100_000) + "\n" + "9".repeat(200_000) + "%\n" + "9 ".repeat(50_000) + "\n";
        ExtractionResult r = PlanExtractor.extract("runs.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        assertTrue(r.statements().stream().anyMatch(s -> s.line() == 2 && s.value() == 45.0), "the real figure is read");
        assertTrue(r.candidates().size() > 50_000, "every number of the runs is accounted for: " + r.candidates().size());
    }

    @Test
    void aPieceEndsAfterAClauseBreakAndOrdinarySentencesAreWhole() {
        String ordinary = "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%; tỷ lệ thanh toán trực tuyến đạt 40%.";
        assertEquals(ordinary.length(), SentenceBuffer.pieceEnd(ordinary, 0));
        String run = "a, ".repeat(SentenceBuffer.LONGEST_SENTENCE);
        int end = SentenceBuffer.pieceEnd(run, 0);
        assertTrue(end <= SentenceBuffer.LONGEST_SENTENCE && end > SentenceBuffer.LONGEST_SENTENCE / 2);
        assertEquals(',', run.charAt(end - 1), "cut just after a comma");
        String noBreaks = "x".repeat(SentenceBuffer.LONGEST_SENTENCE * 2);
        assertEquals(SentenceBuffer.LONGEST_SENTENCE, SentenceBuffer.pieceEnd(noBreaks, 0), "a wall of letters is cut");
    }

    @Test
    void aLetterheadWithoutBlankLinesEndsBeforeTheBodysFirstSentence() {
        String report = "UBND XÃ XUÂN LAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "                          Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 30/BC-UBND            Xuân Lai, ngày 15 tháng 12 năm 2023\nBÁO CÁO\n"
                + "Kết quả thực hiện chuyển đổi số năm 2023\n"
                + "Năm 2023, tỷ lệ hồ sơ trực tuyến của xã đạt 75%; 100% cán bộ được cấp chữ ký số.\n";
        ExtractionResult r = PlanExtractor.extract("x.txt", report.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().stream().noneMatch(s -> s.sentence().contains("CỘNG HÒA") || s.sentence().contains("BÁO CÁO")),
                r.statements().toString());
        assertTrue(PlanExtractor.letterhead("ỦY BAN NHÂN DÂN"));
        assertTrue(!PlanExtractor.letterhead("TỔNG SỐ 12 XÃ") && !PlanExtractor.letterhead("Kết quả năm 2023"));
    }
}
