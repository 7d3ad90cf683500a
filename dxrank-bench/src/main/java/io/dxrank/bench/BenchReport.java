package io.dxrank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns the metrics a bench/run.sh invocation left behind into bench/results/&lt;date&gt;.md: the bars, the
 * floor against dxrank, the stages, the analytics against DuckDB, the accuracy.
 */
public final class BenchReport {

    private static final long GB_KB = 1024L * 1024;
    /** Issue 16's bar on a run's peak memory. */
    private static final long PEAK_BAR_KB = 2 * GB_KB;
    /** From this many facts issue 16 asks analytics to finish within 3x DuckDB, below it within 2x. */
    private static final long LARGE_FACTS = 10_000_000L;

    private final Path dir;
    private final List<String> out = new ArrayList<>();

    private BenchReport(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        BenchReport r = new BenchReport(Path.of(args[0]));
        r.write(args[2]);
        Files.write(Path.of(args[1]), r.out, StandardCharsets.UTF_8);
    }

    private void write(String command) throws IOException {
        JsonNode corpus = json("corpus.json");
        JsonNode manifest = json("manifest.json");
        Properties floor = props("floor.properties");
        Properties floorProc = props("floor.proc.properties");
        Properties runProc = props("dxrank.proc.properties");
        Properties acc = props("accuracy.properties");
        long plans = corpus.path("plans").asLong();
        double mb = corpus.path("bytes").asLong() / 1e6;
        double floorS = Long.parseLong(floor.getProperty("extract_ms", "0")) / 1000.0;
        double floorWall = seconds(floorProc.getProperty("wall"));
        double runWall = seconds(runProc.getProperty("wall"));
        JsonNode timings = manifest.path("timingsMs");
        double extractS = timings.path("extract").asLong() / 1000.0;
        double totalS = manifest.path("totalMs").asLong() / 1000.0;

        out.add("# dxrank benchmark, " + LocalDateTime.now(ZoneOffset.UTC).format(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)));
        out.add("");
        out.add("Command: `" + command + "`  ");
        out.add(String.format(Locale.ROOT, "Machine: %d cores, %.1f GB RAM, Java %s, load average at the end %s  ",
                Runtime.getRuntime().availableProcessors(), memGb(), System.getProperty("java.version"), loadAvg()));
        String opts = System.getenv("DXRANK_JAVA_OPTS");
        out.add(opts != null && !opts.isBlank() ? "JVM options of every step: `" + opts + "`; Spark `local[*]`."
                : "JVM options: `-Xmx4g` for the bench's own steps, the launcher's default heap for `dxrank run` (1.2 GB up to"
                        + " 450 MB of input, else 4 GB); Spark `local[*]`.");
        out.add("");
        out.add(String.format(Locale.ROOT, "Corpus: %d plans (%d localities x %d-%d, seed %d), %.1f MB, %d ground-truth "
                        + "statements.", plans, corpus.path("localities").asInt(), corpus.path("from_year").asInt(),
                corpus.path("to_year").asInt(), corpus.path("seed").asLong(), mb, corpus.path("statements").asLong()));
        out.add("");

        out.add("## Bars");
        out.add("");
        out.add("| bar | target | measured | met |");
        out.add("|---|---|---|---|");
        bar(plans + " plans end to end (`dxrank run`, process wall)", "< 60 s", fmt(runWall) + " s", runWall < 60);
        double ratioExtract = extractS / floorS;
        double ratioWall = runWall / floorWall;
        bar("Spark extract stage / floor extraction", "<= 1.2x", fmt(ratioExtract) + "x (" + fmt(extractS) + " s / "
                + fmt(floorS) + " s)", ratioExtract <= 1.2);
        bar("whole `dxrank run` / floor (process walls)", "<= 1.3x", fmt(ratioWall) + "x (" + fmt(runWall) + " s / "
                + fmt(floorWall) + " s)", ratioWall <= 1.3);
        Map<Long, String[]> analytics = analyticsRows();
        for (Map.Entry<Long, String[]> e : analytics.entrySet()) {
            String[] a = e.getValue();
            boolean lowerBound = a[3].startsWith(">");
            double ratio = Double.parseDouble(a[3].replace(">", "").trim());
            double within = e.getKey() >= LARGE_FACTS ? 3 : 2;
            bar(String.format(Locale.ROOT, "analytics on %,d facts: Spark / DuckDB", e.getKey()),
                    (within == 3 ? "finish, " : "") + "<= " + (int) within + "x",
                    a[3] + "x" + (lowerBound ? " (Spark stopped at the timeout)" : ""), !lowerBound && ratio <= within);
        }
        long peak = Math.max(kb(runProc), kb(floorProc));
        bar("peak RSS of `dxrank run`", "<= 2 GB", gb(kb(runProc)), kb(runProc) <= PEAK_BAR_KB);
        double recall = number(acc.getProperty("recall"));
        double precision = number(acc.getProperty("precision"));
        bar("extraction recall on the corpus", ">= 0.98", acc.getProperty("recall"), recall >= 0.98);
        bar("extraction precision on the corpus", ">= 0.98", acc.getProperty("precision"), precision >= 0.98);
        out.add("");

        out.add("## Extraction: the floor against dxrank");
        out.add("");
        out.add("| step | wall s | in-process s | CPU s (user+sys) | plans/s | MB/s | peak RSS |");
        out.add("|---|---|---|---|---|---|---|");
        out.add(String.format(Locale.ROOT, "| floor: pure-Java extractor, %s threads, no Spark | %s | %s | %s | %s | %s | %s |",
                floor.getProperty("threads"), fmt(floorWall), fmt(floorS), floorProc.getProperty("cpu_s", ""),
                fmt(plans / floorS), fmt(mb / floorS), gb(kb(floorProc))));
        out.add(String.format(Locale.ROOT, "| dxrank extract stage (Spark, binaryFile, Parquet out) | | %s | | %s | %s | |",
                fmt(extractS), fmt(plans / extractS), fmt(mb / extractS)));
        out.add(String.format(Locale.ROOT, "| `dxrank run` end to end (all stages, JVM and Spark start) | %s | %s | %s | %s "
                + "| %s | %s |", fmt(runWall), fmt(totalS), runProc.getProperty("cpu_s", ""), fmt(plans / runWall),
                fmt(mb / runWall), gb(kb(runProc))));
        out.add("");
        out.add("The machine is shared: CPU time and the load average say how much of it a step had. "
                + "A step's CPU share is CPU s / (wall s x cores).");
        out.add("");
        out.add(String.format(Locale.ROOT, "Floor: %s statements from %s files (%s rejected). dxrank counts: %s.",
                floor.getProperty("statements"), floor.getProperty("files"), floor.getProperty("rejected"),
                manifest.path("counts").toString()));
        out.add("");
        out.add("Stages of `dxrank run` (manifest.json `timingsMs`):");
        out.add("");
        out.add("| stage | s | share |");
        out.add("|---|---|---|");
        for (Iterator<Map.Entry<String, JsonNode>> it = timings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(String.format(Locale.ROOT, "| %s | %s | %.0f%% |", e.getKey(), fmt(e.getValue().asLong() / 1000.0),
                    100.0 * e.getValue().asLong() / Math.max(1, manifest.path("totalMs").asLong())));
        }
        out.add(String.format(Locale.ROOT, "| total (in the JVM) | %s | |", fmt(totalS)));
        out.add("");

        out.add("## Analytics: Spark against DuckDB");
        out.add("");
        out.add("Rankings and composite from the same synthetic facts Parquet, written to Parquet; each engine in its "
                + "own JVM; times exclude JVM and session start. Both sides do the same work: Spark runs without the "
                + "rank-stability pass (1,000 weight draws x 3 normalizations), which DuckDB's SQL does not have; "
                + "the last column times Spark with it, the product's default.");
        out.add("");
        out.add("| facts rows | Spark s | DuckDB s | Spark / DuckDB | Spark peak RSS | DuckDB peak RSS | results agree "
                + "| Spark with stability s |");
        out.add("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Long, String[]> e : analytics.entrySet()) {
            String[] a = e.getValue();
            out.add(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s |", e.getKey(), a[0], a[1],
                    a[3], a[4], a[5], a[2], a[6]));
        }
        out.add("");

        out.add("## Extraction quality against the ground truth");
        out.add("");
        out.add("A truth row is found when a statement stands on its line with its value, and counts (strict) when "
                + "kind (actual/target) and unit class (percent/count) agree too.");
        out.add("");
        out.add("| measure | value |");
        out.add("|---|---|");
        for (String k : List.of("truth", "extracted", "recall", "precision", "recall_loose", "precision_loose",
                "year_accuracy", "indicator_accuracy", "indicator_checked")) {
            out.add("| " + k + " | " + acc.getProperty(k, "") + " |");
        }
        out.add("");
        out.add("Recall per phrasing (strict): " + templates(acc));
        out.add("");
        Path samples = dir.resolve("accuracy-samples.md");
        if (Files.exists(samples)) {
            out.add("<details><summary>Samples of misses and false positives</summary>");
            out.add("");
            out.addAll(Files.readAllLines(samples, StandardCharsets.UTF_8));
            out.add("");
            out.add("</details>");
        }
    }

    private void bar(String what, String target, String measured, boolean met) {
        out.add("| " + what + " | " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    /** rows -> {spark s, duckdb s, agree, ratio, spark rss, duckdb rss}. */
    private Map<Long, String[]> analyticsRows() throws IOException {
        Map<Long, String[]> rows = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.matches("spark-\\d+\\.properties")) {
                    long n = Long.parseLong(name.replaceAll("\\D", ""));
                    Properties sp = props(name);
                    Properties dp = props("duckdb-" + n + ".properties");
                    double s = Long.parseLong(sp.getProperty("analytics_ms", "0")) / 1000.0;
                    double d = Long.parseLong(dp.getProperty("analytics_ms", "0")) / 1000.0;
                    boolean stopped = sp.containsKey("timed_out") || dp.containsKey("timed_out");
                    Properties cmp = props("compare-" + n + ".properties");
                    String agree = cmp.isEmpty() ? "not compared (an engine was stopped)"
                            : "true".equals(cmp.getProperty("agree")) ? "yes (" + cmp.getProperty("rankings_spark")
                            + " rankings, " + cmp.getProperty("composite_spark") + " composite rows)"
                            : "**no**: " + cmp;
                    String ratio = (sp.containsKey("timed_out") ? "> " : "") + fmt(d == 0 ? 0 : s / d);
                    rows.put(n, new String[] {(sp.containsKey("timed_out") ? "> " : "") + fmt(s),
                        (dp.containsKey("timed_out") ? "> " : "") + fmt(d), agree, stopped ? ratio : fmt(s / d),
                        gb(kb(props("spark-" + n + ".proc.properties"))),
                        gb(kb(props("duckdb-" + n + ".proc.properties"))), stability(n)});
                }
            }
        }
        return rows;
    }

    /** Spark's time with the rank-stability pass, or n/a when the step did not run. */
    private String stability(long rows) throws IOException {
        Properties p = props("sparkstab-" + rows + ".properties");
        if (p.isEmpty()) {
            return "n/a";
        }
        String s = fmt(Long.parseLong(p.getProperty("analytics_ms", "0")) / 1000.0);
        return p.containsKey("timed_out") ? "> " + s : s;
    }

    private static String templates(Properties acc) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(acc).forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("template.")) {
                String[] f = v.toString().split("/");
                double r = Double.parseDouble(f[0]) / Math.max(1, Double.parseDouble(f[1]));
                sb.append(sb.length() == 0 ? "" : ", ").append(r < 0.98 ? "**" : "").append(key.substring(9))
                        .append(' ').append(String.format(Locale.ROOT, "%.3f", r)).append(r < 0.98 ? "**" : "");
            }
        });
        return sb.toString();
    }

    private Properties props(String name) throws IOException {
        return BenchFiles.readMetrics(dir.resolve(name));
    }

    private JsonNode json(String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? new ObjectMapper().readTree(p.toFile()) : new ObjectMapper().createObjectNode();
    }

    private static long kb(Properties proc) {
        String v = proc.getProperty("rss_kb", "0").trim();
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private static String gb(long kb) {
        return String.format(Locale.ROOT, "%.2f GB", kb / 1024.0 / 1024.0);
    }

    /** "1:02.34" or "1:02:03" (GNU time) to seconds. */
    static double seconds(String wall) {
        if (wall == null || wall.isBlank()) {
            return Double.NaN;
        }
        double s = 0;
        for (String part : wall.trim().split(":")) {
            s = s * 60 + Double.parseDouble(part);
        }
        return s;
    }

    private static double number(String s) {
        try {
            return s == null ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static double memGb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux: leave it out
        }
        return Double.NaN;
    }

    private static String loadAvg() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "n/a";
        }
    }
}
