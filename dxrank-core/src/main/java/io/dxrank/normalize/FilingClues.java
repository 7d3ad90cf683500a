package io.dxrank.normalize;

import io.dxrank.core.VnText;
import io.dxrank.extract.Statement;
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

    /** The statement's sentence up to the end of its figure, or null when the figure is not found in it. */
    static String sentenceUpTo(Statement s) {
        if (s.valueText() == null) {
            return null;
        }
        int at = s.sentence().indexOf(s.valueText());
        return at < 0 ? null : s.sentence().substring(0, at + s.valueText().length());
    }
}
