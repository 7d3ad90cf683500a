package io.dxrank.devset;

import io.dxrank.extract.Doubts;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Gazetteer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The extractor on real documents it was not written from (devset/, see its README): recall, precision, kind
 * and year accuracy per document kind, on the dev split (read while writing rules) and the holdout split
 * (never read while writing rules). Each figure must stay at or above its bar in devset/bars.properties, a
 * ratchet raised as the extractor improves. The tables go to stdout and target/devset-*.md.
 */
class DevSetTest {

    @Test
    void scorerMatchesByLineAndValueAndScoresKindYearAndMetadata() {
        DevSet.Document doc = new DevSet.Document(Path.of("x.txt"), "report", "Tân Lập", "xa", "Phú Thọ", 2024, null,
                List.of(new DevSet.Gold(3, "actual", 2024, 95.0, "95%"), new DevSet.Gold(9, "target", 2025, 80, "80%")));
        PlanMetadata meta = new PlanMetadata("Tân Lập", "xa", null, "Phu Tho",
                2024, "FY", 2024, null);
        Statement s95 = statement(4, 95.0, "actual");
        Statement s7 = statement(12, 7.0, "target");
        ExtractionResult r = new ExtractionResult("id", "x.txt", "sha", "txt", 10, ExtractionResult.OK, null, meta,
                List.of(s95, s7), List.of());
        DevSetScore score = new DevSetScore();
        DevSetScore.Tally t = score.score(doc, r);
        assertEquals(1, t.hits);
        assertEquals(0.5, t.recall(), 1e-9);
        assertEquals(0.5, t.precision(), 1e-9);
        assertEquals(1.0, t.kind(), 1e-9);
        assertEquals(1.0, t.year(), 1e-9);
        assertEquals(1.0, t.metadata(), 1e-9, "province compares without accents");
    }

    private static Statement statement(int line, double value, String kind) {
        return new Statement(line, "s", "q", "", null, kind, null, "v", value, null, null,
                "percent", "eq", null, "prose");
    }

    @Test
    void devAndHoldoutStayAtOrAboveTheirBars() throws IOException {
        Properties bars = new Properties();
        try (Reader r = Files.newBufferedReader(DevSet.ROOT.resolve("bars.properties"), StandardCharsets.UTF_8)) {
            bars.load(r);
        }
        List<String> below = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        DevSetScore.Tally pooled = new DevSetScore.Tally();
        Map<String, DevSetScore.Tally> pooledByKind = new TreeMap<>();
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/reference/gazetteer.csv"));
        List<DevSetScore.Tally> heldAside = new ArrayList<>();
        Map<String, List<DevSetScore.Tally>> heldAsideByKind = new TreeMap<>();
        for (String split : DevSet.splits()) {
            DevSet set = DevSet.load(split);
            // fresh11's labellers found six unused documents, fresh26's five: the stored pages are running out
            assertTrue(set.documents().size() >= 5, split + " holds real documents");
            DevSetScore score = DevSetScore.of(set, DevSetScore::extract, gazetteer);
            report.append(score.table(split + " (" + set.documents().size() + " documents)")).append('\n');
            // the aggregate of why missed figures were not read is safe to print for both splits
            report.append("missed figures by number-scan reason: ").append(score.missReasons).append('\n');
            DevSetScore.Tally a = score.all;
            pooled.add(a);
            if (DevSet.HELD_ASIDE.contains(split)) {
                score.documents.forEach(d -> {
                    heldAside.add(d.getValue());
                    heldAsideByKind.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d.getValue());
                });
            }
            score.byKind.forEach((k, t) -> pooledByKind.computeIfAbsent(k, x -> new DevSetScore.Tally()).add(t));
            report.append(String.format(Locale.ROOT, "guessed kind: %d of %d found, %d wrong; read kind: %d wrong."
                            + " guessed year: %d, %d wrong; read year: %d wrong%n", a.kindGuessed, a.hits,
                    a.kindGuessedWrong, a.kindReadWrong, a.yearGuessed, a.yearGuessedWrong, a.yearReadWrong));
            // the metadata's four parts apart, an aggregate safe to print for every split
            report.append(String.format(Locale.ROOT, "metadata parts right: locality %d, level %d, province %d, year %d of %d"
                    + " documents%n", a.localityRight, a.levelRight, a.provinceRight, a.docYearRight, a.docs));
            report.append(codes(a)).append("\n\n");
            if (!DevSet.HELD_ASIDE.contains(split)) {
                // what to look at next: the tuning splits (each measured untouched first, then made tuning material,
                // devset/README.md); the held-aside splits' misses stay unprinted so they are not tuned on
                score.metadataErrors.forEach(e -> report.append("- metadata ").append(e).append('\n'));
                score.codeErrors.forEach(e -> report.append("- code ").append(e).append('\n'));
                score.misses.forEach(m -> report.append("- missed ").append(m).append('\n'));
                score.extras.forEach(m -> report.append("- extra ").append(m).append('\n'));
                score.wrong.forEach(m -> report.append("- wrong ").append(m).append('\n'));
            }
            check(bars, below, split, "recall", score.all.recall());
            check(bars, below, split, "precision", score.all.precision());
            check(bars, below, split, "kind", score.all.kind());
            check(bars, below, split, "year", score.all.year());
            check(bars, below, split, "metadata", score.all.metadata());
            Files.createDirectories(Path.of("dxrank-core/target"));
            Files.writeString(Path.of("dxrank-core/target/devset-" + split + ".md"), score.table(split));
        }
        // the extraction scenario's error rates (misread_rates.properties) are this measure, kept current
        double kindRate = (double) pooled.kindGuessedWrong / pooled.kindGuessed;
        double yearRate = (double) pooled.yearGuessedWrong / pooled.yearGuessed;
        double kindReadRate = (double) pooled.kindReadWrong / (pooled.hits - pooled.kindGuessed);
        double yearReadRate = (double) pooled.yearReadWrong / (pooled.hits - pooled.yearGuessed);
        report.append(String.format(Locale.ROOT, "pooled: a guessed kind is wrong %.3f of the time (a read one %.3f),"
                        + " a guessed year %.3f (a named one %.3f)%n", kindRate,
                kindReadRate, yearRate, yearReadRate));
        report.append("pooled ").append(codes(pooled)).append('\n');
        pooledByKind.forEach((k, t) -> report.append(String.format(Locale.ROOT,
                "- %s: guessed kind %d wrong of %d, read kind %d of %d; guessed year %d wrong of %d, named year %d of %d%n",
                k, t.kindGuessedWrong, t.kindGuessed, t.kindReadWrong, t.hits - t.kindGuessed, t.yearGuessedWrong,
                t.yearGuessed, t.yearReadWrong, t.hits - t.yearGuessed)));
        StringBuilder intervals = new StringBuilder("held aside, each figure with its 95 % interval over "
                + Intervals.DRAWS + " draws of the documents (Intervals):\n");
        intervals.append("- ").append(Intervals.line("all", heldAside)).append('\n');
        heldAsideByKind.forEach((k, docs) -> intervals.append("- ").append(Intervals.line(k, docs)).append('\n'));
        report.append(intervals);
        Files.writeString(Path.of("dxrank-core/target/devset-intervals.md"), intervals.toString());
        System.out.println(report);
        // written before the checks so that a failing run can be read
        Files.writeString(Path.of("dxrank-core/target/devset-report.md"), report.toString());
        assertEquals(kindRate, Doubts.errorRate(Doubts.KIND, null), 0.05, "misread_rates.properties kind: re-measure");
        assertEquals(yearRate, Doubts.errorRate(Doubts.YEAR, null), 0.05, "misread_rates.properties year: re-measure");
        assertTrue(kindRate > kindReadRate,
                "a guessed kind is wrong more often than a read one");
        assertTrue(yearRate > yearReadRate,
                "a guessed year is wrong more often than a named one");
        assertTrue(below.isEmpty(), String.join("; ", below));
    }

    /** The locality codes: of the documents whose labels name one unit, how many resolve to it. */
    private static String codes(DevSetScore.Tally t) {
        return String.format(Locale.ROOT, "locality codes: %d of %d labelled units right (%.3f; %d of them with a"
                + " locality_uncertain finding all the same), %d unresolved (a finding"
                + " with candidates), %d resolved to another unit (%d of them flagged locality_uncertain with the labelled"
                + " unit among the candidates, %d silently); of the %d whose text names the unit, %d right (%.3f)",
                t.codeRight, t.codeLabelled, t.codeLabelled == 0 ? 1.0 : (double) t.codeRight / t.codeLabelled,
                t.codeRightFlagged, t.codeUnresolved, t.codeWrong, t.codeFlagged, t.codeWrong - t.codeFlagged, t.codeNamed, t.codeNamedRight,
                t.codeNamed == 0 ? 1.0 : (double) t.codeNamedRight / t.codeNamed);
    }

    private static void check(Properties bars, List<String> below, String split, String figure, double value) {
        double bar = Double.parseDouble(bars.getProperty(split + "." + figure, "0"));
        if (value + 1e-9 < bar) {
            below.add(String.format(Locale.ROOT, "%s %s %.3f below its bar %.3f", split, figure, value, bar));
        }
    }
}
