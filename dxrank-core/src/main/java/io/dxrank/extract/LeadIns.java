package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list whose items name only a level or a part ("- Tỷ lệ văn bản đi được ký số ... phấn đấu đạt:" then "+ Cấp huyện:
 * 100%;", "+ Cấp xã: 95%;"): what each item measures is said by the lead-in line above the items, which becomes the
 * start of their subject.
 */
final class LeadIns {

    /** A sub-item's marker: "+", "•", "*" or "a)", below a lead-in written as a "-" item or a plain line. */
    private static final Pattern SUB_ITEM = Pattern.compile("^\\s*(?:[+•*]|[a-zđ]\\))\\s+");
    /** An item's own words before its figure that name no concept: "Cấp huyện:", "Khu vực nông thôn:", "Năm 2025:". */
    private static final int SHORT_LABEL_WORDS = 4;
    private static final int LEAD_IN_CHARS = 200;
    /** A label closed by a colon, a comparator's words after it ("tối thiểu", "trên", "đạt"). */
    private static final Pattern COLON_LABEL = Pattern.compile(
            "(?iu)([^:]+):\\s*(?:(?:đạt|tối\\s+thiểu|ít\\s+nhất|trên|từ|khoảng|gần|là)\\s*)*");
    private static final int COLON_LABEL_WORDS = 8;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern DASH_ITEM = Pattern.compile("^\\s*[-–]\\s+");
    /** A lettered line: "a) ", "đ) ". */
    private static final Pattern LETTERED = Pattern.compile("^\\s*[a-zđ]\\)\\s+");
    /** A lead-in's own number: "1.", "2.1.", "a)", "II.". */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zđ]\\)|[IVX]{1,5}\\.)\\s+");

    private LeadIns() {
    }

    static List<Statement> apply(List<Statement> statements, List<String> lines) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            String leadIn = "prose".equals(s.source()) ? leadInOf(lines, s.line() - 1) : null;
            if (leadIn != null && shortLabel(lines.get(s.line() - 1), s)) {
                out.add(s.withSubject(leadIn + " " + s.subject()));
                continue;
            }
            String heading = "prose".equals(s.source()) ? indicatorAbove(lines, s.line() - 1) : null;
            out.add(heading != null && columnLabel(lines.get(s.line() - 1), s) ? s.withSubject(heading + " " + s.subject()) : s);
        }
        return out;
    }

    /** "Chỉ tiêu 1: Tỷ lệ hồ sơ ... trực tuyến." on its own line: what the figures of the line below measure. */
    private static final Pattern INDICATOR_HEADING = Pattern.compile(
            "(?iu)^\\s*[-+•]?\\s*(?:chỉ\\s+tiêu|tiêu\\s+chí)\\s*(?:số\\s*)?\\d{1,2}\\s*[:.)–-]\\s*(\\D{3," + LEAD_IN_CHARS + "}?)[.:;]?\\s*$");
    /** A report's column written out before its figure: "Kế hoạch giao:", "Kết quả thực hiện:", "Thực hiện", "Đạt". */
    private static final Pattern COLUMN_LABEL = Pattern.compile("(?iu)^\\s*(?:kế\\s+hoạch(?:\\s+(?:giao|năm))?|chỉ\\s+tiêu(?:\\s+giao)?"
            + "|kết\\s+quả(?:\\s+thực\\s+hiện)?|(?:ước\\s+)?thực\\s+hiện|đạt)\\s*:?\\s*$");

    /** The indicator a heading line right above names ("Chỉ tiêu 2: Tỷ lệ người dân ..."), or null. */
    private static String indicatorAbove(List<String> lines, int index) {
        for (int i = index - 1; i >= 0 && index < lines.size(); i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                Matcher m = INDICATOR_HEADING.matcher(line);
                return m.matches() ? m.group(1).strip() : null;
            }
        }
        return null;
    }

    /** The figure's clause, up to it, is only a report's column: "Kế hoạch giao: 80%. Kết quả thực hiện: 85,2%". */
    private static boolean columnLabel(String line, Statement s) {
        int at = s.valueText() == null ? -1 : line.indexOf(s.valueText());
        if (at < 0) {
            return false;
        }
        String before = line.substring(0, at);
        int clause = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
        return COLUMN_LABEL.matcher(before.substring(clause + 1)).matches();
    }

    /**
     * The lead-in above a sub-item at {@code index}: the nearest line above the run of sub-items, ending in ":". A "-"
     * item is a sub-item too under a lead-in that is no "-" item itself ("1. Tỷ lệ hồ sơ trực tuyến đạt:" then "- Năm
     * 2024: 50%;").
     */
    private static String leadInOf(List<String> lines, int index) {
        if (index < 0 || index >= lines.size()) {
            return null;
        }
        boolean dash = DASH_ITEM.matcher(lines.get(index)).find();
        if (!dash && !SUB_ITEM.matcher(lines.get(index)).find()) {
            return null;
        }
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            // "a) Tỷ lệ hồ sơ ... trực tuyến:" over "- Cấp xã: 90%": a lettered line closed by a colon leads in "-" items
            boolean letteredLeadIn = dash && line.endsWith(":") && LETTERED.matcher(line).find();
            if (line.isEmpty() || SUB_ITEM.matcher(line).find() && !letteredLeadIn || dash && DASH_ITEM.matcher(line).find()) {
                continue;
            }
            String words = NUMBERING.matcher(line).replaceFirst("");
            boolean leadIn = line.endsWith(":") && line.length() <= LEAD_IN_CHARS && !DIGIT.matcher(words).find()
                    && !(dash && DASH_ITEM.matcher(line).find());
            return leadIn ? words.substring(0, words.length() - 1).replaceFirst("^[-–]\\s*", "") : null;
        }
        return null;
    }

    /** The item's words before its figure are a short label ("+ Cấp xã: 95%"), not a sentence of their own. */
    private static boolean shortLabel(String line, Statement s) {
        int at = s.valueText() == null ? -1 : line.indexOf(s.valueText());
        if (at < 0) {
            return false;
        }
        String label = DASH_ITEM.matcher(SUB_ITEM.matcher(line.substring(0, at)).replaceFirst("")).replaceFirst("").strip();
        if (label.isEmpty()) {
            return false; // "- 100% các cơ quan ... được kết nối": an item its figure opens names its own concept after it
        }
        // "- Hồ sơ thuộc thẩm quyền của phường: tối thiểu 90%": a label closed by its colon names a part, however long
        Matcher colon = COLON_LABEL.matcher(label);
        return label.split("\\s+").length <= SHORT_LABEL_WORDS
                || colon.matches() && colon.group(1).split("\\s+").length <= COLON_LABEL_WORDS;
    }
}
