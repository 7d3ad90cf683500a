package io.dxrank.charts;

import java.util.Map;

/**
 * One locality's composite score for a year, kind and level group, as the composite chart needs it.
 *
 * @param pillarScores pillar code to its 0-100 score (only pillars the locality has data for)
 * @param rankP05      5th percentile of the rank under weight perturbation, null when not computed
 * @param flags        composite.csv's flags: how the values the score rests on were read, and imputation
 */
public record CompositeEntry(String localityId, String localityName, int year, String kind, String levelGroup,
                             double score, int rank, Map<String, Double> pillarScores, Double rankP05,
                             Double rankP95, String flags) {

    public CompositeEntry {
        pillarScores = Map.copyOf(pillarScores);
        flags = flags == null ? "" : flags;
    }

    /** An entry without flags. */
    public CompositeEntry(String localityId, String localityName, int year, String kind, String levelGroup,
                          double score, int rank, Map<String, Double> pillarScores, Double rankP05, Double rankP95) {
        this(localityId, localityName, year, kind, levelGroup, score, rank, pillarScores, rankP05, rankP95, "");
    }
}
