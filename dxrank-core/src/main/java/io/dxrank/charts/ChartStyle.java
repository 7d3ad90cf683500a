package io.dxrank.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.NumberFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/** The look every dxrank chart shares: a Vietnamese-capable font, white background, a colour-blind-safe palette. */
final class ChartStyle {

    /** Okabe-Ito palette, readable for colour-blind readers and in greyscale print. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
        new Color(0x999999), new Color(0x8C564B)};
    static final Color GRID = new Color(0xdddddd);
    /** The spread of all localities behind a trend chart's lines: a light band and a grey median. */
    static final Color SPREAD_FILL = new Color(0xe4e4e4);
    static final Color SPREAD_LINE = new Color(0x888888);
    static final Color OTHERS = new Color(0xbbbbbb);
    static final Stroke SOLID = new BasicStroke(2f);
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    /** A former unit's results (before the 2025 reform), in its successor's colour. */
    static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 5f}, 0f);

    private ChartStyle() {
    }

    static Paint colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    static Font plain() {
        return ChartFonts.font(Font.PLAIN, 12);
    }

    static Font small() {
        return ChartFonts.font(Font.PLAIN, 10);
    }

    /** Wraps a plot into a chart with title, subtitle and the shared fonts and colours. */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, ChartFonts.font(Font.BOLD, 15), plot, legend);
        if (subtitle != null && !subtitle.isBlank()) {
            chart.addSubtitle(new TextTitle(subtitle, plain()));
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(plain());
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * A value axis that reads right for any data: plain numbers (never "1E2"), a share on 0-100, and a visible
     * span when every value is equal (a trend of all 100s drew twenty identical ticks).
     */
    static NumberAxis valueAxis(String label, String unit) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(plain());
        axis.setNumberFormatOverride(numberFormat());
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(1.0);
        return axis;
    }

    /** A share's axis runs from 0 to 100 (further only when a value does: a misread share stays visible). */
    static void shareRange(NumberAxis axis, String unit, XYDataset data) {
        shareRange(axis, unit, data, false);
    }

    /** @param domain the axis shows the dataset's x values (a target-vs-result chart), not its y values */
    static void shareRange(NumberAxis axis, String unit, XYDataset data, boolean domain) {
        if (!"percent".equals(unit)) {
            return;
        }
        Range values = domain ? DatasetUtils.findDomainBounds(data) : DatasetUtils.findRangeBounds(data);
        axis.setRange(0, values == null ? 100 : Math.max(100, values.getUpperBound() * 1.02));
    }

    /** Numbers as analysts read them in this report: '.' decimals, at most two, no grouping (locale-free). */
    static NumberFormat numberFormat() {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(false);
        return f;
    }

    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A catalog unit as the reader says it: "%", "tài khoản", "tin, bài"; a unit the bundle lacks as written. */
    static String unitLabel(String unit) {
        return "percent".equals(unit) ? "%" : unit == null ? "" : ReportText.unit(unit);
    }
}
