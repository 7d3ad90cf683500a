package io.dxrank.normalize;

import io.dxrank.extract.Statement;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a second value of one indicator, kind and period in one document relates to the first: the same figure stated
 * again (a share and its rounding), a part of it (a breakdown after "trong đó"), or, when neither, another value in
 * conflict with it (the normalizer's rule).
 */
final class SameFigure {

    private SameFigure() {
    }

    /** What opens a breakdown of the figure before: "trong đó", "gồm", "bao gồm". */
    private static final Pattern BREAKDOWN = Pattern.compile("(?iu)(?<!\\p{L})(?:trong\\s+đó|bao\\s+gồm|gồm)(?!\\p{L})");
    /** A sentence that opens with the breakdown of the one before: "Trong đó, tỷ lệ ... ở thành thị là 87,32%". */
    private static final Pattern OPENS_A_BREAKDOWN = Pattern.compile("(?iu)^[\\s\\p{Punct}]*trong\\s+đó(?!\\p{L})");
    /** How many lines above its whole a breakdown's sentence may stand (a blank line between paragraphs). */
    private static final int BREAKDOWN_REACH = 2;

    /**
     * Whether {@code fact} is a part of {@code previous}, of the same unit (a count smaller than the whole; a share of
     * a part may be above the whole's): after "trong đó" (or "gồm") in the whole's sentence ("1.740 trạm ..., trong đó
     * triển khai được 117 trạm 5G"), or in a sentence of the lines below that opens with "Trong đó" ("Năm 2020, tỷ lệ
     * hộ gia đình có kết nối Internet là 83,71%. Trong đó, tỷ lệ ... ở thành thị là 87,32%").
     */
    static boolean partOfTheFigureBefore(Fact previous, Fact fact, Statement s) {
        if (!mayBeAPart(previous, fact) || s.sentence() == null || previous.valueText() == null || fact.valueText() == null) {
            return false;
        }
        int gap = fact.sourceLine() - previous.sourceLine();
        if (gap != 0) {
            return gap > 0 && gap <= BREAKDOWN_REACH && OPENS_A_BREAKDOWN.matcher(s.sentence()).find();
        }
        int whole = s.sentence().indexOf(previous.valueText());
        if (whole < 0) {
            return OPENS_A_BREAKDOWN.matcher(s.sentence()).find(); // the whole in a sentence before, on the same line
        }
        int part = s.sentence().indexOf(fact.valueText(), whole + previous.valueText().length());
        return part > 0 && BREAKDOWN.matcher(s.sentence()).region(whole + previous.valueText().length(), part).find();
    }

    /**
     * Whether {@code fact} goes on with a breakdown of {@code previous} whose last part stood up to two lines above:
     * "4.285 trạm ... / Trong đó, có 1.002 trạm BTS 2G; / 1.255 trạm BTS 3G; / 1.944 trạm BTS 4G;".
     */
    static boolean continuesABreakdown(Integer lastPart, Fact previous, Fact fact) {
        int gap = lastPart == null ? -1 : fact.sourceLine() - lastPart;
        return gap >= 0 && gap <= BREAKDOWN_REACH && mayBeAPart(previous, fact);
    }

    /** Of the whole's unit, and a count smaller than the whole (a part's share may exceed the whole's). */
    private static boolean mayBeAPart(Fact whole, Fact part) {
        return Objects.equals(whole.unit(), part.unit())
                && (Statement.PERCENT.equals(part.unit()) || part.value() < whole.value());
    }

    private static final Pattern DECIMALS = Pattern.compile("\\d[,.](\\d+)\\s*%");

    /**
     * A share computed from a count ("1.644/1.788 hồ sơ": 91.946...) and the same share as the text rounds it ("đạt
     * 91,9%") are one figure stated twice, not two values that conflict: equal to the stated share's decimals.
     */
    static boolean sameShare(Fact a, Fact b) {
        if (!Statement.PERCENT.equals(a.unit()) || !Statement.PERCENT.equals(b.unit())) {
            return false;
        }
        if (a.denominator() == null && b.denominator() == null) {
            return roundedDown(a, b) || roundedDown(b, a);
        }
        if (a.denominator() != null && b.denominator() != null) {
            return false;
        }
        Fact stated = a.denominator() == null ? a : b;
        Fact computed = stated == a ? b : a;
        Matcher m = DECIMALS.matcher(Objects.toString(stated.valueText(), ""));
        int decimals = m.find() ? m.group(1).length() : 0;
        return Math.abs(computed.value() - stated.value()) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
    }

    /**
     * A headline's round share ("hơn 85% hồ sơ được nộp qua mạng") above the body's exact one ("chiếm 85,10%"): "hơn" or
     * "trên" a whole number the other lies within one point above.
     */
    private static boolean roundedDown(Fact round, Fact exact) {
        return ("gt".equals(round.comparator()) || "gte".equals(round.comparator())) && round.value() == Math.rint(round.value())
                && "eq".equals(exact.comparator()) && exact.value() >= round.value() && exact.value() < round.value() + 1;
    }
}
