package io.dxrank.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's own date: the place-and-date line ("..., ngày 12 tháng 3 năm 2024"), a news article's dateline
 * ("Đăng ngày 15-11-2021", "Chiều ngày 15/01/2026"), or a bare day/month/year near the top.
 */
final class DocumentDates {

    private static final Pattern WORDS = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})(?![\\d/.-])");
    /** A web page's machine date ("date 2025-09-26", "2023-10-03T09:04"): year first. */
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d/.-]|-\\d)");
    /**
     * "năm 2025", the month or quarter a report runs to: "tháng 3/2025", "quý I/2025", and a year the text calls a year
     * of something: "2023 là năm ghi nhận những chuyển biến rõ nét".
     */
    private static final Pattern FOR_YEAR = Pattern.compile(
            "(?iu)\\b(?:năm\\s+|tháng\\s+\\d{1,2}\\s*[/.-]\\s*|quý\\s+[1-4IV]{1,3}\\s*[/-]\\s*)((?:19|20)\\d{2})\\b"
                    + "|(?<![\\d/.-])((?:19|20)\\d{2})(?=\\s+là\\s+năm\\b)");

    private DocumentDates() {
    }

    /**
     * The first valid date of the text as an ISO date, or null. A date of a document the text cites ("Nghị quyết
     * 05-NQ/TU, ngày 22/10/2021") is not its own; when the text has no other, the latest cited one stands in: the text
     * was written after it.
     */
    static String firstDate(String text) {
        return firstDate(text, true);
    }

    /** The first valid date of the text that no citation precedes, or null. */
    static String firstUncitedDate(String text) {
        return firstDate(text, false);
    }

    private static String firstDate(String text, boolean orCited) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        String latestCited = null;
        for (Pattern p : new Pattern[] {WORDS, NUMERIC, ISO}) {
            Matcher m = p.matcher(text);
            boolean yearFirst = p == ISO;
            while (m.find()) {
                int day = Integer.parseInt(m.group(yearFirst ? 3 : 1));
                int month = Integer.parseInt(m.group(2));
                if (day < 1 || day > 31 || month < 1 || month > 12) {
                    continue;
                }
                String date = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(yearFirst ? 1 : 3), month, day);
                if (ofACitation(text, m.start())) {
                    latestCited = latestCited == null || date.compareTo(latestCited) > 0 ? date : latestCited;
                    continue;
                }
                if (m.start() < bestAt) {
                    bestAt = m.start();
                    best = date;
                }
                break;
            }
        }
        return best != null || !orCited ? best : latestCited;
    }

    /**
     * The end of a legal reference ("Nghị quyết 05-NQ/TU, ngày", "Kế hoạch số 382/KH-UBND ngày", "749/QĐ-TTg ngày",
     * "35/QĐ - UBND ngày"): the date after it is the cited document's, not this one's.
     */
    private static final Pattern CITATION_BEFORE = Pattern.compile(
            "(?u)\\d+\\s*[/-]\\s*(?:\\d{4}\\s*/\\s*)?\\p{Lu}[\\p{L}\\d/-]*(?:\\s*[/-]\\s*\\p{Lu}[\\p{L}\\d/-]*)*\\s*,?\\s*(?:(?i)ngày\\s*)?$");

    /** "Chương trình số 05 ngày", "Kế hoạch 24 ngày": a document named by its kind and number alone, no code after it. */
    private static final Pattern NUMBERED_DOCUMENT_BEFORE = Pattern.compile(
            "(?iu)(?:chương\\s+trình|kế\\s+hoạch|quyết\\s+định|nghị\\s+quyết|chỉ\\s+thị|công\\s+văn|thông\\s+báo|đề\\s+án)"
                    + "\\s+(?:số\\s+)?\\d{1,4}\\s*,?\\s*ngày\\s*$");

    private static boolean ofACitation(String text, int at) {
        String before = text.substring(Math.max(0, at - 40), at);
        return CITATION_BEFORE.matcher(before).find() || NUMBERED_DOCUMENT_BEFORE.matcher(before).find();
    }

    private static final Pattern MACHINE_MONTH = Pattern.compile("^\\s*date\\s+((?:19|20)\\d{2})-(0[1-9]|1[0-2])\\b");

    /** The year of a page's machine date given to the month only (" date 2025-03 (GLO)- ..."), or null. */
    static Integer machineYear(String text) {
        Matcher m = MACHINE_MONTH.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A page's machine date to the month only, as "2023-10", or null. */
    static String machineMonthDate(String text) {
        Matcher m = MACHINE_MONTH.matcher(text);
        return m.find() ? m.group(1) + "-" + m.group(2) : null;
    }

    /** The month of a page's machine date (" date 2024-01 ..."), 1 to 12, or null. */
    static Integer machineMonth(String text) {
        Matcher m = MACHINE_MONTH.matcher(text);
        return m.find() ? Integer.valueOf(m.group(2)) : null;
    }

    /** A strategy's horizon ("định hướng đến năm 2030", "tầm nhìn đến năm 2045"): no year anything reports on. */
    private static final Pattern HORIZON_BEFORE = Pattern.compile(
            "(?iu)(?:(?:định hướng|tầm nhìn)\\s+(?:đến\\s+)?|(?<!xu\\s)(?<!\\p{L})hướng\\s+(?:đến|tới)\\s+)$");
    /** "Thành lập từ năm 2018", "ra mắt năm 2019": when a thing began, not the year a text reports on. */
    private static final Pattern BEGAN_BEFORE = Pattern.compile(
            "(?iu)(?:(?:thành\\s+lập|ra\\s+mắt|khai\\s+trương|đi\\s+vào\\s+hoạt\\s+động)(?:\\s+từ)?|\\bngay\\s+từ)\\s*$");
    /** "Tính từ năm 2020 tới nay": the years since, not one year; "từ đầu năm 2024 đến nay" is of 2024 and not this. */
    static final Pattern FROM_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})từ\\s*$");
    private static final Pattern UNTIL_NOW = Pattern.compile(
            "(?iu)năm\\s+\\d{4}\\s*(?:(?:đến|tới)\\s+(?:nay|hiện\\s+nay|hiện\\s+tại)|trở\\s+lại\\s+đây)");
    /** A law's name ends in its year ("Luật Căn cước năm 2023", "Luật Giao dịch điện tử năm 2023"). */
    private static final Pattern LAW_BEFORE = Pattern.compile("(?u)\\bLuật(?:\\s+\\p{L}+){1,6}\\s+$");

    /** Whether the "năm YYYY" starting at {@code at} says when something began ("thành lập từ năm 2018"). */
    static boolean since(String text, int at) {
        return endsBefore(BEGAN_BEFORE, text, at, 28) || endsBefore(FROM_BEFORE, text, at, 8)
                && UNTIL_NOW.matcher(text).region(at, Math.min(text.length(), at + 40)).lookingAt();
    }

    /** Whether the "năm YYYY" starting at {@code at} ends a law's name ("Luật Căn cước năm 2023"). */
    static boolean lawOf(String text, int at) {
        return endsBefore(LAW_BEFORE, text, at, 48);
    }

    /** Whether the "năm YYYY" starting at {@code at} is a strategy's horizon ("định hướng đến năm 2030", "hướng đến năm 2030"). */
    static boolean strategyHorizon(String text, int at) {
        return endsBefore(HORIZON_BEFORE, text, at, 24);
    }

    /** A plan, strategy or resolution named before its horizon: "Nghị quyết số 10-NQ/TU ... đến năm" (anchored at $). */
    private static final Pattern CITED_HORIZON_BEFORE = Pattern.compile("(?iu)\\b(?:nghị\\s+quyết|quyết\\s+định|kế\\s+hoạch"
            + "|chương\\s+trình|chiến\\s+lược|đề\\s+án)\\b[^.;]{0,160}\\bđến\\s+(?:hết\\s+)?(?:năm\\s+)?$");

    /**
     * Whether the year at {@code at} is the horizon of a plan, strategy or resolution the text names ("Nghị quyết số
     * 10-NQ/TU về chuyển đổi số đến năm 2025"): the year that document looks to, not one a text about it reports on.
     */
    static boolean citedHorizon(String text, int at) {
        return endsBefore(CITED_HORIZON_BEFORE, text, at, 220);
    }

    /** Whether the words within {@code reach} characters before {@code at} end as {@code pattern} (anchored at $) says. */
    private static boolean endsBefore(Pattern pattern, String text, int at, int reach) {
        return pattern.matcher(text.substring(Math.max(0, at - reach), at)).find();
    }

    /** A news page's byline: a short line with a time and a date ("VH 18/12/2025 14:11", "THANH HỒNG 06:25, 01/02/2023"). */
    private static final Pattern BYLINE = Pattern.compile(
            "^.{0,40}?(?:\\b\\d{1,2}:\\d{2}\\b.{0,12}?)?\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b(?:.{0,12}?\\b\\d{1,2}:\\d{2}\\b)?.{0,20}$");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    /** How far down a page its byline is looked for. */
    private static final int BYLINE_LINES = 12;

    /**
     * A line of a page's header that holds a date and nothing else: "15/12/2024", "Cập nhật: 14:35 | 12/11/2025", "Đăng
     * ngày 15 tháng 3 năm 2025".
     */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?iu)\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+(?:19|20)\\d{2}");
    private static final Pattern DATE_LINE_TOKENS = Pattern.compile("(?iu)\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}"
            + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+(?:19|20)\\d{2}"
            + "|\\d{1,2}[:h]\\d{2}(?::\\d{2})?|(?<!\\p{L})(?:cập\\s+nhật|ngày\\s+đăng|đăng\\s+lúc|đăng\\s+ngày|ngày|lúc"
            + "|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật|gmt\\s*\\+\\s*7|am|pm)(?!\\p{L})");
    private static final int DATE_LINE_CHARS = 60;

    /** "giai đoạn 2026 - 2028", "giai đoạn từ năm 2021 đến năm 2025": a phase's first and last year. */
    private static final Pattern PHASE = Pattern.compile("(?iu)giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?((?:19|20)\\d{2})\\s*"
            + "(?:[-–]|đến)\\s*(?:năm\\s+)?((?:19|20)\\d{2})\\b");
    /** How far down a document its title's phase is looked for. */
    private static final int PHASE_LINES = 12;

    /** The first year of the phase ending in {@code lastYear} that the document's first lines name, or null. */
    static Integer phaseStart(List<String> lines, int lastYear) {
        for (int i = 0; i < Math.min(lines.size(), PHASE_LINES); i++) {
            Matcher m = PHASE.matcher(lines.get(i));
            while (m.find()) {
                int first = Integer.parseInt(m.group(1));
                if (Integer.parseInt(m.group(2)) == lastYear && first < lastYear) {
                    return first;
                }
            }
        }
        return null;
    }

    /** Whether the line is only a date, with its time or weekday: a page's dateline, no sentence's part. */
    static boolean dateOnly(String line) {
        if (line.length() > DATE_LINE_CHARS || !FULL_DATE.matcher(line).find()) {
            return false;
        }
        return DATE_LINE_TOKENS.matcher(line).replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * The date of a news page's byline in its first lines, as an ISO date; null when there is none, or when a title
     * above it names a date of its own ("Số máy điện thoại ... tại thời điểm 31/12/2009" over "13/07/2010 17:00").
     */
    static String bylineDate(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), BYLINE_LINES); i++) {
            String line = lines.get(i).trim();
            if (!NUMERIC.matcher(line).find()) {
                continue;
            }
            // the first line with a date decides: a byline, or a date of the title or the text
            Matcher m = BYLINE.matcher(line);
            if (line.length() > 80 || !m.matches() || !CLOCK.matcher(line).find()) {
                return null;
            }
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return day >= 1 && day <= 31 && month >= 1 && month <= 12
                    ? String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, day) : null;
        }
        return null;
    }

    /**
     * "Năm 2023, ...", "Trong năm 2023, ...", "Từ năm 2020, ..." or "Tính đến giữa năm 2023, ..." opening a sentence: a
     * year the text reports on.
     */
    private static final MatchStarts YEAR_REPORTED = MatchStarts.of(Pattern.compile(
            "(?miu)(?:^|[.;:]\\s+)(?:(?:(?:trong|từ|tính\\s+đến(?:\\s+(?:hết|cuối|giữa))?)\\s+)?năm\\s+((?:19|20)\\d{2})"
                    // "Tính đến tháng 10/2024, ...", "Đến ngày 15/12/2023, ...": as of a month of that year
                    + "|(?:tính\\s+)?đến\\s+(?:hết\\s+|cuối\\s+)?(?:ngày\\s+\\d{1,2}\\s*[/.-]\\s*|tháng\\s+)\\d{1,2}\\s*[/.-]\\s*"
                    + "((?:19|20)\\d{2}))\\s*,"),
            ".;:ntđ");

    /** The latest year a sentence of the text opens with, as the year it reports on; null when none does. */
    static Integer latestYearReported(String text) {
        return latestYear(YEAR_REPORTED, text);
    }

    /** The latest year group 1 of the pattern's matches names, or null when it does not match. */
    private static Integer latestYear(MatchStarts yearPattern, String text) {
        Integer latest = null;
        Matcher m = yearPattern.matcher(text);
        for (int from = 0; yearPattern.next(m, text, from); from = m.end()) {
            int year = Integer.parseInt(m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2));
            latest = latest == null || year > latest ? year : latest;
        }
        return latest;
    }

    /**
     * Words of the country after the 1 July 2025 reform: the two-level local government, units "after the merger",
     * a place among 34 provinces, a unit named "(mới)" ("tỉnh An Giang (mới)").
     */
    private static final Pattern REFORMED = Pattern.compile(
            "(?iu)chính\\s+quyền\\s+(?:địa\\s+phương\\s+)?(?:hai|2)\\s+cấp|\\bsau\\s+(?:khi\\s+)?(?:sắp\\s+xếp|sáp\\s+nhập|nhập\\s+tỉnh)"
                    + "|/\\s*34\\s+tỉnh|\\b34\\s+tỉnh,\\s+thành|\\p{Lu}\\p{L}*\\s+\\(mới\\)");
    private static final int REFORM_YEAR = 2025;

    /** The year of the reform when the text speaks of the reformed country, else null. */
    static Integer eraYear(String text) {
        return REFORMED.matcher(text).find() ? Integer.valueOf(REFORM_YEAR) : null;
    }

    /** Whether the text follows Nghị quyết 57-NQ/TW of 22 December 2024: it was written in 2025 or later. */
    static boolean afterResolution57(String text) {
        return RESOLUTION_57.matcher(text).find();
    }

    /**
     * Nghị quyết 57-NQ/TW (22 December 2024) by its number or its title's words ("phát triển khoa học, công nghệ, đổi
     * mới sáng tạo và chuyển đổi số").
     */
    private static final Pattern RESOLUTION_57 = Pattern.compile(
            "(?iu)\\b57[-‑–]?NQ/TW\\b|\\bNghị\\s+quyết\\s+(?:số\\s+)?57\\b"
                    + "|khoa\\s+học,?\\s+công\\s+nghệ,\\s+đổi\\s+mới\\s+sáng\\s+tạo\\s+và\\s+chuyển\\s+đổi\\s+số");

    /**
     * "tăng 2 bậc so với năm 2020", "gấp 1,5 lần năm 2023": a year compared with is the baseline, however often named, not
     * the text's own.
     */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?iu)(?:so\\s+với\\s+(?:cùng\\s+kỳ\\s+)?|(?<!\\p{L})gấp\\s+(?:gần\\s+|hơn\\s+)?\\d+(?:[.,]\\d+)?\\s+lần\\s+)$");

    static boolean comparedWith(String text, int at) {
        return endsBefore(COMPARED_BEFORE, text, at, 24);
    }

    /** "so với năm 2022", "so với cùng kỳ năm 2022": a year the text's figures are compared with. */
    private static final MatchStarts COMPARED_WITH = MatchStarts.of(Pattern.compile(
            "(?iu)so\\s+với\\s+(?:cùng\\s+kỳ\\s+)?năm\\s+((?:19|20)\\d{2})\\b(?!\\s*[-–])"), "sS");

    /**
     * The latest year the text compares its figures with ("tăng 100% ... so với năm 2022"), or null: a text that
     * compares with a year reports on a later one.
     */
    static Integer latestYearComparedWith(String text) {
        return latestYear(COMPARED_WITH, text);
    }

    /**
     * The year named most often as "năm YYYY" in the text (the latest on a tie), or null. A strategy's horizon
     * does not count: an undated article on results "giai đoạn 2021 - 2025, định hướng đến năm 2030" is not of 2030.
     */
    static Integer mostNamedYear(String text, int notAfter) {
        return mostNamedYear(text, notAfter, 1);
    }

    /** The year the text names most often, not after {@code notAfter}, when named at least {@code times}; else null. */
    static Integer mostNamedYear(String text, int notAfter, int times) {
        int[] counts = new int[200];
        Matcher m = FOR_YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (y <= notAfter && !strategyHorizon(text, m.start()) && !since(text, m.start()) && !lawOf(text, m.start())
                    && !comparedWith(text, m.start())) {
                counts[y - 1900]++;
            }
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] >= counts[best])) {
                best = i;
            }
        }
        return best < 0 || counts[best] < times ? null : 1900 + best;
    }
}
