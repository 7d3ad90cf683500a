package io.dxrank.normalize;

import java.io.Serializable;

/**
 * A national programme's target for one indicator, level group and year: "60 % of a commune's work records
 * processed online by 2025" is {@code NationalTarget("records_processed_online", "commune", 2025, 60, "QĐ ...")}.
 *
 * @param levelGroup commune, district, province, or "all" where the programme sets one figure for every level
 */
public record NationalTarget(String indicatorCode, String levelGroup, int year, double target, String source)
        implements Serializable {
}
