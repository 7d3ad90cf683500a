package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's targets under a heading that names their year ("2.1. Giai đoạn 2026 - 2027", "b) Đến năm 2030") are for
 * that year when their own words name none: the end of the phase, or the year the heading names. Results take only a
 * heading's single year ("1. Kết quả năm 2024"): a phase's results have no one year.
 */
final class HeadingYears {

    private static final Pattern PHASE = Pattern.compile(
            "(?iu)giai\\s+đoạn\\s+((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?iu)\\bnăm\\s+((?:19|20)\\d{2})\\b");

    private HeadingYears() {
    }

    static List<Statement> apply(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Integer year = s.year() == null && "prose".equals(s.source()) ? of(s.sectionPath(), s.kind()) : null;
            out.add(year == null ? s : s.with(s.kind(), year, s.source()));
        }
        return out;
    }

    /** The year the deepest heading of a section path gives a statement of this kind, or null. */
    static Integer of(String sectionPath, String kind) {
        if (sectionPath == null || sectionPath.isEmpty()) {
            return null;
        }
        String[] headings = sectionPath.split(" > ");
        for (int i = headings.length - 1; i >= 0; i--) {
            Matcher phase = PHASE.matcher(headings[i]);
            if (phase.find()) {
                return Statement.TARGET.equals(kind) ? Integer.valueOf(phase.group(2)) : null;
            }
            Matcher year = YEAR.matcher(headings[i]);
            if (year.find()) {
                Integer first = Integer.valueOf(year.group(1));
                return year.find() ? null : first; // two years: no one of them
            }
        }
        return null;
    }
}
