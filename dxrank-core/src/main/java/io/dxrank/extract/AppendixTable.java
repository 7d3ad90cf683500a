package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads appendix tables of indicators written as tab- or pipe-separated lines: a header row naming
 * "Nội dung chỉ tiêu", "Đơn vị tính" and a year column ("Mức đạt năm 2026", "Thực hiện năm 2025"), then one
 * row per indicator. Each numeric cell under a year column becomes a statement for that year.
 */
final class AppendixTable {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private AppendixTable() {
    }

    static boolean isRow(String line) {
        if (line.indexOf('\t') < 0 && line.indexOf('|') < 0) {
            return false; // one cell: the common case, decided without splitting
        }
        return cells(line).size() >= 3;
    }

    static List<String> cells(String line) {
        String l = line.replaceAll("</?b>|\\*\\*", "").trim();
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
            if (name < 0 && (f.contains("noi dung") || f.contains("chi tieu") || f.contains("ten chi tieu"))
                    && !YEAR.matcher(f).find()) {
                name = i;
            } else if (unit < 0 && (f.contains("don vi tinh") || f.equals("dvt"))) {
                unit = i;
            } else {
                Matcher y = YEAR.matcher(f);
                if (y.find() && (f.contains("nam") || f.contains("muc dat") || f.contains("ke hoach")
                        || f.contains("thuc hien") || f.contains("chi tieu"))) {
                    years.add(new int[] {i, Integer.parseInt(y.group(1))});
                    kinds.add(f.contains("thuc hien") || f.contains("ket qua") || f.contains("uoc")
                            ? Statement.ACTUAL : Statement.TARGET);
                }
            }
        }
        return name >= 0 && !years.isEmpty() ? new Header(name, unit, years, kinds) : null;
    }
}
