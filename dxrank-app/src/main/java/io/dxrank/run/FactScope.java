package io.dxrank.run;

import io.dxrank.analytics.LevelGroups;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which facts a job compares: a range of years and a set of level groups (commune, district, province).
 * Rankings, composite, trends and charts see only these; facts.csv keeps every fact read.
 * <pre>
 *   FactScope.parse("2023-2025", "commune,district")
 * </pre>
 *
 * @param fromYear    first year compared, or null for no lower bound
 * @param toYear      last year compared, or null for no upper bound
 * @param levelGroups level groups compared; empty means all
 */
public record FactScope(Integer fromYear, Integer toYear, Set<String> levelGroups) {

    public static final FactScope ALL = new FactScope(null, null, Set.of());
    static final List<String> GROUPS = List.of(LevelGroups.COMMUNE, LevelGroups.DISTRICT, LevelGroups.PROVINCE);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\s*(-)?\\s*(\\d{4})?");

    public FactScope {
        levelGroups = Set.copyOf(levelGroups);
    }

    /**
     * {@code years}: "" (all), "2024", "2023-2025", "2023-" or "-2025"; {@code groups}: "" (all) or a comma list
     * of commune, district, province. Anything else throws IllegalArgumentException saying what is expected.
     */
    public static FactScope parse(String years, String groups) {
        Integer from = null;
        Integer to = null;
        String y = years == null ? "" : years.trim();
        if (!y.isEmpty()) {
            Matcher m = YEARS.matcher(y);
            if (!m.matches() || m.group(1) == null && m.group(3) == null) {
                throw new IllegalArgumentException("'" + y + "' is not a year or a range like 2023-2025");
            }
            from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            to = m.group(2) == null ? from : m.group(3) == null ? null : Integer.valueOf(m.group(3));
            if (from != null && to != null && from > to) {
                throw new IllegalArgumentException("'" + y + "': the first year is after the last");
            }
        }
        Set<String> set = new TreeSet<>();
        String g = groups == null ? "" : groups.trim();
        if (!g.isEmpty()) {
            for (String part : g.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (!GROUPS.contains(name)) {
                    throw new IllegalArgumentException("'" + part.trim() + "' is not one of " + String.join(", ", GROUPS));
                }
                set.add(name);
            }
        }
        return new FactScope(from, to, set);
    }

    public boolean isAll() {
        return fromYear == null && toYear == null && levelGroups.isEmpty();
    }

    /** The facts this scope compares (facts has the contract columns year and level). */
    public Dataset<Row> apply(Dataset<Row> facts) {
        Dataset<Row> out = facts;
        if (fromYear != null) {
            out = out.filter(col("year").geq(fromYear));
        }
        if (toYear != null) {
            out = out.filter(col("year").leq(toYear));
        }
        if (!levelGroups.isEmpty()) {
            Column group = expr(LevelGroups.sqlCase("level"));
            out = out.filter(group.isin(Arrays.stream(levelGroups.toArray()).sorted().toArray()));
        }
        return out;
    }
}
