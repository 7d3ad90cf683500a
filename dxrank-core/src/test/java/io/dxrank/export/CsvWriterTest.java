package io.dxrank.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSVs analysts open in Excel: BOM, RFC 4180, dialects, formula neutralization, golden bytes. */
class CsvWriterTest {

    static final List<String> COLUMNS = List.of("locality_id", "locality_name", "value", "rank", "quote");

    /** The rows behind src/test/resources/golden/small_*.csv (see the README there). */
    static final List<List<Object>> ROWS = List.of(
            Arrays.asList("L1", "Xã Tĩnh Hải", 99.9, 1, "Đạt 99,9 % hồ sơ; \"toàn trình\""),
            Arrays.asList("L2", "Phường Đồng Xuân", -3.5, 2, "=HYPERLINK(\"http://x\";\"y\")"),
            Arrays.asList("L3", "Xã Ỷ La", null, 3L, "dòng 1\r\ndòng 2"),
            Arrays.asList("L4", "+84 912", 1.0E-7, 4L, "-3"),
            Arrays.asList("L5", "@Thị trấn", new BigDecimal("1234.50"), 5, "\tthụt lề"));

    @TempDir
    Path tmp;

    @Test
    void startsWithAUtf8ByteOrderMarkAndUsesCrlf() throws Exception {
        Path file = write(CsvStyle.EXCEL);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("\uFEFFlocality_id,locality_name,value,rank,quote\r\n", text.substring(0, text.indexOf('\n') + 1));
    }

    @Test
    void excelViRoundTripsThroughCommonsCsvToTheSameValues() throws Exception {
        Path file = write(CsvStyle.EXCEL_VI);
        List<CSVRecord> records = parse(file, ';');
        assertEquals(ROWS.size(), records.size());
        for (int i = 0; i < ROWS.size(); i++) {
            List<Object> row = ROWS.get(i);
            CSVRecord back = records.get(i);
            assertEquals(COLUMNS.size(), back.size(), back.toString());
            assertEquals(row.get(0), back.get("locality_id"));
            assertEquals(unneutralized(row.get(1).toString()), unneutralized(back.get("locality_name")));
            if (row.get(2) == null) {
                assertEquals("", back.get("value"));
            } else {
                assertEquals(new BigDecimal(row.get(2).toString()).doubleValue(),
                        Double.parseDouble(back.get("value").replace(',', '.')), 0.0, back.toString());
            }
            assertEquals(row.get(3).toString(), back.get("rank"));
            assertEquals(row.get(4).toString(), unneutralized(back.get("quote")));
        }
        assertEquals("99,9", records.get(0).get("value"), "decimal comma");
        assertEquals("-3,5", records.get(1).get("value"), "a negative number stays a number");
        assertEquals("0,0000001", records.get(3).get("value"), "no exponent");
        assertEquals("1234,5", records.get(4).get("value"), "decimals from Spark's DecimalType too");
    }

    @Test
    void excelDialectWritesDotDecimalsAndCommas() throws Exception {
        List<CSVRecord> records = parse(write(CsvStyle.EXCEL), ',');
        assertEquals("99.9", records.get(0).get("value"));
        assertEquals("Đạt 99,9 % hồ sơ; \"toàn trình\"", records.get(0).get("quote"));
    }

    @Test
    void textAFormulaCouldStartWithIsNeutralizedButNumbersAreNot() {
        assertEquals("'=1+2", CsvWriter.neutralize("=1+2"));
        assertEquals("'+84 912", CsvWriter.neutralize("+84 912"));
        assertEquals("'-cmd|' /C calc'!A0", CsvWriter.neutralize("-cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", CsvWriter.neutralize("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.neutralize("\tx"));
        assertEquals("'\rx", CsvWriter.neutralize("\rx"));
        assertEquals("-3", CsvWriter.neutralize("-3"));
        assertEquals("-3,5", CsvWriter.neutralize("-3,5"));
        assertEquals("+12.25", CsvWriter.neutralize("+12.25"));
        assertEquals("Xã =1", CsvWriter.neutralize("Xã =1"));
        assertEquals("-3.5", CsvWriter.cell(-3.5, CsvStyle.EXCEL));
        assertEquals("-3,5", CsvWriter.cell(-3.5, CsvStyle.EXCEL_VI));
        assertEquals("", CsvWriter.cell(Double.NaN, CsvStyle.EXCEL));
    }

    @Test
    void smallCsvMatchesTheGoldenFilesByteForByte() throws Exception {
        for (CsvStyle style : List.of(CsvStyle.EXCEL, CsvStyle.EXCEL_VI)) {
            byte[] expected;
            try (InputStream in = getClass().getResourceAsStream("/golden/small_" + style.name() + ".csv")) {
                expected = in.readAllBytes();
            }
            assertArrayEquals(expected, Files.readAllBytes(write(style)), "golden/small_" + style.name() + ".csv");
        }
    }

    @Test
    void unknownDialectIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvStyle.named("excel-fr"));
        assertEquals("unknown CSV dialect 'excel-fr': use excel or excel-vi", e.getMessage());
    }

    private Path write(CsvStyle style) throws Exception {
        Path file = tmp.resolve("small_" + style.name() + ".csv");
        List<List<Object>> rows = new ArrayList<>(ROWS);
        assertEquals(ROWS.size(), CsvWriter.write(file, COLUMNS, rows.iterator(), style));
        return file;
    }

    private static List<CSVRecord> parse(Path file, char delimiter) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (Reader r = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords();
        }
    }

    /** Undo the neutralization a reader sees as a leading apostrophe. */
    private static String unneutralized(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    @Test
    void aHugeTextCellIsCutWithAnEllipsis() {
        String run = "9 ".repeat(60_000);
        String cell = CsvWriter.cell(run, CsvStyle.EXCEL);
        assertEquals(CsvWriter.MAX_CELL_CHARS, cell.length());
        assertTrue(cell.endsWith("…"));
        assertEquals("ngắn", CsvWriter.cell("ngắn", CsvStyle.EXCEL));
    }
}
