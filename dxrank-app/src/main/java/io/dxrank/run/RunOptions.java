package io.dxrank.run;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run needs, validated once by the CLI or a job file. Paths are local paths or Hadoop URIs.
 *
 * @param master      Spark master URL; null means spark.master from spark-submit, else local[*]
 * @param chartFormat   png or svg
 * @param normalization composite normalization: minmax, goalpost or zscore
 * @param weightDraws   perturbed weight sets for rank stability
 * @param imputation    none, or median: missing indicators take the group median (marked in composite.imputed)
 * @param scope         the years and level groups compared (rankings, composite, trends)
 * @param precedence    table or plan: which wins when an indicator table and a plan state one fact differently
 * @param tableMapping  how to read indicator tables the header recognizer does not understand, or null
 */
public record RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                         Path gazetteer, Path weights, String csvDialect, int minIndicators, int minPillars,
                         String chartFormat, String normalization, int weightDraws, String imputation,
                         FactScope scope, String precedence, Path tableMapping) {

    public static final Path DEFAULT_CATALOG = Path.of("data/catalog/indicators.csv");
    public static final Path DEFAULT_GAZETTEER = Path.of("data/reference/localities.csv");
    public static final Path DEFAULT_WEIGHTS = Path.of("data/weights/default.csv");

    public RunOptions {
        inputs = List.copyOf(inputs);
        chartFormat = chartFormat == null ? "png" : chartFormat;
        normalization = normalization == null ? "minmax" : normalization;
        imputation = imputation == null ? "none" : imputation;
        scope = scope == null ? FactScope.ALL : scope;
        precedence = precedence == null ? "table" : precedence;
        if (!precedence.equals("table") && !precedence.equals("plan")) {
            throw new IllegalArgumentException("unknown precedence '" + precedence + "': use table or plan");
        }
        if (!imputation.equals("none") && !imputation.equals("median")) {
            throw new IllegalArgumentException("unknown imputation '" + imputation + "': use none or median");
        }
    }

    /** Options without a table mapping file. */
    public RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                      Path gazetteer, Path weights, String csvDialect, int minIndicators, int minPillars,
                      String chartFormat, String normalization, int weightDraws, String imputation, FactScope scope,
                      String precedence) {
        this(jobName, inputs, out, charts, master, catalog, gazetteer, weights, csvDialect, minIndicators, minPillars,
                chartFormat, normalization, weightDraws, imputation, scope, precedence, null);
    }

    /** Options where indicator tables win over plans. */
    public RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                      Path gazetteer, Path weights, String csvDialect, int minIndicators, int minPillars,
                      String chartFormat, String normalization, int weightDraws, String imputation, FactScope scope) {
        this(jobName, inputs, out, charts, master, catalog, gazetteer, weights, csvDialect, minIndicators, minPillars,
                chartFormat, normalization, weightDraws, imputation, scope, "table");
    }

    /** Options comparing every year and level group. */
    public RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                      Path gazetteer, Path weights, String csvDialect, int minIndicators, int minPillars,
                      String chartFormat, String normalization, int weightDraws, String imputation) {
        this(jobName, inputs, out, charts, master, catalog, gazetteer, weights, csvDialect, minIndicators, minPillars,
                chartFormat, normalization, weightDraws, imputation, FactScope.ALL);
    }

    /** Options with PNG charts. */
    public RunOptions(String jobName, List<String> inputs, Path out, Path charts, String master, Path catalog,
                      Path gazetteer, Path weights, String csvDialect, int minIndicators, int minPillars) {
        this(jobName, inputs, out, charts, master, catalog, gazetteer, weights, csvDialect, minIndicators, minPillars,
                "png", "minmax", 1000, "none");
    }

    /** The same options writing into other folders: a run's own folder under out/runs. */
    public RunOptions withOutput(Path newOut, Path newCharts) {
        return new RunOptions(jobName, inputs, newOut, newCharts, master, catalog, gazetteer, weights, csvDialect,
                minIndicators, minPillars, chartFormat, normalization, weightDraws, imputation, scope, precedence,
                tableMapping);
    }

    /** The table mapping to apply: the file's, or none. */
    public io.dxrank.tables.TableMapping mapping() {
        try {
            return tableMapping == null ? io.dxrank.tables.TableMapping.NONE
                    : io.dxrank.tables.TableMapping.load(tableMapping);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read table mapping " + tableMapping, e);
        }
    }

    /** The folder the stages exchange Parquet through: out/parquet/&lt;table&gt;. */
    public Path parquet(String table) {
        return out.resolve("parquet").resolve(table);
    }
}
