package io.dxrank.extract;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table with the units across its rows and the indicators across its columns, as a province's report lists its
 * districts' results: "STT | Đơn vị | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ thanh toán trực tuyến (%)". Each figure is
 * the row's unit's, filed under it ({@link RowUnits}); a row of the whole territory ("Toàn huyện") is the document's
 * own; a row that names no unit (a department, "Tổng cộng") is not read, as its figures are no locality's.
 */
final class UnitColumnsTable {

    /** The header cell over the rows' units: "Đơn vị", "Tên đơn vị", "Địa phương", "Xã, phường", "Huyện". */
    private static final Pattern UNIT_HEADER = Pattern.compile("(?:ten\\s+)?(?:don vi(?: hanh chinh)?|dia phuong"
            + "|(?:xa|phuong|huyen|thi xa|thanh pho|quan|thi tran)(?:\\s*[,/]\\s*(?:xa|phuong|thi tran|thi xa|thanh pho))*)");
    /** Cells that are no indicator: the row's number, remarks, a grade in words. */
    private static final Set<String> NOT_INDICATORS = Set.of("stt", "tt", "so tt", "ghi chu", "xep loai", "don vi tinh",
            "dvt");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");
    /** "(triệu đồng)", "tỷ đồng", "VNĐ": not "cộng đồng". */
    private static final Pattern MONEY = Pattern.compile("(?iu)(?:triệu|tỷ|tỉ|nghìn|ngàn)\\s+đồng|\\(\\s*đồng\\s*\\)|\\bvn[dđ]\\b");
    /** "Toàn huyện", "Toàn xã": the row of the document's own territory (its figures are the document's own). */
    private static final Pattern OWN_TERRITORY = Pattern.compile(
            "(?:\\d{1,3}[.)]?\\s+)?toan (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)");
    private static final Pattern FIGURE_CELL = Pattern.compile("[<>≥≤]?\\s*\\d+(?:[.,]\\d+)*\\s*%?");
    /** A header cell naming an indicator is a phrase, not a paragraph. */
    private static final int INDICATOR_CHARS = 120;

    private UnitColumnsTable() {
    }

    /**
     * @param unit       the column of the rows' units
     * @param unitLevel  the level the unit column's header names alone ("Huyện": huyen), for rows that omit it
     * @param columns    the indicator columns
     * @param names      each indicator column's header
     */
    record Header(int unit, String unitLevel, List<Integer> columns, List<String> names) {
    }

    /** The header, or null when the cells are no such table's header (two indicator columns at least, no figure). */
    static Header header(List<String> cells) {
        int unit = -1;
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String f = VnText.fold(cells.get(i)).strip();
            if (f.isEmpty()) {
                continue;
            }
            if (unit < 0 && UNIT_HEADER.matcher(f).matches()) {
                unit = i;
            } else if (FIGURE_CELL.matcher(f).matches() || f.length() > INDICATOR_CHARS) {
                return null;
            } else if (!NOT_INDICATORS.contains(f) && f.chars().anyMatch(Character::isLetter)) {
                columns.add(i);
                names.add(cells.get(i));
            }
        }
        if (unit < 0 || columns.size() < 2 || columns.get(0) < unit) {
            return null;
        }
        String level = Level.codeOfWords(VnText.clean(cells.get(unit)).toLowerCase(Locale.ROOT)
                .replaceFirst("^tên\\s+", ""));
        return new Header(unit, level, columns, names);
    }

    /**
     * The figures of one row under {@code h}: a statement per figure cell, its subject the column's header, filed
     * under the row's unit; none when the row names no unit.
     *
     * @param cellLines   the 0-based line of each cell (one line for a row written on one)
     * @param targetsFrom the first year whose figures are targets (see the extractor); a column naming no year is
     *                    results unless the document sets targets and names no year before them
     * @param ownYear     the year of a column that names none: the document's own when it names one, else none (its
     *                    figures are then held, not ranked)
     */
    static List<Statement> row(List<String> cells, List<Integer> cellLines, Header h, String raw, Integer targetsFrom,
                               boolean targetsDocument, Integer ownYear, SectionTracker.Context context) {
        if (h.unit() >= cells.size()) {
            return List.of();
        }
        Statement.RowLocality locality = locality(cells.get(h.unit()), h.unitLevel());
        if (locality == null && !OWN_TERRITORY.matcher(VnText.fold(cells.get(h.unit())).strip()).matches()) {
            return List.of();
        }
        List<Statement> out = new ArrayList<>();
        for (int k = 0; k < h.columns().size(); k++) {
            int col = h.columns().get(k);
            String valueText = col < cells.size() ? cells.get(col).strip() : "";
            if (!FIGURE_CELL.matcher(valueText).matches()) {
                continue;
            }
            String name = VnText.clean(h.names().get(k));
            if (MONEY.matcher(name).find()) {
                continue; // "Kinh phí (triệu đồng)": money is no indicator
            }
            String folded = VnText.fold(name);
            Matcher y = YEAR.matcher(name);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : ownYear;
            boolean percent = valueText.contains("%") || name.contains("%") || folded.startsWith("ty le");
            String kind = kind(folded, year, targetsFrom, targetsDocument);
            double value;
            try {
                value = VietNumber.parse(valueText.replaceAll("[^\\d.,]", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            int digit = valueText.replaceFirst("\\d.*", "").length();
            String comparator = QuantityScanner.comparator(valueText, digit, valueText.length());
            // the unit and a year the header adds ("Tỷ lệ hồ sơ trực tuyến (%) Năm 2024") are no part of the subject
            String subject = name.replaceAll("\\s*\\((?:%|tỷ lệ %)\\)", "").replaceAll("(?iu)\\s*(?:năm\\s+)?(?:19|20)\\d{2}$", "");
            out.add(new Statement(cellLines.get(col) + 1, VnText.clean(raw.replace('\t', ' ')), cells.get(h.unit()).strip() + " - "
                    + subject + ": " + valueText + (percent && !valueText.contains("%") ? "%" : ""), context.sectionPath(),
                    context.pillar(), kind, subject, valueText, value, null, null, percent ? Statement.PERCENT : "",
                    comparator, year, "table", locality));
        }
        return out;
    }

    private static String kind(String folded, Integer year, Integer targetsFrom, boolean targetsDocument) {
        if (folded.contains("thuc hien") || folded.contains("ket qua") || folded.contains("uoc dat")) {
            return Statement.ACTUAL;
        }
        if (folded.contains("ke hoach") || folded.contains("muc tieu") || folded.contains("chi tieu giao")) {
            return Statement.TARGET;
        }
        if (year != null && targetsFrom != null) {
            return year >= targetsFrom ? Statement.TARGET : Statement.ACTUAL;
        }
        return targetsDocument ? Statement.TARGET : Statement.ACTUAL;
    }

    /** The unit a row names ("Huyện Bát Xát", or "Bát Xát" under a "Huyện" column, "Toàn tỉnh"), else null. */
    private static Statement.RowLocality locality(String cell, String unitLevel) {
        String text = VnText.clean(cell).replaceFirst("^\\d{1,3}[.)]?\\s+", "");
        Statement.RowLocality named = RowUnits.ofHeading(text);
        if (named != null || unitLevel == null || text.isEmpty() || !Character.isUpperCase(text.charAt(0))
                || text.chars().anyMatch(Character::isDigit) || text.split("\\s+").length > 4) {
            return named;
        }
        return new Statement.RowLocality(text, unitLevel, null);
    }
}
