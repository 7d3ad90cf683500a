package io.dxrank.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one table as an Excel-friendly CSV: BOM, stable columns, numbers in the style's decimal mark, and
 * text that a spreadsheet would run as a formula neutralized (OWASP CSV injection: a leading ' before
 * =, +, -, @, tab or CR) while real numbers such as -3 stay numbers.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes header and rows; returns the number of data rows written. */
    public static long write(Path file, List<String> columns, Iterator<? extends List<?>> rows, CsvStyle style)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(style.delimiter())
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
        long n = 0;
        try (OutputStream out = Files.newOutputStream(file);
             Writer w = new UnlockedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
             CSVPrinter printer = new CSVPrinter(w, format)) {
            if (style.bom()) {
                w.write('\uFEFF');
            }
            printer.printRecord(columns);
            while (rows.hasNext()) {
                List<?> row = rows.next();
                Object[] cells = new Object[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(row.get(i), style);
                }
                printer.printRecord(cells);
                n++;
            }
        }
        return n;
    }

    /** One value as text: numbers without exponent or trailing zeros, text neutralized. */
    public static String cell(Object value, CsvStyle style) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return number(BigDecimal.valueOf(d), style);
        }
        if (value instanceof BigDecimal b) {
            return number(b, style);
        }
        if (value instanceof Float f) {
            return number(new BigDecimal(Float.toString(f)), style);
        }
        if (value instanceof Number num) {
            return num.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return neutralize(bounded(value.toString()));
    }

    /** The longest text a cell holds; Excel's own limit is 32,767 characters, a reader's much less. */
    public static final int MAX_CELL_CHARS = 10_000;

    /** Text cut to {@link #MAX_CELL_CHARS} with an ellipsis, so no document can blow up a cell (issue 21). */
    static String bounded(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int end = MAX_CELL_CHARS - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return text.substring(0, end) + "…";
    }

    private static String number(BigDecimal d, CsvStyle style) {
        String s = d.stripTrailingZeros().toPlainString();
        return style.decimalMark() == '.' ? s : s.replace('.', style.decimalMark());
    }

    /** Prefixes a quote to text a spreadsheet would evaluate; leaves numbers (e.g. "-3.5") alone. */
    public static String neutralize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !text.matches("[+-]?\\d+([.,]\\d+)?")) {
            return "'" + text;
        }
        return text;
    }
}
