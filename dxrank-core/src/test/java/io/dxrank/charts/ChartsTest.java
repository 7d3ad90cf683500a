package io.dxrank.charts;

import java.util.ArrayList;
import java.util.Collections;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.data.category.IntervalCategoryDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every chart type: its model (datasets, axes) and a real headless drawing of the expected size. */
class ChartsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {5, 500})
    void rankingShowsTopNAndOthersWithNInSubtitle(int n) throws Exception {
        JFreeChart chart = RankingChart.build("Hồ sơ xử lý trên môi trường mạng", ChartFixtures.ranking(n, "q"));
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        int expectedBars = Math.min(n, RankingChart.TOP_N);
        assertEquals(expectedBars, data.getColumnCount());
        assertEquals("1. Xã Tĩnh Hải", data.getColumnKey(0).toString());
        assertEquals(100.0, data.getValue(0, 0).doubleValue(), 1e-9);
        if (n > RankingChart.TOP_N) {
            String last = data.getColumnKey(expectedBars - 1).toString();
            assertEquals((n - RankingChart.TOP_N + 1) + " địa phương khác (trung vị)", last);
            // ranks 25..500 have values 100 - i/10 for i = 24..499: median at i = 261.5
            assertEquals(73.85, data.getValue(0, expectedBars - 1).doubleValue(), 1e-9);
        }
        assertTrue(subtitle(chart).startsWith(n + " địa phương"), subtitle(chart));
        // two levels (xa, phuong) get two legend colours, plus "others" when folded
        assertEquals(n > RankingChart.TOP_N ? 3 : 2, chart.getCategoryPlot().getFixedLegendItems().getItemCount());
        assertDrawn(chart, "ranking_" + n, RankingChart.height(n));
    }

    @Test
    void compositeStacksPillarContributionsThatAddUpToTheScoreAndShowsTheRankInterval() throws Exception {
        List<CompositeEntry> entries = ChartFixtures.composite(30, 2024);
        JFreeChart chart = CompositeChart.build("Chỉ số tổng hợp", entries, ChartFixtures.weights());
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
        CategoryPlot scores = (CategoryPlot) plot.getSubplots().get(0);
        CategoryDataset stack = scores.getDataset();
        assertEquals(RankingChart.TOP_N, stack.getColumnCount());
        double sum = 0;
        for (int row = 0; row < stack.getRowCount(); row++) {
            sum += stack.getValue(row, 0).doubleValue();
        }
        // 0.5*90 + 0.25*70 + 0.25*50
        assertEquals(75.0, sum, 1e-9);
        CategoryPlot ranks = (CategoryPlot) plot.getSubplots().get(1);
        IntervalCategoryDataset interval =
                (IntervalCategoryDataset) ranks.getDataset(0);
        assertEquals(1.0, interval.getStartValue(0, 0).doubleValue(), 1e-9, "no p05: the rank itself");
        assertEquals(1.0, interval.getStartValue(0, 2).doubleValue(), 1e-9);
        assertEquals(4.0, interval.getEndValue(0, 2).doubleValue(), 1e-9);
        assertEquals(List.of("Dữ liệu số", "Chính quyền số", "Xã hội số"), stack.getRowKeys(), "only pillars with data");
        assertEquals(DatasetRenderingOrder.FORWARD, ranks.getDatasetRenderingOrder(),
                "rank dots drawn over their intervals");
        assertTrue(ranks.getRangeAxis().getRange().contains(entries.get(RankingChart.TOP_N - 1).rankP95()));
        assertDrawn(chart, "composite", CompositeChart.height(entries.size()));
    }

    /** Communes in different districts often share a name; one locality's series must not collide with another's. */
    @Test
    void trendOfTwoLocalitiesWithTheSameNameDrawsBoth() throws Exception {
        List<TrendPoint> points = new ArrayList<>();
        for (String id : List.of("x-nam-dan-hoa-binh", "x-ky-son-hoa-binh")) {
            points.add(new TrendPoint(id, "Hòa Bình", "records_online", 2023, 80.0, null, null));
            points.add(new TrendPoint(id, "Hòa Bình", "records_online", 2024, null, 95.0, null));
        }
        JFreeChart chart = TrendChart.build("Xu hướng", "percent", points);
        assertEquals(4, chart.getXYPlot().getDataset().getSeriesCount());
        assertEquals("Hòa Bình [x-ky-son-hoa-binh]", chart.getXYPlot().getFixedLegendItems().get(0).getLabel());
        assertEquals("Hòa Bình [x-nam-dan-hoa-binh]", chart.getXYPlot().getFixedLegendItems().get(1).getLabel());
        assertDrawn(chart, "trend_same_name", 480);
    }

    @Test
    void contributionsRenormalizeOverThePillarsPresent() {
        CompositeEntry e = new CompositeEntry("L", "X", 2024, "actual", "commune", 80, 1,
                Map.of("government", 80.0), null, null);
        assertEquals(Map.of("government", 80.0), CompositeChart.contributions(e, ChartFixtures.weights()));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 500})
    void trendDrawsActualSolidAndTargetDashedForAtMostEightLocalities(int localities) throws Exception {
        JFreeChart chart = TrendChart.build("Xu hướng", "percent", ChartFixtures.trends(localities));
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        int shown = Math.min(localities, TrendChart.MAX_LOCALITIES);
        assertEquals(2 * shown, data.getSeriesCount());
        assertEquals("L0 (kết quả thực hiện)", data.getSeriesKey(0));
        assertEquals("L0 (chỉ tiêu kế hoạch)", data.getSeriesKey(1));
        assertEquals("Xã Tĩnh Hải", plot.getFixedLegendItems().get(0).getLabel());
        assertEquals(ChartStyle.SOLID, plot.getRenderer().getSeriesStroke(0));
        assertEquals(ChartStyle.DASHED, plot.getRenderer().getSeriesStroke(1));
        assertEquals(plot.getRenderer().getSeriesPaint(0), plot.getRenderer().getSeriesPaint(1));
        assertEquals(2022, plot.getDomainAxis().getRange().getLowerBound(), 0.5);
        boolean spread = localities > TrendChart.MAX_LOCALITIES;
        assertEquals(shown + 2 + (spread ? 1 : 0), plot.getFixedLegendItems().getItemCount(),
                "one per locality, actual, target, and the spread of all when not all are drawn");
        assertDrawn(chart, "trend_" + localities, 480);
    }

    @Test
    void aTrendThatCannotDrawEveryLocalityShowsTheMedianAndQuartilesOfAll() {
        // 500 localities, results 2022: 55 + (i mod 10) -> 55..64, each value 50 times
        XYPlot plot = TrendChart.build("Xu hướng", "percent", ChartFixtures.trends(500)).getXYPlot();
        YIntervalSeriesCollection band = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(4, band.getItemCount(0), "one per year");
        assertEquals(2022, band.getXValue(0, 0), 1e-9);
        assertEquals(59.5, band.getYValue(0, 0), 1e-9, "median");
        assertEquals(57.0, band.getStartYValue(0, 0), 1e-9, "25th percentile");
        assertEquals(62.0, band.getEndYValue(0, 0), 1e-9, "75th percentile");
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            legend.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertTrue(legend.contains("trung vị và khoảng tứ phân vị của cả 500 địa phương"), legend.toString());
        // a few localities, all drawn: no band
        assertEquals(null, TrendChart.build("Xu hướng", "percent", ChartFixtures.trends(5)).getXYPlot().getDataset(1));
    }

    /** The reader picks the localities drawn over the spread of all 500, by id or by name with its level word. */
    @Test
    void aTrendDrawsTheLocalitiesTheReaderFollowsOverTheSpread() {
        List<TrendPoint> points = ChartFixtures.trends(500);
        String followedName = ChartFixtures.name(123);
        XYPlot plot = TrendChart.build("Xu hướng", "percent", points, Lineage.NONE,
                List.of("L321", "xã " + followedName)).getXYPlot();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            keys.add(plot.getDataset().getSeriesKey(i));
        }
        assertEquals(List.of("L123 (kết quả thực hiện)", "L123 (chỉ tiêu kế hoạch)", "L321 (kết quả thực hiện)",
                "L321 (chỉ tiêu kế hoạch)"), keys);
        assertTrue(plot.getDataset(1) != null, "the spread of all stands behind them");
        assertTrue(TrendChart.followed(points.get(0), List.of(" L0 ")));
        assertTrue(!TrendChart.followed(points.get(0), List.of("huyện lạ " + ChartFixtures.name(0))),
                "a name is matched whole, after a level word only");
        // nobody followed reports it: the localities with the most years, and the subtitle says so
        JFreeChart none = TrendChart.build("Xu hướng", "percent", points, Lineage.NONE, List.of("không có"));
        assertEquals(2 * TrendChart.MAX_LOCALITIES, none.getXYPlot().getDataset().getSeriesCount());
        String subtitle = none.getSubtitles().stream().filter(t -> t instanceof TextTitle)
                .map(t -> ((TextTitle) t).getText()).findFirst().orElse("");
        assertTrue(subtitle.contains("không địa phương đang theo dõi nào"), subtitle);
    }

    @Test
    void achievementSplitsPointsByAchievedWithASharedSquareRange() throws Exception {
        JFreeChart chart = AchievementChart.build("Mục tiêu và thực hiện", "percent", ChartFixtures.trends(10));
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(40, data.getItemCount(0) + data.getItemCount(1));
        assertEquals(chart.getXYPlot().getDomainAxis().getRange(), chart.getXYPlot().getRangeAxis().getRange());
        assertEquals(1, chart.getXYPlot().getAnnotations().size(), "the diagonal");
        assertDrawn(chart, "achievement", 480);
    }

    @Test
    void ambitionDrawsEachRowOfItsLevelGroupWithoutJoiningYears() throws Exception {
        List<Ambition.Year> rows = List.of(new Ambition.Year("all", 2023, 70, 60, 80, 2, null),
                new Ambition.Year("commune", 2025, 90, 80, 100, 3, 60.0),
                new Ambition.Year("commune", 2023, 70, 60, 80, 2, null),
                new Ambition.Year("province", 2024, 95, 95, 95, 1, 90.0));
        Map<String, List<Ambition.Year>> groups = Ambition.byLevelGroup(rows);
        // "all" repeats or mixes the level groups: one chart per level group, years in order
        assertEquals(List.of("commune", "province"), List.copyOf(groups.keySet()));
        List<Ambition.Year> commune = groups.get("commune");
        assertEquals(List.of(2023, 2025), commune.stream().map(Ambition.Year::year).toList());
        assertEquals(5, Ambition.targets(commune));
        assertEquals(List.of("all"), List.copyOf(Ambition.byLevelGroup(rows.subList(0, 1)).keySet()));

        JFreeChart chart = AmbitionChart.build("Tham vọng", "percent", commune);
        XYPlot plot = chart.getXYPlot();
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        // one point per ambition.csv row (2023 and 2025, nothing invented for 2024), one national point (2025)
        assertEquals(2, data.getSeriesCount());
        assertEquals(2, data.getItemCount(0));
        assertEquals(2025.0, data.getXValue(0, 1));
        assertEquals(90.0, data.getYValue(0, 1));
        assertEquals(80.0, data.getStartYValue(0, 1));
        assertEquals(100.0, data.getEndYValue(0, 1));
        assertEquals(1, data.getItemCount(1));
        assertEquals(60.0, data.getYValue(1, 0));
        assertFalse(((XYErrorRenderer) plot.getRenderer()).getDefaultLinesVisible());
        assertTrue(plot.getRangeAxis().getRange().contains(100.0));
        assertDrawn(chart, "ambition", 420);
        assertEquals(1, AmbitionChart.build("t", "percent", groups.get("commune").subList(0, 1)).getXYPlot()
                .getDataset().getSeriesCount());
    }

    @Test
    void anOldCommunesSeriesAndItsSuccessorsShareOneTrendChartLabelled() throws Exception {
        // phường Quang Tiến (16994) (2024 plan) went into phường Tây Hiếu (17011, 2026 plan) on 1 July 2025 (data/reference/lineage.csv)
        List<TrendPoint> points = List.of(new TrendPoint("16994", "Quang Tiến", "records", 2024, 70.0, 80.0, false),
                new TrendPoint("17011", "Tây Hiếu", "records", 2026, 92.0, 95.0, false),
                new TrendPoint("99999", "An Bình", "records", 2026, 60.0, null, null));
        Lineage lineage = Lineage.of(List.<String[]>of(new String[] {"16994", "Quang Tiến", "phuong", "17011", "Tây Hiếu",
            "phuong"}), Set.of("16994", "17011", "99999"));
        XYPlot plot = TrendChart.build("Xu hướng", "percent", points, lineage).getXYPlot();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            labels.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertTrue(labels.contains("Quang Tiến (nay thuộc Tây Hiếu; nét chấm)"), labels.toString());
        XYDataset data = plot.getDataset();
        int old = -1;
        int next = -1;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String key = data.getSeriesKey(i).toString();
            old = key.startsWith("16994") && key.contains("(kết quả") ? i : old;
            next = key.startsWith("17011") && key.contains("(kết quả") ? i : next;
        }
        assertTrue(old >= 0 && next >= 0, "both units' results are drawn");
        assertEquals(plot.getRenderer().getSeriesPaint(next), plot.getRenderer().getSeriesPaint(old),
                "the old commune takes its successor's colour");
        assertEquals(ChartStyle.DOTTED, plot.getRenderer().getSeriesStroke(old));
        assertEquals(ChartStyle.SOLID, plot.getRenderer().getSeriesStroke(next));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 500})
    void heatmapCapsRowsAndColumns(int localities) throws Exception {
        List<HeatCell> cells = new ArrayList<>();
        for (int i = 0; i < localities; i++) {
            for (int k = 0; k < 25; k++) {
                if ((i + k) % 3 != 0) {
                    cells.add(new HeatCell("L" + i, ChartFixtures.name(i), "ind_" + k, (i * 7 + k * 13) % 101));
                }
            }
        }
        JFreeChart chart = HeatmapChart.build("Bản đồ nhiệt", cells);
        XYPlot plot = chart.getXYPlot();
        int rows = Math.min(localities, HeatmapChart.MAX_LOCALITIES);
        assertEquals(rows, ((SymbolAxis) plot.getRangeAxis()).getSymbols().length);
        assertEquals(HeatmapChart.MAX_INDICATORS,
                ((SymbolAxis) plot.getDomainAxis()).getSymbols().length);
        for (int i = 0; i < plot.getDataset().getItemCount(0); i++) {
            assertTrue(plot.getDataset().getXValue(0, i) < HeatmapChart.MAX_INDICATORS);
            assertTrue(plot.getDataset().getYValue(0, i) < rows);
        }
        assertTrue(subtitle(chart).startsWith(localities + " địa phương x 25 chỉ tiêu"), subtitle(chart));
        assertEquals(HeatmapChart.MISSING, chart.getXYPlot().getBackgroundPaint(), "a missing cell is grey");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof LegendTitle lt
                && lt.getSources()[0].getLegendItems().get(0).getLabel().equals("không có số liệu")), "and says so");
        String[] labels = ((SymbolAxis) plot.getRangeAxis()).getSymbols();
        if (localities > HeatmapChart.MAX_LOCALITIES) {
            // all have 16-17 indicators; the best mean scores win and come first
            double first = meanScore(cells, labels[0]);
            double last = meanScore(cells, labels[labels.length - 1]);
            assertTrue(first >= last, first + " < " + last);
        }
        assertDrawn(chart, "heatmap_" + localities, HeatmapChart.height(localities));
    }

    @Test
    void slopePairsRanksOfTwoYearsAndKeepsTheBest() throws Exception {
        List<CompositeEntry> both = new ArrayList<>(ChartFixtures.composite(40, 2023));
        List<CompositeEntry> later = ChartFixtures.composite(40, 2024);
        Collections.reverse(later);
        both.addAll(later);
        List<RankChange> changes = RankChanges.between(both, 2023, 2024);
        assertEquals(40, changes.size());
        assertEquals(new RankChange("L39", ChartFixtures.name(39), 40, 40), changes.get(0));
        JFreeChart chart = SlopeChart.build("Thay đổi thứ hạng", 2023, 2024, changes);
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(SlopeChart.MAX_LOCALITIES, data.getSeriesCount());
        assertEquals("L0", data.getSeriesKey(0));
        assertEquals(1.0, data.getYValue(0, 1), 1e-9);
        assertDrawn(chart, "slope", 520);
    }

    @Test
    void svgOnRequestIsAnSvgDocumentWithTheVietnameseTitleAsText() throws Exception {
        JFreeChart chart = RankingChart.build("Hồ sơ xử lý trên môi trường mạng", ChartFixtures.ranking(5, "q"));
        String file = ChartFormat.named("SVG").write(chart, dir, "ranking", 900, 300);
        assertEquals("ranking.svg", file);
        String svg = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"), "svg root");
        assertTrue(svg.contains("Hồ sơ xử lý trên môi trường mạng"), "title kept as text");
        assertEquals(ChartFormat.PNG, ChartFormat.named(null));
        assertThrows(IllegalArgumentException.class, () -> ChartFormat.named("gif"));
    }

    /** Issue 19, part 2 to the chart: a flagged value's bar carries its mark, and the caption explains it. */
    @Test
    void flaggedValuesCarryTheirMarkOnTheBarAndTheLegendExplainsIt() throws Exception {
        List<RankedValue> ranking = new ArrayList<>();
        String[] flags = {"prose;approx", "table", "prose;range;guessed_kind;guessed_year", "table;out_of_range",
            "prose;per_capita;restated"};
        for (RankedValue v : ChartFixtures.ranking(5, "q")) {
            ranking.add(new RankedValue(v.indicatorCode(), v.indicatorName(), v.year(), v.period(), v.kind(),
                    v.levelGroup(), v.localityId(), v.localityName(), v.level(), v.value(), v.rank(), v.n(), v.unit(),
                    v.sourceFile(), v.sourceLine(), v.quote(), v.percentile(), flags[ranking.size()]));
        }
        JFreeChart chart = RankingChart.build("Hồ sơ xử lý trên môi trường mạng", ranking);
        String svg = Files.readString(dir.resolve(ChartFormat.named("SVG").write(chart, dir, "flags", 900, 300)),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains(ranking.get(0).localityName() + " ≈"), "approx marked on its bar");
        assertTrue(svg.contains(ranking.get(2).localityName() + " ↔?<")
                || svg.contains(ranking.get(2).localityName() + " ↔? "), "range and low confidence marked, '?' once");
        assertTrue(svg.contains(ranking.get(3).localityName() + " !"), "out of range marked");
        assertTrue(svg.contains(ranking.get(4).localityName() + " ‰≠"), "per capita and restated marked");
        assertFalse(svg.contains(ranking.get(1).localityName() + " "), "a plain table value has no mark");
        String legend = ReportWriter.withLegend(ranking);
        assertTrue(legend.contains("≈ văn bản ghi \"khoảng\"") && legend.contains("↔ đầu thấp")
                && legend.contains("! ngoài 0-100%") && legend.contains("‰ tính trên 1.000 dân")
                && legend.contains("≠ một văn bản khác nêu giá trị khác")
                && legend.contains("? máy đoán loại (kết quả/chỉ tiêu) hoặc năm, độ tin cậy thấp"), legend);
        assertEquals(1, legend.split("\\?", -1).length - 1, "the two guesses share one mark, explained once: " + legend);
        assertEquals("", ReportWriter.withLegend(ranking.subList(1, 2)));
    }

    /** Issue 19, part 2 on the trend chart: a flagged year's point carries its mark, a plain one none. */
    @Test
    void aFlaggedYearCarriesItsMarkOnTheTrendChart() throws Exception {
        List<TrendPoint> points = List.of(
                new TrendPoint("L1", "Xã Một", "q", 2023, 60.0, null, null, "guessed_year"),
                new TrendPoint("L1", "Xã Một", "q", 2024, 70.0, 80.0, false, ""),
                new TrendPoint("L2", "Xã Hai", "q", 2024, null, 90.0, null, "restated"));
        String svg = Files.readString(dir.resolve(ChartFormat.named("SVG").write(TrendChart.build("Xu hướng", "%", points),
                dir, "trend-flags", 900, 480)), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">?<"), "the guessed year's result point is marked");
        assertTrue(svg.contains(">≠<"), "the restated target (no result that year) is marked");
        assertFalse(svg.contains(">≈<"), "no mark that no point has");
    }

    @Test
    void fileNamesAreStableAscii() {
        assertEquals("ranking_records_online_2024_actual_commune",
                ChartNames.stem("ranking", "records_online", "2024", "actual", "commune"));
        assertEquals("trend_ty-le-dan-so-dung-dien-thoai", ChartNames.stem("trend", "Tỷ lệ dân số dùng điện thoại"));
        assertEquals("slope_x_2023-2025", ChartNames.stem("slope", "Đ/X", null, "2023-2025").replace("d-x", "x"));
        assertTrue(ChartNames.stem("Phường Đồng Xuân <script>").matches("[a-z0-9._-]+"));
    }

    private static double meanScore(List<HeatCell> cells, String name) {
        return cells.stream().filter(c -> c.localityName().equals(name)).mapToDouble(HeatCell::score).average()
                .orElseThrow();
    }

    private static String subtitle(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(t -> t instanceof TextTitle).map(t -> ((TextTitle) t).getText())
                .findFirst().orElseThrow();
    }

    /** Draws the chart as PNG, reads it back and checks size and that it is more than a blank canvas. */
    private void assertDrawn(JFreeChart chart, String stem, int height) throws Exception {
        String file = ChartFormat.PNG.write(chart, dir, stem, 900, height);
        BufferedImage image = ChartFixtures.readImage(dir.resolve(file));
        assertEquals(900, image.getWidth());
        assertEquals(height, image.getHeight());
        String ink = ChartFixtures.inkSummary(image);
        assertTrue(ChartFixtures.ink(image) > 0.02, ink);
        assertTrue(ChartFixtures.colours(image) > 8, ink);
    }

    @Test
    void valueAxesReadRightForEqualValuesAndShares() {
        List<TrendPoint> allHundred = new ArrayList<>();
        for (int year = 2022; year <= 2025; year++) {
            allHundred.add(new TrendPoint("L0", "Xã Một", "records_online", year, 100.0, 100.0, true));
        }
        NumberAxis share = (NumberAxis) TrendChart.build("Xu hướng", "percent", allHundred).getXYPlot().getRangeAxis();
        assertEquals(0, share.getLowerBound());
        assertEquals(100, share.getUpperBound(), 2.1, "a share runs 0-100");
        NumberAxis count = (NumberAxis) TrendChart.build("Xu hướng", "posts", allHundred).getXYPlot().getRangeAxis();
        assertTrue(count.getUpperBound() - count.getLowerBound() >= 1.0, "equal values still span the axis");
        assertEquals("100", count.getNumberFormatOverride().format(100.0), "never 1E2");
    }

    @Test
    void heatmapColumnLabelsStayShortEnoughToLeaveRoomForTheCells() {
        String name = "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình";
        String label = HeatmapChart.label(name);
        assertTrue(label.length() <= HeatmapChart.MAX_LABEL && label.endsWith("…"), label);
        assertTrue(name.startsWith(label.substring(0, label.length() - 1)), "cut between words: " + label);
        assertEquals("Nhóm Zalo", HeatmapChart.label("Nhóm Zalo"));
    }

    @Test
    void zScoresGetTheirOwnAxisWithRoomBelowZero() {
        List<CompositeEntry> z = List.of(
                new CompositeEntry("A", "Xã A", 2024, "actual", "commune", 1.2, 1, Map.of("government", 1.2), null, null),
                new CompositeEntry("B", "Xã B", 2024, "actual", "commune", -0.8, 2, Map.of("government", -0.8), null,
                        null));
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) CompositeChart.build("z", z,
                ChartFixtures.weights()).getPlot();
        NumberAxis axis = (NumberAxis) ((CategoryPlot) plot.getSubplots().get(0)).getRangeAxis();
        assertTrue(axis.getLabel().startsWith("điểm z"), axis.getLabel());
        assertTrue(axis.getLowerBound() < 0, "a negative score stays visible: " + axis.getLowerBound());
        NumberAxis minmax = (NumberAxis) ((CategoryPlot) ((CombinedDomainCategoryPlot) CompositeChart.build("m",
                ChartFixtures.composite(3, 2024), ChartFixtures.weights()).getPlot()).getSubplots().get(0)).getRangeAxis();
        assertEquals(100, minmax.getUpperBound(), 1e-9, "0-100 scores keep their 0-100 axis");
    }
}
