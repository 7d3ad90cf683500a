package io.dxrank.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of a configuration file an analyst may have saved from Excel: comma-separated as shipped, or
 * semicolon-separated as Vietnamese Excel saves it (its list separator is ';' because ',' is the decimal mark),
 * with or without a byte order mark. Told apart by the header line.
 */
public final class ConfigCsv {

    private ConfigCsv() {
    }

    /**
     * A configuration file's text, strictly UTF-8: a binary file or one saved in another encoding is a configuration
     * error naming the file (exit 2), not a decoder's exception deep in a run.
     */
    public static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not a text file in UTF-8 (a binary file, or saved in another"
                    + " encoding): save it from Excel as \"CSV UTF-8\"", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(file + ": binary content (NUL bytes), not a CSV file");
        }
        return text;
    }

    /** The text without a leading byte order mark. */
    public static String withoutBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    /** A header-first format whose delimiter is the one the header line uses most (',' on a tie). */
    public static CSVFormat format(String text) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** A decimal as either dialect writes it: "0.1" or "0,1". */
    public static double decimal(String cell) {
        return Double.parseDouble(cell.trim().replace(',', '.'));
    }
}
