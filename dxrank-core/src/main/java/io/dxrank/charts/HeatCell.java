package io.dxrank.charts;

/** One locality's normalized score (0-100, 100 = best) on one indicator, for the heatmap. */
public record HeatCell(String localityId, String localityName, String indicatorCode, double score) {
}
