package io.dxrank;

import java.io.StringReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Small helpers shared by tests: the bundled plans and reading back the CSVs a run wrote. */
public final class TestFiles {

    public static final Path PLANS = Path.of("data/plans");

    private TestFiles() {
    }

    public static byte[] plan(String name) throws IOException {
        return Files.readAllBytes(PLANS.resolve(name));
    }

    /** Records of a dxrank CSV (BOM stripped, header mapped). */
    public static List<CSVRecord> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader r = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    public static List<String> header(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        return List.of(first.replace("\uFEFF", "").split(",", -1));
    }
}
