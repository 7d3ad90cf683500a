package io.dxrank.schedule;

import io.dxrank.core.ConfigCsv;
import io.dxrank.charts.ReportText;
import io.dxrank.analytics.Weights;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.tables.TableMapping;
import io.dxrank.analytics.Imputation;
import io.dxrank.analytics.Normalization;
import io.dxrank.charts.ChartFormat;
import io.dxrank.core.Coded;
import io.dxrank.export.CsvStyle;
import io.dxrank.export.HeaderLanguage;
import io.dxrank.normalize.Precedence;

import io.dxrank.run.FactScope;
import io.dxrank.run.RunOptions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * A scheduled job definition (jobs/*.properties): what to read, where to write, how to compute, when to run.
 * Unknown keys and bad values are configuration errors naming the key and the file.
 * <pre>
 *   name=province-weekly
 *   inputs=data/plans
 *   schedule=0 2 * * 1
 * </pre>
 */
public record JobFile(Path file, String name, String schedule, RunOptions options, Map<String, String> sparkConf,
                      boolean failOnReject, int retention) {

    private static final Set<String> KEYS = Set.of("name", "inputs", "out", "charts", "catalog", "gazetteer",
            "weights", "normalization", "imputation", "precedence", "tables_mapping", "weight_draws", "csv_dialect", "csv_headers",
            "chart_format", "lang", "focus", "spark.master",
            "schedule", "fail_on_reject", "min_indicators", "min_pillars", "min_reporters", "min_overlap", "description", "retention", "years", "level_groups");

    /** A job file that cannot be used: the message names the file and the key. */
    public static final class InvalidJobException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidJobException(Path file, String key, String problem) {
            super(file + ": key '" + key + "': " + problem);
        }
    }

    /** The job's table mapping file, checked now so a bad one fails before Spark starts. */
    private static Path tableMapping(Properties p, Path file) {
        String v = p.getProperty("tables_mapping", "").trim();
        if (v.isEmpty()) {
            return null;
        }
        Path mapping = Path.of(v);
        try {
            TableMapping.load(mapping);
        } catch (IOException e) {
            throw new InvalidJobException(file, "tables_mapping", "cannot read " + mapping);
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException(file, "tables_mapping", e.getMessage());
        }
        return mapping;
    }

    public static JobFile load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> spark = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("spark.") && !key.equals("spark.master")) {
                spark.put(key, p.getProperty(key).trim());
            } else if (!KEYS.contains(key)) {
                throw new InvalidJobException(file, key, "unknown key (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ", spark.*)");
            }
        }
        String name = required(p, file, "name");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidJobException(file, "name", "use letters, digits, '.', '_' or '-' only");
        }
        List<String> inputs = new ArrayList<>(Arrays.stream(required(p, file, "inputs").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
        String schedule = p.getProperty("schedule", "").trim();
        if (!schedule.isEmpty()) {
            String problem = CronSchedule.problem(schedule);
            if (problem != null) {
                throw new InvalidJobException(file, "schedule", "'" + schedule + "' is not a 5-field cron expression: "
                        + problem);
            }
        }
        RunOptions d = RunOptions.DEFAULT;
        RunOptions options = RunOptions.builder().jobName(name).inputs(inputs)
                .out(path(p, "out", "out/" + name)).charts(path(p, "charts", "charts/" + name))
                .master(p.getProperty("spark.master"))
                .catalog(path(p, "catalog", d.catalog().toString()))
                .gazetteer(path(p, "gazetteer", d.gazetteer().toString()))
                .weights(path(p, "weights", d.weights().toString()))
                .csvStyle(choice(p, file, "csv_dialect", d.csvStyle().name(), CsvStyle::named)
                        .withSummaryHeaders(choice(p, file, "csv_headers", d.csvStyle().summaryHeaders().code(),
                                v -> Coded.parse(HeaderLanguage.class, v, "CSV header language"))))
                .minIndicators(integer(p, file, "min_indicators", d.minIndicators()))
                .minPillars(integer(p, file, "min_pillars", d.minPillars()))
                .minReporters(integer(p, file, "min_reporters", d.minReporters(), 2))
                .minOverlap(share(p, file, "min_overlap", d.minOverlap()))
                .chartFormat(choice(p, file, "chart_format", d.chartFormat().code(), ChartFormat::named))
                .language(choice(p, file, "lang", d.language(), ReportText::checked))
                .focus(List.of(p.getProperty("focus", "").split(",")))
                .normalization(choice(p, file, "normalization", d.normalization().code(),
                        v -> Coded.parse(Normalization.class, v, "normalization")))
                .weightDraws(integer(p, file, "weight_draws", d.weightDraws(), 0))
                .imputation(choice(p, file, "imputation", d.imputation().code(),
                        v -> Coded.parse(Imputation.class, v, "imputation")))
                .scope(scope(p, file))
                .precedence(choice(p, file, "precedence", d.precedence().code(),
                        v -> Coded.parse(Precedence.class, v, "precedence")))
                .tableMapping(tableMapping(p, file)).build();
        return new JobFile(file, name, schedule, options, spark, bool(p, file, "fail_on_reject"),
                integer(p, file, "retention", 5));
    }

    private static String required(Properties p, Path file, String key) {
        String v = p.getProperty(key, "").trim();
        if (v.isEmpty()) {
            throw new InvalidJobException(file, key, "missing");
        }
        return v;
    }

    /** A key whose value is one of a fixed set of choices; the parser's message names the allowed ones. */
    private static <T> T choice(Properties p, Path file, String key, String dflt, Function<String, T> parse) {
        try {
            return parse.apply(p.getProperty(key, dflt).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException(file, key, e.getMessage());
        }
    }

    private static FactScope scope(Properties p, Path file) {
        try {
            FactScope.parse(p.getProperty("years", ""), "");
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException(file, "years", e.getMessage());
        }
        try {
            return FactScope.parse(p.getProperty("years", ""), p.getProperty("level_groups", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException(file, "level_groups", e.getMessage());
        }
    }

    private static boolean bool(Properties p, Path file, String key) {
        String v = p.getProperty(key, "false").trim();
        if (!v.equals("true") && !v.equals("false")) {
            throw new InvalidJobException(file, key, "'" + v + "' is not true or false");
        }
        return v.equals("true");
    }

    private static int integer(Properties p, Path file, String key, int dflt) {
        return integer(p, file, key, dflt, 1);
    }

    /** A whole number of at least {@code min}: 1 for counts, 0 where 0 means "none" (weight_draws). */
    private static int integer(Properties p, Path file, String key, int dflt, int min) {
        String v = p.getProperty(key, Integer.toString(dflt)).trim();
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidJobException(file, key, "'" + v + "' is not "
                    + (min == 1 ? "a positive whole number" : "a whole number of " + min + " or more"));
        }
    }

    /** A share from 0 to 1, with a decimal point or comma ("0.5", "0,5"). */
    private static double share(Properties p, Path file, String key, double dflt) {
        String v = p.getProperty(key, Double.toString(dflt)).trim();
        try {
            double d = ConfigCsv.decimal(v);
            if (!(d >= 0 && d <= 1)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidJobException(file, key, "'" + v + "' is not a share from 0 to 1");
        }
    }

    private static Path path(Properties p, String key, String dflt) {
        return Path.of(p.getProperty(key, dflt).trim());
    }

    /**
     * Checks what the job reads exists, before a run starts: input folders (local ones), catalog, weights and
     * gazetteer files. The message names the key and the file, like every other job-file error.
     */
    public void checkPaths() {
        for (String in : options.inputs()) {
            if (!in.contains("://") && !Files.isDirectory(Path.of(in))) {
                throw new InvalidJobException(file, "inputs", "folder not found: " + in);
            }
        }
        if (!Files.isRegularFile(options.catalog())) {
            throw new InvalidJobException(file, "catalog", "file not found: " + options.catalog());
        }
        if (!Files.isRegularFile(options.weights())) {
            throw new InvalidJobException(file, "weights", "file not found: " + options.weights());
        }
        try {
            Weights.load(options.weights());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidJobException(file, "weights", e.getMessage());
        }
        try {
            Catalog.load(options.catalog());
        } catch (IOException | RuntimeException e) {
            throw new InvalidJobException(file, "catalog", "not a readable CSV catalog: " + e.getMessage());
        }
        // a missing gazetteer is no smaller problem than a missing catalog: without it every locality goes
        // unmatched and rankings silently change
        if (!Files.isRegularFile(options.gazetteer())) {
            throw new InvalidJobException(file, "gazetteer", "file not found: " + options.gazetteer());
        }
        try {
            Gazetteer.load(options.gazetteer());
        } catch (IOException | RuntimeException e) {
            throw new InvalidJobException(file, "gazetteer", "not a readable CSV gazetteer: " + e.getMessage());
        }
    }

    /**
     * The crontab line that runs this job from the project folder, or null when it has no schedule. The output
     * folder is created first: the shell opens the cron.log redirection before dxrank starts, so on a machine
     * where the job never ran it would fail and the job would never run at all.
     */
    public String crontabLine(Path projectDir) {
        if (schedule.isEmpty()) {
            return null;
        }
        return schedule + " cd " + shellWord(projectDir.toString()) + " && mkdir -p "
                + shellWord(options.out().toString()) + " && ./dxrank job run " + shellWord(file.toString()) + " >> "
                + shellWord(options.out().resolve("cron.log").toString()) + " 2>&1";
    }

    /** A path as one shell word: as it is when it needs no quoting, else in single quotes. */
    static String shellWord(String s) {
        if (s.matches("[A-Za-z0-9_./:@+=,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
