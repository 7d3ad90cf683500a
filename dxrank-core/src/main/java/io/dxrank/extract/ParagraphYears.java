package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with its horizon ("Đến năm 2030 hoàn thiện ... . Bảo đảm 100% cuộc họp ...", "Cụ thể, phấn
 * đấu đến năm 2025 ...") sets the year of the figures in its later sentences that name none of their own, and makes
 * them targets unless their sentence names a result ("đã", "hiện nay", ...). A paragraph that opens with the year of
 * its results ("Năm 2023, ...", "Tính đến giữa năm 2023, ...") sets the year of the results in its later sentences
 * that name none, unless they speak of now ("Hiện nay, ...") or of goals ("với mục tiêu cụ thể là ...").
 */
final class ParagraphYears {

    /** An item's number or letter before its words: "6. Năm 2025 phấn đấu: ...", "b) Đến năm 2026: ...". */
    private static final String ITEM_MARK = "(?:(?:\\d{1,2}|[a-zđ])[.)]\\s+)?";

    private static final Pattern OPENING_HORIZON = Pattern.compile(
            // "Mục tiêu của tỉnh Bình Dương đến 2025, phấn đấu ...": whose goal may stand between
            "(?iu)^\\W*" + ITEM_MARK + "(?:(?:cụ thể|theo đó|trong đó|mục tiêu(?:\\s+(?:chung\\s+)?của\\s+[^,.;:]{1,40}?)?)\\s*,?\\s+)?"
                    + "(?:phấn đấu\\s+)?đến\\s+(?:hết\\s+)?(?:năm\\s+)?"
                    + "((?:19|20)\\d{2})\\b");

    /** "Năm 2023, ...", "6. Năm 2025 phấn đấu: ...": the year before a comma, or before the goals it opens. */
    private static final Pattern OPENING_RESULTS_YEAR = Pattern.compile(
            "(?iu)^\\W*" + ITEM_MARK + "(?:(?:trong|tính\\s+đến(?:\\s+(?:hết|cuối|giữa))?)\\s+)?năm\\s+((?:19|20)\\d{2})"
                    + "(?:\\s*,|\\s+phấn\\s+đấu\\b)");
    private static final Pattern LEADING_ITEM_MARK = Pattern.compile("(?iu)^\\W*" + ITEM_MARK);
    private static final Pattern NOW = Pattern.compile("(?iu)hiện nay|đến nay|hiện tại|hiện có|tới nay");

    private ParagraphYears() {
    }

    /** @param lines the document's lines, markup stripped, indexed from 0 (a statement's line is 1-based) */
    static List<Statement> apply(List<Statement> statements, List<String> lines) {
        List<Statement> out = new ArrayList<>(statements.size());
        int paragraph = -1;
        Integer results = null; // the year of results the statement's paragraph opens with, until a goal or a year follows
        Integer opened = null; // the year the paragraph opens with when its first sentence sets goals
        for (Statement s : statements) {
            boolean inText = "prose".equals(s.source()) && s.line() >= 1 && s.line() <= lines.size();
            if (s.line() != paragraph) {
                paragraph = s.line();
                results = inText ? resultsOpening(lines.get(s.line() - 1)) : null;
                opened = results != null && goalsOpening(lines.get(s.line() - 1)) ? results : null;
            }
            Integer horizon = inText ? opening(lines.get(s.line() - 1)) : null;
            if (horizon == null) {
                String sentence = s.sentence() == null ? "" : s.sentence();
                if (results != null && (s.year() != null && !s.year().equals(results) || !Statement.ACTUAL.equals(s.kind())
                        || PlanExtractor.TARGET_CUES.matcher(sentence).find())) {
                    results = null; // "Năm 2022, ... . Mô hình này sẽ được nhân rộng trong năm 2023. ... mục tiêu ..."
                }
                boolean dated = results != null && inText && s.year() == null && !NOW.matcher(sentence).find();
                // "Năm 2025, huyện phấn đấu 95% ...; 100% xã có ...; tổ chức 20 lớp": the goals of the year it opens with
                boolean goal = !dated && opened != null && inText && s.year() == null && Statement.TARGET.equals(s.kind());
                out.add(dated ? s.with(s.kind(), results, s.source()) : goal ? s.with(s.kind(), opened, s.source()) : s);
                continue;
            }
            // the paragraph sets targets: a figure of it that no word of its own calls a result is one of them
            boolean target = Statement.ACTUAL.equals(s.kind()) && !PlanExtractor.isResult(s.unit(), s.comparator())
                    && s.sentence() != null && !PlanExtractor.ACTUAL_CUES.matcher(s.sentence()).find();
            out.add(s.with(target ? Statement.TARGET : s.kind(), s.year() == null ? horizon : s.year(), s.source()));
        }
        return out;
    }

    /** The year of results a paragraph opens with ("Năm 2023, ...", "Tính đến giữa năm 2023, ..."), or null. */
    static Integer resultsOpening(String line) {
        Matcher m = OPENING_RESULTS_YEAR.matcher(line);
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The paragraph's first sentence sets goals ("Năm 2025, huyện phấn đấu ..."), not results ("Năm 2022, ... đã đạt"). */
    private static boolean goalsOpening(String line) {
        // the item's number is no sentence of its own: "6. Năm 2025 phấn đấu: ..." opens with goals
        Matcher mark = LEADING_ITEM_MARK.matcher(line);
        int from = mark.lookingAt() ? mark.end() : 0;
        int stop = line.indexOf(". ", from);
        return PlanExtractor.TARGET_CUES.matcher(stop < 0 ? line : line.substring(0, stop)).find();
    }

    /** The year a paragraph's opening horizon names, or null. */
    static Integer opening(String line) {
        Matcher m = OPENING_HORIZON.matcher(line);
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }
}
