package io.dxrank.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays out a table with merged cells (an html page's colspan/rowspan, a docx's gridSpan/vMerge) as tab-separated
 * lines, one cell per column of the grid, so that a figure stays under its column's header. Above the first row
 * holding a figure (the header) a cell spanning columns names each of them ("Kế hoạch" over "năm 2025" and "năm
 * 2026") and a cell spanning rows is left empty below, so that a header wrapped over two rows reads as one; in the
 * body a cell spanning rows (a unit, a group's name) is repeated in each, and one spanning columns fills the first.
 */
final class TableGrid {

    /**
     * A cell as the document writes it: its text ({@code null}: the cell continues the one above it, as a docx's
     * vMerge writes it), the columns and the rows it spans.
     */
    record Cell(String text, int colSpan, int rowSpan) {
    }

    /** A figure alone in its cell ("85", "3.250", "72,5%"), not a year heading a column. */
    private static final Pattern FIGURE = Pattern.compile("[<>≥≤]?\\s*\\d[\\d.,]*\\s*%?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private TableGrid() {
    }

    static List<String> lines(List<List<Cell>> rows) {
        List<String> out = new ArrayList<>();
        Map<Integer, Pending> pending = new HashMap<>(); // columns a cell above still covers
        List<String> above = List.of();
        boolean header = true;
        for (List<Cell> row : rows) {
            header = header && !hasFigure(row);
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Cell cell : row) {
                column = coveredFrom(column, pending, header, cells);
                String text = cell.text() != null ? cell.text()
                        : header || column >= above.size() ? "" : above.get(column);
                int span = Math.max(1, cell.colSpan());
                for (int k = 0; k < span; k++) {
                    cells.add(k == 0 || header ? text : "");
                    if (cell.rowSpan() > 1) {
                        pending.put(column + k, new Pending(k == 0 ? text : "", cell.rowSpan() - 1));
                    }
                }
                column += span;
            }
            coveredFrom(column, pending, header, cells);
            while (pending.keySet().stream().anyMatch(c -> c >= cells.size())) {
                // a short row: the columns a cell above still covers lie beyond its last cell
                int next = cells.size();
                if (coveredFrom(next, pending, header, cells) == next) {
                    cells.add("");
                }
            }
            out.add(String.join("\t", cells));
            above = cells;
        }
        return out;
    }

    /** Fills the columns from {@code column} on that a cell above still covers; the next free column. */
    private static int coveredFrom(int column, Map<Integer, Pending> pending, boolean header, List<String> cells) {
        int c = column;
        while (pending.containsKey(c)) {
            Pending p = pending.get(c);
            cells.add(header ? "" : p.text());
            if (p.rows() <= 1) {
                pending.remove(c);
            } else {
                pending.put(c, new Pending(p.text(), p.rows() - 1));
            }
            c++;
        }
        return c;
    }

    private static boolean hasFigure(List<Cell> row) {
        for (Cell cell : row) {
            String t = cell.text() == null ? "" : cell.text().strip();
            if (FIGURE.matcher(t).matches() && !YEAR.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private record Pending(String text, int rows) {
    }
}
