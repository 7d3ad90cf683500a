package io.dxrank.devset;

import io.dxrank.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled set of real documents, laid out as ../shared/LABELS.md says: {@code plans/} holds the documents,
 * {@code gold/} one CSV per document and {@code _documents.csv} with each document's metadata and doc_type.
 */
record DevSet(String name, List<Document> documents) {

    /** The real documents of the repository's dev set: {@code devset/dev} (tuned on) and {@code devset/holdout}. */
    static final Path ROOT = Path.of("devset");

    /**
     * The splits measured, never tuned on (devset/README.md): their misses, extras and errors are never printed; every
     * other split is tuning material.
     */
    static final Set<String> HELD_ASIDE = Set.of("fresh11", "fresh24", "fresh25", "fresh26", "fresh30", "fresh32",
            "fresh33", "fresh38", "fresh40", "fresh42", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52",
            "fresh54", "fresh55", "fresh56");

    /** Every labelled split under devset/, in name order. */
    static List<String> splits() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.exists(d.resolve("gold/_documents.csv")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * One document with what a careful reader labelled in it; {@code resultsYear} is the year its evaluation part
     * reports on (some labellers give a report or news item that year and no plan year).
     */
    record Document(Path file, String docType, String localityName, String level, String province, Integer year,
                    Integer resultsYear, List<Gold> gold, String parent, String issued) {

        /** A document labelled without its locality's parent and its issue date. */
        Document(Path file, String docType, String localityName, String level, String province, Integer year,
                 Integer resultsYear, List<Gold> gold) {
            this(file, docType, localityName, level, province, year, resultsYear, gold, "", "");
        }
    }

    /** One labelled statement; {@code concept} is the labeller's words for what it measures ("" when not given). */
    record Gold(int line, String kind, Integer year, double value, String quote, String concept) {

        Gold(int line, String kind, Integer year, double value, String quote) {
            this(line, kind, year, value, quote, "");
        }

        /** As the five fields printed before the concept was read (the reports' lists of misses). */
        @Override
        public String toString() {
            return "Gold[line=" + line + ", kind=" + kind + ", year=" + year + ", value=" + value + ", quote=" + quote + "]";
        }
    }

    static DevSet load(String split) throws IOException {
        Path dir = ROOT.resolve(split);
        List<Document> docs = new ArrayList<>();
        for (CSVRecord d : TestFiles.readCsv(dir.resolve("gold/_documents.csv"))) {
            String file = d.get("file").trim();
            Path goldFile = dir.resolve("gold").resolve(file.replaceFirst("\\.[^.]+$", "") + ".csv");
            List<Gold> gold = new ArrayList<>();
            if (Files.exists(goldFile)) {
                for (CSVRecord g : TestFiles.readCsv(goldFile)) {
                    gold.add(new Gold(Integer.parseInt(g.get("line").trim()), g.get("kind").trim(),
                            intOrNull(g.get("year")), Double.parseDouble(g.get("value").trim()), g.get("quote"),
                            optional(g, "concept")));
                }
            }
            docs.add(new Document(dir.resolve("plans").resolve(file), d.get("doc_type").trim(),
                    d.get("locality_name").trim(), d.get("locality_level").trim(), d.get("province").trim(),
                    intOrNull(d.get("plan_year")), intOrNull(d.get("results_year")), gold, optional(d, "parent"),
                    optional(d, "issued")));
        }
        return new DevSet(split, docs);
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column).trim() : "";
    }

    private static Integer intOrNull(String s) {
        String t = s == null ? "" : s.trim();
        return t.isEmpty() ? null : Integer.valueOf(t);
    }
}
