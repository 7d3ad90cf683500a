package io.dxrank.charts;

/**
 * One ranked value as charts and the report need it, with its provenance for the drill-down (source file, line
 * and quote; quote may be null when the report does not show that row).
 *
 * @param percentile 0-100 position in its ranking, 100 = best
 */
public record RankedValue(String indicatorCode, String indicatorName, int year, String period, String kind,
                          String levelGroup, String localityId, String localityName, String level, double value,
                          int rank, long n, String unit, String sourceFile, int sourceLine, String quote,
                          double percentile) {
}
