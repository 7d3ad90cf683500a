package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of its year a title names: a quarter ("quý III năm 2025"), a half ("6 tháng đầu năm"), else the whole year. */
final class TitlePeriods {

    private TitlePeriods() {
    }

    /**
     * The period of a title whose year is {@code year} (null: none named), starting from {@code period}: the quarter it
     * names first for its year, then the half it names first.
     */
    static String ofTitle(String title, Integer year, String period) {
        if (year != null && PlanMetadata.FULL_YEAR.equals(period)) {
            period = quarter(title, year, period);
        }
        // "Kết quả ... 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024", "Sơ kết 6 tháng đầu năm 2025 về
        // thực hiện Nghị quyết 57": the half the title names first is the one the document reports on
        Matcher firstHalf = TITLE_HALF.matcher(title);
        if (firstHalf.find() && (PlanMetadata.FULL_YEAR.equals(period) || "H2".equals(period))) {
            period = half(firstHalf.group(1), period);
        }
        return period;
    }

    /**
     * "quý III năm 2025", "Quý 3/2025" in a title: the quarter of the title's year; "quý III và phương hướng quý IV năm
     * 2025": a quarter named without its year shares the next one's.
     */
    private static final Pattern TITLE_QUARTER = Pattern.compile(
            "(?iu)\\bquý\\s+(I{1,3}|IV|[1-4])\\b(?:\\s*(?:năm\\s+|/\\s*)((?:19|20)\\d{2})\\b)?");
    /** A span of months a title reports on before it names a quarter: "9 tháng đầu năm", "6 tháng đầu năm". */
    private static final Pattern TITLE_MONTHS = Pattern.compile("(?iu)\\b0?[69]\\s+tháng\\b");

    /**
     * The quarter a title names first for its year ("Q3"), else {@code period} as it was. A title that first names the
     * months it reports on ("Kết quả 9 tháng đầu năm 2025, phương hướng nhiệm vụ quý IV") names its coming quarter only.
     */
    private static String quarter(String title, int year, String period) {
        Matcher q = TITLE_QUARTER.matcher(title);
        Matcher months = TITLE_MONTHS.matcher(title);
        int monthsAt = months.find() ? months.start() : Integer.MAX_VALUE;
        String yearless = null;
        while (q.find() && q.start() < monthsAt) {
            if (q.group(2) == null) {
                yearless = yearless == null ? q.group(1) : yearless;
            } else if (Integer.parseInt(q.group(2)) == year) {
                return "Q" + quarterNumber(yearless != null ? yearless : q.group(1));
            } else {
                yearless = null;
            }
        }
        return period;
    }

    private static String quarterNumber(String written) {
        String n = written.toUpperCase(Locale.ROOT);
        return switch (n) {
            case "I" -> "1";
            case "II" -> "2";
            case "III" -> "3";
            case "IV" -> "4";
            default -> n;
        };
    }

    private static final Pattern TITLE_HALF = Pattern.compile("(?iu)\\b0?6\\s+tháng\\s+(đầu|cuối)\\s+năm\\b");

    /** "6 tháng đầu/cuối năm": the half it names, else the period as it was. */
    static String half(String firstOrLast, String period) {
        return firstOrLast == null ? period : VnText.fold(firstOrLast).equals("dau") ? "H1" : "H2";
    }
}
