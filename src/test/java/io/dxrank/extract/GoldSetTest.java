package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.TestFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the extractor against the hand-labelled gold set of the seed plans
 * (src/test/resources/gold/&lt;seed&gt;.csv). The seed gold files are not labelled yet: this class holds the scorer
 * and the gold-file reader; the test over the seeds comes with the gold set.
 */
class GoldSetTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void scorerCountsLineValueKindAndYear() {
        List<GoldScore.Gold> gold = List.of(new GoldScore.Gold(10, "actual", 2023, 95.0, "95%"),
                new GoldScore.Gold(20, "target", 2024, 2.0, "02 lớp"),
                new GoldScore.Gold(30, "target", 2024, 80.0, "80%"));
        List<GoldScore.Found> found = List.of(new GoldScore.Found(11, "actual", 2023, 95.0, "95 %"),
                new GoldScore.Found(20, "actual", 2023, 2.0, "02 lớp"),
                new GoldScore.Found(33, "target", 2024, 80.0, "80%"),
                new GoldScore.Found(40, "target", 2024, 5.0, "5"));
        GoldScore s = new GoldScore(gold, found);
        assertEquals(1, s.hits);
        assertEquals(1.0 / 3, s.recall(), 1e-9);
        assertEquals(0.25, s.precision(), 1e-9);
        assertEquals(3, s.extras.size());
    }

    static List<GoldScore.Gold> read(Path file) throws IOException {
        List<GoldScore.Gold> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String year = rec.get("year").trim();
                rows.add(new GoldScore.Gold(Integer.parseInt(rec.get("line").trim()), rec.get("kind").trim(),
                        year.isEmpty() ? null : Integer.valueOf(year), Double.parseDouble(rec.get("value").trim()
                        .replace(',', '.')), rec.get("value_text")));
            }
        }
        return rows;
    }
}
