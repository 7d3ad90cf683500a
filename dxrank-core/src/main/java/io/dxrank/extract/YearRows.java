package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a statistics table laid out as text, one year per row ("2019 79,46 83,19 54,12", "Sơ bộ 2020 83,71 ..."):
 * every figure is a result of its row's year, measured in the unit the table's caption gives ("(ĐVT: %)"), about
 * the subject of the table's title line.
 */
final class YearRows {

    /** "Sơ bộ", "Prel.", "Sơ bộ - Prel.", "Ước tính": a preliminary year is a year of the table all the same. */
    private static final String PRELIMINARY = "(?:(?:sơ bộ|ước(?:\\s+tính)?|prel)\\s*[-–.]?\\s*)*";
    private static final Pattern ROW = Pattern.compile(
            "(?iu)^[\\s.]*" + PRELIMINARY + "((?:19|20)\\d{2})((?:\\s+\\d[\\d.,]*%?)+)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*%?");
    private static final Pattern PERCENT_CAPTION = Pattern.compile("(?iu)(đvt|đơn vị( tính)?)\\s*:?\\s*%|\\(%\\)|tỷ lệ");

    private YearRows() {
    }

    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?iu)^[\\s.\\-–]*" + PRELIMINARY + "((?:19|20)\\d{2})\\s*$");
    private static final Pattern NUMBERS_ONLY = Pattern.compile("^\\s*\\d[\\d.,]*%?(?:\\s+\\d[\\d.,]*%?)*\\s*$");
    /** Blocks of one table lie this close together; a caption or "Sơ bộ - Prel" may stand between them. */
    private static final int BLOCK_GAP = 4;

    /**
     * A statistics table whose PDF text layer gives one cell per line: a year alone on its line, then its row's
     * figures on the lines below (one or several per line), and again for the next year. Only a repeated shape
     * counts (two blocks with the same number of figures, close together), so a lone year line in prose is no table.
     *
     * @return the lines (0-based) of such blocks: the year headings and, for every line holding figures, its year
     */
    static CellBlocks cellBlocks(List<String> lines) {
        List<int[]> blocks = new ArrayList<>(); // {year line, first figure line, last figure line, figures, year}
        for (int i = 0; i < lines.size(); i++) {
            if (!mayHoldYear(lines.get(i)) || lines.get(i).length() > 40) {
                continue;
            }
            Matcher y = BARE_YEAR.matcher(lines.get(i));
            if (!y.matches()) {
                continue;
            }
            int figures = 0;
            int last = -1;
            int first = -1;
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isBlank()) {
                    continue;
                }
                if (!NUMBERS_ONLY.matcher(l).matches() || BARE_YEAR.matcher(l).matches()) {
                    break;
                }
                Matcher n = NUMBER.matcher(l);
                while (n.find()) {
                    figures++;
                }
                first = first < 0 ? j : first;
                last = j;
            }
            if (figures > 0) {
                blocks.add(new int[] {i, first, last, figures, Integer.parseInt(y.group(1))});
                i = last;
            }
        }
        Map<Integer, Integer> yearOfLine = new HashMap<>();
        Set<Integer> headings = new HashSet<>();
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            boolean repeated = b > 0 && alike(blocks.get(b - 1), block, lines)
                    || b + 1 < blocks.size() && alike(block, blocks.get(b + 1), lines);
            if (repeated) {
                headings.add(block[0]);
                for (int l = block[1]; l <= block[2]; l++) {
                    yearOfLine.put(l, block[4]);
                }
            }
        }
        return new CellBlocks(yearOfLine, headings);
    }

    /** Where the cell blocks of a document are: figure lines with their year, and the year lines heading them. */
    record CellBlocks(Map<Integer, Integer> yearOfLine, Set<Integer> headings) {
    }

    /** Two consecutive blocks of one table: as many figures, and only a few non-blank lines between them. */
    private static boolean alike(int[] before, int[] after, List<String> lines) {
        if (before[3] != after[3]) {
            return false;
        }
        int between = 0;
        for (int l = before[2] + 1; l < after[0]; l++) {
            between += lines.get(l).isBlank() ? 0 : 1;
        }
        return between <= BLOCK_GAP;
    }

    /** The figures of one line of a cell block: results of {@code year}, as {@link #statements} reads a row. */
    static List<Statement> cellStatements(String line, int year, int lineNo, String title, String caption,
                                          String sectionPath, String pillar) {
        return statements(year + " " + line.trim(), line, lineNo, title, caption, sectionPath, pillar);
    }

    /** The latest year heading a row or a cell block of a statistics table (the year the table runs to), or null. */
    static Integer latestYear(List<String> lines) {
        Integer latest = null;
        for (String line : lines) {
            List<Integer> header = yearHeader(line);
            if (header != null) {
                int last = header.get(header.size() - 1);
                latest = latest == null || last > latest ? last : latest;
                continue;
            }
            Matcher m = ROW.matcher(line);
            Matcher b = m.matches() ? m : BARE_YEAR.matcher(line);
            if (b == m || b.matches()) {
                int year = Integer.parseInt(b.group(1));
                latest = latest == null || year > latest ? year : latest;
            }
        }
        return latest;
    }

    /** A year in a header of year columns, with the words a preliminary or estimated year carries. */
    private static final Pattern HEADER_YEAR = Pattern.compile(
            "(?iu)" + PRELIMINARY + "(?:\\d{1,2}/){0,2}((?:19|20)\\d{2})(?![\\d\\p{L}])"); // "2019", "12/2019", "31/12/2019"
    private static final Pattern MISSING_CELL = Pattern.compile("-|–|\\.\\.|…|x");

    /**
     * The years of a header line that is nothing but years ("2016 2017 2018 2019 Sơ bộ 2020", "12/2006 12/2007",
     * tab- or space-separated): the columns of a statistics table laid out with years across. Null when the line is not one.
     */
    static List<Integer> yearHeader(String line) {
        String t = line.strip();
        if (t.length() < 9 || !mayHoldYear(t) || !Character.isLetterOrDigit(t.charAt(0))) {
            return null;
        }
        List<Integer> years = new ArrayList<>();
        Matcher m = HEADER_YEAR.matcher(t);
        int at = 0;
        while (true) {
            while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
                at++;
            }
            if (at == t.length()) {
                break;
            }
            // each cell must be a year where it starts: prose fails at its first word, without a scan of the line
            if (!m.region(at, t.length()).lookingAt()) {
                return null;
            }
            years.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        boolean increasing = true;
        for (int i = 1; i < years.size(); i++) {
            increasing &= years.get(i) > years.get(i - 1);
        }
        return years.size() >= 2 && increasing ? years : null;
    }

    /**
     * A row under a header of year columns: a label, then one cell per year (a figure, or "-" / ".." for none);
     * every figure a result of its column's year. Empty when the line is no such row.
     */
    static List<Statement> columnRow(String line, List<Integer> years, int lineNo, String title, String caption,
                                     String sectionPath, String pillar) {
        String[] tokens = line.strip().split("\\s+");
        int cells = years.size();
        if (tokens.length <= cells) {
            return List.of();
        }
        List<Statement> out = new ArrayList<>();
        String label = VnText.clean(String.join(" ", Arrays.copyOfRange(tokens, 0, tokens.length - cells)));
        if (label.isEmpty() || !Character.isLetter(label.charAt(label.length() - 1)) && !label.endsWith(")")) {
            return List.of();
        }
        boolean percent = PERCENT_CAPTION.matcher(title + " " + caption).find();
        String subject = VnText.clean(title + " " + label);
        boolean commaThousands = commaThousands(Arrays.copyOfRange(tokens, tokens.length - cells, tokens.length));
        Statement.RowLocality unit = RowUnits.ofHeading(label); // "Huyện Đà Bắc - Da Bac district": that district's row
        for (int k = 0; k < cells; k++) {
            String text = tokens[tokens.length - cells + k];
            if (MISSING_CELL.matcher(text).matches()) {
                continue;
            }
            if (!NUMBER.matcher(text).matches()) {
                return List.of();
            }
            double value;
            try {
                value = commaThousands ? Double.parseDouble(text.replace(",", "")) : VietNumber.parse(text.replace("%", ""));
            } catch (NumberFormatException e) {
                return List.of();
            }
            int year = years.get(k);
            boolean isPercent = percent || text.endsWith("%");
            out.add(new Statement(lineNo, VnText.clean(line), subject + ": " + year + " " + text, sectionPath, pillar,
                    Statement.ACTUAL, subject, text, value, null, null, isPercent ? Statement.PERCENT : "", "eq",
                    year, "table", unit));
        }
        return out;
    }

    private static final Pattern COMMA_GROUP = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

    /**
     * A row of counts written the English way ("16,500 21,021 24,804", a bilingual yearbook): every cell a whole
     * number or one with a single comma and three digits after it, at least one of them so; a Vietnamese decimal comma
     * ("0,652", "21,05") would break the pattern.
     */
    static boolean commaThousands(String[] cells) {
        boolean grouped = false;
        for (String c : cells) {
            if (COMMA_GROUP.matcher(c).matches()) {
                grouped = true;
            } else if (!WHOLE.matcher(c).matches() && !MISSING_CELL.matcher(c).matches()) {
                return false;
            }
        }
        return grouped;
    }

    /**
     * A line naming a group of the rows below it ("Phân theo thành thị, nông thôn"): short, without a figure, not a
     * sentence and not a heading in capitals.
     */
    static boolean groupRow(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > GROUP_ROW_CHARS || t.endsWith(".") || PlanExtractor.letterhead(t)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return Character.isLetter(t.charAt(0));
    }

    private static final int GROUP_ROW_CHARS = 80;

    /** True when the line is a year row. */
    static boolean isRow(String line) {
        return mayHoldYear(line) && ROW.matcher(line).matches();
    }

    /** A cheap first look: a line without "19" or "20" holds no year (most lines of prose). */
    private static boolean mayHoldYear(String line) {
        return line.contains("20") || line.contains("19");
    }

    /**
     * The figures of a year row; {@code title} is the table's title line and {@code caption} the lines between the
     * title and the rows (unit and column headings).
     */
    static List<Statement> statements(String line, int lineNo, String title, String caption, String sectionPath,
                                      String pillar) {
        return statements(line, line, lineNo, title, caption, sectionPath, pillar);
    }

    /** @param row the year row to read; {@code line} the text the row stands on (the statement's sentence) */
    private static List<Statement> statements(String row, String line, int lineNo, String title, String caption,
                                              String sectionPath, String pillar) {
        Matcher m = ROW.matcher(row);
        List<Statement> out = new ArrayList<>();
        if (!m.matches()) {
            return out;
        }
        int year = Integer.parseInt(m.group(1));
        boolean percent = PERCENT_CAPTION.matcher(title + " " + caption).find();
        String subject = VnText.clean(title);
        Matcher n = NUMBER.matcher(m.group(2));
        while (n.find()) {
            String text = n.group();
            String digits = text.replace("%", "");
            double value;
            try {
                value = VietNumber.parse(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            boolean isPercent = percent || text.endsWith("%");
            out.add(new Statement(lineNo, VnText.clean(line), subject + ": " + year + " " + text, sectionPath, pillar,
                    Statement.ACTUAL, subject, text, value, null, null, isPercent ? Statement.PERCENT : "",
                    "eq", year, "table"));
        }
        return out;
    }
}
