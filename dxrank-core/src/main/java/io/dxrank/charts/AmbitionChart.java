package io.dxrank.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Ambition trend of one indicator: the median target by plan year as a line inside the shaded range from the
 * lowest to the highest target, and the national target (catalog column national_target) as a reference line.
 */
public final class AmbitionChart {

    private AmbitionChart() {
    }

    public static JFreeChart build(String title, String unit, List<Ambition.Year> years, Double nationalTarget) {
        YIntervalSeries median = new YIntervalSeries(ReportText.t("chart.medianTarget"));
        int plans = 0;
        for (Ambition.Year y : years) {
            median.add(y.planYear(), y.median(), y.min(), y.max());
            plans += y.plans();
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(median);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        renderer.setSeriesFillPaint(0, new Color(0x56B4E9));
        renderer.setAlpha(0.35f);
        renderer.setSeriesStroke(0, ChartStyle.SOLID);
        NumberAxis yearAxis = new NumberAxis(ReportText.t("chart.planYear"));
        yearAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yearAxis.setNumberFormatOverride(ChartStyle.numberFormat());
        yearAxis.setAutoRangeIncludesZero(false);
        yearAxis.setLabelFont(ChartStyle.plain());
        if (years.size() == 1) {
            yearAxis.setRange(years.get(0).planYear() - 1, years.get(0).planYear() + 1);
        }
        NumberAxis values = ChartStyle.valueAxis(ReportText.kind("target") + (ChartStyle.unitLabel(unit).isEmpty() ? ""
                : " (" + ChartStyle.unitLabel(unit) + ")"), unit);
        ChartStyle.shareRange(values, unit, data);
        XYPlot plot = new XYPlot(data, yearAxis, values, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        if (nationalTarget != null) {
            ValueMarker marker = new ValueMarker(nationalTarget, ChartStyle.PALETTE[5], ChartStyle.DASHED);
            marker.setLabel(ReportText.t("chart.nationalTarget", ChartStyle.number(nationalTarget)));
            marker.setLabelFont(ChartStyle.small());
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
            double lo = years.stream().mapToDouble(Ambition.Year::min).min().orElse(nationalTarget);
            double hi = years.stream().mapToDouble(Ambition.Year::max).max().orElse(nationalTarget);
            lo = Math.min(lo, nationalTarget);
            hi = Math.max(hi, nationalTarget);
            double pad = Math.max(1, (hi - lo) * 0.08);
            values.setRange(lo - pad, hi + pad);
        }
        String subtitle = ReportText.t("chart.ambitionSubtitle", plans, years.size());
        return ChartStyle.chart(title, subtitle, plot, true);
    }
}
