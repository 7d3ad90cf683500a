package io.dxrank.pipeline;

import io.dxrank.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The seeds' golden outputs: the columns an analyst compares (facts, rankings, composite) of a run on the bundled
 * inputs, kept under src/test/resources/seed-goldens. A golden file's header names the columns it holds, so a
 * new output column does not break it; a changed value does. Rewrite them on purpose with
 * {@code -Ddxrank.goldens=update} and say why in the commit (see seed-goldens/README.md).
 */
final class SeedGoldens {

    static final Path HOME = Path.of("dxrank-app/src/test/resources/seed-goldens");
    static final List<String> TABLES = List.of("facts", "rankings", "composite");
    /** The columns a new golden file holds: what a run decides, not how it is laid out. */
    static final List<List<String>> COLUMNS = List.of(
            List.of("source_file", "source_line", "value_text", "locality_id", "indicator_code", "kind", "year",
                    "value", "unit", "comparator", "status"),
            List.of("indicator_code", "year", "kind", "level_group", "locality_id", "value", "rank", "measure"),
            List.of("locality_id", "year", "kind", "level_group", "score", "rank", "indicators", "pillars"));

    private SeedGoldens() {
    }

    static boolean updating() {
        return "update".equals(System.getProperty("dxrank.goldens"));
    }

    /** The rows of {@code csv} projected on {@code columns}, each row as one comma-joined line, in file order. */
    static List<String> project(Path csv, List<String> columns) throws IOException {
        List<String> lines = new ArrayList<>();
        for (CSVRecord r : TestFiles.readCsv(csv)) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(r.isMapped(c) ? r.get(c) : "<missing column " + c + ">");
            }
            lines.add(String.join(",", cells));
        }
        return lines;
    }

    static void write(Path golden, List<String> columns, Path csv) throws IOException {
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(golden, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            p.printRecord(columns);
            for (CSVRecord r : TestFiles.readCsv(csv)) {
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(r.get(c));
                }
                p.printRecord(cells);
            }
        }
    }
}
