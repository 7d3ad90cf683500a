package io.dxrank.charts;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Trend lines of one indicator by year: each locality's actuals solid, its targets dashed, in the same colour.
 * With many localities only the {@link #MAX_LOCALITIES} with the most years of data are drawn (said in the
 * subtitle), so the lines stay tellable apart. Across the 1 July 2025 reform an old unit's series is drawn in its
 * successor's colour with round dots, labelled "old (nay thuộc new)": a commune's series and its predecessors' earlier
 * ones read as one story, each predecessor its own line (percentages of different units are never added up).
 * When not every locality can be drawn, the median and interquartile band of all of them per year stand behind
 * the lines ({@link TrendSpread}).
 */
public final class TrendChart {

    public static final int MAX_LOCALITIES = 8;
    private static final Line2D SAMPLE = new Line2D.Double(-9, 0, 9, 0);

    private TrendChart() {
    }

    public static JFreeChart build(String title, String unit, List<TrendPoint> points) {
        return build(title, unit, points, Lineage.NONE);
    }

    public static JFreeChart build(String title, String unit, List<TrendPoint> points, Lineage lineage) {
        return build(title, unit, points, lineage, List.of());
    }

    /**
     * @param focus the localities the reader follows (ids or names, "xã Khánh Sơn" or "Khánh Sơn"): drawn, with
     *              the units they were formed from, over the spread of all; empty or none reporting the indicator:
     *              those with the most years of data (the subtitle says which)
     */
    public static JFreeChart build(String title, String unit, List<TrendPoint> points, Lineage lineage,
                                   List<String> focus) {
        Map<String, List<TrendPoint>> byLocality = new LinkedHashMap<>();
        for (TrendPoint p : points) {
            byLocality.computeIfAbsent(p.localityId(), k -> new ArrayList<>()).add(p);
        }
        List<List<TrendPoint>> localities = new ArrayList<>(byLocality.values());
        localities.sort(Comparator.<List<TrendPoint>>comparingInt(List::size).reversed()
                .thenComparing(l -> l.get(0).localityId()));
        List<List<TrendPoint>> followed = localities.stream().filter(l -> followed(l.get(0), focus)).toList();
        List<List<TrendPoint>> shown = withPredecessors(followed.isEmpty() ? localities : followed, lineage);
        if (!followed.isEmpty()) {
            // the units a followed commune was formed from come along, as with the default choice
            List<List<TrendPoint>> others = new ArrayList<>(followed);
            localities.stream().filter(l -> !followed.contains(l)).forEach(others::add);
            Set<String> ids = new HashSet<>();
            followed.forEach(l -> ids.add(l.get(0).localityId()));
            shown = withPredecessors(others, lineage).stream().filter(l -> ids.contains(l.get(0).localityId())
                    || successor(l.get(0).localityId(), lineage) != null
                    && ids.contains(successor(l.get(0).localityId(), lineage).id())).toList();
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int colour = 0;
        // one legend entry per locality (its colour) plus two for the line styles, instead of two per locality
        LegendItemCollection legend = new LegendItemCollection();
        Map<String, Integer> nameCount = new HashMap<>();
        for (List<TrendPoint> locality : shown) {
            nameCount.merge(locality.get(0).localityName(), 1, Integer::sum);
        }
        Map<String, Integer> colours = new HashMap<>();
        // a flagged year's mark stands beside its result point (beside the target when there is no result)
        Map<String, String> marks = new HashMap<>();
        for (List<TrendPoint> locality : shown) {
            String id = locality.get(0).localityId();
            String name = locality.get(0).localityName();
            // many communes share a name: the legend tells them apart by id, the series are keyed by id
            String label = nameCount.get(name) > 1 ? name + " [" + id + "]" : name;
            Lineage.Unit successor = successor(id, lineage);
            Integer family = successor == null ? null : colours.get(successor.id());
            int own = family != null ? family : colour++;
            colours.put(id, own);
            if (successor != null) {
                label = ReportText.t("chart.formerUnit", label, successor.name());
            }
            legend.add(new LegendItem(label, null, null, null, SAMPLE, successor == null ? ChartStyle.SOLID
                    : ChartStyle.DOTTED, ChartStyle.colour(own)));
            XYSeries actual = new XYSeries(id + " (" + ReportText.kind("actual") + ")");
            XYSeries target = new XYSeries(id + " (" + ReportText.kind("target") + ")");
            for (TrendPoint p : locality) {
                if (p.actual() != null) {
                    actual.add(p.year(), p.actual());
                }
                if (p.target() != null) {
                    target.add(p.year(), p.target());
                }
                String mark = FlagMarks.of(p.flags()).trim();
                if (!mark.isEmpty()) {
                    marks.put((p.actual() != null ? actual : target).getKey() + "|" + p.year(), mark);
                }
            }
            for (XYSeries s : List.of(actual, target)) {
                if (s.getItemCount() == 0) {
                    continue;
                }
                data.addSeries(s);
                int i = data.getSeriesCount() - 1;
                renderer.setSeriesPaint(i, ChartStyle.colour(own));
                renderer.setSeriesStroke(i, s == target ? ChartStyle.DASHED : successor != null ? ChartStyle.DOTTED
                        : ChartStyle.SOLID);
            }
        }
        NumberAxis years = new NumberAxis(ReportText.t("chart.year"));
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(ChartStyle.numberFormat());
        years.setAutoRangeIncludesZero(false);
        years.setLabelFont(ChartStyle.plain());
        NumberAxis values = ChartStyle.valueAxis(ChartStyle.unitLabel(unit), unit);
        ChartStyle.shareRange(values, unit, data);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> marks.get(dataset.getSeriesKey(series) + "|"
                + Math.round(dataset.getXValue(series, item))));
        renderer.setDefaultItemLabelsVisible(!marks.isEmpty());
        renderer.setDefaultItemLabelFont(ChartStyle.plain());
        XYPlot plot = new XYPlot(data, years, values, renderer);
        boolean partial = followed.isEmpty() ? localities.size() > MAX_LOCALITIES : localities.size() > shown.size();
        List<double[]> spread = partial ? TrendSpread.of(points) : List.of();
        if (!spread.isEmpty()) {
            // at scale, the median and quartiles of every locality per year, behind the lines drawn
            YIntervalSeriesCollection band = new YIntervalSeriesCollection();
            band.addSeries(TrendSpread.series(ReportText.t("chart.spread", localities.size()), spread));
            DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
            bandRenderer.setSeriesPaint(0, ChartStyle.SPREAD_LINE);
            bandRenderer.setSeriesFillPaint(0, ChartStyle.SPREAD_FILL);
            bandRenderer.setAlpha(1f);
            plot.setDataset(1, band);
            plot.setRenderer(1, bandRenderer);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
            legend.add(new LegendItem(ReportText.t("chart.spread", localities.size()), ChartStyle.SPREAD_FILL));
        }
        legend.add(new LegendItem(ReportText.kind("actual"), null, null, null, SAMPLE, ChartStyle.SOLID, ChartStyle.PALETTE[7]));
        legend.add(new LegendItem(ReportText.kind("target"), null, null, null, SAMPLE, ChartStyle.DASHED, ChartStyle.PALETTE[7]));
        plot.setFixedLegendItems(legend);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        String subtitle = ReportText.t("chart.trendSubtitle", localities.size(), !followed.isEmpty()
                ? ReportText.t("chart.trendFollowed", followed.size())
                : (focus.isEmpty() ? "" : ReportText.t("chart.trendNoneFollowed"))
                + (shown.size() < localities.size() ? ReportText.t("chart.trendShown", shown.size()) : ""));
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** Whether the reader follows this locality: its id, or its name with or without the level word. */
    static boolean followed(TrendPoint p, List<String> focus) {
        String name = VnText.fold(String.valueOf(p.localityName()));
        for (String f : focus) {
            String wanted = VnText.fold(f.trim());
            if (f.trim().equals(p.localityId()) || wanted.equals(name) || wanted.endsWith(" " + name)
                    && Level.ofWords(wanted.substring(0, wanted.length() - name.length()).trim()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The unit an old locality went into on 1 July 2025 when it went into exactly one, else null. */
    private static Lineage.Unit successor(String id, Lineage lineage) {
        List<Lineage.Unit> next = lineage.wentInto().getOrDefault(id, List.of());
        return next.size() == 1 ? next.get(0) : null;
    }

    /**
     * The localities drawn: the first {@link #MAX_LOCALITIES} by years of data, each successor drawn before the old
     * units it was formed from, which follow it (so a commune's series and its predecessors' share a colour).
     */
    private static List<List<TrendPoint>> withPredecessors(List<List<TrendPoint>> byData, Lineage lineage) {
        Map<String, List<List<TrendPoint>>> predecessors = new HashMap<>();
        List<List<TrendPoint>> heads = new ArrayList<>();
        Map<String, List<TrendPoint>> byId = new HashMap<>();
        byData.forEach(l -> byId.put(l.get(0).localityId(), l));
        for (List<TrendPoint> l : byData) {
            Lineage.Unit next = successor(l.get(0).localityId(), lineage);
            if (next != null && byId.containsKey(next.id())) {
                predecessors.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(l);
            } else {
                heads.add(l);
            }
        }
        List<List<TrendPoint>> shown = new ArrayList<>();
        for (List<TrendPoint> head : heads) {
            if (shown.size() >= MAX_LOCALITIES) {
                break;
            }
            shown.add(head);
            for (List<TrendPoint> old : predecessors.getOrDefault(head.get(0).localityId(), List.of())) {
                if (shown.size() < MAX_LOCALITIES) {
                    shown.add(old);
                }
            }
        }
        return shown;
    }
}
