package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.analytics.Weights;
import io.dxrank.normalize.Catalog;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Configuration saved from Vietnamese Excel (semicolons, decimal commas, a BOM) reads like the shipped files. */
class ConfigCsvTest {

    /** The file as Vietnamese Excel saves it: ';' between cells, ',' as the decimal mark, a byte order mark. */
    private static String asExcelVi(Path file) throws Exception {
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
                printer.printRecord(r.stream().map(cell -> cell.matches("\\d+\\.\\d+") ? cell.replace('.', ',') : cell)
                        .toList());
            }
        }
        return out.toString();
    }

    @Test
    void theShippedCatalogSavedByVietnameseExcelKeepsEveryIndicator() throws Exception {
        Path file = Path.of("data/catalog/indicators.csv");
        Catalog shipped = Catalog.load(file);
        Catalog excel = Catalog.parse(asExcelVi(file), "indicators-excel.csv");
        assertEquals(shipped.size(), excel.size());
        assertTrue(excel.problems().isEmpty(), excel.problems().toString());
    }

    @Test
    void theShippedWeightsSavedByVietnameseExcelReadTheSame() throws Exception {
        Path file = Path.of("data/weights/default.csv");
        String excel = asExcelVi(file);
        assertTrue(excel.contains("0,"), "decimal commas: " + excel);
        assertEquals(Weights.load(file).asMap(), Weights.parse(excel, "w.csv").asMap());
    }

    @Test
    void aConfigurationThatWouldEmptyTheReportIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Catalog.parse(
                "code,name_vi,name_en,pillar,unit,direction,phrases\n", "header-only.csv"));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Weights.parse(
                "pillar,weight\ngovernment,NaN\n", "nan.csv"));
        assertTrue(nan.getMessage().contains("nan.csv row 1"), nan.getMessage());
    }

    @Test
    void theHeaderTellsTheDelimiter() {
        assertEquals(';', ConfigCsv.delimiter("pillar;weight\ngovernment;0,5"));
        assertEquals(',', ConfigCsv.delimiter("pillar,weight\ngovernment,\"0,5\""));
    }
}
