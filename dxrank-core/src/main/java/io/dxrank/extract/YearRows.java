package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a statistics table laid out as text, one year per row ("2019 79,46 83,19 54,12", "Sơ bộ 2020 83,71 ..."):
 * every figure is a result of its row's year, measured in the unit the table's caption gives ("(ĐVT: %)"), about
 * the subject of the table's title line.
 */
final class YearRows {

    private static final Pattern ROW = Pattern.compile(
            "(?iu)^\\s*(?:sơ bộ\\s*[-–]?\\s*|ước\\s+(?:tính\\s+)?|prel\\.?\\s*)?((?:19|20)\\d{2})((?:\\s+\\d[\\d.,]*%?)+)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*%?");
    private static final Pattern PERCENT_CAPTION = Pattern.compile("(?iu)(đvt|đơn vị( tính)?)\\s*:?\\s*%|\\(%\\)|tỷ lệ");

    private YearRows() {
    }

    /** True when the line is a year row. */
    static boolean isRow(String line) {
        return ROW.matcher(line).matches();
    }

    /**
     * The figures of a year row; {@code title} is the table's title line and {@code caption} the lines between the
     * title and the rows (unit and column headings).
     */
    static List<Statement> statements(String line, int lineNo, String title, String caption, String sectionPath,
                                      String pillar) {
        Matcher m = ROW.matcher(line);
        List<Statement> out = new ArrayList<>();
        if (!m.matches()) {
            return out;
        }
        int year = Integer.parseInt(m.group(1));
        boolean percent = PERCENT_CAPTION.matcher(title + " " + caption).find();
        String subject = VnText.clean(title);
        Matcher n = NUMBER.matcher(m.group(2));
        while (n.find()) {
            String text = n.group();
            String digits = text.replace("%", "");
            double value;
            try {
                value = VietNumber.parse(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            boolean isPercent = percent || text.endsWith("%");
            out.add(new Statement(lineNo, VnText.clean(line), subject + ": " + year + " " + text, sectionPath, pillar,
                    Statement.ACTUAL, subject, text, value, null, null, isPercent ? Statement.PERCENT : "",
                    "eq", year, "table"));
        }
        return out;
    }
}
