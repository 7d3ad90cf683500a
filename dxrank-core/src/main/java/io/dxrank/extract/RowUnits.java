package io.dxrank.extract;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a table's rows name in a text document ("1. Thành phố Phan Thiết", "Huyện Đà Bắc - Da Bac district",
 * "Toàn tỉnh"): their figures are filed under them, in the document's province.
 */
final class RowUnits {

    private static final Pattern GROUP_UNIT = Pattern.compile(
            "(?iu)^(?:\\d{1,2}\\.\\s*)?(thành\\s+phố|thị\\s+xã|thị\\s+trấn|huyện|quận|xã|phường)\\s+(\\p{Lu}.*)$");
    /** "Toàn tỉnh", "Tỉnh" heading the province's rows above its districts'. */
    private static final Pattern WHOLE = Pattern.compile("(?iu)^(?:toàn\\s+)?tỉnh$");
    /** The rows of the whole province: its name is the document's province, filled in once the header is read. */
    static final Statement.RowLocality WHOLE_PROVINCE = new Statement.RowLocality(null, "tinh", null);

    private RowUnits() {
    }

    /**
     * The unit a group heading names ("1. Thành phố Phan Thiết"), {@link #WHOLE_PROVINCE} for "Toàn tỉnh"; null for other
     * headings (the rows are the document's own).
     */
    static Statement.RowLocality ofHeading(String heading) {
        Matcher m = GROUP_UNIT.matcher(VnText.clean(heading));
        if (!m.matches()) {
            return WHOLE.matcher(heading.strip()).matches() ? WHOLE_PROVINCE : null;
        }
        String level = Level.codeOfWords(m.group(1));
        // a bilingual yearbook adds the English name: "Huyện Đà Bắc - Da Bac district"
        String name = VnText.clean(m.group(2).replaceFirst("\\s+[-–]\\s+[\\p{L} ]*(?:district|city|town|province)$", ""));
        return level == null ? null : new Statement.RowLocality(name, level, null);
    }

    /**
     * A table's row of a unit of the document's territory ("Thành phố Phan Thiết") is in the document's province, and a
     * row of the whole province ("Toàn tỉnh") is the province's; without a province, the latter is the document's own.
     */
    static List<Statement> inTheProvince(List<Statement> statements, String province) {
        if (statements.stream().noneMatch(s -> s.rowLocality() != null && s.rowLocality().province() == null)) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Statement.RowLocality l = s.rowLocality();
            if (l == null || l.province() != null) {
                out.add(s);
                continue;
            }
            Statement.RowLocality filled = l.name() == null && province == null ? null
                    : new Statement.RowLocality(l.name() == null ? province : l.name(), l.level(), province);
            out.add(new Statement(s.line(), s.sentence(), s.quote(), s.sectionPath(), s.pillar(), s.kind(), s.subject(),
                    s.valueText(), s.value(), s.valueHigh(), s.denominator(), s.unit(), s.comparator(), s.year(), s.source(),
                    filled));
        }
        return out;
    }
}
