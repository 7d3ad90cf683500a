package io.dxrank.charts;

/** One locality's actual and target for an indicator and year (either may be null), as trends.csv has it. */
public record TrendPoint(String localityId, String localityName, String indicatorCode, int year, Double actual,
                         Double target, Boolean achieved) {
}
