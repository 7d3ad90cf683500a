package io.dxrank.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read as its XML parts (as any spreadsheet program reads it), not through POI. */
class XlsxWorkbookTest {

    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void aSheetPerCsvWithAFrozenFilteredHeaderNumbersAsNumbersAndCodesAsText(@TempDir Path dir) throws IOException {
        Path rankings = dir.resolve("rankings.csv");
        Files.writeString(rankings, "\uFEFFindicator_code,locality_id,locality_name,value,rank\n"
                + "dossiers_online,00123,Xã Tân Lập,99.5,1\ndossiers_online,00456,\"Phường 1, TP A\",80,2\n",
                StandardCharsets.UTF_8);
        Path plans = dir.resolve("plans.csv");
        Files.writeString(plans, "\uFEFFplan_id;plan_year;score\nab12;2024;12,5\n", StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("dxrank.xlsx");
        assertEquals(List.of(2L), XlsxWorkbook.write(xlsx, List.of(rankings), CsvStyle.EXCEL));
        Map<String, String> parts = parts(xlsx);
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"rankings\""), parts.get("xl/workbook.xml"));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<pane") && sheet.contains("state=\"frozen\"") && sheet.contains("topLeftCell=\"A2\""), "header row frozen: " + sheet);
        assertTrue(sheet.contains("<autoFilter ref=\"A1:E3\""), "header filtered: " + sheet);
        assertTrue(sheet.matches("(?s).*<c r=\"D2\"[^>]*>\\s*<v>99.5</v>.*"), "a number is a number: " + sheet);
        assertTrue(sheet.matches("(?s).*<c r=\"B2\"[^>]*t=\"inlineStr\".*00123.*"), "an id keeps its zeros: " + sheet);
        assertTrue(sheet.contains("Phường 1, TP A"), "quoted commas stay in their cell");

        XlsxWorkbook.write(xlsx, List.of(plans), CsvStyle.EXCEL_VI);
        String vi = parts(xlsx).get("xl/worksheets/sheet1.xml");
        assertTrue(vi.matches("(?s).*<c r=\"C2\"[^>]*>\\s*<v>12.5</v>.*"), "decimal comma read as a number: " + vi);
    }

    @Test
    void aTableLongerThanASheetKeepsEndsInANoteThatSendsTheReaderToItsCsv(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFlocality_id,value\n");
        for (int i = 0; i < 25; i++) {
            csv.append(String.format(Locale.ROOT, "%05d,%d%n", i, i));
        }
        Path facts = Files.writeString(dir.resolve("facts.csv"), csv.toString(), StandardCharsets.UTF_8);
        Path small = Files.writeString(dir.resolve("plans.csv"), "\uFEFFplan_id,score\nab12,3\n", StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("dxrank.xlsx");
        assertEquals(List.of(10L, 1L), XlsxWorkbook.write(xlsx, List.of(facts, small), CsvStyle.EXCEL, 10));
        String sheet = parts(xlsx).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("r=\"A12\"") && !sheet.contains("r=\"A13\""), "header, ten rows, the note: " + sheet);
        assertTrue(sheet.contains("chỉ giữ 10 dòng đầu của facts.csv"), sheet);
        assertTrue(sheet.contains("00009") && !sheet.contains("00010"), "the first ten rows in the CSV's order");
        assertTrue(!parts(xlsx).get("xl/worksheets/sheet2.xml").contains("chỉ giữ"), "a short table is whole");
        assertEquals(XlsxWorkbook.DEFAULT_SHEET_ROWS, XlsxWorkbook.sheetRows(), "the default without the property");
    }
}
