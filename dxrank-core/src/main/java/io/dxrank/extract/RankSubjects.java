package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a place in a ranking or a move in it is a place of: the index itself, or one of its parts or another index
 * named right after the figure ("xếp thứ 17/63 về kinh tế số") or shortly before it in the same clause ("Chính quyền
 * số cấp tỉnh Yên Bái xếp thứ 15/63", "kinh tế số 26/63 (tăng 11 bậc"). A province has one place of each per year:
 * "15/63" of its digital government is not a repeat of its overall "15/63".
 */
final class RankSubjects {

    private RankSubjects() {
    }

    private static final String PARTS = "chính\\s+quyền\\s+số|kinh\\s+tế\\s+số|xã\\s+hội\\s+số|thể\\s+chế\\s+số|nhận\\s+thức\\s+số"
            + "|nhân\\s+lực\\s+số|hạ\\s+tầng\\s+số|dữ\\s+liệu\\s+số|nền\\s+tảng\\s+số|an\\s+toàn\\s+thông\\s+tin|cải\\s+cách\\s+hành\\s+chính"
            + "|\\bCCHC\\b|\\bPAR\\s+INDEX\\b|\\bPAPI\\b|\\bPCI\\b|\\bSIPAS\\b";
    private static final Pattern AFTER = Pattern.compile(
            "(?iu)\\s*(?:/\\s*\\d{1,3}\\s*)?(?:tỉnh,?\\s*(?:thành(?:\\s+phố)?)?\\s*)?(?:về|trong)\\s+(?:(?:chỉ\\s+số|trụ\\s+cột)\\s+)?("
                    + PARTS + ")");
    private static final Pattern PART = Pattern.compile("(?iu)(" + PARTS + ")");
    /** How far before its figure a part's name is looked for: the clause of a list item, not the sentence before. */
    private static final int REACH = 60;
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:]");

    /**
     * The folded name of the part the statement's place or move is of, or "" for the index itself.
     *
     * @param nth which of the sentence's equal figure texts the statement is (0 for the first, {@link Statement#figureAt})
     */
    static String of(Statement s, int nth) {
        int at = s.figureAt(nth);
        if (at < 0) {
            return "";
        }
        Matcher after = AFTER.matcher(s.sentence()).region(at + s.valueText().length(), s.sentence().length());
        if (after.lookingAt()) {
            return VnText.fold(after.group(1));
        }
        String before = s.sentence().substring(Math.max(0, at - REACH), at);
        Matcher end = CLAUSE_END.matcher(before);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        Matcher m = PART.matcher(before).region(from, before.length());
        String part = "";
        while (m.find()) {
            part = VnText.fold(m.group(1));
        }
        return part;
    }
}
