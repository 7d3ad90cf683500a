package io.dxrank.bench;

import java.util.Locale;
import io.dxrank.normalize.Catalog;
import io.dxrank.core.VnText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic corpus: one plan per locality and year under {@code out/plans/<year>/}, its ground truth
 * under {@code out/truth/<year>/} (same name, .csv), the localities as a gazetteer
 * ({@code out/reference/localities.csv}) and {@code out/corpus.json} saying how it was made.
 * The same options always give the same bytes, whatever the number of threads.
 * <pre>
 *   CorpusGenerator.Result r = CorpusGenerator.generate(new CorpusGenerator.Options(200, 2022, 2026, 7, out, null));
 * </pre>
 */
public final class CorpusGenerator {

    /** What to generate; {@code catalog} (may be null) adds its phrases to the built-in phrasings. */
    public record Options(int localities, int fromYear, int toYear, long seed, Path out, Catalog catalog) {
        public Options {
            if (localities < 1) {
                throw new IllegalArgumentException("Cannot generate: --localities must be at least 1, got " + localities);
            }
            if (fromYear > toYear || fromYear < 2000 || toYear > 2100) {
                throw new IllegalArgumentException("Cannot generate: bad year range " + fromYear + "-" + toYear);
            }
        }
    }

    /** What was written. */
    public record Result(int plans, long bytes, long statements, Path plansDir, Path truthDir) {
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CorpusGenerator() {
    }

    public static Result generate(Options o) throws IOException {
        List<SyntheticLocality> localities = Hierarchy.build(o.localities(), o.seed());
        List<IndicatorSpec> specs = Indicators.with(o.catalog());
        Path plans = o.out().resolve("plans");
        Path truth = o.out().resolve("truth");
        for (int y = o.fromYear(); y <= o.toYear(); y++) {
            Files.createDirectories(plans.resolve(Integer.toString(y)));
            Files.createDirectories(truth.resolve(Integer.toString(y)));
        }
        writeGazetteer(localities, o.out().resolve("reference").resolve("localities.csv"));
        AtomicLong bytes = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        int years = o.toYear() - o.fromYear() + 1;
        IntStream.range(0, localities.size()).parallel().forEach(i -> {
            SyntheticLocality loc = localities.get(i);
            Map<String, Trajectory> trajectories = new HashMap<>();
            for (IndicatorSpec s : specs) {
                trajectories.put(s.code(), new Trajectory(s, loc, o.seed()));
            }
            for (int k = 0; k < years; k++) {
                int year = o.fromYear() + k;
                PlanDocument doc = PlanComposer.compose(loc, year, specs, trajectories, o.seed());
                String name = fileName(loc, year);
                byte[] text = doc.text().getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(plans.resolve(Integer.toString(year)).resolve(name + ".txt"), text);
                    writeTruth(doc.truth(), truth.resolve(Integer.toString(year)).resolve(name + ".csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(text.length);
                statements.addAndGet(doc.truth().size());
            }
        });
        Result result = new Result(localities.size() * years, bytes.get(), statements.get(), plans, truth);
        Files.writeString(o.out().resolve("corpus.json"), String.format(Locale.ROOT,
                "{\"localities\": %d, \"from_year\": %d, \"to_year\": %d, \"seed\": %d, \"plans\": %d, "
                        + "\"bytes\": %d, \"statements\": %d}%n", o.localities(), o.fromYear(), o.toYear(), o.seed(),
                result.plans(), result.bytes(), result.statements()), StandardCharsets.UTF_8);
        return result;
    }

    /** "00042_xa-phu-lam_2024": sortable, ASCII, unique. */
    static String fileName(SyntheticLocality loc, int year) {
        return String.format(Locale.ROOT, "%05d_%s-%s_%d", loc.index(), loc.level(), VnText.slug(loc.name()),
                year);
    }

    private static void writeTruth(List<TruthRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord(TruthRow.HEADER);
            for (TruthRow row : rows) {
                p.printRecord(row.cells());
            }
        }
    }

    private static void writeGazetteer(List<SyntheticLocality> localities, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord("locality_id", "name", "level", "parent", "province", "population", "households");
            for (SyntheticLocality l : localities) {
                List<Object> row = new ArrayList<>();
                row.add(l.id());
                row.add(l.name());
                row.add(l.level());
                row.add(l.parent() == null ? "" : l.parent().fullName());
                row.add(l.province());
                row.add(l.population());
                row.add(l.population() / 4);
                p.printRecord(row);
            }
        }
    }
}
