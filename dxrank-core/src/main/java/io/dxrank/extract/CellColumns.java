package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's table flattened to one cell per line ("Mục tiêu/Chỉ tiêu", "Đề ra năm 2023", "Kết quả thực hiện",
 * "Đánh giá", then per row a label, "30%", "75,3%", "Đạt"): the header says which column is a target and which a
 * result, and the figures after each label take their column's kind and year by their order. Rows spanning several
 * lines, empty cells and assessment words ("Đạt") do not move a figure out of its column.
 */
final class CellColumns {

    /** What a header cell says of the figures below it. */
    record Column(String kind, Integer year) {
    }

    private static final Pattern FIGURE_CELL = Pattern.compile("^[<>≥≤]?\\s*\\d[\\d.,]*\\s*%?$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern TARGET_HEAD = Pattern.compile("(?iu)đề ra|kế hoạch|chỉ tiêu|mục tiêu|giao|\\bkh\\b");
    private static final Pattern RESULT_HEAD = Pattern.compile("(?iu)kết quả|thực hiện|đạt được|ước\\b|\\bth\\b");
    private static final Pattern WORD_CELL = Pattern.compile(
            "(?iu)^(?:đạt|không đạt|chưa đạt|vượt|hoàn thành|chưa hoàn thành|đang triển khai|x)$");
    private static final Pattern TEXT_COLUMN = Pattern.compile("(?iu)^(?:đánh giá|ghi chú|tiến độ|nguyên nhân)");
    /** Where a table's text ends: a paragraph, or a numbered heading of the document ("II. NHIỆM VỤ"). */
    private static final Pattern HEADING = Pattern.compile("^(?:[IVX]+\\.|\\d+\\.)\\s+\\p{Lu}");
    /** The header cell over the rows' names: "Mục tiêu/Chỉ tiêu", "Nội dung", "STT", "Tên chỉ tiêu". */
    private static final Pattern NAMES_HEAD = Pattern.compile(
            "(?iu)^(?:chỉ tiêu|mục tiêu|nội dung|tiêu chí|stt|tt|tên|lĩnh vực|nhiệm vụ|danh mục)");
    private static final int CELL_CHARS = 32;
    private static final int PARAGRAPH_CHARS = 200;
    private static final int MAX_HEADER_CELLS = 8;

    private CellColumns() {
    }

    /** For each figure line (0-based) of such a table, the column it stands in. */
    static Map<Integer, Column> of(List<String> lines) {
        Map<Integer, Column> out = new HashMap<>();
        if (!hasFigureCells(lines)) {
            return out; // most documents: no line is a lone figure, so no such table (decided without a regex)
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cells.add(i);
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            if (lines.get(cells.get(c)).length() > CELL_CHARS + 8) {
                continue; // a paragraph names no column
            }
            List<Column> columns = header(lines, cells, c);
            if (columns == null) {
                continue;
            }
            c = readRows(lines, cells, c + columns.size() + 1, columns, out) - 1;
        }
        return out;
    }

    /** True when at least two lines are a lone figure ("30%", "75,3"): the cells of such a table. */
    private static boolean hasFigureCells(List<String> lines) {
        int figures = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && t.length() <= 12 && Character.isDigit(t.charAt(0))
                    && FIGURE_CELL.matcher(t).matches() && ++figures >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The value columns of a header starting at cell {@code c} (its first cell names the rows), or null. */
    private static List<Column> header(List<String> lines, List<Integer> cells, int c) {
        if (!NAMES_HEAD.matcher(cell(lines, cells.get(c))).find()) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        boolean target = false;
        boolean result = false;
        for (int k = c + 1; k < cells.size() && k <= c + MAX_HEADER_CELLS; k++) {
            String cell = cell(lines, cells.get(k));
            if (cell.isEmpty() || cell.length() > CELL_CHARS || FIGURE_CELL.matcher(cell).matches()
                    || !YEAR.matcher(cell.replaceAll("\\D+", " ")).find() && cell.matches(".*\\d.*")) {
                break;
            }
            if (TEXT_COLUMN.matcher(cell).find()) {
                columns.add(null);
                continue;
            }
            boolean isResult = RESULT_HEAD.matcher(cell).find();
            boolean isTarget = !isResult && TARGET_HEAD.matcher(cell).find();
            if (!isResult && !isTarget) {
                break;
            }
            target |= isTarget;
            result |= isResult;
            Matcher y = YEAR.matcher(cell);
            columns.add(new Column(isTarget ? Statement.TARGET : Statement.ACTUAL,
                    y.find() ? Integer.valueOf(y.group()) : null));
        }
        String first = cell(lines, cells.get(c));
        boolean namesRows = first.length() <= CELL_CHARS && NAMES_HEAD.matcher(first).find();
        while (!columns.isEmpty() && columns.get(columns.size() - 1) == null) {
            columns.remove(columns.size() - 1);
        }
        return namesRows && target && result ? columns : null;
    }

    /** Reads rows from cell {@code c} until the table ends; returns the cell index where it ended. */
    private static int readRows(List<String> lines, List<Integer> cells, int c, List<Column> header,
                                Map<Integer, Column> out) {
        List<Column> figureColumns = header.stream().filter(col -> col != null).toList();
        int figure = 0;
        for (; c < cells.size(); c++) {
            int line = cells.get(c);
            String cell = cell(lines, line);
            if (cell.length() > PARAGRAPH_CHARS || HEADING.matcher(cell).find()) {
                break;
            }
            if (cell.isEmpty() || WORD_CELL.matcher(cell.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            if (FIGURE_CELL.matcher(cell).matches()) {
                if (figure < figureColumns.size()) {
                    out.put(line, figureColumns.get(figure));
                }
                figure++;
            } else {
                figure = 0; // a label (or its next line): the next figure stands in the first value column
            }
        }
        return c;
    }

    /** The cell's text; a cell holding only spaces (a no-break space) is an empty cell. */
    private static String cell(List<String> lines, int line) {
        return VnText.clean(lines.get(line).replace('\u00a0', ' ')).trim();
    }
}
