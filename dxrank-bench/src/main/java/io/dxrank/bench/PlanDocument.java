package io.dxrank.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one generated plan and the truth rows that point into them. Paragraphs are laid out in one of
 * the layouts plans arrive in: one paragraph per line, hard-wrapped lines, or a PDF text layer with a blank
 * line after every line. A figure is never split across lines, so its line is the line it starts on.
 */
final class PlanDocument {

    /** How paragraphs become lines. */
    enum Layout { PARAGRAPH_PER_LINE, WRAPPED, PDF_TEXT }

    private final Layout layout;
    private final int width;
    private final List<String> lines = new ArrayList<>();
    private final List<TruthRow> truth = new ArrayList<>();
    private int bytes;

    PlanDocument(Layout layout, int width) {
        this.layout = layout;
        this.width = width;
    }

    /** A paragraph under construction: text and figures in order. */
    static final class Para {
        private final List<Object> parts = new ArrayList<>(); // String words or Figure

        Para text(String s) {
            for (String w : s.split(" ")) {
                if (!w.isEmpty()) {
                    parts.add(w);
                }
            }
            return this;
        }

        /** A figure (kept on one line) followed by its truth row; punctuation may follow without a space. */
        Para figure(String text, TruthRow row) {
            parts.add(new Figure(text, row));
            return this;
        }

        /** Glues punctuation to the previous word or figure. */
        Para punct(String p) {
            parts.add(new Glue(p));
            return this;
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    private record Figure(String text, TruthRow row) {
    }

    private record Glue(String text) {
    }

    void heading(String text) {
        add(text);
        if (layout != Layout.WRAPPED) {
            add("");
        }
    }

    void blank() {
        add("");
    }

    /** A table row or any line written exactly as given, its figures at this line. */
    void line(String text, List<TruthRow> rows) {
        int lineNo = lines.size() + 1;
        for (TruthRow r : rows) {
            truth.add(r.atLine(lineNo));
        }
        add(text);
    }

    void paragraph(Para p) {
        StringBuilder current = new StringBuilder();
        List<TruthRow> pending = new ArrayList<>();
        int limit = layout == Layout.PARAGRAPH_PER_LINE ? Integer.MAX_VALUE : width;
        for (Object part : p.parts) {
            if (part instanceof Glue g) {
                current.append(g.text());
                continue;
            }
            String word = part instanceof Figure f ? f.text() : (String) part;
            if (current.length() > 0 && current.length() + 1 + word.length() > limit) {
                flushLine(current, pending);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            if (part instanceof Figure f) {
                pending.add(f.row());
            }
            current.append(word);
        }
        if (current.length() > 0) {
            flushLine(current, pending);
        }
        if (layout != Layout.WRAPPED) {
            add("");
        }
    }

    private void flushLine(StringBuilder current, List<TruthRow> pending) {
        int lineNo = lines.size() + 1;
        for (TruthRow r : pending) {
            truth.add(r.atLine(lineNo));
        }
        pending.clear();
        add(layout == Layout.PDF_TEXT ? current + " " : current.toString());
        current.setLength(0);
        if (layout == Layout.PDF_TEXT) {
            add("");
        }
    }

    private void add(String line) {
        lines.add(line);
        bytes += line.length() + 1;
    }

    /** Characters written so far (a cheap proxy for the size in bytes). */
    int size() {
        return bytes;
    }

    List<String> lines() {
        return lines;
    }

    List<TruthRow> truth() {
        return truth;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
