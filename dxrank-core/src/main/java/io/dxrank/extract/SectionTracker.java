package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the numbered headings of a plan ("PHẦN I", "II.", "2.1.", "a)") to know, for every line, its section
 * path, whether the part reports results or sets targets, and the pillar the section belongs to.
 */
public final class SectionTracker {
    private static final Pattern PART_HEADING = Pattern.compile("phan (?:[ivx]+|thu (?:nhat|hai|ba|tu|nam))\\b.*");
    /** "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025": a part lettered A-E, in capitals (a lettered item is in lower case). */
    private static final Pattern LETTERED_PART = Pattern.compile("(?u)^[A-E]\\.\\s+[^\\p{Ll}]{4,}$");
    private static final Pattern ROMAN_NUMBER = Pattern.compile("[ivx]+\\.");
    /**
     * A count with its unit ("143 tổ", "15/17 xã", "1.500 lượt"), not a year or a span of time ("3 năm"), a fraction
     * or a rank ("đứng thứ 6/10"): a numbered
     * line holding one reports a result ("2. Thành lập 143 tổ công nghệ số cộng đồng."), it is no section's title.
     */
    private static final Pattern COUNT = Pattern.compile(
            "(?u)(?<![\\d.,/])(?!(?:19|20)\\d\\d\\b)\\d+(?:[.,]\\d+)*(?:/\\d+)?\\s+(?!(?:năm|tháng|ngày|tuần|giờ|quý)\\b)\\p{Ll}"
            + "|(?<![\\d.,/])\\d+/\\d+(?![/\\d])|(?:thứ|hạng)\\s+\\d");
    /** What a result item does with its count: "Có 15/17 xã", "Thành lập 143 tổ", "Tổ chức 12 lớp", "đã cấp 325 chữ ký số". */
    private static final Pattern RESULT_VERB = Pattern.compile("(?iu)(?<![\\p{L}])(?:có|đã|đạt|thành lập|tổ chức|triển khai"
            + "|hoàn thành|tiếp nhận|cấp|lắp đặt|đào tạo|tập huấn|hỗ trợ|kích hoạt|số hóa|xếp|đứng|ban hành|cài đặt)(?![\\p{L}])");

    /**
     * A numbered line that reports a count ({@link #COUNT}) with a verb before it, or as a sentence closed by a stop;
     * "9. Ban cán sự 24 khối" names who a task falls to, a section's title.
     */
    private static boolean reportsACount(String title) {
        Matcher count = COUNT.matcher(title);
        if (!count.find()) {
            return false;
        }
        String t = title.strip();
        return t.endsWith(".") || t.endsWith(";") || RESULT_VERB.matcher(title.substring(0, count.start())).find();
    }

    private static final Pattern LETTER_ITEM = Pattern.compile("[a-zđ]\\)");

    // Case-sensitive on purpose: "01 lớp tập huấn" continuing a sentence is not heading "01".
    private static final Pattern HEADING = Pattern.compile(
            "(?u)^((?iu:phần\\s+[ivx]+)\\b|[IVX]{1,5}\\.(?=\\s)|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?(?=\\s+\\p{Lu})|[a-zđ]\\)(?=\\s))\\s*(.*)$");
    private static final Map<String, String> PILLAR_WORDS = Map.ofEntries(
            Map.entry("nhan thuc", "awareness"), Map.entry("truyen thong", "awareness"),
            Map.entry("the che", "institution"), Map.entry("ha tang", "infrastructure"),
            Map.entry("du lieu", "data"), Map.entry("nen tang", "platform"),
            Map.entry("nhan luc", "workforce"), Map.entry("an toan thong tin", "security"),
            Map.entry("an ninh mang", "security"), Map.entry("an toan, an ninh", "security"),
            Map.entry("chinh quyen so", "government"), Map.entry("chinh phu so", "government"),
            Map.entry("kinh te so", "economy"), Map.entry("xa hoi so", "society"));

    /** What the tracker knows about the current position. */
    public record Context(String sectionPath, String mode, String pillar) {
    }

    private final List<String[]> stack = new ArrayList<>(); // {rank, title}
    /** Whether the heading just read was a bare part heading ({@link #BARE_PART}). */
    private boolean bareAbove;
    private String mode;
    private String pillar;
    private final String defaultMode;
    private Context cached;

    /** @param planHasResultsPart whether the plan reports results at all; without one everything is a target. */
    public SectionTracker(boolean planHasResultsPart) {
        this.defaultMode = planHasResultsPart ? Statement.ACTUAL : Statement.TARGET;
        this.mode = defaultMode;
    }

    /** Feeds one (markup-free) line; returns true when it was a heading. */
    public boolean accept(String rawLine) {
        return acceptCleaned(VnText.clean(rawLine));
    }

    /** As {@link #accept} for a line {@link VnText#clean} has cleaned already (the extractor cleans each line once). */
    boolean acceptCleaned(String line) {
        if (line.isEmpty()) {
            return false;
        }
        if (line.length() > 160) {
            announcedList(line);
            return false;
        }
        boolean afterBarePart = bareAbove;
        bareAbove = false;
        if (afterBarePart && titleInCapitals(line) && !HEADING.matcher(line).matches() && !isPartHeading(line)) {
            // "PHẦN THỨ HAI" over "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025": the line below a bare part heading is its title
            String[] top = stack.get(stack.size() - 1);
            String joined = top[1] + " " + line;
            top[1] = joined.length() > 80 ? joined.substring(0, 80) : joined;
            cached = null;
            updateMode(joined, 0);
            updatePillar(joined, 0);
            return true;
        }
        Matcher m = HEADING.matcher(line);
        boolean partHeading = isPartHeading(line);
        if (!m.matches() && !partHeading) {
            if (leadIn(line)) {
                return true;
            }
            announcedList(line);
            return false;
        }
        String marker = m.matches() ? m.group(1) : line;
        String title = m.matches() ? m.group(2) : line;
        if (!partHeading && !looksLikeTitle(title)) {
            return false;
        }
        cached = null;
        int rank = rank(marker);
        while (!stack.isEmpty() && Integer.parseInt(stack.get(stack.size() - 1)[0]) >= rank) {
            stack.remove(stack.size() - 1);
        }
        stack.add(new String[] {Integer.toString(rank), line.length() > 80 ? line.substring(0, 80) : line});
        updateMode(line, rank);
        updatePillar(line, rank);
        bareAbove = partHeading && BARE_PART.matcher(VnText.fold(line)).matches();
        return true;
    }

    /** "PHẦN THỨ HAI", "Phần II:": a part heading without its title, which the line below holds. */
    private static final Pattern BARE_PART = Pattern.compile("phan (?:[ivx]+|thu (?:nhat|hai|ba|tu|nam))\\s*[.:]?");

    /** A short line in capitals (digits allowed): a heading's title, no sentence. */
    private static boolean titleInCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 4 && line.length() < 110;
    }

    public Context context() {
        if (cached != null) {
            return cached; // asked after every line: built again only when a heading or a lead-in changed it
        }
        StringBuilder path = new StringBuilder();
        for (String[] s : stack) {
            if (path.length() > 0) {
                path.append(" > ");
            }
            path.append(s[1]);
        }
        cached = new Context(path.toString(), mode, pillar);
        return cached;
    }

    private void updateMode(String line, int rank) {
        String f = VnText.fold(line);
        // "I. THỰC TRẠNG", "I. TÌNH HÌNH TRIỂN KHAI ... NĂM 2023": where a plan starts from reports results
        if (f.contains("danh gia") || f.contains("ket qua") || f.contains("tinh hinh") || f.contains("thuc trang")) {
            if (rank <= 1) {
                mode = Statement.ACTUAL;
            }
        } else if (f.contains("muc tieu") || f.contains("nhiem vu") || f.contains("ke hoach")
                || f.contains("noi dung chuyen doi so") || f.contains("phu luc") || f.contains("chi tieu")) {
            if (rank <= 2) {
                mode = Statement.TARGET;
            }
        } else if (rank == 0) {
            mode = f.contains("phan i ") || f.equals("phan i") || f.startsWith("phan thu nhat") ? mode : Statement.TARGET;
        }
    }

    /**
     * An unnumbered line introducing a list ("Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:", "Với mục tiêu
     * chung bao gồm:", "Cụ thể, mục tiêu ...:", "Kết quả đạt được:") sets the mode of the lines below it like a heading, without entering
     * the section path.
     */
    private boolean leadIn(String line) {
        if (line.length() > 120 || !line.endsWith(":") || line.contains("%")) {
            return false;
        }
        // "Cụ thể, mục tiêu cơ bản đến năm 2025:", "Trong đó, các chỉ tiêu:": a connective may open the line
        String f = VnText.fold(line).replaceFirst("^(?:(?:cu the|trong do|theo do)\\s*,?\\s+)?(?:(?:voi|cac|nhung|mot so)\\s+)?", "");
        // "Phương hướng, nhiệm vụ năm 2025:", "Năm 2025, huyện phấn đấu đạt các chỉ tiêu sau:": what comes is to be done
        if (f.startsWith("muc tieu") || f.startsWith("chi tieu") || f.startsWith("phuong huong") || f.startsWith("nhiem vu")
                || f.contains("phan dau")) {
            setMode(Statement.TARGET);
            return true;
        }
        if (f.startsWith("ket qua")) {
            setMode(Statement.ACTUAL);
            return true;
        }
        return false;
    }

    /** A lead-in's mode, outside a heading: the context built before it no longer holds. */
    private void setMode(String newMode) {
        mode = newMode;
        cached = null;
    }

    private static final Pattern ANNOUNCED_LIST = Pattern.compile(
            "(?iu)(mục ti[eêệ]u|chỉ tiêu|kết quả)[^:]*\\b(?:như sau|sau đây|cụ thể(?: là)?|bao gồm|gồm|chủ yếu|chính)\\s*:\\s*$");

    /**
     * A sentence that announces the list below it ("Kế hoạch đã đề ra mục tiêu phấn đấu vào nhóm 10 ... và đưa ra 4
     * mục tiêu cụ thể ... như sau:") sets the mode of the lines below like a lead-in; its own figures are still read.
     */
    private void announcedList(String line) {
        if (line.length() > 600 || !line.endsWith(":")) {
            return;
        }
        Matcher m = ANNOUNCED_LIST.matcher(line);
        if (m.find()) {
            setMode(VnText.fold(m.group(1)).startsWith("ket qua") ? Statement.ACTUAL : Statement.TARGET);
        }
    }

    private void updatePillar(String line, int rank) {
        if (rank <= 1) {
            pillar = null;
        }
        String f = VnText.fold(line);
        // the pillar named first wins ("Hạ tầng dữ liệu": infrastructure), whatever order the map iterates in
        int first = Integer.MAX_VALUE;
        String named = null;
        for (Map.Entry<String, String> e : PILLAR_WORDS.entrySet()) {
            int at = f.indexOf(e.getKey());
            if (at >= 0 && (at < first || at == first && named != null && e.getValue().compareTo(named) < 0)) {
                first = at;
                named = e.getValue();
            }
        }
        if (named != null) {
            pillar = named;
        }
    }

    private static boolean isPartHeading(String line) {
        if (!line.isEmpty() && line.charAt(0) >= 'A' && line.charAt(0) <= 'E' && LETTERED_PART.matcher(line).matches()) {
            return true;
        }
        if (line.isEmpty() || Character.toLowerCase(line.charAt(0)) != 'p') {
            return false; // folding every line is costly; both headings start with P
        }
        String f = VnText.fold(line);
        return f.startsWith("phan ") && f.length() < 120 && PART_HEADING.matcher(f).matches()
                || f.startsWith("phu luc");
    }

    private static int rank(String marker) {
        String f = VnText.fold(marker);
        if (f.startsWith("phan") || f.startsWith("phu luc") || LETTERED_PART.matcher(marker).matches()) {
            return 0;
        }
        if (ROMAN_NUMBER.matcher(f).matches()) {
            return 1;
        }
        if (LETTER_ITEM.matcher(f).matches()) {
            return 5;
        }
        return 2 + (int) f.chars().filter(ch -> ch == '.').count() - (f.endsWith(".") ? 1 : 0);
    }

    /** A heading is short prose, not a sentence carrying figures. */
    private static boolean looksLikeTitle(String title) {
        return !title.isEmpty() && title.length() < 110 && !title.contains("%") && !reportsACount(title);
    }
}
