package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ranking of provinces written one per line: "1 TP. Đà Nẵng", "15 Yên Bái", or with its scores after the name
 * ("1 TP. Đà Nẵng 1.0000 0.9000 ... 0.8002"), as the national DTI, PAR Index and e-government rankings publish
 * them. Each row is a statement of its own province (a row locality): its rank, and each score after the name.
 * Five such rows within a few lines make a ranking; a lone "1 Hà Nội" in prose does not.
 */
final class RankRows {

    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d{1,3})\\s+((?:TP\\.|Tp\\.|Thành phố|Tỉnh)?\\s*\\p{L}[\\p{L} .\\-–]*?)((?:\\s+\\d+(?:[.,]\\d+)?)*)\\s*$");
    private static final Pattern PREFIX = Pattern.compile("^(?:TP\\.|Tp\\.|Thành phố|Tỉnh)\\s*");
    private static final Pattern CELL = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final int MIN_ROWS = 5;
    private static final int MAX_GAP = 3;

    private RankRows() {
    }

    /** One row: line number (1-based), rank, the province's spelling, the scores after it as written. */
    record Row(int line, int rank, String rankText, String province, List<String> cells) {
    }

    /** The rows of every ranking block of the text (at least five rows, at most a few lines apart). */
    static List<Row> of(List<String> lines) {
        List<Row> out = new ArrayList<>();
        List<Row> vertical = vertical(lines);
        if (!vertical.isEmpty()) {
            return vertical;
        }
        List<Row> block = new ArrayList<>();
        int lastRow = -MAX_GAP - 1;
        for (int i = 0; i < lines.size(); i++) {
            Row row = row(i + 1, HeaderParser.strip(lines.get(i)));
            if (row == null) {
                if (!lines.get(i).isBlank() && i - lastRow > MAX_GAP) {
                    keep(block, out);
                }
                continue;
            }
            if (i - lastRow > MAX_GAP) {
                keep(block, out);
            }
            block.add(row);
            lastRow = i;
        }
        keep(block, out);
        return out;
    }

    private static final Pattern LONE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*$");
    /** The cell under a province in a one-cell-per-line ranking: "01 (0,727)", "12", "0,716". */
    private static final Pattern RANK_CELL = Pattern.compile("^\\s*(\\d{1,3})((?:\\s*\\(?\\s*\\d+(?:[.,]\\d+)?\\s*\\)?)*)\\s*$");

    /**
     * A ranking written one cell per line (a web table flattened): its number, the province, then its rank with the
     * score in brackets ("1", "Thừa Thiên - Huế", "01 (0,727)"), blank lines between. The row is the rank's line.
     */
    private static List<Row> vertical(List<String> lines) {
        List<String> cells = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = HeaderParser.strip(lines.get(i)).trim();
            if (!t.isEmpty()) {
                cells.add(t);
                at.add(i + 1);
            }
        }
        List<Row> out = new ArrayList<>();
        List<Row> block = new ArrayList<>();
        int i = 0;
        while (i + 2 < cells.size()) {
            String province = LONE_NUMBER.matcher(cells.get(i)).matches() ? province(cells.get(i + 1)) : null;
            Matcher rank = province == null ? null : RANK_CELL.matcher(cells.get(i + 2));
            if (rank == null || !rank.matches()) {
                keep(block, out);
                i++;
                continue;
            }
            List<String> scores = new ArrayList<>();
            Matcher c = CELL.matcher(rank.group(2));
            while (c.find()) {
                scores.add(c.group());
            }
            block.add(new Row(at.get(i + 2), Integer.parseInt(rank.group(1)), rank.group(1), province, scores));
            i += 3;
        }
        keep(block, out);
        return out;
    }

    /** The province a cell names, written with or without "TP." and with a dash ("Thừa Thiên - Huế"). */
    private static String province(String written) {
        String name = PREFIX.matcher(written.trim()).replaceFirst("");
        String known = AdminNames.province(name);
        return known != null ? known : AdminNames.province(DASH.matcher(name).replaceAll(" "));
    }

    private static final Pattern DASH = Pattern.compile("\\s*[-–]\\s*");

    private static void keep(List<Row> block, List<Row> out) {
        if (block.size() >= MIN_ROWS) {
            out.addAll(block);
        }
        block.clear();
    }

    private static Row row(int line, String text) {
        Matcher m = ROW.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String province = province(m.group(2));
        if (province == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(m.group(3));
        while (c.find()) {
            cells.add(c.group());
        }
        return new Row(line, Integer.parseInt(m.group(1)), m.group(1), province, cells);
    }

    /**
     * The statements of the rows: a rank out of the ranking's last place, and each score as an index, all results
     * of {@code year} (the document's) for the row's province.
     */
    static List<Statement> statements(List<Row> rows, Integer year, String title) {
        int last = rows.stream().mapToInt(Row::rank).max().orElse(0);
        List<Statement> out = new ArrayList<>();
        for (Row r : rows) {
            Statement.RowLocality locality = new Statement.RowLocality(r.province(), "tinh", r.province());
            String subject = title == null ? "xếp hạng" : title;
            out.add(new Statement(r.line(), subject + ": " + r.rankText() + " " + r.province(), r.rankText() + " "
                    + r.province(), "", null, Statement.ACTUAL, subject, r.rankText(), r.rank(), null,
                    (double) last, QuantityScanner.RANK_UNIT, "eq", year, "table", locality));
            for (String cell : r.cells()) {
                out.add(new Statement(r.line(), subject + ": " + r.province() + " " + cell, cell, "", null,
                        Statement.ACTUAL, subject, cell, VietNumber.parse(cell), null, null, "index", "eq", year,
                        "table", locality));
            }
        }
        return out;
    }
}
