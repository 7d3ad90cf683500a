package io.dxrank.tables;

import java.util.List;

/**
 * One sheet of an indicator table as the analyst sees it: cell texts by row and column (0-based), merged cells
 * repeated over their region, blanks as "".
 *
 * @param sheet the sheet's name (the file name for a CSV)
 * @param rows   cell texts; rows may differ in length
 * @param hidden the workbook hides the sheet (hidden or very hidden)
 */
public record Grid(String sheet, List<List<String>> rows, boolean hidden) {

    public Grid(String sheet, List<List<String>> rows) {
        this(sheet, rows, false);
    }

    public String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() || r.get(column) == null ? "" : r.get(column);
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Excel's name of a cell: column letters and 1-based row ("C5"). */
    public static String reference(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + Integer.toString(row + 1);
    }
}
