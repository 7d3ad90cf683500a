package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of document, from its opening lines: a yearly plan, a multi-year plan or programme, a results report,
 * a half-year or quarterly report, a decision or resolution, a portal news article, or a table of figures.
 * The kind changes how figures are read: a report's and a news article's figures are results of their year.
 */
public final class DocType {

    public static final String PLAN = "plan";
    public static final String MULTI_YEAR_PLAN = "multi_year_plan";
    public static final String REPORT = "report";
    public static final String HALF_YEAR_REPORT = "half_year_report";
    public static final String DECISION = "decision";
    public static final String NEWS = "news";
    public static final String TABLE = "table";

    /**
     * A plan's own name ("Kế hoạch 2024" too); "Đề án 06", "Kế hoạch số 184" cite another document by its number,
     * "các chương trình, kế hoạch" speaks of plans in general, and "thực hiện Kế hoạch ...", "trong kế hoạch" of a
     * plan carried out.
     */
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "(?u)(?<!các\\s)(?<!những\\s)(?<!,\\s)(?<!và\\s)(?<!thực hiện\\s)(?<!trong\\s)"
                    + "\\b(kế hoạch|chương trình|đề án)\\b(?!\\s*(?:số\\s*)?(?!(?:19|20)\\d{2}\\b)\\d)");
    private static final Pattern MULTI_YEAR = Pattern.compile(
            "(?u)giai đoạn|(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}|định hướng|đến năm (?:19|20)\\d{2}");
    /**
     * A report names itself; "hệ thống thông tin báo cáo", "chế độ báo cáo" name a reporting system, and "Theo Báo cáo
     * ...", "Căn cứ Báo cáo ..." cite another document: none of them is the text.
     */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?u)(?<!thông tin )(?<!chế độ )(?<!theo )(?<!cứ )\\b(báo cáo|sơ kết|tổng kết|kết quả)\\b");
    private static final Pattern HALF_YEAR = Pattern.compile("(?u)0?6 tháng|quý [1-4i]|9 tháng|sơ kết");
    /**
     * A decision names itself at the start of a line or is "issued" in the lead: a mere citation is not one, and
     * neither is one recalled by its number ("ngày 21/9/2022, UBND tỉnh ban hành Quyết định số 2443") unless just issued.
     */
    private static final Pattern DECISION_TITLE = Pattern.compile(
            "(?mu)^(?:quyết định|nghị quyết)(?!\\s+số\\s*\\d[^\\n]{150,}$)\\b|^giao chỉ tiêu\\b"
                    + "|(?<!đã )(?<!tham mưu )ban hành (?:quyết định|nghị quyết)(?!\\s+số)"
                    + "|\\b(?:vừa|mới)\\s+(?:ký\\s+)?ban hành (?:quyết định|nghị quyết)");
    private static final Pattern NUMERIC_ROW = Pattern.compile(
            "^[^\\p{L}]*(?:\\p{L}[\\p{L} ]{0,12})?(?:\\s+(?:[\\d.,]+%?|-|\\.\\.)){2,}\\s*$");
    /**
     * An untitled excerpt of a plan still says what it is: "Kế hoạch đề ra mục tiêu chung là ..."; "chương trình mục
     * tiêu quốc gia" names a national programme, and "Theo kế hoạch, năm 2025 huyện phấn đấu ..." cites the plan in
     * news of its results: neither says anything of the text.
     */
    private static final Pattern PLAN_BODY = Pattern.compile(
            "(?u)(?<!theo\\s)\\b(?:kế hoạch|chương trình)\\b[^\\n.]{0,60}?\\b(?:mục tiêu(?!\\s+quốc\\s+gia)|phấn đấu|chỉ tiêu)\\b");
    private static final Pattern DONE = Pattern.compile("(?u)hoàn thành|\\bđã\\b|vượt|đạt được");
    /** How far before a plan's name its completion is looked for ("tỉnh đã hoàn thành chương trình ..."). */
    private static final int DONE_BEFORE = 16;
    private static final Pattern LONE_FIGURE = Pattern.compile(
            "(?iu)^(?:(?:sơ bộ|prel)\\s*[-–.]?\\s*)*\\d[\\d.,]*\\s*%?$");
    private static final int OPENING = 6;
    /** News of a plan being issued reads like the plan: "UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số năm 2025". */
    private static final Pattern PLAN_ISSUED = Pattern.compile(
            "(?u)\\bban hành (?:kế hoạch|chương trình|đề án)\\b[^.;,]{0,40}?chuyển đổi số[^.;,]{0,40}?năm (?:19|20)\\d{2}"
                    + "|\\b(?:vừa|mới)\\s+(?:ký\\s+)?ban hành (?:kế hoạch|chương trình|đề án)\\b");
    /**
     * A headline pushing a plan on ("Đẩy nhanh Chương trình Chuyển đổi số") is news of its progress; a programme held
     * ("tỉnh Cà Mau tổ chức chương trình “... hưởng ứng ngày chuyển đổi số”") is an event: neither is the plan.
     */
    private static final Pattern PROGRESS_OF_A_PLAN = Pattern.compile(
            "(?u)\\b(?:(?:đẩy nhanh|đẩy mạnh|tăng tốc)\\s+(?:tiến độ\\s+|thực hiện\\s+)?(?:kế hoạch|chương trình|đề án)"
                    + "|tổ chức (?:các\\s+)?chương trình)\\b");
    /** Longer than a heading: a paragraph. */
    private static final int TITLE_CHARS = 200;
    private static final Pattern RESULTS_DECISION = Pattern.compile(
            "(?u)(?:phê duyệt|công bố|công nhận)\\s+(?:kết quả|xếp hạng|chỉ số)");

    private DocType() {
    }

    /** The document kind of the text's lines. */
    public static String of(List<String> lines) {
        return of(lines, null);
    }

    /** The document kind of the text's lines, or the one its file's name says when no title in the text says one. */
    static String of(List<String> lines, String kindOfFileName) {
        StringBuilder opening = new StringBuilder();
        StringBuilder headings = new StringBuilder();
        int seen = 0;
        int numeric = 0;
        int lone = 0; // a statistics page with one cell per line: a year, or a figure, alone on its line
        int nonBlank = 0;
        for (String raw : lines) {
            String line = HeaderParser.strip(raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (endsLikeAFigure(line) && NUMERIC_ROW.matcher(line).matches() || YearRows.yearHeader(line) != null) {
                numeric++;
            } else if (LONE_FIGURE.matcher(line).matches()) {
                lone++;
            }
            if (seen < OPENING && !letterhead(line)) {
                String lower = VnText.clean(line).toLowerCase(Locale.ROOT);
                opening.append(lower).append('\n');
                // a plan names itself in a heading, or at the start of a line: "kế hoạch" inside a paragraph of
                // news ("Theo kế hoạch chuyển đổi số ..., toàn tỉnh có 1.469 dịch vụ công") is no title
                if ((heading(lower, seen) || PLAN_TITLE.matcher(lower).lookingAt() && !prose(lower))
                        && !PROGRESS_OF_A_PLAN.matcher(lower).find() || PLAN_ISSUED.matcher(lower).find()) {
                    headings.append(lower).append('\n');
                }
                seen++;
            }
        }
        String head = opening.toString();
        if (nonBlank > 0 && numeric * 3 >= nonBlank) {
            return TABLE;
        }
        if (DECISION_TITLE.matcher(head).find() && !planTitled(firstLine(head))) {
            // a decision that approves or publishes assessment results states results, not targets
            return RESULTS_DECISION.matcher(head).find() ? REPORT : DECISION;
        }
        if (REPORT_TITLE.matcher(head).find() && !planTitled(firstLine(head)) && !planHeadsReport(head)) {
            return HALF_YEAR.matcher(head).find() ? HALF_YEAR_REPORT : head.contains("báo cáo") ? REPORT : NEWS;
        }
        if (PLAN_TITLE.matcher(headings).find() || PLAN_ISSUED.matcher(headings).find()) {
            return MULTI_YEAR.matcher(headings).find() ? MULTI_YEAR_PLAN : PLAN;
        }
        if (untitledPlan(lines)) {
            return PLAN;
        }
        return nonBlank > 0 && (numeric + lone) * 2 >= nonBlank ? TABLE : kindOfFileName != null ? kindOfFileName : NEWS;
    }

    /**
     * A line of the official letterhead, not of the title: the issuer and the national motto, the number, the place
     * and date, rules and table bars, and the one- or two-letter fragments a copied layout splits them into
     * ("ỦY" / "BAN NHÂN DÂN", "Hà" / "Tĩnh, ngày 29 tháng 10 năm 2020"). A copy that puts each on its own line
     * would otherwise push the title out of the opening lines.
     */
    static boolean letterhead(String line) {
        int letters = 0;
        for (int i = 0; i < line.length() && letters < 3; i++) {
            letters += Character.isLetter(line.charAt(i)) ? 1 : 0;
        }
        return letters < 3 || LETTERHEAD.matcher(VnText.clean(line).toLowerCase(Locale.ROOT)).find();
    }

    private static final Pattern LETTERHEAD = Pattern.compile(
            "(?u)xã hội chủ nghĩa|độc lập\\s*[-–]\\s*tự do|^số\\s*:|^(?:ủy|uỷ)?\\s*ban nhân dân|,\\s*ngày\\s+\\d{1,2}\\s+tháng"
                    // the motto and the date line broken over two lines by a PDF's text layer
                    + "|^cộng hòa xã hội$|^chủ nghĩa việt nam$|,\\s*ngày\\s+\\d{1,2}$|^tháng\\s+\\d{1,2}\\s+năm\\s+(?:19|20)\\d{2}$");

    /** An excerpt without a title that says it is a plan ("Kế hoạch đề ra mục tiêu chung là ..."). */
    private static boolean untitledPlan(List<String> lines) {
        for (String raw : lines) {
            String line = HeaderParser.strip(raw);
            if (line.indexOf('ế') >= 0 || line.indexOf('ơ') >= 0 || line.indexOf('Ế') >= 0 || line.indexOf('Ơ') >= 0) {
                String lower = VnText.clean(line).toLowerCase(Locale.ROOT);
                Matcher body = PLAN_BODY.matcher(lower);
                // "ban hành kế hoạch năm 2023, trong đó hoàn thành 35/39 chỉ tiêu" reports on a plan, and so does
                // "hoàn thành chương trình tập huấn với mục tiêu ...": no plan
                if (body.find() && !DONE.matcher(lower.substring(Math.max(0, body.start() - DONE_BEFORE), body.end())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a row of figures ends with (a digit, ".", ",", "%" or "-"): the regex is tried only on such lines. */
    private static boolean endsLikeAFigure(String line) {
        char last = line.charAt(line.length() - 1);
        return last >= '0' && last <= '9' || last == '.' || last == ',' || last == '%' || last == '-';
    }

    /** Reports and news state results of their own year; plans and decisions state targets. */
    public static boolean reportsResults(String docType) {
        return REPORT.equals(docType) || HALF_YEAR_REPORT.equals(docType) || NEWS.equals(docType)
                || TABLE.equals(docType);
    }

    /** A report says so in its title: its figures are results even when no year can be told. */
    public static boolean isReport(String docType) {
        return REPORT.equals(docType) || HALF_YEAR_REPORT.equals(docType);
    }

    /**
     * A heading is short. A short sentence counts among the first lines only, where a news lead says what the
     * article is about; further down ("Thời gian tới, ... triển khai Kế hoạch năm 2025; ...") it is the body.
     */
    private static boolean heading(String lower, int index) {
        String line = lower.stripTrailing();
        return line.length() <= TITLE_CHARS && (index < LEAD_LINES && !BODY_OPENER.matcher(line).lookingAt()
                || !line.endsWith("."));
    }

    /**
     * A sentence that goes on from another ("Theo đó, thực hiện Kế hoạch số 117 ..., các tổ chức đã xây dựng kế hoạch
     * ...") is the body, however short and high up.
     */
    private static final Pattern BODY_OPENER = Pattern.compile(
            "(?u)(?:theo đó|trong đó|cùng với|bên cạnh đó|ngoài ra|đồng thời|thời gian qua|tuy nhiên|qua đó)\\b");

    private static final int LEAD_LINES = 3;

    /** The line is a plan's title: a heading naming a plan, or a line opened by the plan's name. */
    private static boolean planTitled(String lower) {
        Matcher plan = PLAN_TITLE.matcher(lower);
        if (plan.find() && REPORT_TITLE.matcher(lower).region(0, plan.start()).find()) {
            return false; // "Hội nghị kết quả triển khai Đề án ...", "Sơ kết 6 tháng thực hiện Kế hoạch ...": results of it
        }
        return (heading(lower, 0) || PLAN_TITLE.matcher(lower).lookingAt() && !prose(lower))
                && PLAN_TITLE.matcher(lower).find() || PLAN_ISSUED.matcher(lower).find();
    }

    /** A long line ending in a full stop: a sentence about a programme ("Chương trình ... thực hiện ... ."), no title. */
    private static boolean prose(String lower) {
        String line = lower.stripTrailing();
        return line.length() > TITLE_CHARS && line.endsWith(".");
    }

    /**
     * The kind's heading alone on its line, "KẾ HOẠCH", comes before any line that names results: under a letterhead split over
     * lines, "I. KẾT QUẢ NĂM 2025" is the plan's first part, not a report's title.
     */
    private static boolean planHeadsReport(String head) {
        for (String line : head.split("\n")) {
            if (REPORT_TITLE.matcher(line).find()) {
                return false;
            }
            if (line.strip().equals("kế hoạch")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String head) {
        int nl = head.indexOf('\n');
        return nl < 0 ? head : head.substring(0, nl);
    }
}
