package io.dxrank.charts;

/**
 * One ranked value as charts and the report need it, with its provenance for the drill-down (source file, line
 * and quote; quote may be null when the report does not show that row).
 *
 * @param rank       1 = best; 0 when not ranked (fewer than two localities report it: nobody to compare with)
 * @param percentile 0-100 position in its ranking, 100 = best; NaN when not ranked
 * @param flags      how the value was read (rankings.csv's flags, e.g. "prose;approx"); "" when not known
 */
public record RankedValue(String indicatorCode, String indicatorName, int year, String period, String kind,
                          String levelGroup, String localityId, String localityName, String level, double value,
                          int rank, long n, String unit, String sourceFile, int sourceLine, String quote,
                          double percentile, String flags) {

    /** A value without flags. */
    public RankedValue(String indicatorCode, String indicatorName, int year, String period, String kind,
                       String levelGroup, String localityId, String localityName, String level, double value,
                       int rank, long n, String unit, String sourceFile, int sourceLine, String quote,
                       double percentile) {
        this(indicatorCode, indicatorName, year, period, kind, levelGroup, localityId, localityName, level, value,
                rank, n, unit, sourceFile, sourceLine, quote, percentile, "");
    }

    /** The marks of the value's flags, with a leading space ("" without any): see {@link FlagMarks}. */
    public String marks() {
        return FlagMarks.of(flags);
    }

    /** The rank as a reader sees it: "—" when there is nobody to compare with. */
    public String rankText() {
        return rank > 0 ? Integer.toString(rank) : "—";
    }
}
