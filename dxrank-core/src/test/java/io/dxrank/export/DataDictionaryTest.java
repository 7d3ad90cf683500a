package io.dxrank.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every column of every CSV is explained in both languages; a new column without a description fails here. */
class DataDictionaryTest {

    @Test
    void everyColumnOfEveryTableHasBothDescriptions(@TempDir Path tmp) throws Exception {
        List<List<String>> rows = DataDictionary.rows();
        long columns = 0;
        for (Table t : Table.values()) {
            columns += t.columns().size();
        }
        columns += LineageExport.COLUMNS.size(); // lineage.csv, written from the reference, not a Spark table
        assertEquals(columns, rows.size());
        for (List<String> row : rows) {
            assertFalse(row.get(2).isBlank() || row.get(3).isBlank(), row.toString());
        }
        List<String> factStatus = rows.stream().filter(r -> r.get(0).equals("facts.csv") && r.get(1).equals("status"))
                .findFirst().orElseThrow();
        assertTrue(factStatus.get(2).contains("used") && factStatus.get(2).contains("superseded"),
                "a table's own meaning wins over the shared one: " + factStatus);
        Path file = tmp.resolve(DataDictionary.FILE);
        assertEquals(columns, DataDictionary.write(file, CsvStyle.EXCEL));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Trụ cột chuyển đổi số"));
    }
}
