package io.dxrank.normalize;

import java.io.Serializable;
import java.util.List;

/**
 * One catalog row: an indicator the analysts compare across localities.
 *
 * @param direction "higher" or "lower" is better
 * @param phrases   Vietnamese phrasings that identify the indicator in a plan sentence
 */
public record Indicator(String code, String nameVi, String nameEn, String pillar, String unit, String direction,
                        List<String> phrases, Double nationalTarget, Integer nationalTargetYear,
                        String nationalSource) implements Serializable {

    public static final String UNMAPPED = "unmapped";

    public boolean percent() {
        return "percent".equals(unit);
    }

    /** The unit of a place in a ranking ("xếp thứ 5/63"). */
    public static final String RANK = "rank";
    /** How the code of an index's score ends ("dx_assessment_score"): its unit "points" is shared with counted places. */
    public static final String SCORE_SUFFIX = "_score";

    /**
     * Whether the indicator counts things (accounts, meetings, video points), which may be compared per 1,000
     * inhabitants and added up over communes: not a share, a place in a ranking or an index's score.
     */
    public boolean counts() {
        return !percent() && !RANK.equals(unit) && !code.endsWith(SCORE_SUFFIX);
    }

    public boolean higherIsBetter() {
        return !"lower".equals(direction);
    }
}
