package io.dxrank.normalize;

import io.dxrank.core.VnText;
import io.dxrank.extract.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a figure's sentence that tell which catalog indicator it may be filed under, or that it is none. */
final class FilingClues {

    /** Indexes other than the assessment of digital transformation that provinces are ranked by. */
    private static final Pattern OTHER_INDEX = Pattern.compile("(?iu)ICT[\\s-]*Index|PAR[\\s-]*Index|SIPAS|(?<!\\p{L})PCI(?!\\p{L})"
            + "|cải cách hành chính|(?<!\\p{L})CCHC(?!\\p{L})|Đề án 06|chỉ số phục vụ|Cổng dịch vụ công");
    /** Words naming the assessment of digital transformation itself. */
    private static final Pattern DX_INDEX = Pattern.compile("(?iu)chuyển đổi số|(?<!\\p{L})DTI(?!\\p{L})");
    /** A count unit naming the members of a group. */
    private static final Pattern MEMBERS_UNIT = Pattern.compile("(?iu)(thành viên|người)([,\\s].*)?");
    /** Words that make a count of members the size of each group. */
    private static final Pattern PER_GROUP = Pattern.compile("(?iu)(?<!\\p{L})(mỗi|từng)\\s+(tổ|nhóm|đội)(?!\\p{L})");

    private FilingClues() {
    }

    /** A count of a group's members ("12.000 thành viên", "20 người"). */
    static boolean countsMembers(Statement s) {
        return s.unit() != null && MEMBERS_UNIT.matcher(VnText.clean(s.unit())).matches();
    }

    /** "mỗi tổ gồm 06 thành viên", "chia thành từng nhóm từ 3 - 5 người": a group's size, no total. */
    static boolean sizeOfEachGroup(String clause) {
        return PER_GROUP.matcher(clause).find();
    }

    /** A count of each unit, or an average over them, before the figure in its clause: "Bình quân mỗi xã, phường có". */
    private static final Pattern EACH_UNIT = Pattern.compile("(?iu)(?<!\\p{L})(?:mỗi|từng)\\s+(?:tổ|nhóm|đội|xã|phường|thị\\s+trấn"
            + "|thôn|bản|xóm|khu\\s+phố|đơn\\s+vị|huyện|cơ\\s+quan)(?!\\p{L})");

    /**
     * Whether a count is of each unit or an average over them ("Bình quân mỗi xã, phường có 12 thành viên tổ công nghệ
     * số", "mỗi thôn có 5 thành viên"): no total of the locality's, which is what a catalog count holds.
     */
    static boolean countOfEachUnit(String clauseBefore) {
        return clauseBefore != null && EACH_UNIT.matcher(clauseBefore).find();
    }

    /** Whether the index named last before the figure is another than the assessment of digital transformation. */
    static boolean rankedByAnotherIndex(Statement s) {
        String upTo = sentenceUpTo(s);
        if (upTo == null) {
            return false;
        }
        return lastStart(OTHER_INDEX, upTo) > lastStart(DX_INDEX, upTo);
    }

    private static int lastStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Where the statement's figure stands in its sentence, or -1 when either is missing or the figure is not found. */
    private static int figureAt(Statement s) {
        return s.sentence() == null || s.valueText() == null ? -1 : s.sentence().indexOf(s.valueText());
    }

    /** A share's figure right after a count's words: "21.356 tài khoản, đạt 91,3%", "(chiếm 64%)". */
    private static final Pattern SHARE_OF_WHAT_CAME_BEFORE = Pattern.compile(
            "(?iu)[\\p{L}\\d]\\s*(?:,\\s*(?:đạt|chiếm|bằng)|\\(\\s*(?:(?:đạt|chiếm|bằng)\\s*)?)\\s*$");
    /** A share standing alone in its bracket right after a count: "20.120 hồ sơ (79,1%)", "(chiếm 98,87%)". */
    private static final Pattern BRACKET_BEFORE = Pattern.compile("(?iu)[\\p{L}\\d]\\s*\\(\\s*(?:(?:đạt|chiếm|bằng)\\s*)?$");
    private static final Pattern BRACKET_AFTER = Pattern.compile("^\\s*\\)");

    /** Whether the share stands alone in its bracket right after a count ({@link #BRACKET_BEFORE}). */
    static boolean bracketedAfterItsCount(Statement s) {
        int at = figureAt(s);
        if (at <= 0) {
            return false;
        }
        int end = at + s.valueText().length();
        return BRACKET_BEFORE.matcher(s.sentence().substring(Math.max(0, at - SHARE_WORDS), at)).find()
                && BRACKET_AFTER.matcher(s.sentence().substring(end, Math.min(s.sentence().length(), end + 4))).find();
    }

    private static final int SHARE_WORDS = 24;

    /**
     * The words naming what a share is of when the share's own words start with "đạt", "chiếm" or "bằng" after a comma
     * or bracket closing a count ("trong đó có 1.485 hồ sơ tiếp nhận trực tuyến (chiếm 98,87%)"): the count's clause up
     * to the share, and when that names nothing, the sentence up to it ("Số tài khoản định danh điện tử được kích hoạt:
     * 21.356 tài khoản, đạt 91,3%"), in that order; empty when the share's words are others.
     */
    static List<String> namingTheCountBefore(Statement s) {
        int at = figureAt(s);
        if (at <= 0) {
            return List.of();
        }
        int from = Math.max(0, at - SHARE_WORDS);
        Matcher m = SHARE_OF_WHAT_CAME_BEFORE.matcher(s.sentence().substring(from, at));
        if (!m.find()) {
            return List.of();
        }
        String upTo = s.sentence().substring(0, at + s.valueText().length());
        int closing = from + m.start() + 1;
        int clause = closing;
        while (clause > 0 && ",;:".indexOf(s.sentence().charAt(clause - 1)) < 0) {
            clause--;
        }
        return clause == 0 ? List.of(upTo) : List.of(upTo.substring(clause), upTo);
    }

    /** A share's figure ("80%", "85 - 90 %"): the last one of a sentence ends where the words naming a series start. */
    private static final Pattern SHARE_FIGURE = Pattern.compile("\\d[\\d.,]*(?:\\s*[-–]\\s*\\d[\\d.,]*)?\\s*%");
    private static final int SERIES_WORDS = 3;

    /**
     * "Lộ trình: năm 2026 đạt 60%, năm 2027 đạt 70%, năm 2028 đạt 80% người dân trưởng thành có chữ ký số cá nhân": the
     * words after the sentence's last share, which name what every share of the series measures; null when the share
     * is not before them or they are fewer than three words.
     */
    static String namedAfterTheSeries(Statement s) {
        int at = figureAt(s);
        if (at < 0) {
            return null;
        }
        Matcher m = SHARE_FIGURE.matcher(s.sentence());
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        if (at >= lastEnd) {
            return null;
        }
        String tail = s.sentence().substring(lastEnd).trim();
        return tail.split("\\s+").length >= SERIES_WORDS ? tail : null;
    }

    /** The statement's sentence up to the end of its figure, or null when the figure is not found in it. */
    static String sentenceUpTo(Statement s) {
        if (s.valueText() == null) {
            return null;
        }
        int at = s.sentence().indexOf(s.valueText());
        return at < 0 ? null : s.sentence().substring(0, at + s.valueText().length());
    }

    private static final Pattern SHARE_WORD = Pattern.compile("(?iu)(?<!\\p{L})t[ỷỉ]\\s+lệ(?!\\p{L})");
    private static final Pattern NUMBER_END = Pattern.compile("\\d[\\d.,]*\\s*%?");

    /**
     * The words that name a share before its figure, from the figure before it (or the clause's start): "tỷ lệ người dân
     * của xã có CCCD/Căn cước đạt"; null when they hold no "tỷ lệ".
     */
    static String shareNamedBefore(Statement s) {
        int at = figureAt(s);
        if (at <= 0) {
            return null;
        }
        String before = s.sentence().substring(0, at);
        int from = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
        Matcher number = NUMBER_END.matcher(before);
        while (number.find()) {
            from = Math.max(from, number.end());
        }
        String leading = before.substring(from);
        return SHARE_WORD.matcher(leading).find() ? leading : null;
    }

    private static final Pattern NON_LETTERS_AT_ENDS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    /** Whether {@code words} (a unit cell or bullet at either end aside) are the first words of a longer {@code name}. */
    static boolean firstWordsOf(String words, String name) {
        String first = NON_LETTERS_AT_ENDS.matcher(VnText.fold(words)).replaceAll("");
        String whole = name == null ? "" : VnText.fold(name).strip();
        return !first.isEmpty() && whole.length() > first.length() && whole.startsWith(first + " ");
    }

    /** Words after "tỷ lệ" before a share's figure that name no concept ("đạt", "là", "trên", "khoảng"). */
    private static final Pattern FRAMING_AFTER_SHARE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:đạt|là|trên|dưới|khoảng|gần|hơn|từ|đến|được|chiếm|bình\\s+quân|chung|toàn)(?!\\p{L})");
    /** How many words after "tỷ lệ" name a concept: "tỷ lệ số hóa" does, "Tỷ lệ chung đạt" does not. */
    private static final int NAMING_WORDS = 2;

    /** Whether the words after its "tỷ lệ" name what the share counts. */
    static boolean namesItsConcept(String leading) {
        Matcher share = SHARE_WORD.matcher(leading);
        if (!share.find()) {
            return false;
        }
        String words = FRAMING_AFTER_SHARE.matcher(leading.substring(share.end())).replaceAll(" ").trim();
        return !words.isEmpty() && words.split("\\s+").length >= NAMING_WORDS;
    }

    /** People an account was opened or activated for, in the words right after their count. */
    private static final Pattern GIVEN_AN_ACCOUNT = Pattern.compile("(?iu)^\\s*(?:dân\\s+|công\\s+dân\\s+)?(?:đã\\s+)?(?:được\\s+)?"
            + "(?:hỗ\\s+trợ\\s+)?(?:kích\\s+hoạt|tạo|cấp|mở|đăng\\s+ký)(?:\\s+(?:thành\\s+công|mới))?\\s+tài\\s+khoản");

    /** "4.215 người dân được kích hoạt tài khoản định danh", "50.000 công dân được tạo tài khoản": one account each. */
    static boolean givenAnAccount(Statement s) {
        return s.sentence() != null && figureAt(s) >= 0 && GIVEN_AN_ACCOUNT.matcher(clauseAfter(s)).find();
    }

    /** The words right after a figure to its clause's end (a comma, a semicolon, a full stop, a bracket). */
    static String clauseAfter(Statement s) {
        int at = s.sentence().indexOf(s.valueText());
        String after = s.sentence().substring(at + s.valueText().length());
        Matcher end = CLAUSE_BREAK.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.()]");
}
