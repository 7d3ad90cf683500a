package io.dxrank.charts;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of one ranking (indicator, year, kind, level group): best first, bar colour = the
 * locality's level (xã, phường, huyện, ...), value labels on the bars and n in the subtitle. Rankings longer
 * than {@link #TOP_N} show the top {@code TOP_N - 1} and one grey "others" bar at the median of the rest, so a
 * ranking of 500 localities stays as readable as one of 5.
 */
public final class RankingChart {

    public static final int TOP_N = 25;
    static final String SERIES = "value";

    private RankingChart() {
    }

    /** A category on the locality axis: shown by its label, unique by its position. */
    record Bar(int position, String label, String level, boolean others) implements Comparable<Bar> {
        @Override
        public int compareTo(Bar o) {
            return Integer.compare(position, o.position);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The chart of a ranking given best first (as rankings.csv orders it). */
    public static JFreeChart build(String title, List<RankedValue> ranking) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Bar> bars = new ArrayList<>();
        int shown = ranking.size() > TOP_N ? TOP_N - 1 : ranking.size();
        for (int i = 0; i < shown; i++) {
            RankedValue v = ranking.get(i);
            Bar bar = new Bar(i, v.rankText() + ". " + v.localityName() + v.marks(),
                    v.level() == null ? "" : ReportText.level(v.level()), false);
            bars.add(bar);
            data.addValue(v.value(), SERIES, bar);
        }
        if (shown < ranking.size()) {
            List<RankedValue> rest = ranking.subList(shown, ranking.size());
            Bar bar = new Bar(shown, ReportText.t("chart.others", rest.size()), "", true);
            bars.add(bar);
            data.addValue(median(rest.stream().mapToDouble(RankedValue::value).toArray()), SERIES, bar);
        }
        Map<String, Paint> levelPaint = new LinkedHashMap<>();
        for (Bar b : bars) {
            if (!b.others()) {
                levelPaint.computeIfAbsent(b.level(), k -> ChartStyle.colour(levelPaint.size()));
            }
        }
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Bar b = bars.get(column);
                return b.others() ? ChartStyle.OTHERS : levelPaint.get(b.level());
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.numberFormat()));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.small());
        CategoryAxis localities = new CategoryAxis(null);
        localities.setTickLabelFont(ChartStyle.small());
        localities.setMaximumCategoryLabelWidthRatio(0.35f);
        String unit = ranking.isEmpty() ? "" : ChartStyle.unitLabel(ranking.get(0).unit());
        NumberAxis values = new NumberAxis(unit);
        values.setTickLabelFont(ChartStyle.plain());
        values.setLabelFont(ChartStyle.plain());
        values.setUpperMargin(0.12);
        values.setNumberFormatOverride(ChartStyle.numberFormat());
        CategoryPlot plot = new CategoryPlot(data, localities, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        LegendItemCollection legend = new LegendItemCollection();
        levelPaint.forEach((level, paint) -> legend.add(new LegendItem(level.isEmpty() ? "?" : level, paint)));
        if (shown < ranking.size()) {
            legend.add(new LegendItem(ReportText.t("chart.othersLegend"), ChartStyle.OTHERS));
        }
        plot.setFixedLegendItems(legend);
        long n = ranking.isEmpty() ? 0 : ranking.get(0).n();
        String subtitle = ReportText.t("chart.localitiesShown", n, shown < ranking.size()
                ? ReportText.t("chart.topShown", shown) : "");
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** Pixel height that gives each bar about 22 px. */
    public static int height(int rankingSize) {
        return 150 + 22 * Math.min(rankingSize, TOP_N);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
