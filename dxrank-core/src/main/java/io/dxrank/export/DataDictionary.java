package io.dxrank.export;

import io.dxrank.core.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * out/README.csv: every column of every CSV a run writes, explained in Vietnamese and English, for the analyst
 * who opens the files in Excel (resource io/dxrank/export/dictionary.csv; a description per table, or "*" for a
 * column that means the same in every table).
 */
public final class DataDictionary {

    public static final String FILE = "README.csv";
    public static final List<String> COLUMNS = List.of("file", "column", "mo_ta", "description");

    private DataDictionary() {
    }

    /** One row per column of every contract table, in contract order; a column without a description fails. */
    public static List<List<String>> rows() {
        Map<String, String[]> entries = entries();
        List<List<String>> rows = new ArrayList<>();
        for (Table table : Table.values()) {
            for (String column : table.columns()) {
                String[] text = entries.getOrDefault(table.fileName() + "|" + column, entries.get("*|" + column));
                if (text == null) {
                    throw new IllegalStateException("data dictionary: no description of " + table.fileName() + "."
                            + column + " in io/dxrank/export/dictionary.csv");
                }
                rows.add(List.of(table.fileName() + ".csv", column, text[0], text[1]));
            }
        }
        for (String column : LineageExport.COLUMNS) {
            String[] text = entries.get("lineage|" + column);
            if (text == null) {
                throw new IllegalStateException("data dictionary: no description of lineage." + column);
            }
            rows.add(List.of(LineageExport.FILE, column, text[0], text[1]));
        }
        return rows;
    }

    /** Writes the dictionary in the run's CSV dialect; returns its rows. */
    public static long write(Path file, CsvStyle style) throws IOException {
        return CsvWriter.write(file, COLUMNS, rows().iterator(), style);
    }

    private static Map<String, String[]> entries() {
        Map<String, String[]> entries = new HashMap<>();
        try (InputStream in = DataDictionary.class.getResourceAsStream("dictionary.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                entries.put(r.get("table") + "|" + r.get("column"), new String[] {r.get("mo_ta"), r.get("description")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("io/dxrank/export/dictionary.csv", e);
        }
        return entries;
    }
}
