package io.dxrank.normalize;

import io.dxrank.core.CrossChecks;
import io.dxrank.core.Finding;
import io.dxrank.core.VnText;
import io.dxrank.extract.Statement;
import java.util.regex.Pattern;

/**
 * A district's or province's "20/20 xã, thị trấn" against the gazetteer (issue 19): when the gazetteer lists
 * another number of communes, wards and townships under it on the document's date, the figure or the gazetteer is
 * wrong. Only dates the gazetteer covers are checked (see {@link Gazetteer#communesUnder}).
 * A WARN finding on the statement's line; the fact stays used, the analyst decides.
 */
final class DenominatorCheck {

    static final String CODE = CrossChecks.DENOMINATOR_VS_GAZETTEER;

    /** "xã", "xã, thị trấn", "xã, phường đã" (the unit as read), "đơn vị cấp xã", folded: a count of communes. */
    private static final Pattern COMMUNE_UNITS = Pattern.compile(
            "(?:cac )?(?:xa|phuong|thi tran|don vi cap xa)(?:\\s*,\\s*(?:xa|phuong|thi tran))*\\b");

    private DenominatorCheck() {
    }

    /** The finding for a statement of a district's document, or null when there is nothing to compare or it agrees. */
    static Finding of(Statement s, Locality unit, Gazetteer gazetteer, String isoDate, String planId,
                      String sourceFile) {
        if (s.denominator() == null || unit == null || s.unit() == null
                || !COMMUNE_UNITS.matcher(VnText.fold(s.unit()).trim()).lookingAt()) {
            return null;
        }
        Integer listed = gazetteer.communesUnder(unit, isoDate);
        if (listed == null || listed == s.denominator().intValue()) {
            return null;
        }
        // "160/160 xã, phường" as written; "5/14" of a table cell gets its unit
        String figure = s.valueText().endsWith(s.unit()) ? s.valueText() : s.valueText() + " " + s.unit();
        return Finding.warn(planId, sourceFile, s.line(), CODE, figure + ": the gazetteer lists "
                + listed + " communes, wards and townships under " + unit.name() + " (" + unit.province() + ")"
                + (isoDate == null ? "" : " on " + isoDate) + ", not " + s.denominator().intValue()
                + "; check the figure or the gazetteer");
    }
}
