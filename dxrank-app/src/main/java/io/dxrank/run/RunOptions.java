package io.dxrank.run;

import io.dxrank.charts.ReportText;
import io.dxrank.analytics.Imputation;
import io.dxrank.analytics.Normalization;
import io.dxrank.charts.ChartFormat;
import io.dxrank.export.CsvStyle;
import io.dxrank.normalize.Precedence;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run needs, validated once by the CLI or a job file. Paths are local paths or Hadoop URIs.
 * Built with {@link #builder()} from {@link #DEFAULT}:
 * <pre>
 *   RunOptions o = RunOptions.builder().inputs(List.of("data/plans")).out(Path.of("out")).build();
 * </pre>
 *
 * @param master        Spark master URL; null means spark.master from spark-submit, else local[*]
 * @param csvStyle      how the CSVs for people are written (Excel or Excel under a Vietnamese locale)
 * @param chartFormat   png or svg
 * @param normalization composite normalization
 * @param weightDraws   perturbed weight sets for rank stability; 0 skips the pass
 * @param minReporters  the fewest localities of a group that must report an indicator before it is ranked or
 *                      scored (2: no rank from a group of one)
 * @param minOverlap    the smallest average share of a locality's scored indicators each other locality of its
 *                      group also reports before its composite is ranked (default 0.5)
 * @param imputation    what the composite does with a missing indicator
 * @param scope         the years and level groups compared (rankings, composite, trends)
 * @param precedence    which wins when an indicator table and a plan state one fact differently
 * @param tableMapping  how to read indicator tables the header recognizer does not understand, or null
 * @param language      the report's language: vi (default) or en
 * @param focus         the localities the reader follows (ids or names): each trend chart draws them over its
 *                      group's spread instead of the localities with the most years of data; empty for none
 */
public record RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                         Path gazetteer, Path weights, CsvStyle csvStyle, int minIndicators, int minPillars,
                         int minReporters, double minOverlap, ChartFormat chartFormat, Normalization normalization, int weightDraws, Imputation imputation,
                         FactScope scope, Precedence precedence, Path tableMapping, String language,
                         List<String> focus) {

    /** The comparability rules' defaults (docs/methods.md); the command line and job files take them from here. */
    public static final int MIN_INDICATORS = 5;
    public static final int MIN_PILLARS = 2;
    public static final int MIN_REPORTERS = 2;
    public static final double MIN_OVERLAP = 0.5;

    public static final Path DEFAULT_CATALOG = Path.of("data/catalog/indicators.csv");
    public static final Path DEFAULT_GAZETTEER = Path.of("data/reference/localities.csv");
    public static final Path DEFAULT_WEIGHTS = Path.of("data/weights/default.csv");

    /** The bundled inputs and data files, every choice at its documented default. */
    public static final RunOptions DEFAULT = new RunOptions("adhoc", List.of("data/plans", "data/tables"),
            Path.of("out"), Path.of("charts"), null, DEFAULT_CATALOG, DEFAULT_GAZETTEER, DEFAULT_WEIGHTS,
            CsvStyle.EXCEL, MIN_INDICATORS, MIN_PILLARS, MIN_REPORTERS, MIN_OVERLAP,
            ChartFormat.PNG, Normalization.MINMAX, 1000, Imputation.NONE, FactScope.ALL,
            Precedence.TABLE, null, ReportText.VIETNAMESE, List.of());

    public RunOptions {
        inputs = List.copyOf(inputs);
        focus = focus == null ? List.of() : focus.stream().map(String::trim).filter(f -> !f.isEmpty()).toList();
        for (Object required : new Object[] {jobName, out, charts, catalog, gazetteer, weights, csvStyle, chartFormat,
                normalization, imputation, scope, precedence, language}) {
            Objects.requireNonNull(required, "run options: a required option is missing");
        }
        ReportText.checked(language);
        if (weightDraws < 0) {
            throw new IllegalArgumentException("weight draws must be 0 (no stability interval) or more");
        }
        if (minReporters < 2) {
            throw new IllegalArgumentException("min_reporters must be 2 or more: a comparison needs two localities");
        }
        if (!(minOverlap >= 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException("min_overlap must be a share from 0 to 1");
        }
    }

    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same options writing into other folders: a run's own folder under out/runs. */
    public RunOptions withOutput(Path newOut, Path newCharts) {
        return toBuilder().out(newOut).charts(newCharts).build();
    }

    /** Chained setters over a copy of some options; {@link #build()} validates. */
    public static final class Builder {
        private String jobName;
        private List<String> inputs;
        private Path out;
        private Path charts;
        private String master;
        private Path catalog;
        private Path gazetteer;
        private Path weights;
        private CsvStyle csvStyle;
        private int minIndicators;
        private int minPillars;
        private int minReporters;
        private double minOverlap;
        private ChartFormat chartFormat;
        private Normalization normalization;
        private int weightDraws;
        private Imputation imputation;
        private FactScope scope;
        private Precedence precedence;
        private Path tableMapping;
        private String language;
        private List<String> focus;

        private Builder(RunOptions o) {
            jobName = o.jobName;
            inputs = o.inputs;
            out = o.out;
            charts = o.charts;
            master = o.master;
            catalog = o.catalog;
            gazetteer = o.gazetteer;
            weights = o.weights;
            csvStyle = o.csvStyle;
            minIndicators = o.minIndicators;
            minPillars = o.minPillars;
            minReporters = o.minReporters;
            minOverlap = o.minOverlap;
            chartFormat = o.chartFormat;
            normalization = o.normalization;
            weightDraws = o.weightDraws;
            imputation = o.imputation;
            scope = o.scope;
            precedence = o.precedence;
            tableMapping = o.tableMapping;
            language = o.language;
            focus = o.focus;
        }

        public Builder jobName(String v) {
            jobName = v;
            return this;
        }

        public Builder inputs(List<String> v) {
            inputs = v;
            return this;
        }

        public Builder out(Path v) {
            out = v;
            return this;
        }

        public Builder charts(Path v) {
            charts = v;
            return this;
        }

        public Builder master(String v) {
            master = v;
            return this;
        }

        public Builder catalog(Path v) {
            catalog = v;
            return this;
        }

        public Builder gazetteer(Path v) {
            gazetteer = v;
            return this;
        }

        public Builder weights(Path v) {
            weights = v;
            return this;
        }

        public Builder csvStyle(CsvStyle v) {
            csvStyle = v;
            return this;
        }

        public Builder minIndicators(int v) {
            minIndicators = v;
            return this;
        }

        public Builder minPillars(int v) {
            minPillars = v;
            return this;
        }

        public Builder minReporters(int v) {
            minReporters = v;
            return this;
        }

        public Builder minOverlap(double v) {
            minOverlap = v;
            return this;
        }

        public Builder chartFormat(ChartFormat v) {
            chartFormat = v;
            return this;
        }

        public Builder normalization(Normalization v) {
            normalization = v;
            return this;
        }

        public Builder weightDraws(int v) {
            weightDraws = v;
            return this;
        }

        public Builder imputation(Imputation v) {
            imputation = v;
            return this;
        }

        public Builder scope(FactScope v) {
            scope = v;
            return this;
        }

        public Builder precedence(Precedence v) {
            precedence = v;
            return this;
        }

        public Builder tableMapping(Path v) {
            tableMapping = v;
            return this;
        }

        /** The localities the trend charts draw over their group's spread (ids or names). */
        public Builder focus(List<String> v) {
            focus = v;
            return this;
        }

        public Builder language(String v) {
            language = v;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(jobName, inputs, out, charts, master, catalog, gazetteer, weights, csvStyle,
                    minIndicators, minPillars, minReporters, minOverlap, chartFormat, normalization, weightDraws, imputation, scope, precedence,
                    tableMapping, language, focus);
        }
    }

    /** The folder the stages exchange Parquet through: out/parquet/&lt;table&gt;. */
    public Path parquet(String table) {
        return out.resolve("parquet").resolve(table);
    }
}
