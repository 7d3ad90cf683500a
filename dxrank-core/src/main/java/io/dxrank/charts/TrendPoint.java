package io.dxrank.charts;

/**
 * One locality's actual and target for an indicator and year (either may be null), as trends.csv has it;
 * {@code flags} are trends.csv's (how the year's figures were read), "" when none.
 */
public record TrendPoint(String localityId, String localityName, String indicatorCode, int year, Double actual,
                         Double target, Boolean achieved, String flags) {

    public TrendPoint {
        flags = flags == null ? "" : flags;
    }

    /** A point without flags. */
    public TrendPoint(String localityId, String localityName, String indicatorCode, int year, Double actual,
                      Double target, Boolean achieved) {
        this(localityId, localityName, indicatorCode, year, actual, target, achieved, "");
    }
}
