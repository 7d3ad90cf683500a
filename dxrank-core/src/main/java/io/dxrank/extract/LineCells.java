package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A web page's table copied as text with every cell on a line of its own and nothing between the cells but blank
 * lines ("STT", "Đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Xếp hạng", then "1", "Xã Đồng Cương", "92,5", "1", "2", ...).
 * The rows are numbered 1, 2, 3, ...: the distance between "1" and "2" gives the number of columns, the cells before
 * "1" are the header, and the table runs while the rows keep their numbers; a group's row ("II", "Xã hội số") may
 * stand between them. Each cell keeps its line, so a figure is
 * found where the document has it. A table is taken only when its header is one a table reader reads: otherwise the
 * lines stay prose.
 */
final class LineCells {

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    /** A group's number ("I", "II."): the group's name follows in one cell, then its numbered rows. */
    private static final Pattern GROUP_NUMBER = Pattern.compile("^[IVX]{1,5}\\.?$");
    private static final Pattern FIGURE = Pattern.compile("^[<>≥≤]?\\s*\\d[\\d.,]*\\s*%?$");
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 12;
    /** A cell is a phrase; a longer line is prose, which ends the table. */
    private static final int CELL_CHARS = 90;

    private LineCells() {
    }

    /**
     * The rows of the document's tables of one cell per line, keyed by the line where each row starts (the header's
     * too), and every line they cover.
     *
     * @param readable whether a table reader reads a header of these cells
     */
    static BarCells.Rows of(List<String> lines, Predicate<List<String>> readable) {
        boolean numbered = hasRowOne(lines);
        if (!numbered && !hasFigureLines(lines)) {
            return BarCells.Rows.NONE; // most documents: no line is a lone "1" or a lone figure, so no such table
        }
        List<Integer> at = new ArrayList<>(); // the non-blank lines: one cell each
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = cell(lines.get(i));
            if (!t.isEmpty()) {
                at.add(i);
                cells.add(VnText.clean(t));
            }
        }
        Map<Integer, BarCells.Row> rows = new HashMap<>();
        Set<Integer> covered = new HashSet<>();
        for (int c = 0; numbered && c < cells.size(); c++) {
            if (number(cells.get(c)) != 1 || !isLabel(cells, c + 1)) {
                continue;
            }
            int n = columns(cells, c);
            int group = c >= 2 && isGroup(cells, c - 2) ? 2 : 0; // "I", "Chính quyền số" between the header and row 1
            int head = c - group - n;
            if (n < 0 || head < 0 || !isHeader(cells.subList(head, c - group))
                    || !readable.test(cells.subList(head, c - group))) {
                continue;
            }
            rows.put(at.get(head), new BarCells.Row(cells.subList(head, c - group), at.subList(head, c - group)));
            int end = c - group; // the cell after the last row read
            for (int k = 1; end < cells.size(); ) {
                if (isGroup(cells, end) && end + 2 < cells.size() && number(cells.get(end + 2)) == k) {
                    rows.put(at.get(end), new BarCells.Row(cells.subList(end, end + 2), at.subList(end, end + 2)));
                    end += 2;
                } else if (end + n <= cells.size() && number(cells.get(end)) == k && isLabel(cells, end + 1)
                        && shortCells(cells, end, end + n)) {
                    rows.put(at.get(end), new BarCells.Row(cells.subList(end, end + n), at.subList(end, end + n)));
                    end += n;
                    k++;
                } else {
                    break;
                }
            }
            for (int i = at.get(head); i <= at.get(end - 1); i++) {
                covered.add(i);
            }
            c = end - 1;
        }
        labelledRows(cells, at, readable, rows, covered);
        return rows.isEmpty() ? BarCells.Rows.NONE : new BarCells.Rows(rows, covered);
    }

    /**
     * Tables whose rows are not numbered: each row a name ("Xã An Bình") and as many figures as the header has columns
     * after its first; two such rows in a row at least, the header the cells before the first.
     */
    private static void labelledRows(List<String> cells, List<Integer> at, Predicate<List<String>> readable,
                                     Map<Integer, BarCells.Row> rows, Set<Integer> covered) {
        for (int c = 1; c < cells.size(); c++) {
            int run = figureRun(cells, c);
            if (run == 0 || covered.contains(at.get(c)) || !isLabel(cells, c - 1)) {
                continue;
            }
            int n = run + 1;
            int label = c - 1;
            int head = label - n;
            if (head < 0 || !isLabel(cells, label + n) || figureRun(cells, label + n + 1) != run
                    || !isHeader(cells.subList(head, label)) || !readable.test(cells.subList(head, label))) {
                c += run;
                continue;
            }
            rows.put(at.get(head), new BarCells.Row(cells.subList(head, label), at.subList(head, label)));
            int end = label;
            while (end + n <= cells.size() && isLabel(cells, end) && figureRun(cells, end + 1) == run
                    && cells.get(end).length() <= CELL_CHARS) {
                rows.put(at.get(end), new BarCells.Row(cells.subList(end, end + n), at.subList(end, end + n)));
                end += n;
            }
            for (int i = at.get(head); i <= at.get(end - 1); i++) {
                covered.add(i);
            }
            c = end;
        }
    }

    /**
     * A line's cell: a page copied with a bar after each cell ("Sở Y tế |") and a lone bar opening each row has the
     * bar dropped (the lone bar is no cell).
     */
    private static String cell(String line) {
        String t = line.strip();
        return t.endsWith("|") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** How many cells from {@code c} on are figures (or "-", an empty cell's mark). */
    private static int figureRun(List<String> cells, int c) {
        int n = 0;
        while (c + n < cells.size() && n <= MAX_COLUMNS && isFigure(cells.get(c + n))) {
            n++;
        }
        return n;
    }

    private static boolean isFigure(String cell) {
        return cell.equals("-") || FIGURE.matcher(cell).matches() && !cell.matches("(?:19|20)\\d{2}");
    }

    /** True when at least four lines are a lone figure: the cells of such a table. */
    private static boolean hasFigureLines(List<String> lines) {
        int figures = 0;
        for (String l : lines) {
            String t = cell(l);
            if (!t.isEmpty() && t.length() <= 12 && Character.isDigit(t.charAt(0)) && ++figures >= 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRowOne(List<String> lines) {
        for (String l : lines) {
            String t = cell(l);
            if (t.length() <= 2 && !t.isEmpty() && t.charAt(0) == '1' && (t.length() == 1 || t.charAt(1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** The number of columns: the distance from row 1 to row 2, or -1 when no row 2 follows at a table's width. */
    private static int columns(List<String> cells, int first) {
        for (int n = MIN_COLUMNS; n <= MAX_COLUMNS && first + n < cells.size(); n++) {
            int next = isGroup(cells, first + n) ? first + n + 2 : first + n; // a group may open before row 2
            if (next + 1 < cells.size() && number(cells.get(next)) == 2 && isLabel(cells, next + 1)) {
                return shortCells(cells, first, first + n) ? n : -1;
            }
        }
        return -1;
    }

    /** Header cells are phrases, not figures (a year heading a column is one) and not a sentence. */
    private static boolean isHeader(List<String> header) {
        for (String h : header) {
            if (h.length() > CELL_CHARS || h.endsWith(".") || FIGURE.matcher(h).matches() && !h.matches("(?:19|20)\\d{2}")) {
                return false;
            }
        }
        return true;
    }

    private static boolean shortCells(List<String> cells, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cells.get(i).length() > CELL_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** A group's row: its roman number and its name ("II", "Xã hội số"). */
    private static boolean isGroup(List<String> cells, int c) {
        return c + 1 < cells.size() && GROUP_NUMBER.matcher(cells.get(c)).matches() && isLabel(cells, c + 1)
                && !GROUP_NUMBER.matcher(cells.get(c + 1)).matches();
    }

    /** A row's name: a cell of words after its number. */
    private static boolean isLabel(List<String> cells, int c) {
        return c < cells.size() && number(cells.get(c)) < 0 && cells.get(c).chars().anyMatch(Character::isLetter);
    }

    private static int number(String cell) {
        var m = ROW_NUMBER.matcher(cell);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
