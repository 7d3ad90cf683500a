package io.dxrank.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer laid out as the extractor reads a copied page: one paragraph per line, table columns kept.
 * <ul>
 * <li>PDFBox writes one space between words however far apart they stand, so a table row ("1 Tỷ lệ hồ sơ % 65 80")
 * would read as a sentence. A gap wider than a few spaces becomes a run of spaces reaching the column its x position
 * stands at, as {@code pdftotext -layout} writes it, so that {@link AppendixTable} finds the cells and their columns.
 * <li>A justified paragraph is cut into lines at the right margin, and a cut may leave a line opening with a name and
 * a year ("Lào Cai đến năm 2025, ...") that reads like a title. A line reaching the right margin runs on into the
 * next one when that one starts at the left margin just below it (not indented, no list marker, no table cells).
 * </ul>
 */
final class ColumnStripper extends PDFTextStripper {

    /** A gap wider than this many spaces' widths separates cells, not words of a justified line. */
    private static final float CELL_GAP_SPACES = 2.5f;
    /** The width of one character of the laid-out line, in ems of the font: about a proportional font's average. */
    private static final float CHARACTER_EM = 0.5f;
    /** A line ending within this many ems of the page's right edge of text was cut by the margin. */
    private static final float MARGIN_EMS = 2.5f;
    /** A line starting further right than this (ems) from the left edge is indented: a paragraph's first line. */
    private static final float INDENT_EMS = 1f;
    /** Lines of one paragraph stand at most this many ems apart (baseline to baseline). */
    private static final float LEADING_EMS = 1.9f;
    /** A list item's marker: a new paragraph even when the line above is full. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-–+•*]|[a-zđ0-9IVX]{1,4}[.)/])\\s");

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float left; // where the page's leftmost text starts: column 0
    private float right; // where the page's rightmost text ends
    private float lineStart = -1; // x where the line being written starts (-1: nothing written yet)
    private float lineEnd = -1; // x where its last word ends
    private float lineFirstWord = -1; // the width of its first word
    private float lineY;
    private float lineEm;
    private String lineFont = ""; // the font its first word is set in: a title is set in another than its paragraph
    private boolean lineHasCells;
    private int page;

    ColumnStripper() throws IOException {
        setSortByPosition(true);
    }

    /** The text of the document, one paragraph per line; a table's rows keep their lines and columns. */
    String text(PDDocument doc) throws IOException {
        lines.clear();
        page = 0;
        getText(doc);
        endLine();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.append(l.text());
            out.append(i + 1 < lines.size() && runsOn(l, lines.get(i + 1)) ? " " : "\n");
        }
        return out.toString();
    }

    private static boolean runsOn(Line l, Line next) {
        if (l.cells() || next.cells() || l.text().isBlank() || next.text().isBlank()
                || LIST_ITEM.matcher(next.text()).find() || l.text().endsWith(":")) {
            return false;
        }
        // justified, the line reaches the margin; ragged, the next line's first word would not have fitted on it,
        // and the sentence goes on in lower case (a title above a paragraph is a line that does not end in a stop)
        boolean full = l.end() >= l.right() - MARGIN_EMS * l.em()
                || l.end() + l.em() / 4 + next.firstWord() > l.right() - l.em() / 2
                && (startsLower(next.text()) || l.font().equals(next.font()) && !SENTENCE_END.matcher(l.text()).find());
        boolean flush = next.start() <= next.left() + INDENT_EMS * next.em();
        boolean below = next.page() != l.page() || next.y() - l.y() > 0 && next.y() - l.y() <= LEADING_EMS * l.em();
        return full && flush && below;
    }

    /** A line that ends a sentence, a heading or a lead-in. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]\\s*$");

    private static boolean startsLower(String text) {
        String t = text.strip();
        return !t.isEmpty() && (Character.isLowerCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    @Override
    protected void writePage() throws IOException {
        left = Float.MAX_VALUE;
        right = 0;
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            }
        }
        page++;
        super.writePage();
        endLine();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getFontSizeInPt() / 4;
            float from = lineEnd >= 0 ? lineEnd : left; // a line's first cell may stand in a column further right
            if (first.getXDirAdj() - from > CELL_GAP_SPACES * space) {
                float character = Math.max(0.5f, first.getFontSizeInPt() * CHARACTER_EM);
                int target = Math.round((first.getXDirAdj() - left) / character);
                // after a word the separator wrote one space: two more at least make the run a cell boundary
                line.append(" ".repeat(Math.max(lineEnd >= 0 ? 2 : 3, target - line.length())));
                lineHasCells |= lineEnd >= 0;
            }
            if (lineStart < 0) {
                lineStart = first.getXDirAdj();
                lineY = first.getYDirAdj();
                lineEm = Math.max(1f, first.getFontSizeInPt());
                lineFont = (first.getFont() == null ? "" : first.getFont().getName()) + "@" + first.getFontSizeInPt();
            }
            TextPosition last = positions.get(positions.size() - 1);
            lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
            if (lineFirstWord < 0) {
                lineFirstWord = lineEnd - first.getXDirAdj();
            }
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (lineStart >= 0 || !line.isEmpty()) {
            lines.add(new Line(line.toString(), lineStart, lineEnd, lineFirstWord, lineY, lineEm, lineFont, left, right,
                    lineHasCells, page));
        }
        line.setLength(0);
        lineStart = -1;
        lineEnd = -1;
        lineFirstWord = -1;
        lineHasCells = false;
    }

    /**
     * A line as the page sets it: its text, where it starts and ends, the width of its first word, its baseline and
     * font size, its page's edges of text.
     */
    private record Line(String text, float start, float end, float firstWord, float y, float em, String font, float left,
                        float right,
                        boolean cells, int page) {
    }
}
