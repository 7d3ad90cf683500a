package io.dxrank.extract;

import java.io.Serializable;

/**
 * One quantitative statement found in a plan: a number that measures progress or sets a goal.
 *
 * @param line        1-based source line of the number
 * @param sentence    the whole sentence, whitespace folded
 * @param quote       a short exact quote around the number (at most ~160 chars)
 * @param sectionPath numbered headings above it, joined with " > "
 * @param pillar      pillar code of the section (see {@link io.dxrank.core.Pillar}), or null
 * @param kind        {@link #ACTUAL} or {@link #TARGET}
 * @param subject     the words that say what is measured (used by the catalog matcher)
 * @param valueText   the number as written, e.g. "99,9 %", "20/20 xã", "15-20%"
 * @param value       the number (lower bound of a range; numerator's percentage for fractions is computed later)
 * @param valueHigh   upper bound of a range, else null
 * @param denominator denominator of a fraction "20/20", else null
 * @param unit        "percent" or the count unit as written (e.g. "tin, bài", "tài khoản")
 * @param comparator  eq, gt, gte, lt, lte, approx or range
 * @param year        the year the text itself names for this figure (horizon "đến năm 2025"), else null
 * @param source      prose, table (a plan's appendix) or {@link #TABLE_FILE} (a row of an indicator table file)
 * @param rowLocality the locality a row of an indicator table file names; null in plans (the plan's own)
 */
public record Statement(int line, String sentence, String quote, String sectionPath, String pillar, String kind,
                        String subject, String valueText, double value, Double valueHigh, Double denominator,
                        String unit, String comparator, Integer year, String source, RowLocality rowLocality) {

    public static final String ACTUAL = "actual";
    public static final String TARGET = "target";
    public static final String PERCENT = "percent";
    public static final String TABLE_FILE = "table_file";

    /** A statement of a plan: its locality is the plan's. */
    public Statement(int line, String sentence, String quote, String sectionPath, String pillar, String kind,
                     String subject, String valueText, double value, Double valueHigh, Double denominator,
                     String unit, String comparator, Integer year, String source) {
        this(line, sentence, quote, sectionPath, pillar, kind, subject, valueText, value, valueHigh, denominator, unit,
                comparator, year, source, null);
    }

    /** The same statement with another kind, year and source (a table's column or a breakdown decides them). */
    public Statement with(String newKind, Integer newYear, String newSource) {
        return new Statement(line, sentence, quote, sectionPath, pillar, newKind, subject, valueText, value, valueHigh,
                denominator, unit, comparator, newYear, newSource, rowLocality);
    }

    /** The same statement with another subject (a list's lead-in names what its items measure). */
    public Statement withSubject(String newSubject) {
        return new Statement(line, sentence, quote, sectionPath, pillar, kind, newSubject, valueText, value, valueHigh,
                denominator, unit, comparator, year, source, rowLocality);
    }

    /**
     * Where the figure's text stands in its sentence, -1 when it is not there.
     *
     * @param nth which of the sentence's equal figure texts the statement is (0 for the first): "xếp thứ 17/63 về
     *            chính quyền số, xếp thứ 17/63 về kinh tế số" states "xếp thứ 17/63" twice
     */
    public int figureAt(int nth) {
        if (sentence == null || valueText == null) {
            return -1;
        }
        int at = sentence.indexOf(valueText);
        for (int i = 0; i < nth && at >= 0; i++) {
            at = sentence.indexOf(valueText, at + 1);
        }
        return at;
    }

    /** Locality, level code (xa, huyen, ...) and province as a table row gives them; level and province may be null. */
    public record RowLocality(String name, String level, String province) implements Serializable {
    }
}
