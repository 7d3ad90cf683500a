package io.dxrank.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.TestFiles;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Indicator;
import io.dxrank.normalize.Normalizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Which catalog indicator the figures of real documents are filed under. Every labelled statement's concept (the
 * labeller's words) was mapped to the catalog's code, or to none, in devset/concept-codes.csv by readers who never
 * ran dxrank; this test normalizes each document as a run does and compares, for every labelled figure the extractor
 * read, the fact's indicator with that code. Precision: of the figures filed under an indicator, how many under the
 * right one (a figure of no catalog indicator filed under one is wrong). Recall: of the figures of a catalog
 * indicator, how many are filed under it. Per document kind, for the held-aside splits and the tuning ones apart.
 */
class IndicatorMappingTest {

    /** Figures of one group of documents: read, labelled with a code, filed under one, and how they compare. */
    static final class Tally {
        int read;
        int coded;
        int filed;
        int right;
        int wrongCode;
        int noneFiled;

        void add(Tally t) {
            read += t.read;
            coded += t.coded;
            filed += t.filed;
            right += t.right;
            wrongCode += t.wrongCode;
            noneFiled += t.noneFiled;
        }

        double precision() {
            return filed == 0 ? 1.0 : (double) right / filed;
        }

        double recall() {
            return coded == 0 ? 1.0 : (double) right / coded;
        }

        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f |", label, read, coded,
                    filed, right, wrongCode, noneFiled, precision(), recall());
        }
    }

    @Test
    void figuresOfRealDocumentsAreFiledUnderTheirIndicator() throws IOException {
        Map<String, String> codeOfConcept = new HashMap<>();
        for (CSVRecord r : TestFiles.readCsv(DevSet.ROOT.resolve("concept-codes.csv"))) {
            codeOfConcept.put(r.get("concept"), r.get("code").trim());
        }
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/gazetteer.csv")));
        Map<String, Tally> heldAside = new TreeMap<>();
        Map<String, Tally> tuning = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        for (String split : DevSet.splits()) {
            boolean held = DevSet.HELD_ASIDE.contains(split);
            for (DevSet.Document doc : DevSet.load(split).documents()) {
                ExtractionResult r = DevSetScore.extract(doc);
                if (!r.ok()) {
                    continue;
                }
                List<Fact> facts = new ArrayList<>(Normalizer.isTable(r) ? normalizer.normalizeTable(r).facts()
                        : normalizer.normalize(r).facts());
                Tally t = new Tally();
                for (DevSet.Gold g : doc.gold()) {
                    Fact f = take(facts, g);
                    if (f == null) {
                        continue;
                    }
                    String labelled = codeOfConcept.get(g.concept());
                    if (labelled == null) {
                        unlabelled.add(split + "/" + g.concept());
                        continue;
                    }
                    String filed = f.indicatorCode() == null || Indicator.UNMAPPED.equals(f.indicatorCode()) ? ""
                            : f.indicatorCode();
                    t.read++;
                    t.coded += labelled.isEmpty() ? 0 : 1;
                    t.filed += filed.isEmpty() ? 0 : 1;
                    t.right += !filed.isEmpty() && filed.equals(labelled) ? 1 : 0;
                    t.wrongCode += !filed.isEmpty() && !labelled.isEmpty() && !filed.equals(labelled) ? 1 : 0;
                    t.noneFiled += !filed.isEmpty() && labelled.isEmpty() ? 1 : 0;
                    if (!held && !filed.equals(labelled)) {
                        errors.add(String.format(Locale.ROOT, "- %s:%d %s: filed %s, labelled %s (%s) | %s",
                                doc.file().getFileName(), g.line(), f.valueText(), filed.isEmpty() ? "-" : filed,
                                labelled.isEmpty() ? "-" : labelled, g.concept(), f.subject()));
                    }
                }
                (held ? heldAside : tuning).computeIfAbsent(doc.docType(), k -> new Tally()).add(t);
            }
        }
        StringBuilder report = new StringBuilder();
        Tally heldAll = table(report, "held aside (never tuned on)", heldAside);
        Tally tuningAll = table(report, "tuning splits", tuning);
        errors.forEach(e -> report.append(e).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("dxrank-core/target"));
        Files.writeString(Path.of("dxrank-core/target/indicator-mapping.md"), report.toString());
        assertTrue(unlabelled.isEmpty(), "concepts without a line in devset/concept-codes.csv: " + unlabelled);
        Properties bars = new Properties();
        try (Reader in = Files.newBufferedReader(DevSet.ROOT.resolve("bars.properties"), StandardCharsets.UTF_8)) {
            bars.load(in);
        }
        List<String> below = new ArrayList<>();
        check(bars, below, "mapping.held_aside.precision", heldAll.precision());
        check(bars, below, "mapping.held_aside.recall", heldAll.recall());
        check(bars, below, "mapping.tuning.precision", tuningAll.precision());
        check(bars, below, "mapping.tuning.recall", tuningAll.recall());
        assertTrue(below.isEmpty(), String.join("; ", below));
    }

    private static void check(Properties bars, List<String> below, String key, double value) {
        double bar = Double.parseDouble(bars.getProperty(key, "0"));
        if (value + 1e-9 < bar) {
            below.add(String.format(Locale.ROOT, "%s %.3f below its bar %.3f", key, value, bar));
        }
    }

    private static Tally table(StringBuilder report, String title, Map<String, Tally> byKind) {
        report.append("### ").append(title).append("\n\n| doc_type | figures read | of a catalog indicator | filed"
                + " | right | under another | of none, filed | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Tally all = new Tally();
        byKind.forEach((kind, t) -> {
            report.append(t.row(kind)).append('\n');
            all.add(t);
        });
        report.append(all.row("**all**")).append("\n\n");
        return all;
    }

    /** The fact of a labelled figure (its line, give or take one, and its value), removed so it is matched once. */
    private static Fact take(List<Fact> facts, DevSet.Gold g) {
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            // a fraction filed under no count is kept as its share ("8,1/12 điểm": 67.5)
            boolean asShare = f.denominator() != null && Math.abs(f.value() - 100.0 * g.value() / f.denominator()) < 1e-6;
            if (Math.abs(f.sourceLine() - g.line()) <= 1 && (Math.abs(f.value() - g.value()) < 1e-6 || asShare)) {
                return facts.remove(i);
            }
        }
        return null;
    }
}
