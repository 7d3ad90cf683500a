package io.dxrank.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heatmap of localities (rows) x indicators (columns), cell colour = normalized score 0-100 (pale = weak,
 * dark = strong), blank = no data. At most {@link #MAX_LOCALITIES} localities (those with the most indicators,
 * then the best mean score) and {@link #MAX_INDICATORS} indicators (the most reported) are drawn, rows best mean
 * score first; the subtitle says when more exist.
 */
public final class HeatmapChart {

    public static final int MAX_LOCALITIES = 40;
    public static final int MAX_INDICATORS = 20;
    /** The colour of a cell without a value. */
    static final Color MISSING = new Color(0xbdbdbd);

    private HeatmapChart() {
    }

    public static JFreeChart build(String title, List<HeatCell> cells) {
        List<String> indicators = mostFrequent(cells, HeatCell::indicatorCode, MAX_INDICATORS).stream().sorted()
                .toList();
        List<String> localities = mostFrequent(cells, HeatCell::localityId, MAX_LOCALITIES);
        Map<String, String> names = new LinkedHashMap<>();
        List<double[]> xyz = new ArrayList<>();
        for (HeatCell c : cells) {
            int x = indicators.indexOf(c.indicatorCode());
            int y = localities.indexOf(c.localityId());
            if (x >= 0 && y >= 0) {
                xyz.add(new double[] {x, y, c.score()});
                names.putIfAbsent(c.localityId(), c.localityName());
            }
        }
        double[][] series = new double[3][xyz.size()];
        for (int i = 0; i < xyz.size(); i++) {
            for (int d = 0; d < 3; d++) {
                series[d][i] = xyz.get(i)[d];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("score", series);
        String[] rowLabels = localities.stream().map(id -> names.getOrDefault(id, id)).toArray(String[]::new);
        SymbolAxis xAxis = new SymbolAxis(null, indicators.stream().map(HeatmapChart::label).toArray(String[]::new));
        xAxis.setVerticalTickLabels(true);
        xAxis.setGridBandsVisible(false);
        xAxis.setTickLabelFont(ChartStyle.small());
        SymbolAxis yAxis = new SymbolAxis(null, rowLabels);
        yAxis.setInverted(true);
        yAxis.setGridBandsVisible(false);
        yAxis.setTickLabelFont(ChartStyle.small());
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = scale();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        long allLocalities = cells.stream().map(HeatCell::localityId).distinct().count();
        long allIndicators = cells.stream().map(HeatCell::indicatorCode).distinct().count();
        String subtitle = ReportText.t("chart.heatmapSubtitle", allLocalities, allIndicators,
                allLocalities > localities.size() || allIndicators > indicators.size()
                        ? ReportText.t("chart.heatmapShown", localities.size(), indicators.size()) : "");
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
        // a cell without a value shows the plot's grey, never the near-white of a low score
        plot.setBackgroundPaint(MISSING);
        NumberAxis legendAxis = new NumberAxis(ReportText.t("chart.score"));
        legendAxis.setRange(0, 100);
        legendAxis.setTickLabelFont(ChartStyle.small());
        legendAxis.setTickUnit(new NumberTickUnit(20));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        LegendItemCollection missing = new LegendItemCollection();
        missing.add(new LegendItem(ReportText.t("chart.missing"), MISSING));
        LegendTitle missingLegend = new LegendTitle(() -> missing);
        missingLegend.setPosition(RectangleEdge.BOTTOM);
        missingLegend.setItemFont(ChartStyle.small());
        chart.addSubtitle(missingLegend);
        return chart;
    }

    /** Longest column label: indicator names are long, and vertical labels took the whole plot's height. */
    static final int MAX_LABEL = 32;

    /** An indicator name cut between words to {@link #MAX_LABEL} characters, with an ellipsis. */
    static String label(String name) {
        if (name.length() <= MAX_LABEL) {
            return name;
        }
        int cut = name.lastIndexOf(' ', MAX_LABEL - 1);
        return name.substring(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1).trim() + "…";
    }

    /** Pixel height that gives each locality row about 18 px. */
    public static int height(int localities) {
        return 320 + 18 * Math.min(localities, MAX_LOCALITIES);
    }

    static LookupPaintScale scale() {
        LookupPaintScale scale = new LookupPaintScale(0, 100.0001, Color.WHITE);
        Color pale = new Color(0xf7fbff);
        Color dark = new Color(0x08306b);
        for (int i = 0; i < 10; i++) {
            float t = i / 9f;
            scale.add(i * 10.0, new Color(mix(pale.getRed(), dark.getRed(), t), mix(pale.getGreen(), dark.getGreen(), t),
                    mix(pale.getBlue(), dark.getBlue(), t)));
        }
        return scale;
    }

    private static int mix(int a, int b, float t) {
        return Math.round(a + (b - a) * t);
    }

    /** Keys with the most cells, ties broken by the higher mean score then the key; ordered best mean first. */
    private static List<String> mostFrequent(List<HeatCell> cells, Function<HeatCell, String> key, int limit) {
        Map<String, double[]> stats = new LinkedHashMap<>();
        for (HeatCell c : cells) {
            double[] s = stats.computeIfAbsent(key.apply(c), k -> new double[2]);
            s[0]++;
            s[1] += c.score();
        }
        Comparator<Map.Entry<String, double[]>> byMean = Comparator.comparingDouble(e -> -e.getValue()[1] / e.getValue()[0]);
        return stats.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparing(byMean).thenComparing(Map.Entry::getKey))
                .limit(limit).sorted(byMean.thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).toList();
    }
}
