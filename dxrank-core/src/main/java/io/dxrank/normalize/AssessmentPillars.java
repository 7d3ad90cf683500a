package io.dxrank.normalize;

import io.dxrank.core.VnText;
import io.dxrank.extract.QuantityScanner;
import io.dxrank.extract.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three main pillars of the digital-transformation assessment (DTI): a place or a score written right after a
 * pillar's name ("Chính quyền số đạt 0,6674, xếp thứ 30/63", "kinh tế số 26/63") or just before it ("xếp thứ 18/63 về
 * kinh tế số") is that pillar's, not the index's. A name right after the figure decides first, else the nearest before
 * it, so a list of the three ("Chính quyền số 28/63, kinh tế số 26/63, xã hội số 53/63") gives each its own.
 */
final class AssessmentPillars {

    private AssessmentPillars() {
    }

    private static final Pattern PILLAR_AFTER = Pattern.compile(
            "(?iu)\\s*(?:/\\s*\\d{1,3}\\s*)?(?:tỉnh,?\\s*(?:thành(?:\\s+phố)?)?\\s*)?về\\s+(?:(?:chỉ\\s+số|trụ\\s+cột)\\s+)?"
                    + "(chính\\s+quyền|kinh\\s+tế|xã\\s+hội)\\s+số(?![\\p{L}])");
    /** How far before its figure a pillar's name is looked for. */
    private static final int REACH = 60;
    private static final Pattern PILLAR = Pattern.compile("(?iu)(chính\\s+quyền|kinh\\s+tế|xã\\s+hội)\\s+số(?![\\p{L}])");
    /**
     * The index itself, another index ("chính quyền số) trong cải cách hành chính (CCHC) xếp thứ 1/63"), a closing
     * bracket or a clause break between the name and the figure: the figure is not the pillar's; nor when the figures
     * follow a list of names in turn ("chính quyền số, kinh tế số, xã hội số ... lần lượt là 22, 13, 9").
     */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?iu)\\bDTI\\b|chuyển\\s+đổi\\s+số|cải\\s+cách\\s+hành\\s+chính|\\bCCHC\\b|\\bPAR\\b|[;:)]|lần\\s+lượt");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /**
     * The catalog code of the pillar's place or score the statement gives, or null.
     *
     * @param nth which of the sentence's equal figure texts the statement is (0 for the first, {@link Statement#figureAt})
     */
    static String code(Statement s, int nth) {
        String kind = kind(s.unit());
        int at = kind == null ? -1 : s.figureAt(nth);
        if (at < 0) {
            return null;
        }
        // "xếp thứ 17/63 về kinh tế số và đứng thứ 15/63 về xã hội số": the pillar named right after the place
        Matcher after = PILLAR_AFTER.matcher(s.sentence()).region(at + s.valueText().length(), s.sentence().length());
        if (after.lookingAt()) {
            return "dx_" + pillarName(after.group(1)) + kind;
        }
        String before = s.sentence().substring(Math.max(0, at - REACH), at);
        Matcher m = PILLAR.matcher(before);
        String pillar = null;
        int end = -1;
        while (m.find()) {
            pillar = m.group(1);
            end = m.end();
        }
        if (pillar == null || BETWEEN.matcher(before.substring(end)).find() || listed(before)) {
            return null;
        }
        return "dx_" + pillarName(pillar) + kind;
    }

    private static String pillarName(String words) {
        return switch (VnText.fold(words).replaceAll("\\s+", " ")) {
            case "chinh quyen" -> "government";
            case "kinh te" -> "economy";
            default -> "society";
        };
    }

    /** Two names or more after the last figure before this one: a list, whose figures come in turn or shared. */
    private static boolean listed(String before) {
        int lastDigit = -1;
        for (Matcher d = DIGIT.matcher(before); d.find(); ) {
            lastDigit = d.start();
        }
        Matcher m = PILLAR.matcher(before.substring(lastDigit + 1));
        int names = 0;
        while (m.find()) {
            names++;
        }
        return names > 1;
    }

    private static String kind(String unit) {
        if (QuantityScanner.RANK_UNIT.equals(unit)) {
            return "_rank";
        }
        if (QuantityScanner.INDEX_UNIT.equals(unit) || "diem".equals(VnText.fold(String.valueOf(unit)).strip())) {
            return "_score";
        }
        return null;
    }
}
