package io.dxrank.charts;

import java.util.List;
import java.util.Map;

/**
 * Everything the report draws, as plain values read from the analytics tables.
 *
 * @param plans               plans read (ok and rejected)
 * @param indicators          the indicators to chart, most reported first (already limited)
 * @param indicatorsWithData  how many indicators have facts at all (to say how many were left out)
 * @param rankings            rankings of the charted indicators, latest year per indicator, kind and level
 *                            group, best first within each ranking
 * @param composite           composite scores of every year, best first within year, kind and level group
 * @param weights             pillar code to weight
 * @param trends              trends of the charted indicators
 * @param ambition            indicator code to its ambition.csv rows (target year and level group)
 * @param csvDir              path from the charts folder to the folder holding the CSVs, '/'-separated
 * @param lineage             old and new units of the 2025 reform among the report's localities
 * @param attribution         attribution.csv's rows per locality id: why each composite moved
 * @param trajectory          trajectory.csv's rows per locality id: its path to each national target
 * @param crossChecks         findings of each check across documents (quality.csv code to count; see CrossChecks)
 * @param centroids           the gazetteer's centroid of each locality that has one, by locality id (for the maps)
 */
public record ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData,
                         List<RankedValue> rankings, List<CompositeEntry> composite, Map<String, Double> weights,
                         List<TrendPoint> trends, Map<String, List<Ambition.Year>> ambition, String csvDir,
                         Lineage lineage, Map<String, List<ScoreChangePart>> attribution,
                         Map<String, List<TrackEntry>> trajectory, Map<String, Long> crossChecks,
                         Map<String, MapChart.Centroid> centroids) {

    /** Without centroids (no map). */
    public ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData, List<RankedValue> rankings,
                      List<CompositeEntry> composite, Map<String, Double> weights, List<TrendPoint> trends,
                      Map<String, List<Ambition.Year>> ambition, String csvDir, Lineage lineage,
                      Map<String, List<ScoreChangePart>> attribution, Map<String, List<TrackEntry>> trajectory,
                      Map<String, Long> crossChecks) {
        this(plans, indicators, indicatorsWithData, rankings, composite, weights, trends, ambition, csvDir, lineage,
                attribution, trajectory, crossChecks, Map.of());
    }

    /** Without cross-document check counts. */
    public ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData, List<RankedValue> rankings,
                      List<CompositeEntry> composite, Map<String, Double> weights, List<TrendPoint> trends,
                      Map<String, List<Ambition.Year>> ambition, String csvDir, Lineage lineage,
                      Map<String, List<ScoreChangePart>> attribution, Map<String, List<TrackEntry>> trajectory) {
        this(plans, indicators, indicatorsWithData, rankings, composite, weights, trends, ambition, csvDir, lineage,
                attribution, trajectory, Map.of());
    }

    /** Without trajectory rows. */
    public ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData, List<RankedValue> rankings,
                      List<CompositeEntry> composite, Map<String, Double> weights, List<TrendPoint> trends,
                      Map<String, List<Ambition.Year>> ambition, String csvDir, Lineage lineage,
                      Map<String, List<ScoreChangePart>> attribution) {
        this(plans, indicators, indicatorsWithData, rankings, composite, weights, trends, ambition, csvDir, lineage,
                attribution, Map.of());
    }

    /** Without attribution rows. */
    public ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData, List<RankedValue> rankings,
                      List<CompositeEntry> composite, Map<String, Double> weights, List<TrendPoint> trends,
                      Map<String, List<Ambition.Year>> ambition, String csvDir, Lineage lineage) {
        this(plans, indicators, indicatorsWithData, rankings, composite, weights, trends, ambition, csvDir, lineage,
                Map.of());
    }

    /** Without lineage (no national gazetteer beside the hand-kept one). */
    public ReportData(int plans, List<IndicatorInfo> indicators, int indicatorsWithData, List<RankedValue> rankings,
                      List<CompositeEntry> composite, Map<String, Double> weights, List<TrendPoint> trends,
                      Map<String, List<Ambition.Year>> ambition, String csvDir) {
        this(plans, indicators, indicatorsWithData, rankings, composite, weights, trends, ambition, csvDir,
                Lineage.NONE);
    }
}
