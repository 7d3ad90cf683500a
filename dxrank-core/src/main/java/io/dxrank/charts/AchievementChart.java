package io.dxrank.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Target vs actual for one indicator: each point is a locality-year whose target (set in plan Y) and result
 * (reported for Y) are both known; points on the dashed diagonal met their target exactly. Colour says whether
 * the target was achieved (direction-aware, from trends.achieved). A scatter stays readable at 500 localities.
 */
public final class AchievementChart {

    private AchievementChart() {
    }

    public static JFreeChart build(String title, String unit, List<TrendPoint> points) {
        XYSeries met = new XYSeries(ReportText.t("chart.achieved"), false, true);
        XYSeries missed = new XYSeries(ReportText.t("chart.missed"), false, true);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (TrendPoint p : points) {
            if (p.actual() == null || p.target() == null) {
                continue;
            }
            (Boolean.TRUE.equals(p.achieved()) ? met : missed).add(p.target(), p.actual());
            lo = Math.min(lo, Math.min(p.target(), p.actual()));
            hi = Math.max(hi, Math.max(p.target(), p.actual()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(met);
        data.addSeries(missed);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[2]);
        renderer.setSeriesPaint(1, ChartStyle.PALETTE[5]);
        String u = ChartStyle.unitLabel(unit);
        NumberAxis targets = ChartStyle.valueAxis(ReportText.kind("target") + (u.isEmpty() ? "" : " (" + u + ")"), unit);
        NumberAxis actuals = ChartStyle.valueAxis(ReportText.kind("actual") + (u.isEmpty() ? "" : " (" + u + ")"), unit);
        ChartStyle.shareRange(targets, unit, data, true);
        ChartStyle.shareRange(actuals, unit, data);
        XYPlot plot = new XYPlot(data, targets, actuals, renderer);
        int n = met.getItemCount() + missed.getItemCount();
        if (n > 0) {
            double pad = Math.max(1e-6, (hi - lo) * 0.05);
            targets.setRange(lo - pad, hi + pad);
            actuals.setRange(lo - pad, hi + pad);
            plot.addAnnotation(new XYLineAnnotation(lo - pad, lo - pad, hi + pad, hi + pad, ChartStyle.DASHED,
                    ChartStyle.OTHERS));
        }
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        String subtitle = ReportText.t("chart.achievementSubtitle", n, met.getItemCount());
        return ChartStyle.chart(title, subtitle, plot, true);
    }
}
