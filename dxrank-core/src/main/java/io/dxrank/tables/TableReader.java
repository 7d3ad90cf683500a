package io.dxrank.tables;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import io.dxrank.extract.TextDecoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads an indicator table file (.csv, .xlsx, .xls) into {@link Grid}s: one per sheet. Numbers come out as the
 * analyst reads them: a cell formatted as a percentage holding 0.855 is "85.5%", a formula its cached result.
 */
public final class TableReader {

    /** File formats read as indicator tables rather than plan documents. */
    public static final List<String> FORMATS = List.of("csv", "xlsx", "xls");

    private TableReader() {
    }

    public static boolean isTable(String format) {
        return FORMATS.contains(format);
    }

    public static List<Grid> read(String fileName, String format, byte[] bytes) throws IOException {
        if ("csv".equals(format)) {
            return List.of(csv(fileName, TextDecoder.decode(bytes).text()));
        }
        List<Grid> grids = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Grid grid = sheet(workbook.getSheetAt(i), evaluator);
                grids.add(workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)
                        ? new Grid(grid.sheet(), grid.rows(), true) : grid);
            }
        }
        return grids;
    }

    /** A CSV in any of the delimiters analysts' tools write: comma, semicolon (Vietnamese Excel) or tab. */
    static Grid csv(String fileName, String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body)).setIgnoreEmptyLines(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>();
                r.forEach(v -> row.add(v == null ? "" : v.trim()));
                rows.add(row);
            }
        }
        // Excel names a CSV's one sheet after the file without its extension; so does dxrank
        String name = fileName.replaceAll(".*/", "").replaceAll("\\.[^.]*$", "");
        return new Grid(name, rows);
    }

    /**
     * The delimiter that splits the first lines into the same number of cells most often, outside quotes: a
     * semicolon CSV whose names and decimals hold commas ("Xã, phường;98,5") is still a semicolon CSV.
     */
    static char delimiter(String text) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            Map<Integer, Integer> lines = new HashMap<>();
            int count = 0;
            int read = 0;
            boolean quoted = false;
            for (int i = 0; i <= text.length() && read < 20; i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    if (count > 0) {
                        lines.merge(count, 1, Integer::sum);
                    }
                    count = 0;
                    read++;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            // lines with the most frequent cell count; on a tie the more cells
            for (Map.Entry<Integer, Integer> e : lines.entrySet()) {
                int score = e.getValue() * 1000 + Math.min(e.getKey(), 999);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Grid sheet(Sheet sheet, FormulaEvaluator evaluator) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), evaluator));
                }
            }
            rows.add(cells);
        }
        // a merged header ("Năm 2024" over two columns) names every column it spans
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            String value = cellAt(rows, merged.getFirstRow(), merged.getFirstColumn());
            for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    set(rows, r, c, value);
                }
            }
        }
        return new Grid(sheet.getSheetName(), rows);
    }

    private static String cellAt(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    private static void set(List<List<String>> rows, int r, int c, String value) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
        }
        List<String> row = rows.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }

    /**
     * A cell as the analyst sees it. A formula shows its cached result; a workbook written by a program that stores
     * no results (Excel computes them on opening) is computed here, and a formula that cannot be computed shows as
     * written ("=SUM(D4:D9)"), so the figure is reported rather than read as 0. An error shows as Excel shows it
     * ("#DIV/0!").
     */
    static String text(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        // no stored result, or an empty one (openpyxl writes <v/>, which POI reads as 0)
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x
                && (!x.getCTCell().isSetV() || x.getCTCell().getV() == null || x.getCTCell().getV().isBlank())) {
            try {
                CellValue v = evaluator.evaluate(cell);
                return switch (v.getCellType()) {
                    case STRING -> v.getStringValue().trim();
                    case BOOLEAN -> Boolean.toString(v.getBooleanValue());
                    case NUMERIC -> number(v.getNumberValue(), cell.getCellStyle().getDataFormatString());
                    case ERROR -> FormulaError.forInt(v.getErrorValue()).getString();
                    default -> "";
                };
            } catch (RuntimeException e) {
                return "=" + cell.getCellFormula();
            }
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString().trim();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell)
                    : number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /**
     * A date cell as a Vietnamese reader writes it ("31/12/2024"), or its year alone when the format shows only the
     * year ("yyyy"): a "Năm" column of dates gives each row its year.
     */
    static String date(Cell cell) {
        LocalDateTime d = cell.getLocalDateTimeCellValue();
        String format = cell.getCellStyle().getDataFormatString().replaceAll("\"[^\"]*\"|\\[[^]]*]", "")
                .toLowerCase(Locale.ROOT);
        if (d == null) {
            return "";
        }
        return format.contains("d") || format.contains("m") ? String.format(Locale.ROOT, "%02d/%02d/%d",
                d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : Integer.toString(d.getYear());
    }

    /**
     * A number as a Vietnamese reader writes it: decimal comma, no grouping (so "1,522" stays one and a half, never
     * one thousand); a percentage format shows it times 100 with "%".
     */
    static String number(double value, String dataFormat) {
        boolean percent = dataFormat != null && dataFormat.contains("%");
        BigDecimal shown = BigDecimal.valueOf(percent ? value * 100 : value).setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String plain = (shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString()).replace('.', ',');
        return percent ? plain + "%" : plain;
    }
}
