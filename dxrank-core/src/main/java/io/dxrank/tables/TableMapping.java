package io.dxrank.tables;

import io.dxrank.core.VnText;
import java.util.List;
import java.util.Locale;
import io.dxrank.extract.Statement;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * How to read indicator tables the header recognizer does not understand (a properties file referenced by the
 * job's {@code tables_mapping} key or {@code --table-mapping}). Every key is optional:
 * <pre>
 *   sheet=Biểu 01                 only this sheet (the others are skipped with a finding)
 *   header_row=4                  1-based row of the column names
 *   locality_column=B             a column letter or the header's text
 *   indicator_column=C
 *   unit_column=D
 *   year=2024                     year of figures whose header and title name none
 *   kind=actual                   actual or target, likewise
 * </pre>
 */
public record TableMapping(String sheet, Integer headerRow, String localityColumn, String indicatorColumn,
                           String unitColumn, Integer year, String kind) implements Serializable {

    public static final TableMapping NONE = new TableMapping(null, null, null, null, null, null, null);

    private static final Set<String> KEYS = Set.of("sheet", "header_row", "locality_column", "indicator_column",
            "unit_column", "year", "kind");

    /** Reads and checks a mapping file; a problem is one line naming the file and the key. */
    public static TableMapping load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "' (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")");
            }
        }
        String kind = text(p, "kind");
        if (kind != null && !kind.equals(Statement.ACTUAL) && !kind.equals(Statement.TARGET)) {
            throw new IllegalArgumentException(file + ": key 'kind': '" + kind + "' is not actual or target");
        }
        return new TableMapping(text(p, "sheet"), number(p, file, "header_row", 1, 10_000), text(p, "locality_column"),
                text(p, "indicator_column"), text(p, "unit_column"), number(p, file, "year", 1900, 2100), kind);
    }

    private static String text(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Integer number(Properties p, Path file, String key, int min, int max) {
        String v = text(p, key);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": key '" + key + "': '" + v + "' is not a number from " + min
                    + " to " + max);
        }
    }

    /** The 0-based index of a column given as letters ("C") or as its header's text, or -1. */
    static int columnIndex(String spec, List<Column> header) {
        if (spec == null) {
            return -1;
        }
        if (spec.matches("[A-Za-z]{1,3}")) {
            int index = 0;
            for (char c : spec.toUpperCase(Locale.ROOT).toCharArray()) {
                index = index * 26 + (c - 'A' + 1);
            }
            return index - 1;
        }
        String wanted = VnText.fold(spec);
        for (Column c : header) {
            if (VnText.fold(c.header()).equals(wanted)) {
                return c.index();
            }
        }
        return -1;
    }
}
