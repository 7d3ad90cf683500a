package io.dxrank.charts;

/**
 * One ranked value as charts and the report need it, with its provenance for the drill-down (source file, line
 * and quote; quote may be null when the report does not show that row).
 *
 * @param rank       1 = best; 0 when not ranked (fewer than two localities report it: nobody to compare with)
 * @param percentile 0-100 position in its ranking, 100 = best; NaN when not ranked
 */
public record RankedValue(String indicatorCode, String indicatorName, int year, String period, String kind,
                          String levelGroup, String localityId, String localityName, String level, double value,
                          int rank, long n, String unit, String sourceFile, int sourceLine, String quote,
                          double percentile) {

    /** The rank as a reader sees it: "—" when there is nobody to compare with. */
    public String rankText() {
        return rank > 0 ? Integer.toString(rank) : "—";
    }
}
