package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ranking is of the edition the text announces, not of the year it is announced in: "công bố kết quả chuyển đổi số
 * (DTI) năm 2022" in July 2023, then "Quảng Ngãi xếp thứ 17/63 về kinh tế số". Places, moves and index scores that
 * name no year of their own take the year of the place before them in their paragraph ("xếp vị trí 41/63 ... năm 2022
 * ...; Xếp hạng chính quyền số: 44/63"), else the edition's year when the text names exactly one; a place its own
 * sentence compares with a year ("tăng 34 bậc so với năm 2021") is of the year after that one.
 */
final class IndexYears {

    private static final Pattern EDITION = Pattern.compile(
            "(?iu)\\b(?:DTI|PCI|PAPI|SIPAS|PAR\\s+Index|chỉ\\s+số\\s+chuyển\\s+đổi\\s+số|đánh\\s+giá\\s+mức\\s+độ\\s+chuyển\\s+đổi\\s+số)\\b\\)?"
                    + "(?:\\s+cấp\\s+tỉnh)?\\s*(?:\\(\\s*(?:DTI|CĐS)\\s*\\)\\s*)?(?:năm\\s+)?((?:19|20)\\d{2})\\b");

    private IndexYears() {
    }

    static List<Statement> apply(List<Statement> statements, List<String> lines) {
        if (statements.stream().noneMatch(s -> s.year() == null && ranking(s))) {
            return statements; // nothing to date: the text is not scanned
        }
        Integer edition = edition(String.join("\n", lines));
        List<Statement> out = new ArrayList<>(statements.size());
        int paragraph = -1;
        Integer placeBefore = null; // the year of the paragraph's last dated place, move or score
        for (Statement s : statements) {
            if (s.line() != paragraph) {
                paragraph = s.line();
                placeBefore = null;
            }
            boolean undated = ranking(s) && s.year() == null && "prose".equals(s.source());
            // "xếp thứ 26/63, tăng 34 bậc so với năm 2021": a place compared with a year's is of the year after it
            Integer compared = undated && s.sentence() != null ? DocumentDates.latestYearComparedWith(s.sentence()) : null;
            Integer year = compared != null ? Integer.valueOf(compared + 1) : placeBefore != null ? placeBefore : edition;
            out.add(undated && year != null ? s.with(s.kind(), year, s.source()) : s);
            if (ranking(s) && s.year() != null) {
                placeBefore = s.year();
            }
        }
        return out;
    }

    private static boolean ranking(Statement s) {
        return QuantityScanner.RANK_UNIT.equals(s.unit()) || QuantityScanner.RANK_MOVE_UNIT.equals(s.unit())
                || QuantityScanner.INDEX_UNIT.equals(s.unit());
    }

    /** The one edition year the text names, or null when it names none or several. */
    static Integer edition(String text) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = EDITION.matcher(text);
        while (m.find()) {
            years.add(Integer.valueOf(m.group(1)));
        }
        return years.size() == 1 ? years.first() : null;
    }
}
