package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import org.junit.jupiter.api.Test;

/** The chart font shows every Vietnamese letter, and an unknown font is refused rather than trusted. */
class ChartFontsTest {

    @Test
    void chosenFontCoversEveryVietnameseLetter() {
        Font font = ChartFonts.font(Font.PLAIN, 12);
        assertEquals(-1, font.canDisplayUpTo(ChartFonts.VIETNAMESE_SAMPLE), "font " + font.getFamily());
        // every glyph of the sample is a real glyph, not the font's missing-glyph box
        GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true),
                ChartFonts.VIETNAMESE_SAMPLE);
        int missing = font.getMissingGlyphCode();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertTrue(glyphs.getGlyphCode(i) != missing, "glyph " + i + " missing in " + font.getFamily());
        }
    }

    @Test
    void dejaVuIsUsedEvenOnAMachineWithoutFonts() {
        // bundled in the jar, so a fresh machine (no fonts-dejavu-core) takes the first preference too
        assertEquals("DejaVu Sans", ChartFonts.family());
        assertTrue(ChartFonts.class.getResource("fonts/DejaVuSans.ttf") != null, "bundled font");
    }

    @Test
    void fallsBackToLogicalSansSerifWhenNoPreferredFontIsInstalled() {
        assertEquals(Font.SANS_SERIF, ChartFonts.pick(new String[] {"Some Latin Only Font", "Courier 10 Pitch"}));
        assertEquals("DejaVu Sans", ChartFonts.pick(new String[] {"Courier 10 Pitch", "DejaVu Sans"}));
    }

    @Test
    void aFontMissingALetterIsNotCovering() {
        Font font = ChartFonts.font(Font.PLAIN, 12);
        // a private-use code point has no glyph in any font we pick, so coverage must say no
        assertFalse(font.canDisplayUpTo(ChartFonts.VIETNAMESE_SAMPLE + "\uE000") == -1);
    }
}
