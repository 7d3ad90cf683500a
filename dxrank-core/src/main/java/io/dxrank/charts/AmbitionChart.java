package io.dxrank.charts;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Ambition of one indicator in one level group, row for row from ambition.csv: for each target year the median
 * target as a point with a bar from the lowest to the highest target, and the national target of that year (where
 * the catalog has one) as a second point. Years without targets stay empty: nothing is drawn between years.
 */
public final class AmbitionChart {

    private AmbitionChart() {
    }

    public static JFreeChart build(String title, String unit, List<Ambition.Year> years) {
        YIntervalSeries median = new YIntervalSeries(ReportText.t("chart.medianTarget"));
        YIntervalSeries national = new YIntervalSeries(ReportText.t("chart.nationalTargets"));
        for (Ambition.Year y : years) {
            median.add(y.year(), y.median(), y.min(), y.max());
            if (y.nationalTarget() != null) {
                national.add(y.year(), y.nationalTarget(), y.nationalTarget(), y.nationalTarget());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(median);
        if (national.getItemCount() > 0) {
            data.addSeries(national);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(10);
        renderer.setErrorPaint(ChartStyle.PALETTE[0]);
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, ChartStyle.PALETTE[5]);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        NumberAxis yearAxis = new NumberAxis(ReportText.t("chart.targetYear"));
        yearAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yearAxis.setNumberFormatOverride(ChartStyle.numberFormat());
        yearAxis.setAutoRangeIncludesZero(false);
        yearAxis.setLabelFont(ChartStyle.plain());
        int first = years.stream().mapToInt(Ambition.Year::year).min().orElse(0);
        int last = years.stream().mapToInt(Ambition.Year::year).max().orElse(0);
        yearAxis.setRange(first - 0.5, last + 0.5);
        NumberAxis values = ChartStyle.valueAxis(ReportText.kind("target") + (ChartStyle.unitLabel(unit).isEmpty() ? ""
                : " (" + ChartStyle.unitLabel(unit) + ")"), unit);
        ChartStyle.shareRange(values, unit, data);
        XYPlot plot = new XYPlot(data, yearAxis, values, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        String subtitle = ReportText.t("chart.ambitionSubtitle", Ambition.targets(years), years.size());
        return ChartStyle.chart(title, subtitle, plot, true);
    }
}
