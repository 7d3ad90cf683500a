package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "tỷ lệ hồ sơ trực tuyến đạt 81,3% (cùng kỳ năm trước đạt 64,5%)": a result its own clause calls the same period of
 * the year before is of the year before the one the document reports on, not of that year (where it would stand
 * against the document's own figure as a second value).
 */
final class YearBefore {

    /**
     * "cùng kỳ năm trước", "năm ngoái" opening the clause; "2 năm trước" counts years back, and "so với năm trước" is a
     * comparison, a word before it: neither.
     */
    private static final Pattern LAST_YEAR = Pattern.compile(
            "(?iu)(?<![\\d\\p{L}]\\s)(?<![\\d\\p{L}])(?:cùng\\s+kỳ\\s+)?năm\\s+(?:trước|ngoái)(?!\\p{L})");
    /** Where the figure's own clause starts: after a comma, a semicolon, a bracket or a colon. */
    private static final String CLAUSE_BREAKS = ",;(:";

    private YearBefore() {
    }

    /** The statements, each result of "năm trước" given the year before {@code reportedYear}. */
    static List<Statement> apply(List<Statement> statements, Integer reportedYear) {
        if (reportedYear == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            boolean lastYear = s.year() == null && "prose".equals(s.source()) && Statement.ACTUAL.equals(s.kind())
                    && LAST_YEAR.matcher(clauseBefore(s)).find();
            out.add(lastYear ? s.with(s.kind(), reportedYear - 1, s.source()) : s);
        }
        return out;
    }

    /** "Năm nay, huyện phấn đấu ...", "trong năm nay": the year the text is dated in. */
    private static final Pattern THIS_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])năm\\s+nay(?!\\p{L})");

    /**
     * The statements, each naming no year of its own but "năm nay" before it in its sentence given the year of the
     * text's own date ({@code datedYear}): a January article's "Năm nay, huyện phấn đấu 100% ..." is of the new year,
     * while what it reports is of the year that ended.
     */
    static List<Statement> thisYear(List<Statement> statements, Integer datedYear) {
        if (datedYear == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            boolean named = s.year() == null && "prose".equals(s.source()) && THIS_YEAR.matcher(sentenceBefore(s)).find();
            out.add(named ? s.with(s.kind(), datedYear, s.source()) : s);
        }
        return out;
    }

    /** The words of the figure's sentence before it. */
    private static String sentenceBefore(Statement s) {
        String sentence = s.sentence() == null ? "" : s.sentence();
        int at = s.valueText() == null ? -1 : sentence.indexOf(s.valueText());
        return at < 0 ? "" : sentence.substring(0, at);
    }

    /** The words of the figure's clause before it, from the last clause break. */
    private static String clauseBefore(Statement s) {
        String sentence = s.sentence() == null ? "" : s.sentence();
        int at = s.valueText() == null ? -1 : sentence.indexOf(s.valueText());
        if (at < 0) {
            return "";
        }
        int from = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        return sentence.substring(from, at);
    }
}
