package io.dxrank.bench;

import java.util.List;
import java.util.Locale;

/**
 * One statement the generator wrote, as the extractor should find it: the 1-based line its number starts on,
 * kind (actual/target), year, value, unit ("percent" or the count unit), indicator code, comparator, where it
 * stands (prose/table) and the template that wrote it (to tell which phrasings an extractor misses).
 */
record TruthRow(int line, String kind, int year, double value, String unit, String indicatorCode,
                String comparator, String source, String template, String valueText) {

    static final List<String> HEADER = List.of("line", "kind", "year", "value", "unit", "indicator_code",
            "comparator", "source", "template", "value_text");

    TruthRow atLine(int newLine) {
        return new TruthRow(newLine, kind, year, value, unit, indicatorCode, comparator, source, template, valueText);
    }

    List<String> cells() {
        return List.of(Integer.toString(line), kind, Integer.toString(year), number(value), unit, indicatorCode,
                comparator, source, template, valueText);
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
