package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics table whose text layer gives one cell per line, with its years across: a header of short cells holding
 * two or more years ("Đơn vị tính", "2001", "2006", "Tăng giảm so với 2001", ...), then per row a label, perhaps a unit
 * cell ("%", "hộ"), and its figures, the first ones in the years' order and any further ones (a change, a growth
 * rate) of the last year. A label followed by another label heads a group of rows: "Toàn tỉnh", or a unit of the
 * document's territory ("1. Thành phố Phan Thiết"), whose rows are that unit's figures.
 */
final class YearCellTable {

    /** The statements of such tables, and every line they cover (0-based). */
    record Read(Map<Integer, List<Statement>> byLine, Set<Integer> covered) {
        static final Read NONE = new Read(Map.of(), Set.of());
    }

    private static final Pattern YEAR_CELL = Pattern.compile("(?iu)^(?:năm\\s+)?((?:19|20)\\d{2})$");
    private static final Pattern FIGURE = Pattern.compile("^-?\\d[\\d.,]*%?$");
    private static final Pattern UNIT_CELL = Pattern.compile("(?iu)^(?:%|[\\p{L}]{1,8}(?:\\s[\\p{L}]{1,8})?)$");
    /** Longer than a cell: prose after the table. */
    private static final int CELL_CHARS = 90;
    /** The header's cells before its first year ("Đơn vị tính") and after its last ("Tăng giảm", "Số lượng", "Tỷ lệ (%)"). */
    private static final int HEADER_CELLS = 8;

    private YearCellTable() {
    }

    static Read of(List<String> lines) {
        int yearCells = 0;
        for (String l : lines) {
            yearCells += l.length() <= 9 && YEAR_CELL.matcher(l.strip()).matches() ? 1 : 0;
        }
        if (yearCells < 2) {
            return Read.NONE; // most documents: no year alone on its line
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cells.add(i);
            }
        }
        Map<Integer, List<Statement>> byLine = new HashMap<>();
        Set<Integer> covered = new HashSet<>();
        for (int c = 0; c < cells.size(); c++) {
            int end = table(lines, cells, c, byLine, covered);
            c = Math.max(c, end);
        }
        return new Read(byLine, covered);
    }

    /** Reads a table whose header has its first year at cell {@code c}, if one does; returns the last cell read. */
    private static int table(List<String> lines, List<Integer> cells, int c, Map<Integer, List<Statement>> byLine,
                             Set<Integer> covered) {
        List<Integer> years = new ArrayList<>();
        int k = c;
        for (; k < cells.size(); k++) {
            Matcher y = YEAR_CELL.matcher(cell(lines, cells, k));
            if (!y.matches()) {
                break;
            }
            int year = Integer.parseInt(y.group(1));
            if (!years.isEmpty() && year <= years.get(years.size() - 1)) {
                return c;
            }
            years.add(year);
        }
        if (years.size() < 2) {
            return c;
        }
        // the header's further cells: words, no figure, until the first row's label is followed by figures or a unit
        int headerEnd = k;
        // a heading of the first group ("Toàn tỉnh") stands between the header and the first row
        while (headerEnd < cells.size() && headerEnd - k < HEADER_CELLS && !startsRow(lines, cells, headerEnd)
                && !(headerEnd > k && startsRow(lines, cells, headerEnd + 1))) {
            if (FIGURE.matcher(cell(lines, cells, headerEnd)).matches()) {
                return c;
            }
            headerEnd++;
        }
        if (headerEnd >= cells.size() || headerEnd - k >= HEADER_CELLS) {
            return c;
        }
        String title = c > 0 ? cell(lines, cells, 0) : ""; // the page's first line names the table
        Statement.RowLocality group = null;
        int r = headerEnd;
        int lastRead = headerEnd - 1;
        String pendingLabel = null; // a label not yet followed by figures: a group heading if another label follows
        while (r < cells.size()) {
            String text = cell(lines, cells, r);
            if (text.length() > CELL_CHARS) {
                break;
            }
            if (!startsRow(lines, cells, r)) {
                if (FIGURE.matcher(text).matches()) {
                    break; // a figure without a label: not this table's shape
                }
                if (pendingLabel != null) {
                    group = RowUnits.ofHeading(pendingLabel);
                }
                pendingLabel = text;
                r++;
                continue;
            }
            if (pendingLabel != null && !pendingLabel.equals(text)) {
                group = RowUnits.ofHeading(pendingLabel);
            }
            pendingLabel = null;
            String label = text;
            int f = r + 1;
            String unit = "";
            if (!FIGURE.matcher(cell(lines, cells, f)).matches()) {
                unit = cell(lines, cells, f);
                f++;
            }
            int column = 0;
            for (; f < cells.size() && FIGURE.matcher(cell(lines, cells, f)).matches(); f++, column++) {
                int line = cells.get(f);
                String valueText = cell(lines, cells, f);
                boolean change = column >= years.size(); // a change or a growth rate after the years, of the last year
                int year = years.get(change ? years.size() - 1 : column);
                boolean percent = unit.equals("%") || valueText.endsWith("%");
                double value = VietNumber.parse(valueText.replace("%", ""));
                String subject = VnText.clean(label.replaceFirst("^\\d{1,2}\\.\\s*", "")) + (change ? " (tăng giảm)" : "");
                byLine.computeIfAbsent(line, x -> new ArrayList<>()).add(new Statement(line + 1,
                        VnText.clean(title + " " + label), subject + ": " + year + " " + valueText, "", null,
                        Statement.ACTUAL, subject, valueText, value, null, null,
                        change ? "" : percent ? Statement.PERCENT : unit, "eq", year, "table", group));
            }
            lastRead = f - 1;
            r = f;
        }
        for (int x = c; x <= lastRead; x++) {
            covered.add(cells.get(x));
        }
        return lastRead;
    }

    /** A row's label: words followed by a figure, or by a unit cell and then a figure. */
    private static boolean startsRow(List<String> lines, List<Integer> cells, int k) {
        String text = cell(lines, cells, k);
        if (text.isEmpty() || FIGURE.matcher(text).matches() || !text.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        String next = cell(lines, cells, k + 1);
        return FIGURE.matcher(next).matches()
                || UNIT_CELL.matcher(next).matches() && FIGURE.matcher(cell(lines, cells, k + 2)).matches();
    }

    private static String cell(List<String> lines, List<Integer> cells, int k) {
        return k < cells.size() ? lines.get(cells.get(k)).strip() : "";
    }
}
