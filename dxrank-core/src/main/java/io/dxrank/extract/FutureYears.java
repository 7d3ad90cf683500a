package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result cannot be of a year after the document was written: a figure with no kind cue of its own whose year comes
 * after the document's own date ("08/11/2022 ... đến năm 2025, tối thiểu 80% ...; 100% hồ sơ ...") is a target.
 * Only a date the document gives itself counts (its place-and-date line, a page's machine date, a timestamp opening
 * the text), never one it cites.
 */
final class FutureYears {

    /** A timestamp opening the text: "08/11/2022 15:41", "13/02/2025". */
    private static final Pattern OPENING_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/((?:19|20)\\d{2})(?![\\d/])");
    private static final int OPENING_LINES = 3;

    private FutureYears() {
    }

    /** The statements, each guessed result of a year after the document's own date made a target. */
    static List<Statement> apply(List<Statement> statements, PlanMetadata meta, Integer ownYear) {
        if (ownYear == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Integer year = s.year() != null ? s.year() : meta.resultsYear();
            boolean future = Statement.ACTUAL.equals(s.kind()) && year != null && year > ownYear
                    && !PlanExtractor.isResult(s.unit(), s.comparator()) && Doubts.kindGuessed(s);
            out.add(future ? s.with(Statement.TARGET, s.year(), s.source()) : s);
        }
        return out;
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
