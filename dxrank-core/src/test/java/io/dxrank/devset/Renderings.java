package io.dxrank.devset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A text document set as a word processor would publish it: a docx with a paragraph per line, an html page with a
 * {@code <p>} per line, a PDF whose paragraphs are cut at the margin, justified, their first lines indented, over as
 * many pages as they take.
 */
final class Renderings {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float LEFT = 50;
    private static final float RIGHT = 530;
    private static final float INDENT = 20;

    private Renderings() {
    }

    static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] html(List<String> lines) {
        StringBuilder page = new StringBuilder("<html><body>\n");
        for (String line : lines) {
            page.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            Page page = new Page(doc);
            for (String line : lines) {
                List<List<String>> cut = cut(font, List.of(line.replace('\t', ' ').strip().split(" +")));
                for (int i = 0; i < cut.size(); i++) {
                    float from = i == 0 ? LEFT + INDENT : LEFT;
                    page.line(font, cut.get(i), from, i + 1 < cut.size() ? RIGHT : -1);
                }
            }
            page.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The words of a paragraph cut into lines at the margin (the first line is indented). */
    private static List<List<String>> cut(PDType0Font font, List<String> words) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        float width = INDENT;
        for (String w : words) {
            float add = width(font, w) + (current.isEmpty() ? 0 : width(font, " "));
            if (!current.isEmpty() && LEFT + width + add > RIGHT) {
                lines.add(current);
                current = new ArrayList<>();
                width = 0;
                add = width(font, w);
            }
            current.add(w);
            width += add;
        }
        lines.add(current);
        return lines;
    }

    private static float width(PDType0Font font, String text) throws IOException {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return text.length() * SIZE / 2; // a character the font lacks: drawn as nothing, measured as a letter
        }
    }

    /** The page being written, a new one when it is full. */
    private static final class Page {
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        Page(PDDocument doc) {
            this.doc = doc;
        }

        /** Draws the words from {@code from}, spread to {@code justifyTo} when it is positive. */
        void line(PDType0Font font, List<String> words, float from, float justifyTo) throws IOException {
            if (stream == null || y < 60) {
                close();
                PDPage page = new PDPage();
                doc.addPage(page);
                stream = new PDPageContentStream(doc, page);
                y = 750;
            }
            float gap = width(font, " ");
            if (justifyTo > 0 && words.size() > 1) {
                float text = 0;
                for (String w : words) {
                    text += width(font, w);
                }
                gap = (justifyTo - from - text) / (words.size() - 1);
            }
            float x = from;
            for (String w : words) {
                if (!w.isEmpty()) {
                    try {
                        stream.beginText();
                        stream.setFont(font, SIZE);
                        stream.newLineAtOffset(x, y);
                        stream.showText(w);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        // a character the font cannot draw: the word is left out, as a PDF without the glyph would
                    } finally {
                        stream.endText();
                    }
                }
                x += width(font, w) + gap;
            }
            y -= LEADING;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
