package io.dxrank.charts;

/** One row of attribution.csv: an indicator's part in a composite's change from the year before. */
public record ScoreChangePart(String localityId, String kind, String levelGroup, int year, int previousYear,
                              String indicatorCode, String pillar, String effect, double contribution,
                              double scoreChange) {
}
