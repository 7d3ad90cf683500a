package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of one sentence: percentages ("99,9 %", "15-20%"), fractions ("20/20 xã"), counts with a
 * unit ("10 tin, bài", "468 tài khoản") and rates ("1-2 tin, bài/ tuần"). Legal references, dates, years,
 * section numbers, phone numbers and addresses are skipped.
 */
public final class QuantityScanner {
    private static final Pattern YEAR_NUMBER = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern ENDS_WITH_TU = Pattern.compile(".*\\btu\\s*$");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile(".*(toi thieu|it nhat|khong duoi|khong thap hon)(\\s+(co|dat|la|bang))?\\s*$");
    private static final Pattern MORE_THAN_BEFORE = Pattern.compile(".*(tren|hon|vuot|cao hon)\\s*$");
    private static final Pattern AT_MOST_BEFORE = Pattern.compile(".*(duoi|khong qua|toi da|thap hon)\\s*$");
    private static final Pattern ABOUT_BEFORE = Pattern.compile(".*(khoang|gan|xap xi|uoc)\\s*$");

    /** One figure found in a sentence, with character offsets into the sentence. */
    public record Quantity(int start, int end, String text, double value, Double valueHigh, Double denominator,
                           String unit, String comparator, String perPeriod) {
    }

    private static final String NUM = "\\d{1,3}(?:\\.\\d{3}){1,6}(?!\\d)|\\d+(?:[.,]\\d+)?";
    private static final String RANGE_SEP = "\\s*(?:-|–|đến|tới)\\s*";
    private static final Pattern PERCENT = Pattern.compile(
            // "tăng 5,2 điểm phần trăm": a change of a rate in percentage points, written out
            "(?u)(?=\\d)(?<![\\d/.,])(" + NUM + ")(?:\\s*%?" + RANGE_SEP + "(" + NUM + "))?\\s*(?:%|(?:điểm\\s+)?phần\\s+trăm(?!\\p{L}))");
    /** "01 người / 01 máy": equipment per person, a fraction of people equipped (devices over people). */
    private static final Pattern PER_PERSON = Pattern.compile(
            "(?u)(?=\\d)(?<![\\d/.,])(\\d{1,3})\\s*người\\s*/\\s*(\\d{1,3})\\s*(máy(?:\\s+tính)?|thiết\\s+bị)(?![\\p{L}\\d])");
    /** Unit of an equipment-per-person ratio; the catalog's phrases name it. */
    public static final String PER_PERSON_UNIT = "máy tính/người";
    private static final String WHOLE = "\\d{1,3}(?:\\.\\d{3})+(?![\\d.])|\\d{1,6}";
    /**
     * "20/20 xã", "12.447/19.958 hồ sơ", "164/355 TTHC", "2/2trường" as typed without the space before the unit, and
     * "1.579 trong tổng số 1.937 dịch vụ công", "942.934 trên tổng số 979.536 hồ sơ".
     */
    private static final Pattern FRACTION = Pattern.compile(
            "(?u)(?=\\d)(?<![\\d/.,])(" + WHOLE + ")(?:\\s*/\\s*|\\s+trong\\s+(?:tổng\\s+)?số\\s+|\\s+trên\\s+tổng\\s+số\\s+)(" + WHOLE + ")(?![\\d/])\\s*"
                    // "1.562/1.568 (khoảng 99,6%) trung tâm thôn": its share in brackets before the counted noun
                    + "(?=(?:\\(\\s*(?:khoảng|đạt|chiếm|gần|trên)?\\s*[\\d.,]+\\s*%\\s*\\)\\s*)?(?:\\p{Ll}|\\p{Lu}{2,})"
                    // "hoàn thành 100% (92/92) tiêu chí": the fraction in brackets, its counted noun after them
                    + "|\\)\\s*\\p{Ll})");
    /** A score out of its maximum: "đạt 13.2/18 điểm", "77,65/100 điểm" (a decimal numerator only before "điểm"). */
    private static final Pattern SCORE_FRACTION = Pattern.compile(
            "(?iu)(?=\\d)(?<![\\d/.,])(\\d{1,3}[.,]\\d{1,3})\\s*/\\s*(\\d{1,3}|1\\.?000)(?![\\d/]|[.,]\\d)\\s*điểm(?!\\p{L})");
    /** Count units as they follow a number; a count needs one of them to be a statement. */
    static final String COUNT_UNITS = String.join("|",
            "tin,?\\s*bài", "tin", "bài(?:\\s+viết)?", "lớp", "tài\\s+khoản", "TK(?:\\s+(?:ĐDĐT|VNeID))?", "thủ\\s+tục(?:\\s+hành\\s+chính)?",
            "TTHC", "hồ\\s+sơ", "hộ(?:\\s+gia\\s+đình)?", "người", "cán\\s+bộ", "công\\s+chức", "máy(?:\\s+tính)?",
            "điểm(?:\\s+cầu)?", "cuộc(?:\\s+họp)?", "phiên(?:\\s+họp)?", "hội\\s+nghị", "lượt(?:\\s+người)?", "văn\\s+bản", "giao\\s+dịch",
            "chữ\\s+ký(?:\\s+số)?", "chứng\\s+thư(?:\\s+số)?", "nhóm(?:\\s+Zalo)?", "tổ(?:\\s+công\\s+nghệ\\s+số|\\s+dân\\s+phố)?",
            "thiết\\s+bị", "camera", "trường(?:\\s+học)?(?!\\s+hợp)", "doanh\\s+nghiệp", "sản\\s+phẩm", "trạm(?:\\s+BTS)?",
            "buổi", "đợt", "dịch\\s+vụ(?:\\s+công)?", "thành\\s+viên", "hệ\\s+thống", "phần\\s+mềm", "cơ\\s+sở",
            "xã", "thôn", "tổ\\s+dân\\s+phố", "TDP", "khối", "hộ\\s+kinh\\s+doanh", "mô\\s+hình", "sáng\\s+kiến",
            "ứng\\s+dụng", "trang", "kênh", "học\\s+viên", "đại\\s+biểu", "km", "(?:số\\s+)?thuê\\s+bao", "gói",
            "yêu\\s+cầu\\s+xác\\s+thực",
            "phóng\\s+sự(?:\\s+phát\\s+thanh)?", "video(?:\\s+clip)?", "clip", "bản\\s+tin(?:\\s+điện\\s+tử)?",
            "giáo\\s+viên", "học\\s+sinh", "sinh\\s+viên", "tin\\s+nhắn", "cuộc\\s+thi", "chương\\s+trình",
            "nền\\s+tảng", "cơ\\s+sở\\s+dữ\\s+liệu", "CSDL", "biểu\\s+mẫu", "đoàn\\s+viên", "hội\\s+viên", "đảng\\s+viên", "công\\s+ty",
            "tiểu\\s+thương", "gian\\s+hàng", "điểm\\s+phát\\s+wifi", "điểm\\s+wifi", "xe", "tuyến",
            "chỉ\\s+tiêu", "huyện", "dữ\\s+liệu", "Mb/s", "Mbps", "Gb/s", "địa\\s+phương", "DVCTT", "DVC", "bộ\\s+dữ\\s+liệu",
            "thẻ(?:\\s+BHYT|\\s+bảo\\s+hiểm\\s+y\\s+tế)?", "sổ(?:\\s+sức\\s+khỏe(?:\\s+điện\\s+tử)?)?",
            "phường(?:,\\s*xã)?", "cổng(?:\\s+thành\\s+phần)?", "hóa\\s+đơn(?:\\s+điện\\s+tử)?",
            "cá\\s+nhân", "cơ\\s+quan(?:,\\s*đơn\\s+vị)?", "tình\\s+nguyện\\s+viên", "sự\\s+kiện", "buôn", "ấp",
            "tập\\s+dữ\\s+liệu", "khu\\s+nhà\\s+trọ", "điện\\s+thoại(?:\\s+thông\\s+minh)?", "smartphone", "chợ", "khách\\s+hàng", "HTX",
            "hợp\\s+tác\\s+xã", "công\\s+dân", "phản\\s+ánh", "mắt(?:\\s+camera)?", "[“\"]mắt\\s+thần[”\"]", "cửa\\s+hàng", "địa\\s+điểm", "hạng\\s+mục",
            "trung\\s+tâm", "trường\\s+hợp", "bản\\s+ghi(?!\\s+nhớ)", "xóm", "khu\\s+phố", "(?:cụm\\s+)?loa(?:\\s+truyền\\s+thanh)?",
            "câu\\s+lạc\\s+bộ", "CLB", "nhà\\s+văn\\s+hóa", "diễn\\s+đàn", "sim(?:\\s+ký\\s+số)?",
            // tasks, criteria and targets counted with their status ("đã hoàn thành 85 nhiệm vụ", "8 mục tiêu hoàn thành và
            // vượt kế hoạch giao"; without one: NotAStatement)
            "nhiệm\\s+vụ", "tiêu\\s+chí", "mục\\s+tiêu",
            // sites ("1.090 vị trí trạm BTS"), not places of a ranking ("4 vị trí tiếp theo thuộc về ...")
            "vị\\s+trí(?!\\s+(?:tiếp|dẫn|đầu|cuối|thứ|xếp|cao|thấp))", "khóa\\s+học", "(?:bộ\\s+)?máy\\s+vi\\s+tính",
            "cột\\s+ăng[\\s-]?ten", "chuyên\\s+gia",
            // units counted by the grade an assessment gave them ("15 đơn vị đạt loại tốt, 42 đơn vị loại khá"), not any
            // "đơn vị" (a unit of measure, a body named after the number)
            "đơn\\s+vị(?=\\s+(?:được\\s+|bị\\s+)?(?:đạt\\s+|xếp\\s+)?(?:loại\\s+|mức\\s+)?(?:rất\\s+tốt|tốt|khá|trung\\s+bình|kém|yếu"
                    + "|xuất\\s+sắc)(?![\\p{L}]))",
            "bệnh\\s+viện", "ngân\\s+hàng", "mã\\s+QR", "infographic", "phù\\s+hiệu", "phân\\s+hệ",
            // "xóa 39 vùng “lõm” sóng": places without a signal
            "vùng\\s+[“\"]?(?:lõm|trắng)[”\"]?(?:\\s+sóng)?",
            // a highland village ("8 bản chưa có sóng"), not a map, a copy or a bulletin
            "bản(?!\\s+(?:đồ|sao|tin|kế|cam|ghi|quyền|án|chất|thân|địa|vẽ|thảo|mềm|cứng|in|dịch|nhạc|lĩnh))");
    private static final Pattern COUNTED = Pattern.compile("(?iu)^(?:" + COUNT_UNITS + ")$");
    /** "2,2 triệu tài khoản", "538 nghìn chữ ký": the count in thousands or millions. */
    private static final String SCALE = "nghìn|ngàn|triệu";
    private static final Pattern COUNT = Pattern.compile(
            "(?iu)(?=\\d)(?<![\\d/.,\\p{L}])(" + NUM + ")(?:" + RANGE_SEP + "(" + NUM + "))?\\s+(?:(" + SCALE + ")\\s+)?("
                    + COUNT_UNITS + ")(?![\\p{L}\\d])(?:\\s*/\\s*(tuần|tháng|năm|quý|ngày))?");
    /**
     * A place among the leaders: "nhóm 20 tỉnh/thành phố dẫn đầu", "top 10 địa phương", "nhóm Top 20": a rank of at
     * most N. A plain "nhóm 5" counts groups, so without "top" the places must follow.
     */
    private static final Pattern RANK_GROUP = Pattern.compile(
            "(?iu)(?=[nNtT])(?<![\\p{L}])(?:(?:nhóm\\s+)?(?:top|tốp)|nhóm)\\s+(\\d{1,2})(?![\\d%]|[.,/]\\d)");
    /** "là 1 trong 17 tỉnh, thành phố đứng đầu", "trở thành 1 trong 15 tỉnh thành": a place among the first N. */
    private static final Pattern RANK_AMONG = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:1|một)\\s+trong\\s+(?:số\\s+)?(\\d{1,2})(?=\\s+(?:tỉnh|thành\\s+phố|địa\\s+phương|đơn\\s+vị))");
    /** "xếp thứ 11 trong tổng số 63 tỉnh", "tương đương thứ 7 trong nhóm 34 tỉnh, thành phố": a place out of M. */
    private static final Pattern RANK_WITHIN = Pattern.compile("(?iu)(?<![\\p{L}])thứ\\s+(\\d{1,3})\\s+trong\\s+"
            + "(?:tổng\\s+số\\s+|số\\s+|nhóm\\s+)?(\\d{1,3})(?=\\s+(?:tỉnh|thành|địa\\s+phương|đơn\\s+vị|xã|phường|huyện|quận|sở|cơ\\s+quan))");
    private static final MatchStarts RANKS_WITHIN = MatchStarts.ofWords(RANK_WITHIN, "thứ");
    /**
     * A rank is a statement too: "xếp hạng thứ 25", "xếp vị trí thứ 31/63", "đứng thứ 1", "xếp thứ 5/63"; a market's
     * or a hotel's class ("19 chợ hạng 1") is none.
     */
    private static final Pattern RANK = Pattern.compile(
            // "trong bảng xếp hạng 63 tỉnh": the ranking's table and how many it ranks, no place
            "(?iu)(?=[xXđĐvVhH])(?:(?<!bảng\\s)xếp(?:\\s+hạng|\\s+vị\\s+trí|\\s+vị\\s+thứ)?|đứng|vị\\s+trí"
                    + "|(?<!chợ\\s)(?<!sạn\\s)(?<!bảng\\sxếp\\s)hạng)(?:\\s+thứ)?"
                    + "\\s+(\\d{1,3})(?:\\s*/\\s*(\\d{1,3}))?(?![\\d%]|[.,]\\d)"
                    // "(đứng thứ 3 từ trái sang)": where a person stands in a photo
                    + "(?!\\s+từ\\s+(?:trái|phải)(?![\\p{L}]))");
    /**
     * A rank named by its ranking, then a colon: "Xếp hạng chính quyền số: 44/63 tỉnh, thành phố" (the words between
     * name the ranking, no figure), or after the colon: "thay đổi xếp hạng: Chính quyền số 28/63 (tăng 11 bậc ...)".
     */
    private static final Pattern RANK_LABELLED = Pattern.compile(
            "(?iu)(?=[xX])xếp\\s+hạng(?:\\s+[\\p{L}() ]{2,40}?:\\s*|\\s*:\\s*[\\p{L}() ]{2,40}?\\s)(?:thứ\\s+)?(\\d{1,3})\\s*/\\s*(\\d{1,3})"
                    + "(?![\\d%]|[.,]\\d)");
    /** A growth as a multiple: "tăng gấp 1,5 lần", "gấp 3 lần", "sản lượng tăng 5 lần" ("tổ chức 3 lần" counts occasions). */
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?iu)(?=[tTgG])(?:tăng\\s+(?:gấp\\s+)?|gấp\\s+)(" + NUM + ")\\s+lần(?![\\p{L}\\d])");
    public static final String MULTIPLE_UNIT = "lần";
    /** A place written as a word: "đứng thứ nhất toàn tỉnh", "đứng thứ hai toàn quốc", "xếp thứ tám"; not in a photo. */
    private static final Pattern RANK_WORD = Pattern.compile(
            "(?iu)(?=[xXđĐ])(?:xếp(?:\\s+hạng|\\s+vị\\s+trí)?|đứng)\\s+thứ\\s+(nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\\p{L}\\d])"
                    + "(?!\\s*(?:19|20)\\d{2})(?!\\s+từ\\s+(?:trái|phải)(?![\\p{L}]))");
    /** First among all: "dẫn đầu 63 tỉnh, thành phố cả nước", "đứng đầu nhóm 63 tỉnh" (the places ranked after it). */
    private static final Pattern RANK_LEADS = Pattern.compile(
            "(?iu)(?=[dDđĐ])(?:dẫn|đứng)\\s+đầu\\s+(?:trong\\s+)?(?:nhóm\\s+)?(?:cả\\s+)?(\\d{1,3})(?![\\d%]|[.,/]\\d)\\s+"
                    + "(?:tỉnh|huyện|quận|xã|phường|địa\\s+phương|đơn\\s+vị)(?![\\p{L}])");
    /** The places RANK_WORD reads, folded, in order. */
    private static final List<String> ORDINALS = List.of("nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi");

    private static int ordinal(String word) {
        String folded = VnText.fold(word).toLowerCase(Locale.ROOT);
        return folded.equals("nhi") ? 2 : ORDINALS.indexOf(folded) + 1;
    }
    /** A rank's move: "tăng 1 hạng", "giảm 03 bậc", "tụt 6 bậc", "tăng một bậc" (a fall is negative). */
    private static final Pattern RANK_MOVE = Pattern.compile(
            "(?iu)(?=[tTgGlLxX])(tăng|giảm|tụt|lên|xuống)\\s+(\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s+(bậc|hạng|bậc xếp hạng)"
                    + "(?![\\p{L}])");
    /** The steps RANK_MOVE reads as a word, folded, in order. */
    private static final List<String> STEPS = List.of("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi");

    private static double steps(String written) {
        return Character.isDigit(written.charAt(0)) ? Double.parseDouble(written)
                : STEPS.indexOf(VnText.fold(written).toLowerCase(Locale.ROOT)) + 1;
    }
    /** The same move against another year, its verb unsaid: "tăng 20 bậc so với năm 2021 và 21 bậc so với năm 2020". */
    private static final Pattern MOVE_AGAIN = Pattern.compile(
            "(?iu)\\s+so\\s+với\\s+(?:năm\\s+)?\\d{4}\\s+và\\s+(\\d{1,3})\\s+(?:bậc|hạng)(?![\\p{L}])");
    /** An index score written as a decimal below 1 ("đạt 0,6674 điểm", "chỉ số DTI 0,5585"). */
    private static final Pattern INDEX_SCORE = Pattern.compile("(?u)(?=0)(?<![\\d/.,])(0,\\d{2,4})(?![\\d%])");
    public static final String RANK_UNIT = "rank";
    public static final String RANK_MOVE_UNIT = "rank_change";
    public static final String INDEX_UNIT = "index";
    private static final Pattern LABELLED_COUNT = Pattern.compile(
            "(?u)(?=S)(Số\\s+[^:;.]{3,60}):\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})(?![\\d/%]|[.,]\\d)");

    /** "05 nhóm kỹ năng: (i) ...; (ii) ...": the count of the items listed next, not a measured figure. */
    private static final Pattern ENUMERATION_HEAD = Pattern.compile(
            "(?u)[^.;:\\d]{0,80}:\\s*\\(?(?:i|1|a)\\)");

    /**
     * "số" as "digital" after the word it qualifies ("Chính quyền số 28/63", "kinh tế số 26/63"), no "number" of a
     * document: a look-behind for a reference's "số".
     */
    static final String DIGITAL = "(?<!(?:quyền|tế|hội|đổi|tầng|liệu|lực|thức|chế|tảng|năng|phủ)\\s)";
    private static final Pattern NOT_A_FIGURE = Pattern.compile(
            "(?iu)((?<!tổng\\s)(?<!trong\\s)" + DIGITAL + "số|quyết định|nghị quyết|kế hoạch|công văn|thông tư|nghị định|chỉ thị|đề án|chương trình|luật)\\s*$"
                    // "thí điểm 06 điểm phát sóng": a pilot, no item's number
                    + "|(ngày|tháng|năm|giai đoạn|mức độ|mô hình|khóa|khoá|lần thứ|(?<!thí\\s)điểm|(?<!tài\\s)khoản|điều|mục"
                    + "|phụ lục|tuổi|đt|điện thoại|hotline)\\s*$");
    private static final MatchStarts NOT_A_FIGURE_WORDS = MatchStarts.ofWords(NOT_A_FIGURE,
            "số quyết nghị kế công thông chỉ đề chương luật ngày tháng năm giai mức mô khóa khoá lần điểm khoản điều mục phụ tuổi đt"
                    + " điện hotline");

    // where the figure patterns can start (see MatchStarts): a digit, or the first letter of a rank's words; the
    // look-aheads they open with say as much, but java.util.regex tests them at every position, folding case there
    private static final String DIGITS = "0123456789";
    private static final MatchStarts PERCENTS = MatchStarts.of(PERCENT, DIGITS);
    private static final MatchStarts PER_PERSONS = MatchStarts.of(PER_PERSON, DIGITS);
    private static final MatchStarts FRACTIONS = MatchStarts.of(FRACTION, DIGITS);
    private static final MatchStarts SCORE_FRACTIONS = MatchStarts.of(SCORE_FRACTION, DIGITS);
    private static final MatchStarts RANK_GROUPS = MatchStarts.ofWords(RANK_GROUP, "nhóm top tốp");
    private static final MatchStarts COUNTS = MatchStarts.of(COUNT, DIGITS);
    private static final MatchStarts RANKS = MatchStarts.ofWords(RANK, "xếp đứng vị hạng");
    private static final MatchStarts RANK_WORDS = MatchStarts.ofWords(RANK_WORD, "xếp đứng");
    private static final MatchStarts RANKS_FIRST = MatchStarts.ofWords(RANK_LEADS, "dẫn đứng");
    private static final MatchStarts MULTIPLES = MatchStarts.ofWords(MULTIPLE, "tăng gấp");
    private static final MatchStarts LABELLED_RANKS = MatchStarts.ofWords(RANK_LABELLED, "xếp");
    private static final MatchStarts RANK_MOVES = MatchStarts.ofWords(RANK_MOVE, "tăng giảm tụt lên xuống");
    private static final MatchStarts INDEX_SCORES = MatchStarts.of(INDEX_SCORE, "0");
    private static final MatchStarts LABELLED_COUNTS = MatchStarts.of(LABELLED_COUNT, "S");

    private QuantityScanner() {
    }

    public static List<Quantity> scan(String sentence) {
        List<Quantity> found = new ArrayList<>();
        if (!hasDigit(sentence)) {
            return found; // most prose: skip the four patterns
        }
        Matcher p = PERCENTS.matcher(sentence);
        for (int from = 0; PERCENTS.next(p, sentence, from); from = p.end()) {
            double first = VietNumber.parse(p.group(1));
            Double high = p.group(2) == null ? null : VietNumber.parse(p.group(2));
            // no document's number or date carries a per cent sign: "vượt kế hoạch năm 18,18%", "(đạt 45%, kế hoạch
            // 60%)" are figures, where "Kế hoạch 60", "năm 2025" before a bare number are not
            if (first > 1000) {
                continue;
            }
            String cmp = high != null ? "range" : comparator(sentence, p.start(), p.end());
            found.add(new Quantity(p.start(), p.end(), p.group(), first, high, null, Statement.PERCENT, cmp, null));
        }
        // each pattern below needs a character or word the sentence may lack: "người" and "/" for a ratio per person
        boolean slash = sentence.indexOf('/') >= 0;
        Matcher pp = PER_PERSONS.matcher(sentence);
        for (int from = 0; slash && sentence.contains("người") && PER_PERSONS.next(pp, sentence, from); from = pp.end()) {
            double people = Double.parseDouble(pp.group(1));
            double devices = Double.parseDouble(pp.group(2));
            if (people == 0 || devices > people || overlaps(found, pp.start(), pp.end())) {
                continue;
            }
            found.add(new Quantity(pp.start(), pp.end(), VnText.clean(pp.group()), devices, null, people,
                    PER_PERSON_UNIT, comparator(sentence, pp.start(), pp.end()), null));
        }
        Matcher lr = LABELLED_RANKS.matcher(sentence);
        for (int from = 0; LABELLED_RANKS.next(lr, sentence, from); from = lr.end()) {
            double place = Double.parseDouble(lr.group(1));
            double of = Double.parseDouble(lr.group(2));
            if (place >= 1 && place <= of && !overlaps(found, lr.start(1), lr.end())) {
                found.add(new Quantity(lr.start(1), lr.end(), VnText.clean(sentence.substring(lr.start(1), lr.end())),
                        place, null, of, RANK_UNIT, "eq", null));
            }
        }
        Matcher within = RANKS_WITHIN.matcher(sentence);
        for (int from = 0; RANKS_WITHIN.next(within, sentence, from); from = within.end()) {
            double place = Double.parseDouble(within.group(1));
            double of = Double.parseDouble(within.group(2));
            if (place >= 1 && place <= of && !overlaps(found, within.start(1), within.end())) {
                found.add(new Quantity(within.start(1), within.end(), VnText.clean(within.group()), place, null, of,
                        RANK_UNIT, "eq", null));
            }
        }
        if (slash || sentence.contains("trong") || sentence.contains("trên")) {
            fractions(sentence, FRACTIONS, false, found);
        }
        if (slash && sentence.toLowerCase(Locale.ROOT).contains("điểm")) {
            fractions(sentence, SCORE_FRACTIONS, true, found);
        }
        // before the groups: "dẫn đầu nhóm 63 tỉnh" is the first of 63, not a place within the first 63
        Matcher lead = RANKS_FIRST.matcher(sentence);
        for (int from = 0; RANKS_FIRST.next(lead, sentence, from); from = lead.end()) {
            if (!overlaps(found, lead.start(1), lead.end())) {
                found.add(new Quantity(lead.start(1), lead.end(), VnText.clean(lead.group()), 1, null,
                        Double.parseDouble(lead.group(1)), RANK_UNIT, "eq", null));
            }
        }
        Matcher g = RANK_GROUPS.matcher(sentence);
        for (int from = 0; RANK_GROUPS.next(g, sentence, from); from = g.end()) {
            boolean top = VnText.fold(g.group()).contains("top");
            // "nhóm 63 tỉnh, thành phố (trước sáp nhập)", "nhóm 34 tỉnh": every province of an era, no place among them
            boolean everyProvince = !top && everyProvince(g.group(1));
            if (!everyProvince && !overlaps(found, g.start(1), g.end(1)) && (top || placesFollow(sentence, g.end()))) {
                found.add(new Quantity(g.start(1), g.end(), VnText.clean(g.group()), Double.parseDouble(g.group(1)),
                        null, null, RANK_UNIT, "lte", null));
            }
        }
        Matcher among = RANK_AMONG.matcher(sentence);
        while (among.find()) {
            if (!overlaps(found, among.start(1), among.end(1))) {
                found.add(new Quantity(among.start(1), among.end(1), VnText.clean(among.group()),
                        Double.parseDouble(among.group(1)), null, null, RANK_UNIT, "lte", null));
            }
        }
        Matcher c = COUNTS.matcher(sentence);
        for (int from = 0; COUNTS.next(c, sentence, from); from = c.end()) {
            if (overlaps(found, c.start(), c.end()) || isReference(sentence, c.start()) || isYear(c.group(1))
                    || ENUMERATION_HEAD.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
                continue;
            }
            if ("lượt".equalsIgnoreCase(c.group(4)) && VIEWS.matcher(sentence).region(c.end(), sentence.length()).lookingAt()) {
                continue; // "641 lượt xem": the page's view counter
            }
            double scale = scale(c.group(3));
            double first = VietNumber.parse(c.group(1)) * scale;
            Double high = c.group(2) == null ? null : VietNumber.parse(c.group(2)) * scale;
            String cmp = high != null ? "range" : comparator(sentence, c.start(), c.end());
            found.add(new Quantity(c.start(), c.end(), c.group(), first, high, null, VnText.clean(c.group(4)), cmp,
                    c.group(5)));
        }
        Matcher r = RANKS.matcher(sentence);
        for (int from = 0; RANKS.next(r, sentence, from); from = r.end()) {
            if (overlaps(found, r.start(1), r.end()) || isYear(r.group(1))) {
                continue;
            }
            Double of = r.group(2) == null ? null : Double.valueOf(r.group(2));
            found.add(new Quantity(r.start(1), r.end(), VnText.clean(sentence.substring(r.start(), r.end())),
                    Double.parseDouble(r.group(1)), null, of, RANK_UNIT, "eq", null));
        }
        Matcher w = RANK_WORDS.matcher(sentence);
        for (int from = 0; RANK_WORDS.next(w, sentence, from); from = w.end()) {
            if (!overlaps(found, w.start(1), w.end())) {
                found.add(new Quantity(w.start(1), w.end(), VnText.clean(w.group()), ordinal(w.group(1)),
                        null, null, RANK_UNIT, "eq", null));
            }
        }
        rankSeries(sentence, found);
        rankList(sentence, found);
        ranksInTurn(sentence, found);
        Matcher mv = RANK_MOVES.matcher(sentence);
        for (int from = 0; RANK_MOVES.next(mv, sentence, from); from = mv.end()) {
            if (overlaps(found, mv.start(2), mv.end(2))) {
                continue;
            }
            String verb = VnText.fold(mv.group(1));
            double steps = steps(mv.group(2));
            double sign = verb.equals("tang") || verb.equals("len") ? 1 : -1;
            found.add(new Quantity(mv.start(2), mv.end(), VnText.clean(mv.group()), sign * steps, null, null,
                    RANK_MOVE_UNIT, "eq", null));
            Matcher again = MOVE_AGAIN.matcher(sentence).region(mv.end(), sentence.length());
            if (again.lookingAt() && !overlaps(found, again.start(1), again.end())) {
                found.add(new Quantity(again.start(1), again.end(), VnText.clean(sentence.substring(again.start(1),
                        again.end())), sign * Double.parseDouble(again.group(1)), null, null, RANK_MOVE_UNIT, "eq", null));
            }
        }
        Matcher ix = INDEX_SCORES.matcher(sentence);
        for (int from = 0; sentence.contains("0,") && INDEX_SCORES.next(ix, sentence, from); from = ix.end()) {
            if (!overlaps(found, ix.start(), ix.end()) && !isReference(sentence, ix.start())) {
                found.add(new Quantity(ix.start(), ix.end(), ix.group(), VietNumber.parse(ix.group()), null, null,
                        INDEX_UNIT, comparator(sentence, ix.start(), ix.end()), null));
            }
        }
        Matcher l = LABELLED_COUNTS.matcher(sentence);
        for (int from = 0; LABELLED_COUNTS.next(l, sentence, from); from = l.end()) {
            if (!overlaps(found, l.start(2), l.end(2))) {
                found.add(new Quantity(l.start(2), l.end(2), l.group(2), VietNumber.parse(l.group(2)), null, null,
                        "count", "eq", null));
            }
        }
        Matcher x = MULTIPLES.matcher(sentence);
        for (int from = 0; MULTIPLES.next(x, sentence, from); from = x.end()) {
            if (!overlaps(found, x.start(1), x.end())) {
                found.add(new Quantity(x.start(1), x.end(), VnText.clean(x.group()), VietNumber.parse(x.group(1)), null, null,
                        MULTIPLE_UNIT, comparator(sentence, x.start(), x.end()), null));
            }
        }
        Matcher attached = ATTACHED_UNITS.matcher(sentence);
        boolean unitWritten = sentence.contains("bps") || sentence.contains("b/s") || sentence.contains("TB")
                || sentence.contains("GB") || sentence.contains("km");
        for (int from = 0; unitWritten && ATTACHED_UNITS.next(attached, sentence, from); from = attached.end()) {
            if (!overlaps(found, attached.start(), attached.end())) {
                found.add(new Quantity(attached.start(), attached.end(), attached.group(), VietNumber.parse(attached.group(1)),
                        null, null, attached.group(2), comparator(sentence, attached.start(), attached.end()), null));
            }
        }
        moneySpentOrEarned(sentence, found);
        countsAfterTheirNoun(sentence, found);
        levelBreakdown(sentence, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "cấp xã: 138", "cấp huyện 1.111": a level's share of the count before, its unit unsaid. */
    private static final Pattern LEVEL_SHARE = Pattern.compile(
            "(?iu)(?<![\\p{L}])cấp\\s+(?:tỉnh|huyện|xã|thôn|cơ\\s+sở)\\s*(?::|là)?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})"
                    + "(?![\\d/%]|[.,]\\d)(?=\\s*(?:[,;.)]|và\\s|$))");
    private static final MatchStarts LEVEL_SHARES = MatchStarts.ofWords(LEVEL_SHARE, "cấp");
    /** How far before a level's share the count it divides may stand. */
    private static final int SHARE_REACH = 120;

    /**
     * "1.871 tổ Công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733)", "1.178 dịch vụ công, trong đó cấp tỉnh 67,
     * cấp huyện 1.111": each level's number counts what the count before it counts.
     */
    private static void levelBreakdown(String sentence, List<Quantity> found) {
        Matcher m = LEVEL_SHARES.matcher(sentence);
        List<Quantity> wholes = null; // a level's share divides no other level's; copied only when a sentence has one
        for (int from = 0; LEVEL_SHARES.next(m, sentence, from); from = m.end()) {
            if (overlaps(found, m.start(1), m.end(1))) {
                continue;
            }
            if (wholes == null) {
                wholes = List.copyOf(found);
            }
            Quantity whole = null;
            for (Quantity q : wholes) {
                if (q.end() <= m.start() && q.end() >= m.start() - SHARE_REACH && q.denominator() == null
                        && q.unit() != null && COUNTED.matcher(q.unit()).find() && (whole == null || q.end() > whole.end())) {
                    whole = q;
                }
            }
            double value = VietNumber.parse(m.group(1));
            if (whole != null && value < whole.value()) {
                found.add(new Quantity(m.start(1), m.end(1), m.group(1), value, null, null, whole.unit(), "eq", null));
            }
        }
    }

    /**
     * A speed, a capacity or a cable's length written against its number: "40Mbps", "70Mb/s", "135TB", "5.220km cáp
     * quang" (not how far a place lies: "cách ... khoảng 06km").
     */
    private static final Pattern ATTACHED_UNIT = Pattern.compile("(?<![\\d/.,\\p{L}])(" + NUM
            + ")(Mbps|Mb/s|Gbps|Gb/s|TB|GB|km(?=\\s+(?:cáp|đường\\s+truyền|mạng|dây)))(?![\\p{L}\\d/])");
    private static final MatchStarts ATTACHED_UNITS = MatchStarts.of(ATTACHED_UNIT, "0123456789");
    /** An amount of money: "hơn 2.500 tỷ đồng", "160 triệu đồng", "1,15 tỷ đồng/tháng". */
    private static final Pattern MONEY = Pattern.compile("(?iu)(?<![\\d/.,\\p{L}])(" + NUM
            + ")\\s+((?:tỷ|tỉ|triệu|nghìn|ngàn)\\s+đồng)(?![\\p{L}\\d])(?:\\s*/\\s*(tháng|năm))?");
    private static final MatchStarts MONEYS = MatchStarts.of(MONEY, "0123456789");
    /**
     * What was earned, saved, paid or spent on the work ("tổng doanh thu", "tiết kiệm", "số tiền giao dịch", "tổng kinh
     * phí đầu tư", "trị giá"), in the amount's clause.
     */
    private static final Pattern MONEY_DONE = Pattern.compile("(?iu)doanh\\s+thu|tiết\\s+kiệm|số\\s+tiền|giao\\s+dịch"
            + "|thanh\\s+toán|đầu\\s+tư|tổng\\s+kinh\\s+phí|kinh\\s+phí\\s+(?:sử\\s+dụng|đầu\\s+tư)|trị\\s+giá|giải\\s+ngân");
    /**
     * A budget set aside or foreseen ("bố trí kinh phí", "dự toán", "kinh phí dự kiến") and the economy's or the
     * treasury's figures ("thu nhập bình quân", "thu ngân sách", "GRDP"): no measure of the work.
     */
    private static final Pattern MONEY_NOT_DONE = Pattern.compile("(?iu)bố\\s+trí|dự\\s+toán|dự\\s+kiến|thu\\s+nhập"
            + "|ngân\\s+sách|GRDP|bình\\s+quân\\s+đầu\\s+người|phân\\s+bổ|đề\\s+xuất");

    /**
     * Money earned, saved, paid or spent, kept as an amount with its unit ("tổng doanh thu hơn 2.500 tỷ đồng", "tiết
     * kiệm trên 1,15 tỷ đồng/tháng", "Tổng kinh phí đầu tư trên 160 triệu đồng"); a budget set aside or foreseen and
     * the economy's figures are none.
     */
    private static void moneySpentOrEarned(String sentence, List<Quantity> found) {
        if (!sentence.contains("đồng")) {
            return;
        }
        Matcher m = MONEYS.matcher(sentence);
        for (int from = 0; MONEYS.next(m, sentence, from); from = m.end()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            String before = sentence.substring(clauseStart(sentence, m.start()), m.start());
            if (!MONEY_DONE.matcher(before).find() || MONEY_NOT_DONE.matcher(before).find()) {
                continue;
            }
            found.add(new Quantity(m.start(), m.end(), VnText.clean(m.group()), VietNumber.parse(m.group(1)), null, null,
                    VnText.clean(m.group(2)).toLowerCase(Locale.ROOT).replace("tỉ", "tỷ"),
                    comparator(sentence, m.start(), m.end()), m.group(3)));
        }
    }

    /** Where the clause holding position {@code at} starts: after the last comma, semicolon, colon, bracket or stop. */
    private static int clauseStart(String sentence, int at) {
        int clause = at;
        while (clause > 0 && ",;:(.".indexOf(sentence.charAt(clause - 1)) < 0) {
            clause--;
        }
        return clause;
    }

    /** A bare number ending its clause after "là", "có" or "đạt": "là 1.627", "có 937;", "là 1.627 (gồm ...)", "là 115.665 và". */
    private static final Pattern VERB_THEN_BARE_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:là|có|đạt)\\s+(" + NUM
            + ")(?![\\d%/]|[.,]\\d)(?=\\s*(?:[,;.)]\\s|[,;.)]?$|\\(|và\\s))");
    private static final MatchStarts VERBS_THEN_BARE_NUMBERS = MatchStarts.ofWords(VERB_THEN_BARE_NUMBER, "là có đạt");
    /** The clause before it opens with the counted noun and ends in "là", "có" or "đạt": "Tổng số DVCTT hiện có là". */
    private static final Pattern NOUN_THEN_VERB = Pattern.compile("(?iu)^\\s*(?:[-+•*–]\\s*)?(?:trong\\s+đó\\s*,?\\s*)?(?:(?:tổng\\s+)?số(?:\\s+lượng)?\\s+)?("
            + COUNT_UNITS + ")(?![\\p{L}\\d])(?!\\s+hội)[^,;:()\\d]{0,50}?\\s(?:hiện\\s+)?(?:có\\s+)?(?:là|có|đạt)\\s*$");

    /**
     * "Tổng số DVCTT hiện có là 1.627", "số hồ sơ trực tuyến toàn trình là 115.665", "dịch vụ công trực tuyến toàn trình
     * có 937": a count whose noun opens its clause and whose number closes it.
     */
    private static void countsAfterTheirNoun(String sentence, List<Quantity> found) {
        Matcher m = VERBS_THEN_BARE_NUMBERS.matcher(sentence);
        for (int from = 0; VERBS_THEN_BARE_NUMBERS.next(m, sentence, from); from = m.end()) {
            int start = m.start(1);
            if (overlaps(found, start, m.end()) || isYear(m.group(1))) {
                continue;
            }
            Matcher noun = NOUN_THEN_VERB.matcher(sentence.substring(clauseStart(sentence, start), start));
            if (noun.find()) {
                found.add(new Quantity(start, m.end(), m.group(1), VietNumber.parse(m.group(1)), null, null,
                        VnText.clean(noun.group(1)), "eq", null));
            }
        }
    }

    private static final Pattern VIEWS = Pattern.compile("(?iu)\\s+xem\\b");
    /** Words that follow a day and month, never a count's unit. */
    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "(?iu)(?:hàng|hằng|trên|của|tại|và|là|đến|năm|theo|cho|với|từ|về|vừa|qua|tới)(?:\\s.*)?");

    /** The unit after "24/24": hours, round the clock. */
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?iu)h|giờ|tiếng");

    /**
     * The fractions a pattern finds: "20/20 xã" (a count of a whole, its unit read after it) or, when {@code score},
     * a score out of its maximum (its unit "điểm" inside the match).
     */
    private static void fractions(String sentence, MatchStarts pattern, boolean score, List<Quantity> found) {
        Matcher f = pattern.matcher(sentence);
        for (int from = 0; pattern.next(f, sentence, from); from = f.end()) {
            if (overlaps(found, f.start(), f.end()) || isReference(sentence, f.start()) || rankBefore(sentence, f.start())) {
                continue;
            }
            double num = VietNumber.parse(f.group(1));
            double den = VietNumber.parse(f.group(2));
            if (den == 0 || num > den) {
                continue;
            }
            int unitAt = f.end();
            boolean bracketed = !score && unitAt < sentence.length() && sentence.charAt(unitAt) == ')';
            if (bracketed) {
                // "(12/2006)" is a month and its year
                if (!sentence.substring(0, f.start()).stripTrailing().endsWith("(") || den >= 1900 && den <= 2100) {
                    continue;
                }
                unitAt = nonBlankAfter(sentence, unitAt + 1);
            }
            String unit = score ? "" : unitAfter(sentence, unitAt);
            if (!score && num <= 31 && den <= 12 && FUNCTION_WORD.matcher(unit).matches()) {
                continue; // "Ngày Chuyển đổi số quốc gia (10/10 hàng năm)": a day and month, not a fraction
            }
            if (!score && num == 24 && den == 24 && ROUND_THE_CLOCK.matcher(unit).matches()) {
                continue; // "theo dõi ... diễn ra 24/24h": round the clock, no share of anything
            }
            if (bracketed && unit.isBlank()) {
                continue;
            }
            String unitName = score ? "điểm" : unit.isBlank() ? "fraction" : VnText.clean(unit);
            found.add(new Quantity(f.start(), unitAt + unit.length(), VnText.clean(sentence.substring(f.start(), unitAt) + unit), num, null, den,
                    unitName, comparator(sentence, f.start(), f.end()), null));
        }
    }

    private static int nonBlankAfter(String sentence, int at) {
        int i = at;
        while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final Pattern PLACES = Pattern.compile("(?iu)\\s+(?:tỉnh|địa\\s+phương|thành\\s+phố|đơn\\s+vị)");

    /** The next place of a series of ranks: ", thứ 4 năm 2022", " và thứ 2 năm 2024". */
    private static final Pattern RANK_SERIES_ITEM = Pattern.compile(
            "(?iu)\\G(?:\\s*năm\\s+(?:19|20)\\d{2})?\\s*(?:,|;|\\svà)\\s*thứ\\s+(\\d{1,3})(?:\\s*/\\s*(\\d{1,3}))?(?![\\d%]|[.,]\\d)");

    /**
     * "xếp thứ 2 năm 2021, thứ 4 năm 2022, thứ 3 năm 2023 và thứ 2 năm 2024": the places after a rank, each with its
     * year, are ranks too; only what follows a rank directly is read ("lần thứ 2" is no place).
     */
    private static void rankSeries(String sentence, List<Quantity> found) {
        List<Quantity> ranks = found.stream().filter(q -> RANK_UNIT.equals(q.unit())).toList();
        for (Quantity rank : ranks) {
            Matcher item = RANK_SERIES_ITEM.matcher(sentence);
            item.region(rank.end(), sentence.length());
            while (item.find() && !overlaps(found, item.start(1), item.end())) {
                Double of = item.group(2) == null ? null : Double.valueOf(item.group(2));
                found.add(new Quantity(item.start(1), item.end(), "thứ " + sentence.substring(item.start(1), item.end()),
                        Double.parseDouble(item.group(1)), null, of, RANK_UNIT, "eq", null));
                item.region(item.end(), sentence.length());
            }
        }
    }

    private static final Pattern OUT_OF = Pattern.compile("(?u)(?<![\\d/.,])(\\d{1,3})\\s*/\\s*(\\d{1,3})(?![\\d%/]|[.,]\\d)");
    /** A ranking out of fewer places is a class's or a team's, not a province's or a commune's. */
    private static final int FEWEST_RANKED = 10;

    /**
     * "Thể chế số xếp hạng 6/63, nhận thức số 16/63, nhân lực số 28/63, ...": the places listed after a rank, out of
     * the same whole and followed by no unit but the places ranked, are ranks of the rankings they name.
     */
    private static void rankList(String sentence, List<Quantity> found) {
        Quantity first = null;
        for (Quantity q : found) {
            if (RANK_UNIT.equals(q.unit()) && q.denominator() != null && q.denominator() >= FEWEST_RANKED
                    && (first == null || q.start() < first.start())) {
                first = q;
            }
        }
        if (first == null) {
            return;
        }
        int whole = (int) first.denominator().doubleValue();
        Matcher m = OUT_OF.matcher(sentence);
        m.region(first.end(), sentence.length());
        while (m.find()) {
            int place = Integer.parseInt(m.group(1));
            String unit = unitAfter(sentence, nonBlankAfter(sentence, m.end()));
            // "63/63 tỉnh đã kết nối" after a rank out of 63 counts the provinces that did, it is no last place
            if (Integer.parseInt(m.group(2)) != whole || place < 1 || place > whole
                    || !unit.isBlank() && (!placesFollow(sentence, m.end()) || place == whole)) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            // read before as a fraction ("53/63" with no unit): it is a place
            found.removeIf(q -> q.start() < end && start < q.end() && !RANK_UNIT.equals(q.unit()));
            if (!overlaps(found, start, end)) {
                found.add(new Quantity(start, end, VnText.clean(m.group()), place, null, (double) whole, RANK_UNIT, "eq", null));
            }
        }
    }

    /**
     * "Thứ hạng về chính quyền số, kinh tế số, xã hội số ... lần lượt là 22, 9, 13", "các thứ hạng này là 24, 27, 29",
     * "xếp hạng hoạt động chính quyền số, kinh tế số, xã hội số của Hải Dương lần lượt là 15, 7, 4":
     * places named after the rankings they are of, one rank each.
     */
    private static final Pattern RANKS_IN_TURN = Pattern.compile(
            "(?iu)(?:thứ|xếp)\\s+hạng[^.;:]{0,120}?\\blà\\s+(\\d{1,2}(?:\\s*,\\s*\\d{1,2}){1,5})(?![\\d%/]|[.,]\\d)");
    private static final MatchStarts RANKS_IN_TURNS = MatchStarts.ofWords(RANKS_IN_TURN, "thứ xếp");
    private static final Pattern PLACE = Pattern.compile("\\d{1,2}");

    private static void ranksInTurn(String sentence, List<Quantity> found) {
        Matcher m = RANKS_IN_TURNS.matcher(sentence);
        for (int from = 0; RANKS_IN_TURNS.next(m, sentence, from); from = m.end()) {
            Matcher place = PLACE.matcher(sentence).region(m.start(1), m.end(1));
            while (place.find()) {
                if (!overlaps(found, place.start(), place.end())) {
                    found.add(new Quantity(place.start(), place.end(), place.group(), Double.parseDouble(place.group()),
                            null, null, RANK_UNIT, "eq", null));
                }
            }
        }
    }

    /** "xếp thứ 7/63 tỉnh": a rank out of the places ranked, not a fraction. */
    private static final Pattern RANK_BEFORE = Pattern.compile("(?iu)(?:xếp|đứng|hạng|vị\\s+trí)(?:\\s+thứ)?\\s*$");

    private static boolean rankBefore(String s, int start) {
        return RANK_BEFORE.matcher(s.substring(Math.max(0, start - 20), start)).find();
    }

    /** How many provinces the country had before the 1 July 2025 reform and after it. */
    private static final Set<String> PROVINCE_COUNTS = Set.of("63", "34");

    /** Whether "nhóm N" with this N names every province of an era ("nhóm 63 tỉnh, thành phố", "nhóm 34 tỉnh"). */
    static boolean everyProvince(String number) {
        return PROVINCE_COUNTS.contains(number);
    }

    private static boolean placesFollow(String s, int from) {
        return PLACES.matcher(s).region(from, s.length()).lookingAt();
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return VnText.fold(word).equals("trieu") ? 1_000_000 : 1_000;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * "xã", "xã, phường", "thôn, tổ dân phố": after a comma only another kind of place continues the unit ("25/101 chợ,
     * trong đó ...", "148/148 xã, phường được ...": the unit ends at the comma or the verb).
     */
    private static final Pattern WORD_UNIT = Pattern.compile("(?iu)[\\p{L}]+(?:\\s*,\\s*(?:thị\\s+trấn|thị\\s+xã|thành\\s+phố"
            + "|đặc\\s+khu|khu\\s+phố|tổ\\s+dân\\s+phố|khu\\s+dân\\s+cư|xã|phường|huyện|quận|tỉnh|thôn|xóm|bản|làng|ấp|buôn"
            + "|khóm|sóc|tổ)(?![\\p{L}]))?");
    private static final Pattern KNOWN_UNIT = Pattern.compile("(?iu)(?:" + COUNT_UNITS + ")(?![\\p{L}\\d])");

    /** The unit after a fraction: the word(s) there ("xã, phường"), or the known count unit if longer ("hồ sơ"). */
    private static String unitAfter(String s, int from) {
        Matcher m = WORD_UNIT.matcher(s).region(from, s.length());
        String words = m.lookingAt() ? m.group() : "";
        Matcher known = KNOWN_UNIT.matcher(s).region(from, s.length());
        return known.lookingAt() && known.group().length() > words.length() ? known.group() : words;
    }

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        for (Quantity q : found) {
            if (start < q.end() && end > q.start()) {
                return true;
            }
        }
        return false;
    }

    /** A figure right after "số", "ngày", "năm"... is a reference, date or label, not a measurement. */
    private static boolean isReference(String s, int start) {
        String before = s.substring(Math.max(0, start - 25), start);
        return NOT_A_FIGURE_WORDS.in(before);
    }

    private static boolean isYear(String number) {
        return YEAR_NUMBER.matcher(number).matches();
    }

    /**
     * "60% hộ gia đình trở lên": "trở lên" after the figure's own noun (at most five words, no number between) still
     * qualifies the figure; "80% người dân từ 15 tuổi trở lên" has a number between, so it qualifies the age.
     */
    private static final Pattern GTE_AFTER_NOUN = Pattern.compile("\\s*(?:(?!tu\\b|tuoi\\b)[a-z]+\\s+){1,5}tro len\\b");

    /**
     * The comparator the words around a figure state: gte ("tối thiểu", "từ ... trở lên", "≥", ">="), gt ("trên",
     * "hơn", ">"), lte ("dưới", "không quá", "≤", "<="), lt ("<"), approx ("khoảng") or eq. Plans' sentences, their
     * appendix rows and indicator-table cells all go through this one rule.
     */
    public static String comparator(String s, int start, int end) {
        String symbol = s.substring(Math.max(0, start - 3), start).stripTrailing();
        if (symbol.endsWith("≥") || symbol.endsWith(">=")) {
            return "gte";
        }
        if (symbol.endsWith("≤") || symbol.endsWith("<=")) {
            return "lte";
        }
        if (symbol.endsWith(">")) {
            return "gt";
        }
        if (symbol.endsWith("<")) {
            return "lt";
        }
        String before = VnText.fold(s.substring(Math.max(0, start - 30), start));
        String after = VnText.fold(s.substring(end, Math.min(s.length(), end + 40)));
        if (ENDS_WITH_TU.matcher(before).matches() && after.contains("tro len") || after.startsWith("tro len")) {
            return "gte";
        }
        // "ít nhất có 95%", "tối thiểu đạt 50%": a verb between the qualifier and the figure keeps the qualifier
        if (AT_LEAST_BEFORE.matcher(before).matches()) {
            return "gte";
        }
        if (MORE_THAN_BEFORE.matcher(before).matches()) {
            return "gt";
        }
        if (AT_MOST_BEFORE.matcher(before).matches()) {
            return "lte";
        }
        if (ABOUT_BEFORE.matcher(before).matches()) {
            return "approx";
        }
        if (after.startsWith("tro len") || GTE_AFTER_NOUN.matcher(after).lookingAt()) {
            return "gte";
        }
        return "eq";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
