package io.dxrank.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * out/dxrank.xlsx: the CSVs an analyst opens, as one workbook with a sheet per table, the header row frozen and
 * filtered, and numbers stored as numbers (ids such as locality_id stay text, so a code keeps its leading zeros).
 * Streamed row by row, so a facts table of a million rows needs no more memory than a small one; a table longer
 * than a sheet holds is cut at the sheet's limit with a note in its last row.
 */
public final class XlsxWorkbook {

    public static final String FILE = "dxrank.xlsx";
    /** Rows a sheet holds (Excel's limit), header included. */
    static final int MAX_ROWS = 1_048_576;
    /**
     * Data rows a sheet keeps by default: the tables of 10,000 plans (facts, rankings: 400,000-650,000 rows) made a
     * workbook of 175 MB that took a minute and a half to write and longer to open; their CSVs hold every row.
     */
    public static final int DEFAULT_SHEET_ROWS = 100_000;
    /** The system property that overrides {@link #DEFAULT_SHEET_ROWS} (up to Excel's limit). */
    public static final String SHEET_ROWS_PROPERTY = "dxrank.export.sheetRows";
    /** Columns that hold codes, not quantities: text even when they look like numbers. */
    private static final Pattern CODE_COLUMN = Pattern.compile(".*(_id|_code|sha256|code|period|file)$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private XlsxWorkbook() {
    }

    /**
     * Writes the workbook from CSVs written in {@code style}; each sheet is named after its file stem.
     *
     * @return rows written per sheet, header excluded
     */
    public static List<Long> write(Path xlsx, List<Path> csvs, CsvStyle style) throws IOException {
        return write(xlsx, csvs, style, sheetRows());
    }

    /** Data rows a sheet keeps: {@value #SHEET_ROWS_PROPERTY} when set to a positive number, else the default. */
    static int sheetRows() {
        String set = System.getProperty(SHEET_ROWS_PROPERTY);
        try {
            int rows = set == null ? DEFAULT_SHEET_ROWS : Integer.parseInt(set.trim());
            return rows > 0 ? Math.min(rows, MAX_ROWS - 2) : DEFAULT_SHEET_ROWS;
        } catch (NumberFormatException e) {
            return DEFAULT_SHEET_ROWS;
        }
    }

    /**
     * Writes the workbook keeping at most {@code sheetRows} data rows per sheet; a longer table ends in a note row
     * that sends the reader to its CSV.
     *
     * @return rows written per sheet, header excluded
     */
    public static List<Long> write(Path xlsx, List<Path> csvs, CsvStyle style, int sheetRows) throws IOException {
        Path partial = xlsx.resolveSibling(xlsx.getFileName() + ".partial");
        List<Long> counts = new ArrayList<>();
        try (SXSSFWorkbook book = new UnlockedWorkbook(200)) {
            book.setCompressTempFiles(true);
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Path csv : csvs) {
                String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
                counts.add(sheet(book.createSheet(name.length() > 31 ? name.substring(0, 31) : name), csv, style,
                        header, book.getCellStyleAt(0), Math.min(sheetRows, MAX_ROWS - 2)));
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                book.write(out);
            }
            book.dispose();
        }
        Files.move(partial, xlsx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    /**
     * @param plain the workbook's default style, set on every data cell: a cell without a style looks up its
     *              column's default style when written (a search of the sheet's columns per cell, a sixth of the
     *              workbook's time), to find this same style, written as no style at all
     */
    private static long sheet(Sheet sheet, Path csv, CsvStyle style, CellStyle headerStyle, CellStyle plain, int keep)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(style.delimiter()).get();
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            boolean[] code = null;
            int r = 0;
            for (CSVRecord record : parser) {
                if (r == keep + 1) {
                    sheet.createRow(r).createCell(0).setCellValue(String.format(Locale.ROOT,
                            "… trang này chỉ giữ %,d dòng đầu của %s; mở tệp CSV để xem tất cả (only the first %,d rows"
                                    + " of %s: open the CSV for all of them)", keep, csv.getFileName(), keep,
                            csv.getFileName()));
                    break;
                }
                Row row = sheet.createRow(r);
                if (code == null) {
                    code = new boolean[record.size()];
                    for (int c = 0; c < record.size(); c++) {
                        String column = c == 0 ? record.get(c).replace("\uFEFF", "") : record.get(c);
                        code[c] = CODE_COLUMN.matcher(column).matches();
                        Cell cell = row.createCell(c);
                        cell.setCellValue(column);
                        cell.setCellStyle(headerStyle);
                    }
                } else {
                    for (int c = 0; c < record.size(); c++) {
                        String value = record.get(c);
                        if (value.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        cell.setCellStyle(plain);
                        String number = style.decimalMark() == ',' ? value.replace(',', '.') : value;
                        boolean isCode = c < code.length && code[c];
                        if (!isCode && NUMBER.matcher(number).matches() && !leadingZero(number)) {
                            cell.setCellValue(Double.parseDouble(number));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                    rows++;
                }
                r++;
            }
            if (code != null && code.length > 0) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, code.length - 1));
            }
        }
        return rows;
    }

    /** "007" is a code, not seven. */
    private static boolean leadingZero(String number) {
        return number.length() > 1 && number.charAt(0) == '0' && number.charAt(1) != '.';
    }

    /** A streamed workbook whose sheets' XML goes through an {@link UnlockedWriter}: the same XML, sooner. */
    static final class UnlockedWorkbook extends SXSSFWorkbook {

        UnlockedWorkbook(int rowWindow) {
            super(rowWindow);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return isCompressTempFiles() ? new GZIPSheetDataWriter() {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return unlocked(fd, QuickGzip::new);
                }
            } : new SheetDataWriter() {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return unlocked(fd, this::decorateOutputStream);
                }
            };
        }

        /** POI's own {@code createWriter}, with {@link UnlockedWriter} in place of its BufferedWriter. */
        private static Writer unlocked(File fd, Decorator decorator) throws IOException {
            FileOutputStream file = new FileOutputStream(fd);
            try {
                return new UnlockedWriter(new OutputStreamWriter(decorator.decorate(file), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
        }

        /**
         * The temporary copy of a sheet is read once, into the workbook's own compression: POI's default level
         * spent more time on it than the workbook's compression itself; the quickest level keeps it small enough.
         */
        private static final class QuickGzip extends GZIPOutputStream {
            QuickGzip(OutputStream out) throws IOException {
                super(out, 1 << 16);
                def.setLevel(Deflater.BEST_SPEED);
            }
        }

        /** SheetDataWriter's protected decorateOutputStream (compression of the temporary file, or none). */
        @FunctionalInterface
        private interface Decorator {
            OutputStream decorate(FileOutputStream file) throws IOException;
        }
    }
}
