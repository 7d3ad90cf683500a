package io.dxrank.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How ambitious the targets of one indicator are, by plan year: median, lowest and highest target and how many
 * plans set one. Example: targets 80, 90, 100 in 2024 plans give {@code Year(2024, 90, 80, 100, 3)}.
 */
public final class Ambition {

    private Ambition() {
    }

    /** One target value and the year of the plan that set it. */
    public record Target(int planYear, double value) {
    }

    /** The summary of one plan year's targets. */
    public record Year(int planYear, double median, double min, double max, int plans) {
    }

    /** One summary per plan year with at least one target, in year order. */
    public static List<Year> summarize(List<Target> targets) {
        Map<Integer, List<Double>> byYear = new TreeMap<>();
        for (Target t : targets) {
            if (!Double.isNaN(t.value())) {
                byYear.computeIfAbsent(t.planYear(), k -> new ArrayList<>()).add(t.value());
            }
        }
        List<Year> out = new ArrayList<>();
        byYear.forEach((year, values) -> {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.add(new Year(year, RankingChart.median(v), v[0], v[v.length - 1], v.length));
        });
        return out;
    }
}
