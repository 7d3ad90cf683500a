package io.dxrank.tables;

import io.dxrank.core.Level;
import io.dxrank.core.Finding;
import io.dxrank.extract.Statement;
import io.dxrank.core.VnText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of one recognized sheet, read into statements; every skipped figure cell leaves a finding. */
final class Sheet {

    /** A unit's name, then its district or province after a comma, a dash or in brackets. */
    private static final Pattern WITHIN_SUPERIOR = Pattern.compile("(?iu)(.+?)\\s*(?:,|\\s[-–]|\\()\\s*"
            + "(tỉnh|thành\\s+phố|tp\\.?|huyện|quận|thị\\s+xã)\\s+([^,()]+?)\\s*\\)?");
    /** The superior's level words of a province (a centrally-run city is one). */
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?iu)tỉnh|thành\\s+phố|tp\\.?");
    /** "Xã An Phú" in a locality cell: the level word and the name. Compiled once: it runs on every row. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile(
            "(?iu)^(" + Level.WORDS_REGEX + ")\\s+(.+)$");
    private static final Pattern UNIT_IN_HEADER = Pattern.compile("^(.*?)\\s*\\(([^()]{1,30})\\)\\s*$");

    private final String planId;
    private final String file;
    private final Grid grid;
    private final Column levelColumn;
    private final Column provinceColumn;
    private final Column unitColumn;
    private final Column yearColumn;
    private final Column kindColumn;
    /** The locality column is the province column of a table of provinces ("Tỉnh/thành phố | Chỉ số DTI"). */
    private final boolean provincesAsLocalities;
    private final TableExtractor.Defaults defaults;
    private final List<Statement> out;
    private final List<Finding> findings;

    Sheet(String planId, String file, Grid grid, List<Column> columns, TableExtractor.Defaults defaults,
          List<Statement> out, List<Finding> findings) {
        this.planId = planId;
        this.file = file;
        this.grid = grid;
        this.levelColumn = role(columns, Column.Role.LEVEL);
        this.provinceColumn = role(columns, Column.Role.PROVINCE);
        this.unitColumn = role(columns, Column.Role.UNIT);
        this.yearColumn = role(columns, Column.Role.YEAR);
        this.kindColumn = role(columns, Column.Role.KIND);
        this.provincesAsLocalities = columns.stream().noneMatch(c -> c.role() == Column.Role.PROVINCE)
                && columns.stream().anyMatch(c -> c.role() == Column.Role.LOCALITY && Column.namesProvinces(c.header()));
        this.defaults = defaults;
        this.out = out;
        this.findings = findings;
    }

    private static Column role(List<Column> columns, Column.Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    /**
     * Long (locality column given) or wide by year (locality from the title): one indicator per row. A locality
     * written once above its rows (the cells below it left blank, as if merged) names them all, down to the next
     * locality, totals row or section row.
     */
    void rows(int firstData, Column localityColumn, Column indicatorColumn, List<Column> figures) {
        Statement.RowLocality carried = null;
        for (int r = firstData; r < grid.rows().size(); r++) {
            String indicator = grid.cell(r, indicatorColumn.index());
            if (isSectionRow(r, indicator, figures)) {
                findings.add(Finding.info(planId, file, r + 1, "table_section_row", where(r, indicatorColumn.index())
                        + ": \"" + VnText.clean(indicator) + "\" heads a group of rows, it holds no figures; skipped"));
                carried = null;
                continue;
            }
            String localityText = localityColumn == null ? "" : grid.cell(r, localityColumn.index());
            Statement.RowLocality locality;
            if (localityColumn == null) {
                locality = defaults.locality();
            } else if (localityText.isBlank()) {
                locality = carried;
            } else {
                locality = locality(r, localityText);
                carried = locality;
            }
            if (indicator.isBlank()) {
                continue;
            }
            if (TableExtractor.isTotal(indicator)) {
                totalsRow(r, indicatorColumn, indicator);
                continue;
            }
            if (locality == null) {
                if (localityText.isBlank() && hasFigureText(r, figures)) {
                    findings.add(Finding.warn(planId, file, r + 1, "table_no_locality", where(r,
                            localityColumn.index()) + ": no locality in this row or above it for " + VnText.clean(
                            indicator) + "; row skipped"));
                }
                continue;
            }
            Integer rowYear = rowYear(r);
            String rowKind = kindColumn == null ? null : Column.kind(VnText.fold(grid.cell(r, kindColumn.index())));
            String unit = unitColumn == null ? "" : grid.cell(r, unitColumn.index());
            for (Column c : figures) {
                Integer year = c.year() != null ? c.year() : rowYear != null ? rowYear : defaults.year();
                String kind = c.kind() != null ? c.kind() : rowKind != null ? rowKind : defaults.kind();
                emit(r, c.index(), indicator, unit, kind, year, locality);
            }
        }
    }

    /** The year in the row's "Năm" column, null without one. */
    private Integer rowYear(int r) {
        return yearColumn == null ? null : Column.year(VnText.fold(grid.cell(r, yearColumn.index())));
    }

    private boolean hasFigureText(int r, List<Column> figures) {
        return figures.stream().anyMatch(c -> !grid.cell(r, c.index()).isBlank());
    }

    /** A group heading ("II | KHỐI PHƯỜNG") merged across the figure columns: the same label in each, no figure. */
    private boolean isSectionRow(int r, String indicator, List<Column> figures) {
        if (indicator.isBlank() || figures.isEmpty()) {
            return false;
        }
        for (Column c : figures) {
            if (!grid.cell(r, c.index()).equals(indicator)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Wide by indicator: a row per locality, a column per indicator ("Tỷ lệ hồ sơ trực tuyến (%)"). Under a
     * two-row header the upper cell names the indicator and the lower one its kind or year ("KH | TH",
     * "Năm 2024 | Năm 2025"); a single header's words are the indicator's name, so the title and the sheet or file
     * name give kind and year ("Tỷ lệ TTHC thực hiện trực tuyến" is no result column), a year in the header wins.
     *
     * @param header the header row; its next row too when {@code twoRows}
     */
    void byIndicator(int firstData, Column localityColumn, List<Column> indicators, int header, boolean twoRows) {
        for (int r = firstData; r < grid.rows().size(); r++) {
            Statement.RowLocality locality = locality(r, grid.cell(r, localityColumn.index()));
            if (locality == null) {
                if (grid.cell(r, localityColumn.index()).isBlank() && hasFigureText(r, indicators)) {
                    findings.add(Finding.warn(planId, file, r + 1, "table_no_locality", where(r,
                            localityColumn.index()) + ": a row of figures without a locality; row skipped"));
                }
                continue;
            }
            String namedToTheLeft = null;
            for (Column c : indicators) {
                String upper = VnText.clean(grid.cell(header, c.index()));
                String lower = twoRows ? VnText.clean(grid.cell(header + 1, c.index())) : "";
                boolean split = !lower.isBlank() && !lower.equals(upper);
                // "Tỷ lệ hồ sơ trực tuyến năm 2025 | Kế hoạch năm 2026": a column naming only its kind and year goes on
                // with the indicator named to its left; "TỶ LỆ HỒ SƠ ... (%)" over "Địa phương | 2022 | 2023 | 2024":
                // one indicator, named by the title
                boolean unnamed = Column.onlyYearOrKind(upper);
                String named = !unnamed ? upper : namedToTheLeft != null ? namedToTheLeft
                        : defaults.titleLine() != null ? defaults.titleLine() : upper;
                namedToTheLeft = unnamed ? namedToTheLeft : YEAR_WORDS.matcher(upper).replaceAll("").trim();
                Matcher unit = UNIT_IN_HEADER.matcher(named);
                String name = unit.matches() ? unit.group(1) : named;
                Integer year = Column.year(VnText.fold(lower));
                year = year != null ? year : Column.year(VnText.fold(upper));
                year = year != null ? year : rowYear(r); // "Địa phương | Năm | Tỷ lệ hồ sơ trực tuyến (%)"
                String kind = split ? Column.of(c.index(), lower).kind() : null;
                emit(r, c.index(), name, unit.matches() ? unit.group(2) : "",
                        kind != null ? kind : defaults.kind() != null ? defaults.kind() : c.kind(),
                        year != null ? year : defaults.year(), locality);
            }
        }
    }

    /** "năm 2025", "2025" in a header: the year of its column, no part of the indicator the next columns go on with. */
    private static final Pattern YEAR_WORDS = Pattern.compile("(?iu)\\s*(?<!\\p{L})(?:năm\\s+)?(?:19|20)\\d{2}(?!\\d)");

    /** A row whose indicator cell only sums the others ("Tổng cộng"): said to be skipped. */
    private void totalsRow(int r, Column indicatorColumn, String indicator) {
        findings.add(Finding.info(planId, file, r + 1, "table_total_row", where(r, indicatorColumn.index())
                + ": \"" + VnText.clean(indicator) + "\" sums other rows, it is not an indicator; skipped"));
    }

    /** Whether a header cell is a unit's name with its level word ("Xã Khánh Sơn", "Phường 11", "TT. Xuân Mai"). */
    static boolean namesAUnit(String header) {
        Matcher m = LEVEL_PREFIX.matcher(VnText.clean(header));
        return m.matches() && !TableExtractor.isTotal(header) && m.group(2).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Wide by locality: an indicator per row, a column per locality ("Chỉ tiêu | Xã Khánh Sơn | Xã Nam Kim"), year and
     * kind from the title, the sheet or the file name; the unit from a unit column or the indicator's brackets. A totals
     * column among {@code others} ("Tổng") is said to be skipped.
     */
    void byLocality(int firstData, Column indicatorColumn, List<Column> localityColumns, List<Column> others) {
        for (Column c : others) {
            if (TableExtractor.isTotal(c.header())) {
                findings.add(Finding.info(planId, file, firstData, "table_total_column", "sheet '" + grid.sheet()
                        + "' column " + Grid.reference(firstData - 1, c.index()) + ": \"" + VnText.clean(c.header())
                        + "\" sums the localities beside it, it is not a locality; skipped"));
            }
        }
        for (int r = firstData; r < grid.rows().size(); r++) {
            String indicator = VnText.clean(grid.cell(r, indicatorColumn.index()));
            if (indicator.isBlank() || isSectionRow(r, indicator, localityColumns)) {
                continue;
            }
            if (TableExtractor.isTotal(indicator)) {
                totalsRow(r, indicatorColumn, indicator);
                continue;
            }
            Matcher unit = UNIT_IN_HEADER.matcher(indicator);
            String name = unit.matches() ? unit.group(1) : indicator;
            String unitText = unitColumn != null ? grid.cell(r, unitColumn.index()) : unit.matches() ? unit.group(2) : "";
            for (Column c : localityColumns) {
                Statement.RowLocality locality = locality(r, c.header());
                if (locality != null) {
                    emit(r, c.index(), name, unitText, defaults.kind(), defaults.year(), locality);
                }
            }
        }
    }

    /** The row's locality, or null for a blank or a totals row (the latter with a finding). */
    private Statement.RowLocality locality(int r, String text) {
        String name = VnText.clean(text);
        if (name.isBlank()) {
            return null;
        }
        if (TableExtractor.isTotal(name)) {
            findings.add(Finding.info(planId, file, r + 1, "table_total_row", where(r, 0) + ": \"" + name
                    + "\" sums other rows, it is not a locality; skipped"));
            return null;
        }
        // "Xã", "xa" or "Cấp xã" in a "Cấp" column
        String levelText = levelColumn == null ? "" : grid.cell(r, levelColumn.index()).trim()
                .replaceFirst("(?iu)^cấp\\s+", "");
        String level = levelColumn == null ? null : TableExtractor.level(levelText);
        if (level == null && levelColumn != null) {
            String code = VnText.fold(levelText).replace(' ', '_');
            level = code.isBlank() ? null : code;
        }
        // "Phường Tân Phong, tỉnh Đồng Nai", "Xã Y Tý (huyện Bát Xát)": the unit named with its superior after it
        String superiorProvince = null;
        Matcher within = WITHIN_SUPERIOR.matcher(name);
        if (within.matches()) {
            name = within.group(1);
            superiorProvince = PROVINCE_WORD.matcher(within.group(2)).matches() ? within.group(3) : null;
        }
        Matcher prefix = LEVEL_PREFIX.matcher(name);
        if (prefix.matches()) {
            name = prefix.group(2);
            if (level == null) {
                level = TableExtractor.level(prefix.group(1));
            }
        }
        String province = provinceColumn == null ? superiorProvince : VnText.clean(grid.cell(r, provinceColumn.index()))
                .replaceFirst("(?iu)^tỉnh\\s+", "");
        if (provincesAsLocalities) {
            // a table of provinces: "Thanh Hóa" is the province, not the city of its name
            return new Statement.RowLocality(name, level == null ? "tinh" : level, name);
        }
        return new Statement.RowLocality(name, level, province == null || province.isBlank() ? null : province);
    }

    private void emit(int r, int c, String indicator, String unitText, String kind, Integer year,
                      Statement.RowLocality locality) {
        String text = VnText.clean(grid.cell(r, c));
        // "-", "x" (not applicable, as statistical forms write it), "..." (not reported): no data
        if (text.isBlank() || text.matches("[-–—/xX]|\\.{2,}|…")) {
            return;
        }
        TableExtractor.Figure figure = TableExtractor.figure(text);
        if (figure == null) {
            findings.add(Finding.warn(planId, file, r + 1, "table_value_not_numeric", where(r, c) + ": \"" + text
                    + "\" for " + indicator + " is not a number; skipped"));
            return;
        }
        if (year == null) {
            findings.add(Finding.warn(planId, file, r + 1, "table_no_year", where(r, c) + ": no year in the column "
                    + "header, a year column, a title or the sheet name; skipped"));
            return;
        }
        if (kind == null) {
            findings.add(Finding.info(planId, file, r + 1, "table_kind_assumed", where(r, c)
                    + ": neither header nor title says result or target; read as a result"));
            kind = Statement.ACTUAL;
        }
        String name = VnText.clean(indicator);
        String unitFolded = VnText.fold(unitText);
        boolean percent = figure.percent() || unitFolded.equals("%") || unitFolded.contains("ty le")
                || unitFolded.contains("phan tram") || unitFolded.equals("percent")
                || VnText.fold(name).startsWith("ty le") && unitText.isBlank();
        String unit = percent ? Statement.PERCENT : VnText.clean(unitText);
        String valueText = percent && !text.contains("%") ? text + "%" : text;
        String ref = grid.sheet() + "!" + Grid.reference(r, c);
        out.add(new Statement(r + 1, name, ref + ": " + name + " = " + text, ref, null, kind, name, valueText,
                figure.value(), figure.high(), null, unit, figure.comparator(), year, Statement.TABLE_FILE, locality));
    }

    private String where(int r, int c) {
        return "sheet '" + grid.sheet() + "' cell " + Grid.reference(r, c);
    }
}
