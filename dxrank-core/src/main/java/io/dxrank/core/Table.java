package io.dxrank.core;

import java.util.Map;
import java.util.List;

/**
 * The output contract (DESIGN.md): every table a run writes, with its columns in contract order.
 * The one place column names are defined; stages, exports and tests read them from here.
 */
public enum Table {
    PLANS("plans", List.of("plan_id", "source_file", "sha256", "status", "reason", "locality_id", "locality_name",
            "locality_name_raw", "level", "parent", "province", "plan_year", "period", "results_year", "issue_date",
            "format", "bytes", "statements", "doc_type")),
    FACTS("facts", List.of("plan_id", "locality_id", "locality_name", "level", "province", "indicator_code",
            "indicator_name", "pillar", "kind", "year", "period", "value", "value_high", "unit", "comparator",
            "source_file", "source_line", "quote", "subject", "section", "value_text", "denominator", "source", "as_of", "value_per_1000",
            "status", "flags", "confidence", "population_year")),
    RANKINGS("rankings", List.of("indicator_code", "year", "kind", "level_group", "locality_id", "value", "rank",
            "percentile", "n", "period", "locality_name", "level", "direction", "rank_change", "source_file",
            "source_line", "quote", "measure", "flags")),
    COMPOSITE("composite", List.of("locality_id", "year", "kind", "score_awareness", "score_institution",
            "score_infrastructure", "score_data", "score_platform", "score_workforce", "score_security",
            "score_government", "score_economy", "score_society", "score", "rank", "coverage", "rank_p05", "rank_p95",
            "locality_name", "level_group", "indicators", "pillars", "status", "band", "rank_median", "rank_change",
            "normalization", "imputed", "overlap", "flags")),
    TRENDS("trends", List.of("locality_id", "indicator_code", "year", "actual", "target", "yoy_change",
            "achievement", "achieved", "locality_name", "comparator", "flags")),
    QUALITY("quality", List.of("plan_id", "source_file", "line", "severity", "code", "detail")),
    AMBITION("ambition", List.of("indicator_code", "year", "level_group", "n", "target_min", "target_median",
            "target_max", "national_target", "national_target_year", "median_minus_national")),
    ATTRIBUTION("attribution", List.of("locality_id", "locality_name", "level_group", "kind", "year", "previous_year",
            "indicator_code", "pillar", "effect", "contribution", "score_change", "normalization")),
    TRAJECTORY("trajectory", List.of("locality_id", "locality_name", "level_group", "indicator_code",
            "national_target", "target_year", "status", "baseline_year", "baseline_value", "latest_year", "latest_value",
            "path_value", "pace_per_year", "projected_value", "reach_year", "own_target_year", "own_target",
            "plan_meets_national", "results", "direction")),
    CATALOG_SUGGESTIONS("catalog_suggestions", List.of("phrase", "unit", "occurrences", "plans", "example_file",
            "example_line", "example_quote"));

    /** Row order of the CSV: deterministic across runs, whatever the engine's partitioning. */
    private static final Map<String, List<String>> SORT = Map.of(
            "plans", List.of("source_file"),
            "facts", List.of("source_file", "source_line", "value_text", "indicator_code", "kind", "year"),
            "rankings", List.of("indicator_code", "year", "period", "kind", "level_group", "rank", "locality_id"),
            "composite", List.of("year", "kind", "level_group", "rank", "locality_id"),
            "trends", List.of("locality_id", "indicator_code", "year"),
            "quality", List.of("source_file", "line", "code", "detail"),
            "ambition", List.of("indicator_code", "year", "level_group"),
            "attribution", List.of("year", "kind", "level_group", "locality_id", "indicator_code", "effect"),
            "trajectory", List.of("indicator_code", "target_year", "level_group", "locality_id"),
            "catalog_suggestions", List.of("-occurrences", "phrase", "unit"));

    private final String name;
    private final List<String> columns;

    Table(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    /** Columns that order the rows of the exported file (nulls last; a leading '-' means descending). */
    public List<String> sortKeys() {
        return SORT.get(name);
    }

    /** File stem, e.g. {@code plans} for plans.csv. */
    public String fileName() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }
}
