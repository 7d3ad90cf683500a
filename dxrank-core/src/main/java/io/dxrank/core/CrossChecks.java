package io.dxrank.core;

import java.util.List;

/**
 * The checks across documents and against the gazetteer (issue 19): their quality.csv codes, in the order the
 * front page lists them. Each is a WARN finding on the figure to look at; the facts stay used.
 */
public final class CrossChecks {

    /** A year's result that two documents of the locality state differently. */
    public static final String RESULT_STATED_DIFFERENTLY = "result_stated_differently";
    /** A target below the locality's own result of the year before. */
    public static final String TARGET_BELOW_LAST_RESULT = "target_below_last_result";
    /** A share moving by more than the set number of points in a year. */
    public static final String IMPLAUSIBLE_JUMP = "implausible_jump";
    /** "20/20 xã" where the gazetteer lists another number of communes. */
    public static final String DENOMINATOR_VS_GAZETTEER = "denominator_vs_gazetteer";

    /** A district's own count below the sum its communes report for the same indicator and year. */
    public static final String COMMUNES_EXCEED_DISTRICT = "communes_exceed_district";

    public static final List<String> CODES = List.of(RESULT_STATED_DIFFERENTLY, TARGET_BELOW_LAST_RESULT,
            IMPLAUSIBLE_JUMP, DENOMINATOR_VS_GAZETTEER, COMMUNES_EXCEED_DISTRICT);

    private CrossChecks() {
    }
}
