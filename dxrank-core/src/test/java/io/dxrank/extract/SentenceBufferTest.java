package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines become sentences: closed at end punctuation, not at an abbreviated level word, each character on its line. */
class SentenceBufferTest {

    private final List<String> read = new ArrayList<>();
    private final List<Integer> lineOfFigure = new ArrayList<>();
    private final SentenceBuffer.Reader reader = (piece, base, offsets) -> {
        read.add(piece);
        int figure = piece.indexOf('%');
        lineOfFigure.add(figure < 0 ? null : SentenceBuffer.lineAt(offsets, base + figure));
    };

    @Test
    void anAbbreviatedLevelWordEndsNoSentence() {
        SentenceBuffer buffer = new SentenceBuffer();
        buffer.appendLine("UBND P. Kim Tân (TP. Lào Cai) đạt 95% hồ sơ trực tuyến. Xã Gia Phú đạt 90%.", 3, reader);
        buffer.flush(reader);
        assertEquals(List.of("UBND P. Kim Tân (TP. Lào Cai) đạt 95% hồ sơ trực tuyến.", "Xã Gia Phú đạt 90%."), read);
        assertEquals(List.of(3, 3), lineOfFigure);
    }

    @Test
    void aSentenceWrappedOverLinesKnowsTheLineOfEachFigure() {
        SentenceBuffer buffer = new SentenceBuffer();
        buffer.appendLine("Tỷ lệ hồ sơ trực tuyến toàn trình:", 7, reader);
        assertTrue(buffer.leadsOn(), "a lead-in goes on with the line after it");
        buffer.appendLine("đạt 85%", 8, reader);
        assertFalse(buffer.leadsOn());
        assertEquals(List.of(), read, "no end punctuation yet: nothing read");
        buffer.flush(reader);
        assertEquals(List.of("Tỷ lệ hồ sơ trực tuyến toàn trình: đạt 85%"), read);
        assertEquals(List.of(8), lineOfFigure);
        buffer.flush(reader);
        assertEquals(1, read.size(), "an empty buffer hands on nothing");
    }

    @Test
    void aRunOfTextWithoutFullStopsIsReadInBoundedPieces() {
        SentenceBuffer buffer = new SentenceBuffer();
        buffer.appendLine("đạt 50%, ".repeat(SentenceBuffer.LONGEST_SENTENCE / 4), 1, reader);
        buffer.flush(reader);
        assertTrue(read.size() > 1 && read.stream().allMatch(p -> p.length() <= SentenceBuffer.LONGEST_SENTENCE), read.size() + " pieces");
        assertEquals("đạt 50%, ".repeat(SentenceBuffer.LONGEST_SENTENCE / 4).trim(), String.join("", read));
    }
}
