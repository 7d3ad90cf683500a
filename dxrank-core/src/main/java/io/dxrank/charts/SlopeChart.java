package io.dxrank.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Slope chart of rank changes between two years: one line per locality from its earlier rank (left) to its
 * later rank (right), rank 1 on top, names at the right end; risers green, fallers orange, unchanged grey.
 * The {@link #MAX_LOCALITIES} best in the later year are drawn.
 */
public final class SlopeChart {

    public static final int MAX_LOCALITIES = 15;

    private SlopeChart() {
    }

    public static JFreeChart build(String title, int yearBefore, int yearAfter, List<RankChange> changes) {
        List<RankChange> shown = changes.stream()
                .sorted(Comparator.comparingInt(RankChange::rankAfter).thenComparing(RankChange::localityId))
                .limit(MAX_LOCALITIES).toList();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int maxRank = 1;
        for (RankChange c : shown) {
            XYSeries s = new XYSeries(c.localityId(), false, true);
            s.add(0, c.rankBefore());
            s.add(1, c.rankAfter());
            data.addSeries(s);
            int i = data.getSeriesCount() - 1;
            renderer.setSeriesPaint(i, c.rankAfter() < c.rankBefore() ? ChartStyle.PALETTE[2]
                    : c.rankAfter() > c.rankBefore() ? ChartStyle.PALETTE[5] : ChartStyle.OTHERS);
            renderer.setSeriesStroke(i, ChartStyle.SOLID);
            maxRank = Math.max(maxRank, Math.max(c.rankBefore(), c.rankAfter()));
        }
        SymbolAxis years = new SymbolAxis(null, new String[] {Integer.toString(yearBefore),
            Integer.toString(yearAfter)});
        years.setRange(-0.15, 1.6);
        years.setGridBandsVisible(false);
        years.setTickLabelFont(ChartStyle.plain());
        NumberAxis ranks = new NumberAxis(ReportText.t("chart.rank"));
        ranks.setInverted(true);
        ranks.setRange(0.5, maxRank + 0.5);
        ranks.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ranks.setLabelFont(ChartStyle.plain());
        XYPlot plot = new XYPlot(data, years, ranks, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        for (RankChange c : shown) {
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, " %s (%+d)", c.localityName(),
                    c.rankBefore() - c.rankAfter()), 1.02, c.rankAfter());
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(ChartStyle.small());
            plot.addAnnotation(label);
        }
        String subtitle = ReportText.t("chart.slopeSubtitle", changes.size(), shown.size() < changes.size()
                ? ReportText.t("chart.topShown", shown.size()) : "");
        return ChartStyle.chart(title, subtitle, plot, false);
    }
}
