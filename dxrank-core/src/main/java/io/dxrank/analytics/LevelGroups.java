package io.dxrank.analytics;

import io.dxrank.core.Level;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which localities are ranked together: communes, districts, provinces; "all" for percent indicators and for
 * counts per 1,000 inhabitants. The rule itself is {@link Level#group()}; this gives it to Java and to Spark SQL.
 */
public final class LevelGroups {

    public static final String COMMUNE = Level.Group.COMMUNE;
    public static final String DISTRICT = Level.Group.DISTRICT;
    public static final String PROVINCE = Level.Group.PROVINCE;
    public static final String ALL = Level.Group.ALL;

    private LevelGroups() {
    }

    /** The group of a level code (xa, phuong, thi_tran; huyen, quan, thi_xa, thanh_pho; tinh); "unknown" else. */
    public static String of(String level) {
        Level l = Level.ofCode(level);
        return l == null ? Level.Group.UNKNOWN : l.group();
    }

    /** The same rule as a Spark SQL CASE expression over a level code column. */
    public static String sqlCase(String column) {
        StringBuilder sql = new StringBuilder("CASE");
        for (String group : new String[] {COMMUNE, DISTRICT, PROVINCE}) {
            String codes = Arrays.stream(Level.values()).filter(l -> l.group().equals(group))
                    .map(l -> "'" + l.code() + "'").collect(Collectors.joining(","));
            sql.append(" WHEN ").append(column).append(" IN (").append(codes).append(") THEN '").append(group).append("'");
        }
        return sql.append(" ELSE '").append(Level.Group.UNKNOWN).append("' END").toString();
    }
}
