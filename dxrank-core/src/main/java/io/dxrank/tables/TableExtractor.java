package io.dxrank.tables;

import io.dxrank.core.FailureReasons;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import io.dxrank.core.Level;
import io.dxrank.extract.DocumentReader;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.core.Finding;
import io.dxrank.extract.QuantityScanner;
import io.dxrank.extract.Statement;
import io.dxrank.extract.VietNumber;
import io.dxrank.core.VnText;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an indicator table file into statements, one per figure cell, each carrying its row's locality and its
 * sheet and cell. Three layouts: long (a row per locality, indicator and year), wide by year (a row per
 * indicator, a column per year and kind) and wide by indicator (a row per locality, a column per indicator).
 * Numbers, indicators, localities and years are interpreted later by the same normalizer as plans.
 */
public final class TableExtractor {

    private static final int HEADER_SEARCH_ROWS = 25;
    /** A whole cell saying "total": "Tổng", "Tổng cộng:", "Cộng toàn huyện", "Toàn tỉnh" (not "Cộng Lạc", "Tổng số hồ sơ"). */
    private static final Pattern TOTAL = Pattern.compile("^(?:(?:tong cong|tong so|tong|cong|total|sum|grand total)"
            + "(?: chung)?(?: (?:toan|ca) (?:huyen|tinh|xa|phuong|thi xa|thi tran|thanh pho|quan))?"
            + "|(?:toan|ca) (?:huyen|tinh|xa|phuong|thi xa|thi tran|thanh pho|quan))$");
    /** A capitalized name word, not the "NĂM 2024", "GIAI ĐOẠN", "ĐẾN" that follow a name in a title. */
    private static final String NAME_WORD = "(?!(?iu:năm|giai|đến|quý|tháng|về|của|theo|và|hội\\s+chủ)"
            + "(?![\\p{L}\\p{M}]))\\p{Lu}[\\p{L}\\p{M}]*";
    /** "xã An Phú", "CỦA XÃ AN PHÚ NĂM 2024" (titles are often in capitals), "UBND HUYỆN NAM ĐÀN". */
    private static final Pattern TITLE_LOCALITY = Pattern.compile("(?u)(?<![\\p{L}\\p{M}])"
            + "((?iu:" + Level.WORDS_REGEX + "))\\s+(" + NAME_WORD + "(?:[ \\-]" + NAME_WORD
            + "){0,3})");
    private static final Pattern COMMITTEE = Pattern.compile("(ubnd|uy ban nhan dan)\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "ngay \\d{1,2}\\s*(thang|/|-|\\.)\\s*\\d{1,2}\\s*(nam|/|-|\\.)\\s*\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");
    private static final String NUM = "\\d{1,3}(?:\\.\\d{3}){1,6}(?![\\d,])|\\d+(?:[.,]\\d+)?";
    /** A number, percentage or range inside a cell; the words around it are the comparator's. */
    private static final Pattern FIGURE = Pattern.compile("(?u)(?<![\\d.,])(" + NUM + ")\\s*(%)?(?:\\s*[-–]\\s*("
            + NUM + ")\\s*(%)?)?\\s*(%)?(?![\\d.,])");

    private TableExtractor() {
    }

    /**
     * Sheet-level defaults for what the header does not say (a title "KẾT QUẢ NĂM 2024", the sheet's name).
     *
     * @param titleLine the row right above the header, its cells joined: what a table of one indicator names
     */
    record Defaults(Integer year, String kind, Statement.RowLocality locality, String titleLine) {
    }

    public static ExtractionResult extract(String sourceFile, byte[] bytes) {
        return extract(sourceFile, bytes, TableMapping.NONE);
    }

    /** @param mapping what the job says about layouts the recognizer does not understand */
    public static ExtractionResult extract(String sourceFile, byte[] bytes, TableMapping mapping) {
        String sha = sha256(bytes);
        String planId = sha.substring(0, 16);
        String format = DocumentReader.formatOf(sourceFile);
        Optional<String> precheck = DocumentReader.precheck(bytes);
        if (precheck.isPresent()) {
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes.length, precheck.get());
        }
        if ("csv".equals(format) && DocumentReader.looksBinary(bytes)) {
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes.length,
                    "binary content: not a CSV table");
        }
        List<Grid> grids;
        try {
            grids = TableReader.read(sourceFile, format, bytes);
        } catch (EncryptedDocumentException e) {
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes.length,
                    "password-protected workbook");
        } catch (Exception | StackOverflowError e) {
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes.length,
                    "unreadable table: " + FailureReasons.of(e));
        }
        List<Statement> statements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int readable = 0;
        for (Grid grid : grids) {
            if (grid.rows().stream().allMatch(r -> r.stream().allMatch(String::isBlank))) {
                continue;
            }
            boolean named = mapping.sheet() != null && VnText.fold(mapping.sheet()).equals(VnText.fold(grid.sheet()));
            if (grid.hidden() && !named) {
                findings.add(Finding.info(planId, sourceFile, 0, "table_sheet_hidden", "sheet '" + grid.sheet()
                        + "' is hidden in the workbook (a draft, a drop-down list); not read: unhide it or name it in "
                        + "the mapping file's 'sheet' to use its figures"));
                continue;
            }
            if (mapping.sheet() != null && !named) {
                findings.add(Finding.info(planId, sourceFile, 0, "table_sheet_skipped", "sheet '" + grid.sheet()
                        + "' is not the mapping's sheet '" + mapping.sheet() + "'"));
                continue;
            }
            if (sheet(planId, sourceFile, grid, mapping, statements, findings)) {
                readable++;
            }
        }
        if (readable == 0) {
            return new ExtractionResult(planId, sourceFile, sha, format, bytes.length, ExtractionResult.REJECTED,
                    "no sheet with a recognizable header (a locality or indicator column and figure columns)", null,
                    List.of(), withReject(findings, planId, sourceFile));
        }
        return new ExtractionResult(planId, sourceFile, sha, format, bytes.length, ExtractionResult.OK, "", null,
                statements, findings);
    }

    private static List<Finding> withReject(List<Finding> findings, String planId, String sourceFile) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(new Finding(planId, sourceFile, 0, Finding.Severity.ERROR, "rejected",
                "no sheet with a recognizable header"));
        return all;
    }

    /** Reads one sheet; false when its header is not recognized (with a finding naming the sheet). */
    static boolean sheet(String planId, String file, Grid grid, TableMapping mapping, List<Statement> out,
                         List<Finding> findings) {
        int header = mapping.headerRow() != null ? mapping.headerRow() - 1 : headerRow(grid);
        if (header < 0) {
            findings.add(Finding.warn(planId, file, 0, "table_no_header", "sheet '" + grid.sheet()
                    + "': no row names a locality or indicator column and figure columns; sheet skipped "
                    + "(a mapping file can name them, see README)"));
            return false;
        }
        List<Column> columns = columns(grid, header);
        boolean twoRowHeader = isSubHeader(grid, header + 1, columns);
        if (twoRowHeader) {
            columns = combined(grid, header, columns);
        }
        columns = new ArrayList<>(columns);
        for (Object[] override : new Object[][] {{Column.Role.LOCALITY, mapping.localityColumn()},
                {Column.Role.INDICATOR, mapping.indicatorColumn()}, {Column.Role.UNIT, mapping.unitColumn()}}) {
            String spec = (String) override[1];
            if (spec == null) {
                continue;
            }
            int index = TableMapping.columnIndex(spec, columns);
            if (index < 0 || index >= columns.size()) {
                findings.add(Finding.warn(planId, file, header + 1, "table_mapping_column", "sheet '" + grid.sheet()
                        + "': the mapping's column '" + spec + "' is not in header row " + (header + 1)
                        + "; sheet skipped"));
                return false;
            }
            Column.Role role = (Column.Role) override[0];
            columns.replaceAll(c -> c.role() == role ? new Column(c.index(), Column.Role.OTHER, c.header(), null, null)
                    : c);
            Column was = columns.get(index);
            columns.set(index, new Column(index, role, was.header(), null, null));
        }
        int firstData = header + (twoRowHeader ? 2 : 1);
        Defaults found = defaults(grid, header, file);
        Defaults defaults = new Defaults(mapping.year() != null ? mapping.year() : found.year(),
                mapping.kind() != null ? mapping.kind() : found.kind(), found.locality(), found.titleLine());
        Column locality = first(columns, Column.Role.LOCALITY);
        Column province = first(columns, Column.Role.PROVINCE);
        if (locality == null && province != null) {
            // "Tỉnh/thành phố | Chỉ số DTI | Xếp hạng": a table of provinces names them in its province column
            locality = new Column(province.index(), Column.Role.LOCALITY, province.header(), null, null);
            columns.set(province.index(), locality);
        }
        List<Column> indicatorColumns = columns.stream().filter(c -> c.role() == Column.Role.INDICATOR).toList();
        Column indicator = textColumn(grid, firstData, indicatorColumns);
        List<Column> figures = new ArrayList<>(columns.stream().filter(c -> c.role() == Column.Role.VALUE
                || c.role() == Column.Role.TARGET || c.role() == Column.Role.ACTUAL).toList());
        // a second "Chỉ tiêu" column holding numbers is the target ("Nội dung" | "Chỉ tiêu" | "Thực hiện")
        for (Column c : indicatorColumns) {
            if (c != indicator) {
                figures.add(new Column(c.index(), Column.Role.TARGET, c.header(), null, Statement.TARGET));
            }
        }
        Sheet sheet = new Sheet(planId, file, grid, columns, defaults, out, findings);
        // "Chỉ tiêu | Xã Khánh Sơn | Xã Nam Kim": an indicator per row, a column per locality, each header a unit's name
        List<Column> localityColumns = locality != null || indicator == null ? List.of() : columns.stream()
                .filter(c -> c.role() == Column.Role.OTHER && Sheet.namesAUnit(c.header())).toList();
        if (figures.isEmpty() && localityColumns.size() >= 1) {
            sheet.byLocality(firstData, indicator, localityColumns, columns.stream()
                    .filter(c -> c.role() == Column.Role.OTHER && !localityColumns.contains(c)).toList());
            return true;
        }
        if (locality != null && indicator != null && !figures.isEmpty()) {
            sheet.rows(firstData, locality, indicator, figures);
        } else if (locality == null && indicator != null && !figures.isEmpty()) {
            if (defaults.locality() == null) {
                findings.add(Finding.warn(planId, file, 0, "table_no_locality", "sheet '" + grid.sheet()
                        + "': one row per indicator but no locality in a title, the sheet or the file name; sheet skipped"));
                return false;
            }
            sheet.rows(firstData, null, indicator, figures);
        } else if (locality != null && indicator == null) {
            // every other column is an indicator, whatever words its name holds ("... thực hiện trực tuyến (%)");
            // a note-like column ("Cơ quan ...", "Ghi chú") only when it holds figures
            int first = firstData;
            List<Column> indicators = columns.stream().filter(c -> !c.header().isBlank() && switch (c.role()) {
                case ORDINAL, LOCALITY, LEVEL, PROVINCE, UNIT, YEAR, KIND -> false;
                case NOTE -> holdsFigures(grid, first, c);
                default -> true;
            }).toList();
            if (indicators.isEmpty()) {
                findings.add(Finding.warn(planId, file, header + 1, "table_no_header", "sheet '" + grid.sheet()
                        + "': header row " + (header + 1) + " names localities but no indicator or figure columns; "
                        + "sheet skipped"));
                return false;
            }
            sheet.byIndicator(firstData, locality, indicators, header, twoRowHeader);
        } else {
            findings.add(Finding.warn(planId, file, header + 1, "table_no_header", "sheet '" + grid.sheet()
                    + "': header row " + (header + 1) + " has no figure columns; sheet skipped"));
            return false;
        }
        return true;
    }

    /** The row among the first ones naming the most known columns, a locality or an indicator among them. */
    static int headerRow(Grid grid) {
        int best = -1;
        long bestScore = 2;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.rows().size()); r++) {
            List<Column> cols = columns(grid, r);
            boolean anchor = cols.stream().anyMatch(c -> c.role() == Column.Role.LOCALITY
                    || c.role() == Column.Role.INDICATOR || c.role() == Column.Role.PROVINCE);
            // known names count double; other named columns may be indicators (wide by indicator)
            long score = 2 * cols.stream().filter(Column::recognized).count()
                    + cols.stream().filter(c -> !c.recognized() && !c.header().isBlank()).count();
            if (anchor && score > bestScore) {
                best = r;
                bestScore = (int) score;
            }
        }
        // "KH | TH | KH | TH" under the indicators names more known columns than the indicators' row above it
        if (best > 0) {
            List<Column> above = columns(grid, best - 1);
            if (above.stream().anyMatch(c -> c.role() == Column.Role.LOCALITY || c.role() == Column.Role.INDICATOR)
                    && isSubHeader(grid, best, above)) {
                return best - 1;
            }
        }
        return best;
    }

    static List<Column> columns(Grid grid, int row) {
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            cols.add(Column.of(c, grid.cell(row, c)));
        }
        return cols;
    }

    /** The row under the header refines it ("Năm 2024" over "Kế hoạch | Thực hiện") rather than holding data. */
    static boolean isSubHeader(Grid grid, int row, List<Column> header) {
        boolean any = false;
        for (int c = 0; c < grid.width(); c++) {
            String v = grid.cell(row, c);
            if (v.isBlank() || v.equals(header.get(c).header())) {
                continue; // blank, or the header cell merged down over both rows
            }
            if (figure(v) != null && Column.year(v) == null) {
                return false;
            }
            Column alone = Column.of(c, v);
            if (alone.kind() != null || alone.role() == Column.Role.VALUE) {
                any = true;
            } else if (header.get(c).role() == Column.Role.LOCALITY || header.get(c).role() == Column.Role.INDICATOR) {
                return false;
            }
        }
        return any;
    }

    private static List<Column> combined(Grid grid, int header, List<Column> top) {
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            String lower = grid.cell(header + 1, c);
            String upper = grid.cell(header, c);
            cols.add(lower.isBlank() || lower.equals(upper) ? top.get(c) : Column.of(c, upper + " " + lower));
        }
        return cols;
    }

    /** Year, kind and locality the rows above the header, the sheet name or the file name state. */
    static Defaults defaults(Grid grid, int header, String file) {
        StringBuilder title = new StringBuilder();
        String titleLine = null;
        for (int r = 0; r < header; r++) {
            StringBuilder line = new StringBuilder();
            for (String v : grid.rows().get(r)) {
                if (!v.isBlank()) {
                    title.append(v).append(" | "); // a name ends with its cell
                    line.append(line.length() == 0 ? "" : " ").append(VnText.clean(v));
                }
            }
            titleLine = line.length() == 0 ? titleLine : line.toString();
        }
        // "ke-hoach-cds-2025.xlsx", "KetQua_2024.xlsx": words of a file name are split by '-', '_' and '.'
        String stem = file.replaceAll(".*/", "").replaceAll("\\.[^.]+$", "").replaceAll("[-_.]+", " ");
        String all = title + " " + grid.sheet() + " " + stem;
        // the date a report is signed ("Nam Đàn, ngày 10 tháng 01 năm 2025", "ngày 10/01/2025") is not its year
        String folded = DATE.matcher(VnText.fold(all)).replaceAll(" ");
        Statement.RowLocality locality = null;
        for (String text : List.of(title.toString(), grid.sheet(), stem)) {
            // the locality the title is about ("... CỦA XÃ AN PHÚ") before the committee issuing it ("UBND HUYỆN")
            String clean = VnText.clean(text);
            Matcher m = TITLE_LOCALITY.matcher(clean);
            Statement.RowLocality committee = null;
            while (locality == null && m.find()) {
                Statement.RowLocality found = new Statement.RowLocality(m.group(2).trim(), level(m.group(1)), null);
                if (!COMMITTEE.matcher(VnText.fold(clean.substring(Math.max(0, m.start() - 20), m.start()))).find()) {
                    locality = found;
                } else if (committee == null) {
                    committee = found;
                }
            }
            locality = locality == null ? committee : locality;
        }
        Integer year = null;
        for (String text : List.of(title.toString(), grid.sheet(), stem)) {
            year = year != null ? year : Column.year(DATE.matcher(VnText.fold(text)).replaceAll(" "));
        }
        return new Defaults(year, Column.kind(folded), locality, titleLine);
    }

    private static Column first(List<Column> columns, Column.Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    private static boolean holdsFigures(Grid grid, int firstData, Column c) {
        for (int r = firstData; r < grid.rows().size(); r++) {
            if (figure(grid.cell(r, c.index())) != null) {
                return true;
            }
        }
        return false;
    }

    /** Of the indicator-like columns, the one whose cells are words, not numbers. */
    private static Column textColumn(Grid grid, int firstData, List<Column> candidates) {
        for (Column c : candidates) {
            long words = 0;
            long numbers = 0;
            for (int r = firstData; r < Math.min(grid.rows().size(), firstData + 30); r++) {
                String v = grid.cell(r, c.index());
                if (figure(v) != null) {
                    numbers++;
                } else if (!v.isBlank()) {
                    words++;
                }
            }
            if (words >= numbers) {
                return c;
            }
        }
        return null;
    }

    /** "xã", "Phường", "thị trấn", ... as the gazetteer's level codes; null for anything else. */
    static String level(String word) {
        return Level.codeOfWords(word);
    }

    static boolean isTotal(String locality) {
        return TOTAL.matcher(VnText.fold(locality).replaceAll("[^a-z ]", " ").trim().replaceAll(" +", " ")).matches();
    }

    /** A figure cell: value, upper bound of a range, percent or not, comparator; null when it is not a number. */
    record Figure(double value, Double high, boolean percent, String comparator) {
    }

    /**
     * A figure cell: a number, percentage or range ("98,5%", "1.234", "15-20%") alone or with the comparator words
     * plans use ("≥ 80%", "Trên 90%", "Từ 70% trở lên", "Không dưới 98%"), read by the plans' own rules
     * ({@link VietNumber}, {@link QuantityScanner#comparator}); null for anything else.
     */
    static Figure figure(String text) {
        String t = VnText.clean(text);
        Matcher m = FIGURE.matcher(t);
        if (!m.find() || FIGURE.matcher(t).region(m.end(), t.length()).find()) {
            return null; // no number, or two
        }
        double value = VietNumber.parse(m.group(1));
        Double high = m.group(3) == null ? null : VietNumber.parse(m.group(3));
        boolean percent = m.group(2) != null || m.group(4) != null || m.group(5) != null;
        String cmp = high != null ? "range" : QuantityScanner.comparator(t, m.start(), m.end());
        String before = t.substring(0, m.start()).trim();
        String after = VnText.fold(t.substring(m.end()));
        // words around the number must be the comparator itself ("trên", "từ ... trở lên"), nothing else
        boolean onlyComparator = (before.isEmpty() || !"eq".equals(cmp) && !"range".equals(cmp))
                && (after.isEmpty() || after.equals("tro len") && "gte".equals(cmp));
        return onlyComparator ? new Figure(value, high, percent, cmp) : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
