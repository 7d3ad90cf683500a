package io.dxrank.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How the generator writes one indicator. A percent indicator has subjects ("hồ sơ công việc được xử lý trên
 * môi trường mạng") that frames wrap ("Tỷ lệ {s} đạt {v}"); a count indicator has the unit written right after
 * the number ("tin, bài") and clauses that say what was counted ("đã đăng {v} tuyên truyền về...").
 *
 * @param code      indicator code written to the ground truth
 * @param pillar    pillar code (heading the statement is written under)
 * @param unit      "percent" or the count unit as written after the number
 * @param low       lowest starting value (percent, or count for a commune)
 * @param high      highest starting value
 * @param growth    mean yearly change of the actual value
 * @param subjects  noun phrases (percent) or object phrases after the unit (count)
 * @param label     "Số ..." label of the labelled form "Số lớp tập huấn đã tổ chức: 04" (count only, may be null)
 * @param tableName the row name in appendix tables
 */
record IndicatorSpec(String code, String pillar, String unit, double low, double high, double growth,
                     List<String> subjects, String label, String tableName) {

    static final String PERCENT = "percent";

    boolean percent() {
        return PERCENT.equals(unit);
    }

    IndicatorSpec withMoreSubjects(List<String> extra) {
        List<String> all = new ArrayList<>(subjects);
        for (String s : extra) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return new IndicatorSpec(code, pillar, unit, low, high, growth, List.copyOf(all), label, tableName);
    }
}
