package io.dxrank.charts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The marks a chart or a table puts after a flagged value (issue 19, part 2): "≈" about ("khoảng"), "↔" the low end
 * of a range, "!" outside 0-100 % or negative (likely a misread), "‰" per 1,000 inhabitants, "≠" another document
 * states another value, "‡" the same document states another value, "↻" a revision replaced an earlier value,
 * "†" a figure of an old unit filed under the unit it went into on 1 July 2025, "~" a median imputed (composite),
 * "?" the extractor guessed the kind or the year (low confidence). A value read plainly from a table or from prose
 * gets none. The legend under each chart and table says what they mean.
 */
public final class FlagMarks {

    /** Flag code to its mark, in the order marks are written. */
    static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("approx", "≈");
        MARKS.put("range", "↔");
        MARKS.put("out_of_range", "!");
        MARKS.put("per_capita", "‰");
        MARKS.put("restated", "≠");
        MARKS.put("conflict", "‡");
        MARKS.put("revised", "↻");
        MARKS.put("successor", "†");
        MARKS.put("imputed", "~");
        // low confidence: one mark whichever guess (kind or year) the extractor made
        MARKS.put("guessed_kind", "?");
        MARKS.put("guessed_year", "?");
    }

    private FlagMarks() {
    }

    /** " ≈!" for "prose;approx;out_of_range"; "" for none. */
    public static String of(String flags) {
        if (flags == null || flags.isEmpty()) {
            return "";
        }
        StringBuilder marks = new StringBuilder();
        for (Map.Entry<String, String> m : MARKS.entrySet()) {
            for (String f : flags.split(";")) {
                if (code(f).equals(m.getKey()) && marks.indexOf(m.getValue()) < 0) {
                    marks.append(m.getValue());
                }
            }
        }
        return marks.length() == 0 ? "" : " " + marks;
    }

    /** The legend of the marks that occur among {@code flags}, or "" when none occurs. */
    public static String legend(Iterable<String> flags) {
        StringBuilder legend = new StringBuilder();
        Set<String> explained = new HashSet<>();
        for (Map.Entry<String, String> m : MARKS.entrySet()) {
            // the values a flag carries after ":" (per_capita:2019: the population's year), in order
            Set<String> values = new TreeSet<>();
            boolean occurs = false;
            for (String f : flags) {
                for (String token : f == null ? new String[0] : f.split(";")) {
                    if (code(token).equals(m.getKey())) {
                        occurs = true;
                        if (token.indexOf(':') > 0) {
                            values.add(token.substring(token.indexOf(':') + 1));
                        }
                    }
                }
            }
            if (occurs && explained.add(m.getValue())) {
                String key = "flag." + m.getKey().replaceFirst("^guessed_.*", "guessed");
                legend.append(legend.length() == 0 ? "" : "; ").append(m.getValue()).append(' ')
                        .append(values.isEmpty() ? ReportText.t(key) : ReportText.t(key + ".of", String.join(", ", values)));
            }
        }
        return legend.toString();
    }

    /** A flag's code without the value it carries: "per_capita" of "per_capita:2019". */
    private static String code(String flag) {
        int colon = flag.indexOf(':');
        return colon < 0 ? flag : flag.substring(0, colon);
    }
}
