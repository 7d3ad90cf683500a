package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result cannot be of a year after the document was written: a figure with no kind cue of its own whose year comes
 * after the document's own date ("08/11/2022 ... đến năm 2025, tối thiểu 80% ...; 100% hồ sơ ...") is a target. Nor
 * is a goal set for a year already over: in a plan written in January 2026, a figure with no cue of its own that names
 * 2025 ("đạt trên 60% (năm 2025 đạt 41,5%)", "năm 2025 đạt 80%, phấn đấu năm 2026 đạt 90%") is the baseline, a result.
 * Only a date the document gives itself counts (its place-and-date line, a page's machine date, a timestamp opening
 * the text), never one it cites.
 */
final class FutureYears {

    /** A timestamp opening the text: "08/11/2022 15:41", "13/02/2025". */
    private static final Pattern OPENING_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/((?:19|20)\\d{2})(?![\\d/])");
    private static final int OPENING_LINES = 3;

    private FutureYears() {
    }

    /**
     * The statements, each guessed result of a year after the document's own date made a target, each guessed target of
     * a year it names before that date a result.
     */
    static List<Statement> apply(List<Statement> statements, PlanMetadata meta, Integer ownYear) {
        // an undated plan of one year is written before or early in it: the years before it are over
        Integer over = ownYear != null ? ownYear : DocType.PLAN.equals(meta.docType()) ? meta.planYear() : null;
        if (over == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Integer year = s.year() != null ? s.year() : meta.resultsYear();
            boolean future = ownYear != null && Statement.ACTUAL.equals(s.kind()) && year != null && year > ownYear
                    && !PlanExtractor.isResult(s.unit(), s.comparator()) && Doubts.kindGuessed(s);
            boolean past = Statement.TARGET.equals(s.kind()) && s.year() != null && s.year() < over
                    && "prose".equals(s.source()) && baselineOfAPastYear(s);
            out.add(future ? s.with(Statement.TARGET, s.year(), s.source())
                    : past ? s.with(Statement.ACTUAL, s.year(), s.source()) : s);
        }
        return out;
    }

    /** The year right before a figure as what it reached: "năm 2025 đạt", "(năm 2025:", "năm 2025 là". */
    private static final Pattern YEAR_REACHED = Pattern.compile("(?iu)\\bnăm\\s+((?:19|20)\\d{2})\\s*(?:đạt|là|:)\\s*$");

    /**
     * The figure's own year stands right before it as what was reached, and its clause up to it holds no target's word
     * (a section's heading may be "MỤC TIÊU": the year is over).
     */
    private static boolean baselineOfAPastYear(Statement s) {
        int at = s.sentence() == null || s.valueText() == null ? -1 : s.sentence().indexOf(s.valueText());
        if (at < 0) {
            return false;
        }
        String before = s.sentence().substring(s.sentence().lastIndexOf(';', at) + 1, at);
        Matcher reached = YEAR_REACHED.matcher(before);
        return reached.find() && Integer.parseInt(reached.group(1)) == s.year() && !PlanExtractor.TARGET_CUE_WORDS.in(before);
    }

    /**
     * The year of the date the document gives itself, or null: the place-and-date line, else the top of the text, else
     * a news page's byline.
     */
    static Integer ownYear(List<String> lines, String placeAndDate) {
        if (placeAndDate != null) {
            return Integer.valueOf(placeAndDate.substring(0, 4));
        }
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Integer machine = DocumentDates.machineYear(line); // " date 2025-09-26 ...", " date 2024-01 ..."
            if (machine != null) {
                return machine;
            }
            Matcher m = OPENING_DATE.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
            if (++seen >= OPENING_LINES) {
                break;
            }
        }
        String byline = DocumentDates.bylineDate(lines); // "VH 18/12/2025 14:11" below the title
        return byline == null ? null : Integer.valueOf(byline.substring(0, 4));
    }
}
