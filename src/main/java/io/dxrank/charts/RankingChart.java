package io.dxrank.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of one ranking (indicator, year, kind, level group), best first, value labels on the
 * bars and n in the subtitle. Long rankings show the top {@link #TOP_N}.
 */
public final class RankingChart {

    public static final int TOP_N = 25;

    private RankingChart() {
    }

    public static JFreeChart build(String title, List<RankedValue> ranking) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<RankedValue> shown = ranking.size() > TOP_N ? ranking.subList(0, TOP_N) : ranking;
        for (RankedValue v : shown) {
            data.addValue(v.value(), v.kind(), v.rank() + ". " + v.localityName());
        }
        CategoryAxis localities = new CategoryAxis(null);
        NumberAxis values = new NumberAxis(ranking.isEmpty() ? "" : unitLabel(ranking.get(0).unit()));
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, new Color(0x2b6cb0));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(data, localities, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        Font font = ChartFonts.font(Font.PLAIN, 12);
        localities.setTickLabelFont(font);
        values.setTickLabelFont(font);
        values.setLabelFont(font);
        bars.setDefaultItemLabelFont(font);
        JFreeChart chart = new JFreeChart(title, ChartFonts.font(Font.BOLD, 15), plot, false);
        long n = ranking.isEmpty() ? 0 : ranking.get(0).n();
        String subtitle = String.format(Locale.ROOT, "n = %d%s", n,
                ranking.size() > TOP_N ? " (top " + TOP_N + " shown)" : "");
        chart.addSubtitle(new TextTitle(subtitle, font));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static void writePng(JFreeChart chart, Path file, int rows) throws IOException {
        int height = Math.max(260, 110 + 28 * Math.min(rows, TOP_N));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, height);
    }

    static String unitLabel(String unit) {
        return "percent".equals(unit) ? "%" : unit == null ? "" : unit;
    }
}
