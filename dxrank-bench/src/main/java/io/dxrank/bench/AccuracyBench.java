package io.dxrank.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import io.dxrank.normalize.Catalog;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.Statement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Extraction quality on a generated corpus: recall and precision of the extractor against truth/, plus how
 * often the normalizer then gets the year and the indicator right. Not timed; runs after the timed steps.
 * <pre>
 *   java ... io.dxrank.bench.AccuracyBench CORPUS CATALOG metrics/accuracy.properties metrics/accuracy-samples.md
 * </pre>
 */
public final class AccuracyBench {

    private static final CSVFormat TRUTH = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    // counters: truth, found, exact, extracted, yearChecked, yearOk, codeChecked, codeOk
    private static final int TRUTH_N = 0;
    private static final int FOUND = 1;
    private static final int EXACT = 2;
    private static final int EXTRACTED = 3;
    private static final int YEAR_N = 4;
    private static final int YEAR_OK = 5;
    private static final int CODE_N = 6;
    private static final int CODE_OK = 7;

    private AccuracyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Catalog catalog = Catalog.load(Path.of(args[1]));
        Path metrics = Path.of(args[2]);
        Path samples = Path.of(args[3]);
        Path gazetteerFile = corpus.resolve("reference/localities.csv");
        Normalizer normalizer = new Normalizer(catalog,
                Files.exists(gazetteerFile) ? Gazetteer.load(gazetteerFile) : Gazetteer.empty());
        Path plans = corpus.resolve("plans");
        List<Path> files = BenchFiles.plans(plans);
        AtomicLongArray counts = new AtomicLongArray(8);
        Map<String, long[]> byTemplate = Collections.synchronizedMap(new TreeMap<>());
        List<String> misses = Collections.synchronizedList(new ArrayList<>());
        List<String> falsePositives = Collections.synchronizedList(new ArrayList<>());
        // truth indicator -> indicator the normalizer chose, with an example subject: where the catalog confuses
        Map<String, LongAdder> confusions = new ConcurrentHashMap<>();
        Map<String, String> confusionExamples = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            try {
                String name = plans.relativize(f).toString().replace('\\', '/');
                ExtractionResult r = PlanExtractor.extract(name, Files.readAllBytes(f));
                Path truthFile = corpus.resolve("truth").resolve(name.replaceAll("\\.txt$", ".csv"));
                List<TruthMatcher.Truth> truth = readTruth(truthFile);
                TruthMatcher.Result m = TruthMatcher.match(truth, r.statements());
                List<Fact> facts = r.ok() ? normalizer.normalize(r).facts() : List.of();
                List<String> lines = misses.size() < 40 || falsePositives.size() < 40
                        ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
                counts.addAndGet(TRUTH_N, truth.size());
                counts.addAndGet(EXTRACTED, r.statements().size());
                for (TruthMatcher.Pair p : m.pairs()) {
                    long[] t = byTemplate.computeIfAbsent(p.truth().template(), k -> new long[2]);
                    synchronized (t) {
                        t[0]++;
                        t[1] += p.exact() ? 1 : 0;
                    }
                    if (p.found()) {
                        counts.incrementAndGet(FOUND);
                    }
                    if (!p.exact()) {
                        if (misses.size() < 40) {
                            misses.add(String.format(Locale.ROOT, "%s:%d [%s] expected %s %s %s, got %s: %s", name,
                                    p.truth().line(), p.truth().template(), p.truth().kind(),
                                    TruthRow.number(p.truth().value()), p.truth().unit(),
                                    p.found() ? p.statement().kind() + " " + p.statement().unit() : "nothing",
                                    line(lines, p.truth().line())));
                        }
                        continue;
                    }
                    counts.incrementAndGet(EXACT);
                    Fact fact = factFor(facts, p.statement());
                    if (fact != null) {
                        counts.incrementAndGet(YEAR_N);
                        if (fact.year() == p.truth().year()) {
                            counts.incrementAndGet(YEAR_OK);
                        }
                        if (catalog.get(p.truth().indicatorCode()) != null) {
                            counts.incrementAndGet(CODE_N);
                            if (p.truth().indicatorCode().equals(fact.indicatorCode())) {
                                counts.incrementAndGet(CODE_OK);
                            } else {
                                String key = p.truth().indicatorCode() + " -> " + fact.indicatorCode();
                                confusions.computeIfAbsent(key, k -> new LongAdder())
                                        .increment();
                                confusionExamples.putIfAbsent(key, fact.subject());
                            }
                        }
                    }
                }
                for (Statement s : m.unclaimed()) {
                    if (falsePositives.size() < 40) {
                        falsePositives.add(String.format(Locale.ROOT, "%s:%d %s %s \"%s\"", name, s.line(), s.kind(),
                                s.valueText(), s.quote()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        long truthN = counts.get(TRUTH_N);
        long extracted = counts.get(EXTRACTED);
        out.put("plans", files.size());
        out.put("truth", truthN);
        out.put("extracted", extracted);
        out.put("found", counts.get(FOUND));
        out.put("exact", counts.get(EXACT));
        out.put("recall", ratio(counts.get(EXACT), truthN));
        out.put("precision", ratio(counts.get(EXACT), extracted));
        out.put("recall_loose", ratio(counts.get(FOUND), truthN));
        out.put("precision_loose", ratio(counts.get(FOUND), extracted));
        out.put("year_accuracy", ratio(counts.get(YEAR_OK), counts.get(YEAR_N)));
        out.put("indicator_accuracy", ratio(counts.get(CODE_OK), counts.get(CODE_N)));
        out.put("indicator_checked", counts.get(CODE_N));
        StringBuilder weak = new StringBuilder();
        byTemplate.forEach((k, v) -> {
            out.put("template." + k, String.format(Locale.ROOT, "%d/%d", v[1], v[0]));
            if (v[1] < 0.98 * v[0]) {
                weak.append(weak.length() == 0 ? "" : ", ").append(k).append(' ')
                        .append(String.format(Locale.ROOT, "%.3f", (double) v[1] / v[0]));
            }
        });
        out.put("weak_templates", weak.toString());
        BenchFiles.writeMetrics(metrics, out);
        List<String> report = new ArrayList<>();
        report.add("Missed or misread (first 40, unordered):");
        report.add("");
        misses.stream().sorted().forEach(s -> report.add("- " + s));
        report.add("");
        report.add("Extracted but not in the truth (first 40, unordered):");
        report.add("");
        falsePositives.stream().sorted().forEach(s -> report.add("- " + s));
        report.add("");
        report.add("Indicator confusions (truth -> normalizer, most frequent 30, with an example subject):");
        report.add("");
        confusions.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(30).forEach(e -> report.add("- " + e.getValue().sum() + " x " + e.getKey() + ": \""
                        + confusionExamples.get(e.getKey()) + "\""));
        Files.write(samples, report, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "accuracy: recall %s precision %s (loose %s / %s) on %d truth rows%n",
                out.get("recall"), out.get("precision"), out.get("recall_loose"), out.get("precision_loose"), truthN);
    }

    private static Fact factFor(List<Fact> facts, Statement s) {
        for (Fact f : facts) {
            if (f.sourceLine() == s.line() && s.valueText().equals(f.valueText()) && s.kind().equals(f.kind())) {
                return f;
            }
        }
        return null;
    }

    private static String line(List<String> lines, int n) {
        String l = n >= 1 && n <= lines.size() ? lines.get(n - 1).trim() : "";
        return l.length() > 140 ? l.substring(0, 140) + "…" : l;
    }

    static List<TruthMatcher.Truth> readTruth(Path file) throws IOException {
        List<TruthMatcher.Truth> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : TRUTH.parse(r)) {
                out.add(new TruthMatcher.Truth(Integer.parseInt(rec.get("line")), rec.get("kind"),
                        Integer.parseInt(rec.get("year")), Double.parseDouble(rec.get("value")), rec.get("unit"),
                        rec.get("indicator_code"), rec.get("template"), rec.get("value_text")));
            }
        }
        return out;
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f", (double) a / b);
    }
}
