package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads appendix tables of indicators written as tab-, pipe- or (a PDF's text layer) space-separated lines, the
 * header possibly wrapped over two lines: a header row naming
 * "Nội dung chỉ tiêu", "Đơn vị tính" and a year column ("Mức đạt năm 2026", "Thực hiện năm 2025"), then one
 * row per indicator. Each numeric cell under a year column becomes a statement for that year.
 */
final class AppendixTable {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private AppendixTable() {
    }

    /** Cells of a PDF text layer's row: runs of two or more spaces between them. */
    private static final Pattern SPACED_CELL = Pattern.compile("\\S+(?: \\S+)*");

    static boolean isRow(String line) {
        if (line.indexOf('\t') < 0 && line.indexOf('|') < 0) {
            // one cell, the common case, is decided without splitting; a PDF row has runs of spaces between cells
            return line.contains("   ") && spans(line).size() >= 3;
        }
        return cells(line).size() >= 3;
    }

    /** True when the row's cells are separated by runs of spaces (their positions matter, empty cells vanish). */
    static boolean spaced(String line) {
        return line.indexOf('\t') < 0 && line.indexOf('|') < 0;
    }

    /** Start and end of each cell of a space-separated row (a single space stays inside a cell). */
    static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SPACED_CELL.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * A space-separated row's cells placed under the header's cells by position: each cell goes to the header cell
     * it overlaps most (or the nearest), so an empty unit cell does not shift the figures a column left.
     */
    static List<String> aligned(List<int[]> header, String line) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            out.add("");
        }
        for (int[] cell : spans(line)) {
            int best = 0;
            int bestScore = Integer.MIN_VALUE;
            for (int i = 0; i < header.size(); i++) {
                int from = header.get(i)[0];
                int to = i + 1 < header.size() ? header.get(i + 1)[0] : Integer.MAX_VALUE;
                int overlap = Math.min(cell[1], to) - Math.max(cell[0], from);
                int score = overlap > 0 ? overlap : -Math.abs(cell[0] - from);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            String text = VnText.clean(line.substring(cell[0], cell[1]));
            out.set(best, out.get(best).isEmpty() ? text : out.get(best) + " " + text);
        }
        return out;
    }

    /**
     * A space-separated line holding one cell of words, indented under the name column of {@code header}: the row name
     * above it wrapped onto it.
     */
    static boolean nameGoesOn(List<int[]> header, int nameColumn, String line) {
        if (nameColumn < 0 || nameColumn >= header.size() || line.isEmpty() || !Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        List<int[]> cells = spans(line);
        if (cells.size() != 1 || cells.get(0)[1] - cells.get(0)[0] > 80) {
            return false;
        }
        int from = header.get(nameColumn)[0];
        int to = nameColumn + 1 < header.size() ? header.get(nameColumn + 1)[0] : Integer.MAX_VALUE;
        String text = line.substring(cells.get(0)[0], cells.get(0)[1]);
        return cells.get(0)[0] >= from - 2 && cells.get(0)[0] < to && Character.isLetter(text.charAt(0));
    }

    /** A header whose cells wrap onto the next line ("Thực hiện" over "năm 2023"): the two read as one row. */
    static List<String> wrapped(List<int[]> header, String first, String second) {
        List<String> top = aligned(header, first);
        List<String> below = aligned(header, second);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            out.add(VnText.clean(top.get(i) + " " + below.get(i)));
        }
        return out;
    }

    /** Two rows of cells read as one, cell by cell: a header whose cells wrap onto a second row of the table. */
    static List<String> stacked(List<String> top, List<String> below) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(top.size(), below.size()); i++) {
            String a = i < top.size() ? top.get(i) : "";
            String b = i < below.size() ? below.get(i) : "";
            out.add(VnText.clean(a + " " + b));
        }
        return out;
    }

    static List<String> cells(String line) {
        if (spaced(line)) {
            List<String> out = new ArrayList<>();
            for (int[] span : spans(line)) {
                out.add(VnText.clean(line.substring(span[0], span[1])));
            }
            return out;
        }
        String l = line.replaceAll("</?b>|\\*\\*", "");
        String trimmed = l.trim();
        // a row of three or more cells (its empty first ones counted) keeps its leading tabs: they hold the columns in place
        String right = l.replaceAll("^ +|[ \t]+$", "");
        l = trimmed.indexOf('\t') >= 0 && right.split("\t", 3).length == 3 ? right : trimmed;
        if (l.startsWith("|")) {
            l = l.substring(1);
        }
        if (l.endsWith("|")) {
            l = l.substring(0, l.length() - 1);
        }
        String[] parts = l.contains("\t") ? l.split("\t", -1) : l.contains("|") ? l.split("\\|", -1) : new String[] {l};
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(VnText.clean(p));
        }
        return out;
    }

    /** Column roles found in a header row, or null when the row is not an indicator-table header. */
    record Header(int name, int unit, List<int[]> yearColumns, List<String> kinds) {
    }

    static Header header(List<String> cells) {
        int name = -1;
        int unit = -1;
        List<int[]> years = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String f = VnText.fold(cells.get(i));
            if (name < 0 && namesRows(f)) {
                name = i;
            } else if (unit < 0 && namesUnit(f)) {
                unit = i;
            } else {
                Matcher y = YEAR.matcher(f);
                if (YEAR_ALONE.matcher(f).matches()) {
                    years.add(new int[] {i, Integer.parseInt(f.replaceAll("\\D", ""))});
                    kinds.add(YEAR_ONLY);
                } else if (y.find() && (f.contains("nam") || f.contains("muc dat") || f.contains("ke hoach")
                        || f.contains("thuc hien") || f.contains("chi tieu") || ABBREVIATED_COLUMN.matcher(f).find())) {
                    years.add(new int[] {i, Integer.parseInt(y.group(1))});
                    kinds.add(f.contains("thuc hien") || f.contains("ket qua") || f.contains("uoc") || DONE_ABBREVIATED.matcher(f).find()
                            ? Statement.ACTUAL : Statement.TARGET);
                }
            }
        }
        if (name >= 0 && kinds.contains(YEAR_ONLY) && !headerOfYears(cells, name, years)) {
            return null;
        }
        if (name >= 0 && !years.isEmpty()) {
            resultColumns(cells, name, unit, years, kinds);
        }
        return name >= 0 && !years.isEmpty() ? new Header(name, unit, years, kinds) : null;
    }

    /** "KH 2024", "TH năm 2024", "UTH 2025" (folded): a plan's, a result's or an estimate's column, abbreviated. */
    private static final Pattern ABBREVIATED_COLUMN = Pattern.compile("(?<![a-z])(?:kh|u?th)(?![a-z])");
    /** "TH năm 2024" (thực hiện), "UTH 2025" (ước thực hiện): results. */
    private static final Pattern DONE_ABBREVIATED = Pattern.compile("(?<![a-z])u?th(?![a-z])");

    /** A column headed by its year alone ("2024", "Năm 2024"): results or targets as the document's years say. */
    static final String YEAR_ONLY = "year_only";
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:nam\\s+)?(?:19|20)\\d{2}");
    /** A header's cell over the rows' names is short ("Chỉ tiêu", "Nội dung chỉ tiêu"): a task's row is longer. */
    private static final int HEADER_NAME_CHARS = 30;

    /**
     * Whether a row with columns headed by years alone is a header: a short cell over the names, and no figure in
     * any other cell but those years (a task's row "Rà soát các chỉ tiêu | Sở TT&TT | 2025" is none).
     */
    private static boolean headerOfYears(List<String> cells, int name, List<int[]> years) {
        if (cells.get(name).length() > HEADER_NAME_CHARS) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            boolean year = years.stream().anyMatch(y -> y[0] == column);
            if (!year && i != name && cells.get(i).matches(".*\\d.*")) {
                return false;
            }
        }
        return true;
    }

    /** A column of targets naming no year: the year is the plan's (0 here, none yet). */
    static final int PLAN_YEAR = 0;

    /** The header cell over the rows' names: "Nội dung", "Chỉ tiêu", "Tên chỉ tiêu" (folded), no year in it. */
    private static boolean namesRows(String folded) {
        return (folded.contains("noi dung") || folded.contains("chi tieu")) && !YEAR.matcher(folded).find();
    }

    /** "Đơn vị tính", "ĐVT", and "Đơn vị" beside a column of indicators (alone over units, it heads a unit column). */
    private static boolean namesUnit(String folded) {
        return folded.contains("don vi tinh") || folded.equals("dvt") || folded.equals("dvt.") || folded.equals("don vi");
    }

    /**
     * The header of a table whose header is whole on one row (a web page's cells, never a PDF line that may wrap): as
     * {@link #header}, and "STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu cụ thể", a table of the plan's targets whose
     * value column names no year, or "STT | Nội dung | ĐVT | Kết quả", a report's results of its year; only with a unit
     * column, so that a list of tasks with a "Kế hoạch" column of dates is not read as one, or with a plan's column beside
     * a column of results ("TT | Chỉ tiêu | Chỉ tiêu giao | Kết quả thực hiện | Đánh giá", units in the cells).
     */
    static Header wholeHeader(List<String> cells) {
        Header h = header(cells);
        if (h != null) {
            return h;
        }
        int name = -1;
        int unit = -1;
        int targets = -1;
        int results = -1;
        for (int i = 0; i < cells.size(); i++) {
            String f = VnText.fold(cells.get(i));
            if (name < 0 && namesRows(f)) {
                name = i;
            } else if (unit < 0 && namesUnit(f)) {
                unit = i;
            } else if (name >= 0 && targets < 0 && !YEAR.matcher(f).find() && (f.startsWith("chi tieu cu the")
                    || f.startsWith("chi tieu giao") || f.startsWith("chi tieu duoc giao")
                    || f.startsWith("muc tieu") || f.startsWith("ke hoach") || f.startsWith("muc dat"))) {
                targets = i;
            } else if (name >= 0 && results < 0 && !YEAR.matcher(f).find() && (f.startsWith("ket qua") || f.startsWith("thuc hien"))) {
                results = i; // "Kết quả", "Thực hiện": the year the document reports on
            }
        }
        // without a unit column, a plan's column beside a results column ("Chỉ tiêu giao | Kết quả thực hiện"): the units
        // stand in the cells ("60%", "12 tổ"), and a list of tasks has no column of results
        if (name < 0 || targets < 0 && results < 0 || unit < 0 && (targets < 0 || results < 0)) {
            return null;
        }
        List<int[]> columns = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        if (targets >= 0) {
            columns.add(new int[] {targets, PLAN_YEAR});
            kinds.add(Statement.TARGET);
        }
        if (results >= 0) {
            columns.add(new int[] {results, PLAN_YEAR});
            kinds.add(Statement.ACTUAL);
        }
        return new Header(name, unit, columns, kinds);
    }

    /**
     * "STT | Chỉ tiêu | Kế hoạch năm 2022 | Kết quả thực hiện | Đánh giá": a column of results without a year of its own
     * reports on the year of the plan column beside it.
     */
    private static void resultColumns(List<String> cells, int name, int unit, List<int[]> years, List<String> kinds) {
        int planYear = years.get(0)[1];
        int given = years.size();
        for (int i = 0; i < cells.size(); i++) {
            String f = VnText.fold(cells.get(i));
            boolean taken = i == name || i == unit;
            for (int k = 0; k < given && !taken; k++) {
                taken = years.get(k)[0] == i;
            }
            // "TH 9 tháng", "UTH" (ước thực hiện): results abbreviated, of the months the title names
            if (!taken && !YEAR.matcher(f).find() && !f.contains("danh gia") && !f.contains("ghi chu")
                    && (f.startsWith("ket qua") || f.startsWith("thuc hien") || DONE_ABBREVIATED.matcher(f).lookingAt())) {
                years.add(new int[] {i, planYear});
                kinds.add(Statement.ACTUAL);
            }
        }
    }
}
