package io.dxrank.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number of a document and what became of it: read into a statement, or the reason it is none (a date, a
 * legal reference, a section number, a phone number, money, a page counter, a place's number, part of a name), or
 * {@code unread} when no rule accounts for it. A reader asking "why was this 85 % not taken?" finds the answer
 * in out/parquet/candidates; the unread ones are where the extractor's recall can still grow.
 */
public final class Candidates {

    public static final String STATEMENT = "statement";
    public static final String NOT_STATEMENT = "not_statement";
    public static final String UNREAD = "unread";

    /** One number as written, where it stands (1-based line, 0-based column) and its fate. */
    public record Candidate(int line, int column, String text, String fate, String reason) implements Serializable {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+){0,8}");
    /**
     * On the line in lower case (no case-insensitive matching at every position: it is the costly kind). Day, month
     * and year share their separator: "13.2/18 điểm" is a score out of 18, not a date; "(92/92)" is no day and month.
     */
    private static final Pattern DATE = Pattern.compile("(?=[\\dnt(])(?:\\d{1,2}([/.-])\\d{1,2}\\1\\d{2,4}"
            + "|(?:19|20)\\d{2}-\\d{2}-\\d{2}|ngày\\s+\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,2}|\\s+tháng\\s+\\d{1,2})?"
            + "|tháng\\s+\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?|\\((?:[12]?\\d|3[01])/(?:0?[1-9]|1[0-2])\\)|\\b\\d{1,2}/\\d{1,2}\\s+(?:đến|-)"
            // "Sáng 11/8, UBND phường ...", "Chiều 27-8,": a news item's day and month after the time of day
            + "|(?<=(?:sáng|chiều|tối|trưa)\\s)(?:[12]?\\d|3[01])([/.-])(?:0?[1-9]|1[0-2])(?![\\d/.-]))");
    /** A clock time, or "24/24 giờ" and "24/7": round the clock, no share of anything ("24/24 xã" is one). */
    private static final Pattern TIME = Pattern.compile("(?=\\d)(?:\\d{1,2}:\\d{2}(?::\\d{2})?|24\\s*/\\s*24\\s*giờ|24\\s*/\\s*7(?![\\d/.,])"
            + "|\\d{1,2}\\s*giờ(?:\\s*\\d{1,2})?)");
    /** A document's code ("25/KH-UBND", "06-NQ/TU"): on the line as written, capitals matter. */
    private static final Pattern LEGAL_CODE = Pattern.compile(
            "(?u)(?<!\\d)\\d{1,6}(?:/\\d{4})?[/-]\\p{Lu}[\\p{Lu}Đđ&]*(?:[/-]\\p{Lu}[\\p{L}&]*)*");
    /** A cited document by its kind ("Nghị định 118", "Kế hoạch số 25"): on the line in lower case. */
    private static final Pattern LEGAL_WORD = Pattern.compile("(?u)(?=[sncqtklv])(?:(?<![\\p{L}])" + QuantityScanner.DIGITAL
            + "số|nghị định|nghị quyết|quyết định|"
            + "thông tư|chỉ thị|công văn|chương trình|kết luận|luật|văn bản|khóa|khoá)\\s*:?\\s*(?:số\\s*)?\\d+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** "Covid-19": a number a name carries after a hyphen. */
    private static final String COVID = "covid-";
    /** "Chợ 4.0", "cách mạng công nghiệp 4.0": the fourth industrial revolution's number. */
    private static final String INDUSTRY_4_0 = "4.0";
    private static final Pattern SECTION_START = Pattern.compile("^\\s*[-+*•(]?\\s*$");
    private static final Pattern SECTION_WORD = Pattern.compile(
            "(?iu)(?:điều|khoản|mục|phần|chương|(?<!thí\\s)điểm|phụ lục|biểu|bảng|trang|page|tiết|tuần thứ|stt)\\s*:?\\s*$");
    private static final Pattern MONEY = Pattern.compile("(?iu)^\\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\\s*(?:đồng|vnđ|vnd)\\b");
    private static final Pattern COUNTER_LABEL = Pattern.compile(
            // "Tất cả: 115504" counts visits; "Tất cả 183 xã" counts communes
            "(?iu)(?:(?:lượt xem|lượt truy cập|truy cập|hôm nay|hôm qua|tuần này|tháng này|đang online|online)\\s*:?"
                    + "|tất cả\\s*:)\\s*$");
    private static final Pattern POPULATION = Pattern.compile("(?iu)dân số[^.;:\\d]{0,20}$");
    private static final Pattern PLACE = Pattern.compile(
            "(?iu)(?:phường|tổ dân phố|tổ|thôn|khu phố|khu|ấp|xóm|bản|khối|quận|số nhà|đường|lô|ô)\\s*$");
    // where each of the word rules can start (see MatchStarts): the first letter of every word it lists
    private static final MatchStarts SECTION_WORDS = MatchStarts.ofWords(SECTION_WORD,
            "điều khoản mục phần chương điểm phụ biểu bảng trang page tiết tuần stt");
    private static final MatchStarts COUNTER_LABELS = MatchStarts.ofWords(COUNTER_LABEL, "lượt truy tất hôm tuần tháng đang online");
    private static final MatchStarts POPULATION_WORDS = MatchStarts.ofWords(POPULATION, "dân");
    private static final MatchStarts TIMES = MatchStarts.of(TIME, "0123456789");
    private static final MatchStarts DATES = MatchStarts.ofWords(DATE, "0 1 2 3 4 5 6 7 8 9 ngày tháng (");
    private static final MatchStarts LEGAL_CODES = MatchStarts.of(LEGAL_CODE, "0123456789");
    private static final MatchStarts LEGAL_WORDS = MatchStarts.ofWords(LEGAL_WORD,
            "số nghị quyết thông chỉ công chương kết luật văn khóa khoá");
    private static final MatchStarts PLACE_WORDS = MatchStarts.ofWords(PLACE, "phường tổ thôn khu ấp xóm bản khối quận số đường lô ô");

    /** A span of time after the number: "6 tháng đầu năm", "9 tháng", "3 quý", "1 năm sau khi", "2 năm liên tiếp". */
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "(?iu)\\s*(?:tháng|quý|năm|tuần|ngày)\\s+(?:đầu|cuối|qua|tới|sau|trước|gần\\s+đây|liên\\s+tiếp|vừa\\s+qua)(?!\\p{L})");
    /** "Sau hơn 2 tháng vận hành", "trong 3 năm": a span the words before and the unit of time after say. */
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:sau|trong|qua|mất|kéo\\s+dài)(?:\\s+(?:hơn|gần|khoảng|chưa\\s+đầy))?\\s*$");
    private static final Pattern SPAN_AFTER = Pattern.compile("(?iu)\\s*(?:tháng|quý|năm|tuần|ngày)(?!\\p{L})");
    private static final Pattern TIERS_BEFORE = Pattern.compile("(?iu)chính\\s+quyền(?:\\s+địa\\s+phương)?\\s*$");
    private static final Pattern TIERS_AFTER = Pattern.compile("(?iu)\\s*cấp(?!\\p{L})");
    /** A text or programme called by its number: "Đề án 06", "Nghị quyết 57", "Chỉ thị số 11". */
    private static final Pattern DOCUMENT_NAME_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:đề\\s+án|nghị\\s+quyết|chỉ\\s+thị"
            + "|thông\\s+tư|nghị\\s+định|công\\s+văn|kết\\s+luận|quyết\\s+định)(?:\\s+số)?\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    /** The number of an item of a list, a series or a caption, before a colon, a stop or a dash: "Tiêu chí 6:", "Bài 1:". */
    private static final Pattern ITEM_LABEL_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:tiêu\\s+chí|bài|gói|ảnh|hình|đợt"
            + "|khóa|khoá|lần\\s+thứ|nhóm|chi\\s+bộ|phiên|kỳ|giai\\s+đoạn)(?:\\s+số)?\\s*$");
    private static final Pattern ITEM_LABEL_AFTER = Pattern.compile("\\s*(?:[:.,;)–-]|$)");
    /** The frame of a programme, not a figure of it: "3 trụ cột", "3 khâu đột phá". */
    private static final Pattern FRAME_AFTER = Pattern.compile("(?iu)\\s*(?:trụ\\s+cột|khâu\\s+đột\\s+phá"
            + "|đột\\s+phá\\s+chiến\\s+lược)(?!\\p{L})");
    /** "4 cấp hành chính", "3 cấp chính quyền": the tiers of government, named. */
    private static final Pattern TIERS_NAMED_AFTER = Pattern.compile("(?iu)\\s*cấp\\s+(?:hành\\s+chính|chính\\s+quyền)(?!\\p{L})");
    /** Tiers a network or a meeting links: "kết nối 4 cấp", "liên thông 4 cấp", "hội nghị trực tuyến 3 cấp". */
    private static final Pattern LINKED_TIERS_BEFORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:kết\\s+nối|liên\\s+thông|thông\\s+suốt|trực\\s+tuyến|xuyên\\s+suốt)\\s*$");
    private static final Pattern WEB_FILE = Pattern.compile("(?i)\\.(?:jpe?g|png|gif|webp|s?html?|aspx?|php|pdf|docx?)(?![a-z])");
    private static final Pattern AGE_AFTER = Pattern.compile("(?iu)\\s*tuổi(?!\\p{L})");
    /** An online service's level named before the number ("mức độ 3", "mức độ 3, 4"). */
    private static final Pattern SERVICE_LEVEL_BEFORE = Pattern.compile("(?iu)mức\\s+độ\\s*(?:\\d\\s*(?:,|và|-)\\s*)?$");

    private static final Pattern EVERY_PROVINCE = Pattern.compile("(?iu)(?<!\\p{L})nhóm\\s*$");
    private static final Pattern STRUCTURE = Pattern.compile("(?iu)\\s*(?:" + NotAStatement.STRUCTURE_UNITS + ")\\b");

    /** The words after a number up to its clause's end (a bracket, a semicolon, a full stop), at most 45 characters. */
    private static String clauseAfter(String after) {
        int end = Math.min(after.length(), 45);
        for (char stop : new char[] {')', ';', '.'}) {
            int at = after.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return after.substring(0, end);
    }

    private Candidates() {
    }

    /**
     * The fate of every number of the lines, given the statements read from them. A statement's numbers are found at
     * their place in its line when its sentence stands there as written ("từ 50 đến 60 đơn vị/năm. Tối thiểu 50% ...":
     * the "50%" read is the second "50", not the first); else the line's first numbers equal to them are taken.
     */
    public static List<Candidate> of(List<String> lines, List<Statement> statements) {
        // per line, how many times each number was read into a statement (a count, so a line of many is linear)
        Map<Integer, Map<String, Integer>> taken = new HashMap<>();
        Map<Integer, Set<Integer>> placed = new HashMap<>(); // per line, the columns of numbers read where they stand
        Map<Integer, Map<Integer, Integer>> numbersOfLines = new HashMap<>(); // per line, start -> end of each number
        for (Statement s : statements) {
            String value = s.valueText() == null ? "" : s.valueText();
            Set<Integer> placedInLine = placed.computeIfAbsent(s.line(), k -> new HashSet<>());
            List<Integer> columns = columns(lines, s, value, numbersOfLines, placedInLine);
            if (columns != null) {
                placedInLine.addAll(columns);
                continue;
            }
            Map<String, Integer> numbers = taken.computeIfAbsent(s.line(), k -> new HashMap<>());
            Matcher m = NUMBER.matcher(value);
            while (m.find()) {
                numbers.merge(m.group(), 1, Integer::sum);
            }
        }
        List<Candidate> out = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Map<String, Integer> read = taken.get(i + 1);
            Set<Integer> at = placed.getOrDefault(i + 1, Set.of());
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String reason = null;
                if (!at.contains(m.start()) && (read == null || read.merge(m.group(), -1, Integer::sum) < 0)) {
                    reason = reason(line, m.start(), m.end(), previous, new Spans(line, m.start(), m.end()));
                }
                out.add(new Candidate(i + 1, m.start(), m.group(), reason == null ? STATEMENT
                        : UNREAD.equals(reason) ? UNREAD : NOT_STATEMENT, reason == null ? "" : reason));
            }
            if (!line.isBlank()) {
                previous = line;
            }
        }
        return out;
    }

    /**
     * The columns of a statement's numbers in its line, when its sentence stands in the line as written and each of
     * the figure's numbers starts a number of the line there; null otherwise.
     */
    private static List<Integer> columns(List<String> lines, Statement s, String value,
                                         Map<Integer, Map<Integer, Integer>> numbersOfLines, Set<Integer> placedInLine) {
        if (s.sentence() == null || s.sentence().isEmpty() || value.isEmpty() || s.line() < 1 || s.line() > lines.size()) {
            return null;
        }
        String line = lines.get(s.line() - 1);
        int sentenceAt = line.indexOf(s.sentence());
        if (sentenceAt < 0) {
            return null;
        }
        Map<Integer, Integer> numbersOfLine = numbersOfLines.computeIfAbsent(s.line(), k -> {
            Map<Integer, Integer> spans = new HashMap<>(); // start -> end of each number as the candidates find them
            for (Matcher n = NUMBER.matcher(line); n.find(); ) {
                spans.put(n.start(), n.end());
            }
            return spans;
        });
        // a second "50%" of a sentence, or "1 máy" after "1 máy tính": a place another statement's number holds is passed over
        for (int valueAt = s.sentence().indexOf(value); valueAt >= 0; valueAt = s.sentence().indexOf(value, valueAt + 1)) {
            List<Integer> columns = new ArrayList<>();
            boolean free = true;
            for (Matcher m = NUMBER.matcher(value); free && m.find(); ) {
                int column = sentenceAt + valueAt + m.start();
                free = numbersOfLine.getOrDefault(column, -1) == column + m.group().length() && !placedInLine.contains(column);
                columns.add(column);
            }
            if (free && !columns.isEmpty()) {
                return columns;
            }
        }
        return null; // not where numbers of the line start and end: the counts decide
    }

    /** The numbers of figures a text repeats: no statement of their own, the reason "repeated_figure". */
    static List<Candidate> markRepeated(List<Candidate> candidates, List<Statement> repeats) {
        if (repeats.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates);
        for (Statement s : repeats) {
            Matcher number = NUMBER.matcher(s.valueText() == null ? "" : s.valueText());
            String first = number.find() ? number.group() : null;
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (c.line() == s.line() && c.text().equals(first) && STATEMENT.equals(c.fate())) {
                    out.set(i, new Candidate(c.line(), c.column(), c.text(), NOT_STATEMENT, "repeated_figure"));
                    break;
                }
            }
        }
        return out;
    }

    /** A figure the reader found and set aside, on its line, with the rule that set it aside. */
    record SetAside(int line, String valueText, String reason) {
    }

    /**
     * The numbers of figures set aside while reading, or after it (another unit's figure in a list): no statement, the
     * rule's reason instead of "unread" (the first such number of the line).
     */
    static List<Candidate> markSetAside(List<Candidate> candidates, List<SetAside> setAside) {
        if (setAside.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates);
        for (SetAside s : setAside) {
            Matcher number = NUMBER.matcher(s.valueText() == null ? "" : s.valueText());
            String first = number.find() ? number.group() : null;
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (c.line() == s.line() && c.text().equals(first) && UNREAD.equals(c.reason())) {
                    out.set(i, new Candidate(c.line(), c.column(), c.text(), NOT_STATEMENT, s.reason()));
                    break;
                }
            }
        }
        return out;
    }

    /** Reasons that overrule a statement read from the number: it is a date, a clock time, a counter or a phone. */
    private static final Set<String> NEVER_A_STATEMENT = Set.of("date", "time", "page_counter",
            "phone", "population");

    /**
     * The statements without those whose number the scan knows is no figure ("Tất cả: 115504 BÀI VIẾT" is a visit
     * counter, "từ 1/7 đến 26/11" a span of dates, "Dân số khoảng 1.522 hộ" the population): the scan has the wider
     * view of the line.
     */
    public static List<Statement> withoutMisreadNumbers(List<String> lines, List<Statement> statements) {
        List<Statement> kept = new ArrayList<>(statements.size());
        // statements come in reading order: each is looked for after the one before it on its line, so a line of
        // many figures is searched once, not once per figure, and a repeated "100%" is found where it stands
        Map<Integer, Integer> readTo = new HashMap<>();
        for (Statement s : statements) {
            if (!misread(lines, s, readTo)) {
                kept.add(s);
            }
        }
        return kept.size() == statements.size() ? statements : kept;
    }

    private static boolean misread(List<String> lines, Statement s, Map<Integer, Integer> readTo) {
        if (s.line() < 1 || s.line() > lines.size() || s.valueText() == null || !"prose".equals(s.source())) {
            return false;
        }
        Matcher number = NUMBER.matcher(s.valueText());
        if (!number.find()) {
            return false;
        }
        String line = lines.get(s.line() - 1);
        int from = readTo.getOrDefault(s.line(), 0);
        int at = line.indexOf(s.valueText(), from);
        if (at < 0 && from > 0) {
            at = line.indexOf(s.valueText()); // read out of order (a table cell, a heading's year): the first one
        }
        at = at < 0 ? line.indexOf(number.group()) : at + number.start();
        if (at < 0) {
            return false;
        }
        readTo.put(s.line(), at + 1);
        String previous = "";
        for (int i = s.line() - 2; i >= 0 && previous.isBlank(); i--) {
            previous = lines.get(i);
        }
        return NEVER_A_STATEMENT.contains(reason(line, at, at + number.group().length(), previous,
                new Spans(line, at, at + number.group().length()), true));
    }

    /** How far from a number its reasons are looked for (the longest cue is a few words). */
    private static final int NEAR = 200;
    /** Enough for the longest word rule ("lượt truy cập", "dân số" and 20 more characters) and the spaces after it. */
    private static final int TAIL = 64;

    /** Why the number at [start, end) of the line is no statement; {@link #UNREAD} when no rule says. */
    static String reason(String line, int start, int end, String previousLine, Spans spans) {
        return reason(line, start, end, previousLine, spans, false);
    }

    /**
     * {@code overrulingOnly}: the caller asks only whether a reason of {@link #NEVER_A_STATEMENT} comes first, and the
     * rules after the last of them (phone) are not tried: whatever they say, it is none of those.
     */
    private static String reason(String line, int start, int end, String previousLine, Spans spans, boolean overrulingOnly) {
        // every rule looks near the number: bounded windows keep a line of many numbers linear, not quadratic
        int from = Math.max(0, start - NEAR);
        int to = Math.min(line.length(), end + NEAR);
        String before = line.substring(from, start);
        String after = line.substring(end, to);
        boolean lineStart = from == 0;
        boolean lineEnd = to == line.length();
        String text = line.substring(start, end);
        // the word rules end at the number ("... dân số", "Trang", "thôn"): the last characters before it suffice
        String tail = before.substring(Math.max(0, before.length() - TAIL));
        boolean words = tail.codePoints().anyMatch(Character::isLetter); // no word, no word rule: a run of bare numbers
        if (spans.time(start, end)) {
            return "time";
        }
        if (spans.date(start, end)) {
            return "date";
        }
        if (spans.reference(start, end)) {
            return "legal_reference";
        }
        // "96% dân số và hơn 90% diện tích": a share after "dân số" is no head count
        if (words && POPULATION_WORDS.in(tail) && !after.stripLeading().startsWith("%")) {
            return "population";
        }
        if (YEAR.matcher(text).matches()) {
            return "year";
        }
        if (words && COUNTER_LABELS.in(tail) || lineStart && lineEnd && before.isBlank() && after.isBlank()
                && COUNTER_LABELS.in(previousLine)) {
            return "page_counter";
        }
        if (words && SECTION_WORDS.in(tail) || lineStart && SECTION_START.matcher(before).matches()
                && (after.startsWith(".") || after.startsWith(")")) && !after.matches("^\\.\\d.*")) {
            return "section_number";
        }
        if (text.startsWith("0") && text.replaceAll("\\D", "").length() >= 9) {
            return "phone";
        }
        if (overrulingOnly) {
            return UNREAD;
        }
        if (MONEY.matcher(after).find()) {
            return "money";
        }
        if (words && PLACE_WORDS.in(tail)) {
            return "place_number";
        }
        boolean letterBefore = start > 0 && Character.isLetter(line.charAt(start - 1));
        boolean letterAfter = end < line.length() && Character.isLetter(line.charAt(end));
        if (letterBefore || letterAfter || tail.regionMatches(true, tail.length() - COVID.length(), COVID, 0, COVID.length())
                || INDUSTRY_4_0.equals(text)) {
            return "part_of_name"; // 4G, 5G, H2, Covid19, Covid-19, "Chợ 4.0"
        }
        if (EVERY_PROVINCE.matcher(tail).find() && QuantityScanner.everyProvince(text)) {
            return "every_province"; // "nhóm 63 tỉnh, thành phố (trước sáp nhập)": the whole country, no place in it
        }
        if (STRUCTURE.matcher(after).lookingAt() && !NotAStatement.TARGET_STATUS.matcher(line.substring(Math.max(0, start - 25), start)
                + clauseAfter(after)).find()) {
            return "structure_count"; // "5 nhóm", "(7 chỉ tiêu)": how a plan is organised (PlanExtractor.structureCount)
        }
        // what a number that no rule read says of itself, so its candidate has a reason too
        if (PERIOD_AFTER.matcher(after).lookingAt() || words && SPAN_BEFORE.matcher(tail).find() && SPAN_AFTER.matcher(after).lookingAt()) {
            return "period"; // "6 tháng đầu năm", "Hơn 1 năm sau khi ...", "Sau hơn 2 tháng vận hành": how long, no figure
        }
        if (words && TIERS_BEFORE.matcher(tail).find() && TIERS_AFTER.matcher(after).lookingAt()) {
            return "government_tiers"; // "chính quyền địa phương 2 cấp"
        }
        if (AGE_AFTER.matcher(after).lookingAt()) {
            return "age"; // "người dân từ 15 tuổi trở lên"
        }
        if (words && SERVICE_LEVEL_BEFORE.matcher(tail).find()) {
            return "service_level"; // "dịch vụ công trực tuyến mức độ 3, 4"
        }
        return namesItself(line, start, end, tail, after, text, words);
    }

    /** The reasons of a number that names something rather than measures it; {@link #UNREAD} when none says so. */
    private static String namesItself(String line, int start, int end, String tail, String after, String text, boolean words) {
        if (inWebAddress(line, start, end)) {
            return "web_address"; // "![](https://.../2025_02_10_413_51438716/f17f.jpg)", "...-648.html"
        }
        if (words && DOCUMENT_NAME_BEFORE.matcher(tail).find() && BARE_NUMBER.matcher(text).matches()
                && !after.stripLeading().startsWith("%")) {
            return "document_name"; // "thực hiện Đề án 06", "Nghị quyết 57 của Bộ Chính trị"
        }
        if (words && ITEM_LABEL_BEFORE.matcher(tail).find() && ITEM_LABEL_AFTER.matcher(after).lookingAt()) {
            return "item_label"; // "Tiêu chí 6: ...", "Bài 1: ...", "Ảnh 2.", "Gói 1 - tư vấn"
        }
        if (FRAME_AFTER.matcher(after).lookingAt()) {
            return "programme_frame"; // "cả 3 trụ cột", "1 trong 3 khâu đột phá chiến lược"
        }
        if (TIERS_NAMED_AFTER.matcher(after).lookingAt()
                || words && LINKED_TIERS_BEFORE.matcher(tail).find() && TIERS_AFTER.matcher(after).lookingAt()) {
            return "government_tiers"; // "giám sát 4 cấp hành chính", "hội nghị trực tuyến 3 cấp"
        }
        return UNREAD;
    }

    /** Whether the number stands in a web address or a file's name: the run of non-blank characters around it. */
    private static boolean inWebAddress(String line, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(line.charAt(from - 1)) && start - from < NEAR) {
            from--;
        }
        int to = end;
        while (to < line.length() && !Character.isWhitespace(line.charAt(to)) && to - end < NEAR) {
            to++;
        }
        String token = line.substring(from, to);
        return token.contains("://") || token.startsWith("www.") || WEB_FILE.matcher(token).find();
    }

    /** Whether a clock time, a date or a legal reference near a number covers it. */
    static final class Spans {
        private static final int WINDOW_BEFORE = 40;
        private static final int WINDOW_AFTER = 24;

        private final String window;
        private final String words;
        private final int from;

        /**
         * The text near the number at [start, end): a date, a time or a reference is short, so a window around
         * the number is enough, and a long paragraph costs no more per number than a short line.
         */
        Spans(String line, int start, int end) {
            from = Math.max(0, start - WINDOW_BEFORE);
            window = line.substring(from, Math.min(line.length(), end + WINDOW_AFTER));
            // lower case keeps a Vietnamese line's length, so offsets agree; a line where it does not is read as is
            String lower = window.toLowerCase(Locale.ROOT);
            words = lower.length() == window.length() ? lower : window;
        }

        // each pattern below needs one of these characters or words in its match: a window without them is looked
        // at no further (most numbers' windows hold no separator at all)

        boolean time(int start, int end) {
            // a clock needs ":", an hour "giờ", round the clock "24/7" both "24" and "/"
            return (window.indexOf(':') >= 0 || words.contains("giờ") || roundTheClock(window)) && covers(TIMES, words, start, end);
        }

        /** "24/7", "24 / 7": "24", then spaces, then "/". */
        private static boolean roundTheClock(String text) {
            for (int at = text.indexOf("24"); at >= 0; at = text.indexOf("24", at + 1)) {
                int k = at + 2;
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < text.length() && text.charAt(k) == '/') {
                    return true;
                }
            }
            return false;
        }

        boolean date(int start, int end) {
            return (window.indexOf('/') >= 0 || window.indexOf('.') >= 0 || window.indexOf('-') >= 0
                    || words.contains("ngày") || words.contains("tháng")) && covers(DATES, words, start, end);
        }

        boolean reference(int start, int end) {
            return (window.indexOf('/') >= 0 || window.indexOf('-') >= 0) && covers(LEGAL_CODES, window, start, end)
                    || covers(LEGAL_WORDS, words, start, end);
        }

        /**
         * Whether one of the pattern's matches in the window, found left to right as {@link Matcher#find()} finds
         * them, covers [start, end) of the line; each is asked only when needed, and the search stops at the first
         * match that starts after the number (those after it start later still).
         */
        private boolean covers(MatchStarts pattern, String text, int start, int end) {
            Matcher m = pattern.matcher(text);
            for (int at = 0; pattern.next(m, text, at); at = m.end()) {
                if (from + m.start() > start) {
                    return false;
                }
                if (from + m.end() >= end) {
                    return true;
                }
            }
            return false;
        }
    }
}
