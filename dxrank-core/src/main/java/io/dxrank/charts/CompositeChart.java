package io.dxrank.charts;

import io.dxrank.core.Pillar;

import java.awt.Color;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The composite ranking: left, each locality's score as a stack of pillar contributions (weight share x pillar
 * score, so the stack adds up to the score); right, its rank with the rank_p05-rank_p95 interval under weight
 * perturbation when analytics computed one. Top {@link RankingChart#TOP_N} localities.
 */
public final class CompositeChart {

    private CompositeChart() {
    }

    /**
     * @param ranked  entries of one year, kind and level group, best rank first
     * @param weights pillar code to weight (missing pillars weigh 0)
     */
    public static JFreeChart build(String title, List<CompositeEntry> ranked, Map<String, Double> weights) {
        List<CompositeEntry> shown = ranked.subList(0, Math.min(ranked.size(), RankingChart.TOP_N));
        DefaultCategoryDataset stack = new DefaultCategoryDataset();
        String[] labels = new String[shown.size()];
        Set<String> present = new HashSet<>();
        shown.forEach(e -> present.addAll(e.pillarScores().keySet()));
        List<Pillar> pillars = Arrays.stream(Pillar.values()).filter(p -> present.contains(p.code()))
                .toList();
        for (int i = 0; i < shown.size(); i++) {
            CompositeEntry e = shown.get(i);
            labels[i] = e.rank() + ". " + e.localityName() + FlagMarks.of(e.flags());
            Map<String, Double> parts = contributions(e, weights);
            for (Pillar p : pillars) {
                stack.addValue(parts.getOrDefault(p.code(), 0.0), ReportText.pillar(p.code()), new RankingChart.Bar(i, labels[i], "",
                        false));
            }
        }
        StackedBarRenderer stacked = new StackedBarRenderer();
        stacked.setBarPainter(new StandardBarPainter());
        stacked.setShadowVisible(false);
        for (int i = 0; i < pillars.size(); i++) {
            // a pillar keeps its colour whichever pillars are present
            stacked.setSeriesPaint(i, ChartStyle.colour(pillars.get(i).ordinal()));
        }
        // z-scores (--normalization zscore) fall below 0 and above 100: a 0-100 axis hid them as empty bars
        boolean zScores = shown.stream().anyMatch(e -> e.score() < 0 || e.score() > 100);
        NumberAxis scoreAxis = new NumberAxis(ReportText.t(zScores ? "chart.zScoreByPillar" : "chart.scoreByPillar"));
        if (zScores) {
            scoreAxis.setAutoRangeIncludesZero(true);
            scoreAxis.setNumberFormatOverride(ChartStyle.numberFormat());
        } else {
            scoreAxis.setRange(0, 100);
        }
        scoreAxis.setLabelFont(ChartStyle.plain());
        CategoryPlot scores = new CategoryPlot(stack, null, scoreAxis, stacked);
        scores.setRangeGridlinePaint(ChartStyle.GRID);

        CategoryPlot ranks = rankPlot(shown, labels);
        CategoryAxis localities = new CategoryAxis(null);
        localities.setTickLabelFont(ChartStyle.small());
        localities.setMaximumCategoryLabelWidthRatio(0.35f);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(localities);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.add(scores, 3);
        plot.add(ranks, 1);
        String subtitle = ReportText.t("chart.compositeSubtitle", ranked.size(), ranked.size() > shown.size()
                ? ReportText.t("chart.topShown", shown.size()) : "");
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** Points each pillar adds to the score: weight share among the pillars present x pillar score. */
    public static Map<String, Double> contributions(CompositeEntry e, Map<String, Double> weights) {
        double total = 0;
        for (String pillar : e.pillarScores().keySet()) {
            total += weights.getOrDefault(pillar, 0.0);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> p : e.pillarScores().entrySet()) {
            double w = weights.getOrDefault(p.getKey(), 0.0);
            out.put(p.getKey(), total == 0 ? 0.0 : w / total * p.getValue());
        }
        return out;
    }

    private static CategoryPlot rankPlot(List<CompositeEntry> shown, String[] labels) {
        int n = shown.size();
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        DefaultCategoryDataset rankPoints = new DefaultCategoryDataset();
        RankingChart.Bar[] keys = new RankingChart.Bar[n];
        double maxRank = 1;
        for (int i = 0; i < n; i++) {
            CompositeEntry e = shown.get(i);
            keys[i] = new RankingChart.Bar(i, labels[i], "", false);
            starts[0][i] = e.rankP05() == null ? e.rank() : e.rankP05();
            ends[0][i] = e.rankP95() == null ? e.rank() : e.rankP95();
            rankPoints.addValue(e.rank(), ReportText.t("chart.rank"), keys[i]);
            maxRank = Math.max(maxRank, Math.max(e.rank(), ends[0][i].doubleValue()));
        }
        DefaultIntervalCategoryDataset interval = new DefaultIntervalCategoryDataset(
                new Comparable[] {ReportText.t("chart.rankRange")}, keys, starts, ends);
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xc6dbef));
        NumberAxis rankAxis = new NumberAxis(ReportText.t("chart.rank"));
        rankAxis.setRange(0.5, maxRank + 0.5);
        rankAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rankAxis.setLabelFont(ChartStyle.plain());
        CategoryPlot ranks = new CategoryPlot(interval, null, rankAxis, bars);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.PALETTE[7]);
        ranks.setDataset(1, rankPoints);
        ranks.setRenderer(1, dots);
        ranks.setRangeGridlinePaint(ChartStyle.GRID);
        // the rank dot on top of its interval, not hidden behind it
        ranks.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ranks;
    }

    /** Pixel height for a composite chart of the given number of ranked localities. */
    public static int height(int size) {
        return RankingChart.height(size) + 40;
    }
}
