package io.dxrank.charts;

import io.dxrank.analytics.LevelGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How ambitious the targets of one indicator are: the rows of ambition.csv for it, one per target year and level
 * group (median, lowest and highest target, how many localities set one, the national target of that year).
 */
public final class Ambition {

    private Ambition() {
    }

    /** One ambition.csv row: the targets the localities of one level group set for one year. */
    public record Year(String levelGroup, int year, double median, double min, double max, int plans,
                       Double nationalTarget) {
    }

    /**
     * The rows per level group, each in year order. The "all levels" group is kept only where it is the only one:
     * otherwise it repeats a level group or mixes communes with provinces in one band.
     */
    public static Map<String, List<Year>> byLevelGroup(List<Year> rows) {
        Map<String, List<Year>> groups = new TreeMap<>();
        for (Year y : rows) {
            groups.computeIfAbsent(y.levelGroup(), k -> new ArrayList<>()).add(y);
        }
        if (groups.size() > 1) {
            groups.remove(LevelGroups.ALL);
        }
        Map<String, List<Year>> out = new LinkedHashMap<>();
        groups.forEach((group, years) -> out.put(group, years.stream()
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()));
        return out;
    }

    /** How many targets the rows summarize. */
    public static int targets(List<Year> rows) {
        return rows.stream().mapToInt(Year::plans).sum();
    }
}
