package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a sentence names around its figures: each "năm YYYY" with what it is (a figure's year, a year compared
 * with, a strategy's horizon, the date a ranking was announced), the year written right after a figure, and the year a
 * clause's "đến năm YYYY" sets.
 */
final class NamedYears {

    private NamedYears() {
    }

    /**
     * The figure's own year right after it: "(năm 2023)", "(2025)", "88% vào cuối năm 2024", "125.400 lượt truy cập trong
     * năm 2024" (a few words of its unit between); "so với năm 2023" and "đến năm 2025" are no such year.
     */
    private static final Pattern OWN_YEAR_AFTER = Pattern.compile("(?iu)\\s*(?:\\(\\s*(?:năm\\s+)?((?:19|20)\\d{2})\\s*\\)"
            + "|(?:\\s+\\p{L}+){0,3}?\\s+(?:trong|vào)\\s+(?:(?:thời\\s+điểm\\s+)?(?:cuối|đầu|giữa|hết)\\s+)?năm\\s+((?:19|20)\\d{2})"
            + "(?![\\d\\s]*[-–])(?!\\s*,\\s*(?:\\p{L}+\\s+){0,3}(?:phấn|đặt|mục))"
            + "|\\s+(?:cuối|đầu|giữa|hết)\\s+năm\\s+((?:19|20)\\d{2})(?![\\d\\s]*[-–]))");
    /** Enough for a unit of a few words and "vào thời điểm cuối năm 2024" after the figure. */
    private static final int OWN_YEAR_REACH = 64;
    private static final Pattern HORIZON = Pattern.compile("(?iu)đến\\s+(?:hết\\s+)?năm\\s+(\\d{4})");
    /** The words before a date on which a ranking was made public: "được công bố vào cuối tháng 5/2025". */
    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile("(?iu)công\\s+bố(?:\\s+vào)?(?:\\s+(?:cuối|đầu|giữa))?\\s*$");
    private static final int ANNOUNCED_REACH = 30;
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "(?iu)(so với\\s+(?:cùng kỳ\\s+|(?:thời\\s+điểm\\s+)?(?:cuối|đầu|hết)\\s+|xếp\\s+hạng\\s+)?)?"
                    // "năm học 2024 - 2025": a school year is of the year it ends in
                    + "\\b(?:năm\\s+học\\s+(?:19|20)\\d{2}\\s*[-–/]|năm|DTI|PCI|PAPI|SIPAS|PAR\\s+Index|tháng\\s+\\d{1,2}\\s*[/.]"
                    + "|quý\\s+[1-4IV]{1,3}\\s*/"
                    + "|(?:đến|tới)\\s+(?:hết\\s+)?(?:thời\\s+điểm\\s+)?(?:ngày\\s+)?"
                    + "\\d{1,2}\\s*(?:/\\s*\\d{1,2}\\s*/|\\.\\s*\\d{1,2}\\s*\\.|-\\s*\\d{1,2}\\s*-))"
                    + "\\s*((?:19|20)\\d{2})\\b(?!\\s*[-–])");
    private static final MatchStarts NAMED_YEARS = MatchStarts.ofWords(NAMED_YEAR, "so năm dti pci papi sipas par tháng quý đến tới");

    /**
     * The year a clause's "đến năm YYYY" sets; a strategy's horizon ("Nghị quyết ... giai đoạn 2021 - 2025, định
     * hướng đến năm 2030 đã hoàn thành") is no result's year.
     */
    static Integer horizonOf(String clause, String kind) {
        Matcher horizon = HORIZON.matcher(clause);
        while (horizon.find()) {
            if (!Statement.ACTUAL.equals(kind) || !DocumentDates.strategyHorizon(clause, horizon.start())) {
                return Integer.valueOf(horizon.group(1));
            }
        }
        return null;
    }

    /**
     * The figure's own year written right after the figure ending at {@code figureEnd} ("45% (năm 2023)", "88% vào cuối
     * năm 2024"), or null.
     */
    static Integer ownYearAfter(String sentence, int figureEnd) {
        String after = sentence.substring(figureEnd, Math.min(sentence.length(), figureEnd + OWN_YEAR_REACH));
        // every form of it holds a year of 19xx or 20xx: most figures' words after them hold none, and skip the regex
        if (!after.contains("20") && !after.contains("19")) {
            return null;
        }
        Matcher m = OWN_YEAR_AFTER.matcher(after);
        return m.lookingAt() ? Integer.valueOf(yearText(m)) : null;
    }

    /** Whether the named year {end, year, announced, start} is the own year right after the figure ending at {@code figureEnd}. */
    static boolean ownYearRightAfter(String sentence, int figureEnd, int[] named) {
        if (named[3] < figureEnd || named[0] > sentence.length()) {
            return false;
        }
        Matcher m = OWN_YEAR_AFTER.matcher(sentence).region(figureEnd, Math.min(sentence.length(), figureEnd + OWN_YEAR_REACH));
        return m.lookingAt() && m.end(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3) == named[0];
    }

    /** The year an {@link #OWN_YEAR_AFTER} match names, whichever of its forms matched. */
    private static String yearText(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /**
     * The "năm YYYY" of the sentence as {end, year, announced, start}: a figure takes the last one before it ("Năm 2020, tỷ
     * lệ ... là 83,71%"), and so the year of a date it is counted up to ("đến ngày 12/2/2024, ... 775 nghìn hồ sơ"),
     * never a date the sentence cites ("Quyết định ... ngày 5/3/2023"); a year compared with ("tăng 6 bậc so với năm
     * 2021", "tăng 33% so với cuối năm 2022") is no figure's year (0); announced is 1 for the date a ranking was made public ("công bố vào cuối tháng
     * 5/2025"). Read once per sentence.
     */
    static List<int[]> of(String sentence) {
        List<int[]> years = new ArrayList<>();
        Matcher m = NAMED_YEARS.matcher(sentence);
        for (int from = 0; NAMED_YEARS.next(m, sentence, from); from = m.end()) {
            // a strategy's horizon ("giai đoạn 2021 - 2025, định hướng đến năm 2030") is no figure's year either
            // "So với năm 2024 (78%), kết quả này tăng ...": the year compared with, its own figure in the bracket after it
            boolean compared = m.group(1) != null || DocumentDates.comparedWith(sentence, m.start());
            boolean noYear = DocumentDates.strategyHorizon(sentence, m.start()) || compared && !figureInBracketAfter(sentence, m.end());
            boolean announcement = ANNOUNCED_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - ANNOUNCED_REACH), m.start())).find();
            // [4]: the end of the bracket whose figure alone the compared year is of, else -1
            int bracketEnd = compared && !noYear ? sentence.indexOf(')', m.end()) + 1 : -1;
            years.add(new int[] {m.end(), noYear ? 0 : Integer.parseInt(m.group(2)), announcement ? 1 : 0, m.start(), bracketEnd});
        }
        return years;
    }

    private static final Pattern BRACKETED_FIGURE = Pattern.compile("^\\s*\\(\\s*\\d[\\d.,]*\\s*%?\\s*\\)");

    private static boolean figureInBracketAfter(String sentence, int at) {
        return BRACKETED_FIGURE.matcher(sentence.substring(at, Math.min(sentence.length(), at + 16))).find();
    }
}
