package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page's table copied as text with every cell on lines of its own and a line holding only "|" between cells
 * ("STT", "|", "Tên chỉ tiêu", "|", ..., "1", "|", "Tỷ lệ cán bộ ...", "|", "%", "|", "100"). The cells are put back
 * into rows: the header is the cells before the first row number, and a row starts at a row number ("1", "II")
 * followed by a cell of text. Each cell keeps the line it stands on, so a figure is found where the document has it.
 */
final class BarCells {

    /** One row of such a table: its cells and, for each, the 0-based line of its first text (or of its bar). */
    record Row(List<String> cells, List<Integer> lines) {
    }

    /** The rows of the document's bar tables, keyed by the line where each row starts, and every line they cover. */
    record Rows(Map<Integer, Row> byFirstLine, Set<Integer> covered) {
        static final Rows NONE = new Rows(Map.of(), Set.of());

        /** These rows and those of {@code other}, unless {@code other} covers a line of these or of {@code taken}. */
        Rows with(Rows other, Set<Integer> taken) {
            if (other.covered().isEmpty() || other.covered().stream().anyMatch(l -> covered.contains(l) || taken.contains(l))) {
                return this;
            }
            Map<Integer, Row> rows = new HashMap<>(byFirstLine);
            rows.putAll(other.byFirstLine());
            Set<Integer> lines = new HashSet<>(covered);
            lines.addAll(other.covered());
            return new Rows(rows, lines);
        }
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d{1,3}|[IVX]{1,5})\\.?$");
    /** Fewer bars than this are a stray "|" in prose, not a table. */
    private static final int MIN_BARS = 6;

    private BarCells() {
    }

    static Rows of(List<String> lines) {
        int bars = 0;
        for (String l : lines) {
            bars += isBar(l) ? 1 : 0;
            if (bars >= MIN_BARS) {
                break;
            }
        }
        if (bars < MIN_BARS) {
            return Rows.NONE; // most documents: decided by a glance at each line
        }
        Map<Integer, Row> rows = new HashMap<>();
        Set<Integer> covered = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isBar(lines.get(i))) {
                i++;
                continue;
            }
            // a table starts at its first cell, the line right above its first bar ("STT"): the prose before it is
            // no cell (read as cells, its figures were lost and a year in it made a year column)
            int start = i > 0 && !lines.get(i - 1).isBlank() ? i - 1 : i;
            int end = blockEnd(lines, start);
            if (end > start) {
                read(lines, start, end, rows, covered);
                i = end;
            } else {
                i++;
            }
        }
        return new Rows(rows, covered);
    }

    private static boolean isBar(String line) {
        return line.strip().equals("|");
    }

    /** The end (exclusive) of a run of cells and bars starting at {@code from}, or {@code from} when none starts. */
    private static int blockEnd(List<String> lines, int from) {
        int bars = 0;
        int lastBar = -1;
        int textLines = 0; // lines of text since the last bar
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isBar(l)) {
                bars++;
                lastBar = i;
                textLines = 0;
            } else if (!l.isBlank() && ++textLines > 12) {
                break; // prose after the table: no bar for many lines
            }
        }
        if (bars < MIN_BARS) {
            return from;
        }
        // the cell after the last bar belongs to the table: up to its first line that reads as a paragraph
        int end = lastBar + 1;
        while (end < lines.size() && !isBar(lines.get(end)) && !lines.get(end).isBlank() && end - lastBar <= 4
                && !lines.get(end).strip().endsWith(".")) {
            end++;
        }
        return end;
    }

    private static void read(List<String> lines, int from, int end, Map<Integer, Row> rows, Set<Integer> covered) {
        List<String> cells = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int cellLine = -1;
        for (int i = from; i < end; i++) {
            String l = lines.get(i);
            if (isBar(l)) {
                cells.add(VnText.clean(cell.toString()));
                at.add(cellLine >= 0 ? cellLine : i);
                cell.setLength(0);
                cellLine = -1;
            } else if (!l.isBlank()) {
                cell.append(cell.length() > 0 ? " " : "").append(l.strip());
                cellLine = cellLine < 0 ? i : cellLine;
            }
        }
        cells.add(VnText.clean(cell.toString()));
        at.add(cellLine >= 0 ? cellLine : end - 1);
        int first = -1;
        for (int c = 0; c + 1 < cells.size() && first < 0; c++) {
            first = startsRow(cells, c) ? c : -1;
        }
        if (first < 2) {
            return; // no header before the first row: not an indicator table
        }
        for (int i = from; i < end; i++) {
            covered.add(i);
        }
        rows.put(at.get(0), new Row(cells.subList(0, first), at.subList(0, first)));
        int start = first;
        for (int c = first + 1; c <= cells.size(); c++) {
            if (c == cells.size() || startsRow(cells, c)) {
                rows.put(at.get(start), new Row(cells.subList(start, c), at.subList(start, c)));
                start = c;
            }
        }
    }

    /** A row number followed by a cell of words: "1" then "Tỷ lệ ...", "II" then "Hạ tầng số"; not "100" then "II". */
    private static boolean startsRow(List<String> cells, int c) {
        return c + 1 < cells.size() && ROW_NUMBER.matcher(cells.get(c)).matches()
                && !ROW_NUMBER.matcher(cells.get(c + 1)).matches() && cells.get(c + 1).chars().anyMatch(Character::isLetter);
    }
}
