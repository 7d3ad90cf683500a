package io.dxrank.cli;

import io.dxrank.analytics.Imputation;
import io.dxrank.analytics.Normalization;
import io.dxrank.charts.ChartFormat;
import io.dxrank.core.Coded;
import io.dxrank.export.CsvStyle;
import io.dxrank.export.HeaderLanguage;
import io.dxrank.normalize.Precedence;
import io.dxrank.run.FactScope;
import io.dxrank.run.RunOptions;
import io.dxrank.tables.TableMapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Flags shared by run and the stage commands, checked up front so a bad flag fails before Spark starts. */
public final class CommonOptions {

    @Option(names = "--input", paramLabel = "DIR", split = ",", description = "Folder of plan documents and "
            + "indicator tables (.csv, .xlsx, .xls), repeatable or comma-separated (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/plans,data/tables")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder for CSVs, Parquet and "
            + "manifest.json (default: ${DEFAULT-VALUE}).", defaultValue = "out")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR", description = "Folder for charts and index.html "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "charts")
    Path charts;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark.master if set, "
            + "else local[*]).")
    String master;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Indicator catalog (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/catalog/indicators.csv")
    Path catalog;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Reference localities "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "data/reference/localities.csv")
    Path gazetteer;

    @Option(names = "--weights", paramLabel = "FILE", description = "Pillar weights (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/weights/default.csv")
    Path weights;

    @Option(names = "--csv-dialect", paramLabel = "NAME", description = "excel (comma, '.' decimals) or excel-vi "
            + "(semicolon, decimal comma) (default: ${DEFAULT-VALUE}).", defaultValue = "excel")
    String csvDialect;

    @Option(names = "--csv-headers", paramLabel = "LANG", description = "en (column codes) or vi (Vietnamese column "
            + "names) for the header row of summary_rankings.csv and summary_achievement.csv (default: ${DEFAULT-VALUE}).",
            defaultValue = "en")
    String csvHeaders;

    @Option(names = "--chart-format", paramLabel = "FORMAT", description = "png or svg (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "png")
    String chartFormat;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: vi or en (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "vi")
    String language;

    @Option(names = "--focus", paramLabel = "LOCALITIES", split = ",", description = "Localities the trend charts "
            + "draw over their group's spread, by id or name, comma-separated (\"17986,Tây Hiếu\"); default: those "
            + "with the most years of data.")
    List<String> focus;

    @Option(names = "--normalization", paramLabel = "METHOD", description = "Composite normalization: minmax, "
            + "goalpost or zscore (default: ${DEFAULT-VALUE}).", defaultValue = "minmax")
    String normalization;

    @Option(names = "--weight-draws", paramLabel = "N", description = "Perturbed weight sets for the rank "
            + "stability interval; 0 skips it (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    int weightDraws;

    @Option(names = "--impute", paramLabel = "RULE", description = "none, or median: a missing indicator takes its "
            + "group's median in the composite, counted in composite.imputed (default: ${DEFAULT-VALUE}).",
            defaultValue = "none")
    String imputation;

    @Option(names = "--precedence", paramLabel = "SOURCE", description = "table or plan: which wins when an indicator "
            + "table and a plan state the same fact differently; quality.csv records both (default: ${DEFAULT-VALUE}).",
            defaultValue = "table")
    String precedence;

    @Option(names = "--table-mapping", paramLabel = "FILE", description = "Properties file describing indicator "
            + "tables the header recognizer does not understand (sheet, header_row, locality_column, "
            + "indicator_column, unit_column, year, kind; see README).")
    Path tableMapping;

    @Option(names = "--min-reporters", paramLabel = "N", description = "Fewest localities of a level group that must "
            + "report an indicator before it is ranked or scored; 2 or more (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + RunOptions.MIN_REPORTERS)
    int minReporters;

    @Option(names = "--min-indicators", paramLabel = "N", description = "Fewest shared indicators a locality needs "
            + "for a composite score (default: ${DEFAULT-VALUE}).", defaultValue = "" + RunOptions.MIN_INDICATORS)
    int minIndicators;

    @Option(names = "--min-pillars", paramLabel = "N", description = "Fewest pillars a locality's composite must "
            + "cover (default: ${DEFAULT-VALUE}).", defaultValue = "" + RunOptions.MIN_PILLARS)
    int minPillars;

    @Option(names = "--min-overlap", paramLabel = "SHARE", description = "Smallest average share (0 to 1) of a "
            + "locality's indicators that each other locality of its group also reports before their composites are "
            + "ranked together (default: ${DEFAULT-VALUE}).", defaultValue = "" + RunOptions.MIN_OVERLAP)
    double minOverlap;

    @Option(names = "--years", paramLabel = "RANGE", description = "Years compared in rankings, composite and trends: "
            + "2024, 2023-2025, 2023- or -2025 (default: all; facts.csv keeps every year).", defaultValue = "")
    String years;

    @Option(names = "--level-groups", paramLabel = "LIST", description = "Level groups compared: commune, district, "
            + "province, comma-separated (default: all).", defaultValue = "")
    String levelGroups;

    RunOptions toRunOptions(boolean needsInput) throws IOException {
        if (needsInput) {
            for (String in : inputs) {
                if (!in.contains("://") && !Files.isDirectory(Path.of(in))) {
                    throw new IllegalArgumentException("input folder not found: " + in);
                }
            }
        }
        for (Path p : List.of(catalog, weights, gazetteer)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("file not found: " + p);
            }
        }
        RunOptions.Builder options = RunOptions.builder().inputs(inputs).out(out).charts(charts).master(master)
                .catalog(catalog).gazetteer(gazetteer).weights(weights).csvStyle(CsvStyle.named(csvDialect)
                        .withSummaryHeaders(Coded.parse(HeaderLanguage.class, csvHeaders, "CSV header language")))
                .chartFormat(ChartFormat.named(chartFormat)).language(language).focus(focus)
                .normalization(Coded.parse(Normalization.class, normalization, "normalization"))
                .weightDraws(weightDraws).imputation(Coded.parse(Imputation.class, imputation, "imputation"))
                .precedence(Coded.parse(Precedence.class, precedence, "precedence")).tableMapping(tableMapping)
                .minReporters(minReporters).minIndicators(positive(minIndicators, "--min-indicators"))
                .minPillars(positive(minPillars, "--min-pillars")).minOverlap(minOverlap);
        writable(out);
        writable(charts);
        FactScope scope;
        try {
            scope = FactScope.parse(years, levelGroups);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--years/--level-groups: " + e.getMessage(), e);
        }
        if (tableMapping != null) {
            try {
                TableMapping.load(tableMapping);
            } catch (IOException e) {
                throw new IllegalArgumentException("table mapping not readable: " + tableMapping, e);
            }
        }
        return options.scope(scope).build();
    }

    private static int positive(int n, String option) {
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be 1 or more");
        }
        return n;
    }

    private static void writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-probe", "");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("output folder not writable: " + dir);
        }
    }
}
