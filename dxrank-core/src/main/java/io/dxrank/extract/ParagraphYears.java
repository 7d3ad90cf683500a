package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with its horizon ("Đến năm 2030 hoàn thiện ... . Bảo đảm 100% cuộc họp ...", "Cụ thể, phấn
 * đấu đến năm 2025 ...") sets the year of the figures in its later sentences that name none of their own, and makes
 * them targets unless their sentence names a result ("đã", "hiện nay", ...).
 */
final class ParagraphYears {

    private static final Pattern OPENING_HORIZON = Pattern.compile(
            "(?iu)^\\W*(?:(?:cụ thể|theo đó|trong đó|mục tiêu)\\s*,?\\s+)?(?:phấn đấu\\s+)?đến\\s+(?:hết\\s+)?(?:năm\\s+)?"
                    + "((?:19|20)\\d{2})\\b");

    private ParagraphYears() {
    }

    /** @param lines the document's lines, markup stripped, indexed from 0 (a statement's line is 1-based) */
    static List<Statement> apply(List<Statement> statements, List<String> lines) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Integer horizon = "prose".equals(s.source()) && s.line() >= 1 && s.line() <= lines.size()
                    ? opening(lines.get(s.line() - 1)) : null;
            if (horizon == null) {
                out.add(s);
                continue;
            }
            // the paragraph sets targets: a figure of it that no word of its own calls a result is one of them
            boolean target = Statement.ACTUAL.equals(s.kind()) && !PlanExtractor.isResult(s.unit(), s.comparator())
                    && s.sentence() != null && !PlanExtractor.ACTUAL_CUES.matcher(s.sentence()).find();
            out.add(s.with(target ? Statement.TARGET : s.kind(), s.year() == null ? horizon : s.year(), s.source()));
        }
        return out;
    }

    /** The year a paragraph's opening horizon names, or null. */
    static Integer opening(String line) {
        Matcher m = OPENING_HORIZON.matcher(line);
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }
}
