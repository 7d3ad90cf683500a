package io.dxrank.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.xy.YIntervalSeries;

/**
 * The spread of all localities' results per year, for a trend chart that cannot draw every locality: the median
 * and the interquartile range (25th to 75th percentile, linear between ranks), so the lines drawn over it read
 * against everyone, not only against each other.
 */
final class TrendSpread {

    private TrendSpread() {
    }

    /** Per year with at least two results: {year, 25th percentile, median, 75th percentile}. */
    static List<double[]> of(List<TrendPoint> points) {
        Map<Integer, List<Double>> byYear = new TreeMap<>();
        for (TrendPoint p : points) {
            if (p.actual() != null && !p.actual().isNaN()) {
                byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p.actual());
            }
        }
        List<double[]> out = new ArrayList<>();
        byYear.forEach((year, values) -> {
            if (values.size() >= 2) {
                double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(sorted);
                out.add(new double[] {year, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)});
            }
        });
        return out;
    }

    /** The q-quantile of sorted values, linear between the closest ranks. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** The spread as a JFreeChart series: the median with its band. */
    static YIntervalSeries series(String key, List<double[]> spread) {
        YIntervalSeries s = new YIntervalSeries(key);
        for (double[] y : spread) {
            s.add(y[0], y[2], y[1], y[3]);
        }
        return s;
    }
}
