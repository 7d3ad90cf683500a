package io.dxrank.charts;

import io.dxrank.core.CrossChecks;
import io.dxrank.analytics.LevelGroups;
import io.dxrank.analytics.OnTrack;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeMap;
import io.dxrank.core.Pillar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;

/**
 * Writes every chart and charts/index.html: static and offline (no external scripts, fonts or CDNs), sections
 * by pillar and indicator, a caption per chart saying what it shows and from how many plans, top and bottom
 * tables whose values drill down to plan file, line and quote, links to the CSVs. Every text that comes from a
 * plan is HTML-escaped. A tiny inline script marks {@code <body data-images="ok N">} once all images loaded,
 * which the headless-browser test reads.
 */
public final class ReportWriter {

    /** Rows shown at each end of a ranking table. */
    public static final int TABLE_ROWS = 5;
    static final int WIDTH = 900;

    private final Path dir;
    private final ChartFormat format;
    private final ReportData data;
    /** Where the page being built goes: the front page's body, or an indicator page's while it is written. */
    private StringBuilder body = new StringBuilder();
    /** How the page being built reaches the charts folder: "" from the front page, "../" from a page below it. */
    private String up = "";
    private int charts;
    /** Indicators charted on the front page, most reported first; each further indicator gets a page of its own. */
    public static final int FRONT_PAGE_INDICATORS = 20;
    /** The folder of the indicator pages, beside localities/. */
    static final String INDICATOR_FOLDER = "indicators";
    /** The codes of the front page's indicators, looked up for every ranked value and link. */
    private final Set<String> frontPageCodes;
    /** Indicators with a page of their own, linked from the front page. */
    private final List<IndicatorInfo> ownPages = new ArrayList<>();
    /** Charts are drawn one per core while the page is built. */
    private final ExecutorService drawing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    private final Map<String, Future<String>> drawings = new LinkedHashMap<>();

    /** Summary of what was written, for the manifest. */
    public record Result(int charts, Path index) {
    }

    private ReportWriter(Path dir, ChartFormat format, ReportData data, List<String> focus) {
        this.dir = dir;
        this.format = format;
        this.data = data;
        this.focus = List.copyOf(focus);
        this.frontPageCodes = frontPage().stream().map(IndicatorInfo::code).collect(Collectors.toSet());
    }

    /** Chart files a previous run may have left; removed so the folder shows this run only. */
    static final Pattern OUR_CHARTS = Pattern.compile(
            "(ranking|composite|slope|heatmap|trend|achievement|ambition|map)_[a-z0-9._-]*\\.(png|svg)");

    /** The localities the reader follows, drawn on the trend charts. */
    private final List<String> focus;

    /** Localities with a page of their own (written after the charts, counted on the front page). */
    private int localityPages;

    public static Result write(Path chartsDir, ChartFormat format, ReportData data) throws IOException {
        return write(chartsDir, format, data, List.of());
    }

    /** @param focus the localities the reader follows: the trend charts draw them (ids or names) */
    public static Result write(Path chartsDir, ChartFormat format, ReportData data, List<String> focus)
            throws IOException {
        Files.createDirectories(chartsDir);
        try (Stream<Path> old = Files.list(chartsDir)) {
            for (Path f : old.filter(f -> OUR_CHARTS.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.delete(f);
            }
        }
        Path indicatorPages = chartsDir.resolve(INDICATOR_FOLDER);
        if (Files.isDirectory(indicatorPages)) {
            try (Stream<Path> old = Files.list(indicatorPages)) {
                for (Path f : old.filter(f -> f.getFileName().toString().endsWith(".html")).toList()) {
                    Files.delete(f); // an indicator without data this run keeps no page of an earlier one
                }
            }
        }
        ReportWriter w = new ReportWriter(chartsDir, format, data, focus);
        try {
            w.overview();
            w.pillars();
            w.awaitDrawings();
            w.localityPages = LocalityPages.write(chartsDir, data);
        } finally {
            w.drawing.shutdownNow();
        }
        // written beside, then moved, so a browser never opens a half-written page
        Path index = chartsDir.resolve("index.html");
        Path partial = chartsDir.resolve("index.html.partial");
        Files.writeString(partial, w.page(), StandardCharsets.UTF_8);
        Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(w.charts, index);
    }

    private void overview() throws IOException {
        body.append("<section id=\"overall\">\n<h2>").append(esc(ReportText.t("overall.heading"))).append("</h2>\n");
        Map<String, List<CompositeEntry>> groups = new LinkedHashMap<>();
        for (CompositeEntry e : data.composite()) {
            groups.computeIfAbsent(e.kind() + "|" + e.levelGroup(), k -> new ArrayList<>()).add(e);
        }
        boolean any = false;
        for (List<CompositeEntry> group : groups.values()) {
            CompositeEntry first = group.get(0);
            if (!"actual".equals(first.kind())) {
                continue;
            }
            int latest = group.stream().mapToInt(CompositeEntry::year).max().orElseThrow();
            List<CompositeEntry> now = group.stream().filter(e -> e.year() == latest).toList();
            String groupName = ReportText.group(first.levelGroup());
            String title = ReportText.t("composite.title", latest, groupName);
            JFreeChart chart = CompositeChart.build(title, now, data.weights());
            figure(ChartNames.stem("composite", first.kind(), Integer.toString(latest), first.levelGroup()), chart,
                    CompositeChart.height(now.size()), title, ReportText.t("composite.caption", now.size(), groupName,
                            latest, fromPlans(data.plans())) + legendOf(now.stream().map(CompositeEntry::flags).toList()));
            any = true;
            map(now, latest, groupName, first);
            TreeSet<Integer> years = new TreeSet<>();
            group.forEach(e -> years.add(e.year()));
            Integer before = years.lower(latest);
            if (before != null) {
                List<RankChange> changes = RankChanges.between(group, before, latest);
                if (!changes.isEmpty()) {
                    String slope = ReportText.t("slope.title", before, latest, groupName);
                    figure(ChartNames.stem("slope", first.kind(), before + "-" + latest, first.levelGroup()),
                            SlopeChart.build(slope, before, latest, changes), 520, slope,
                            ReportText.t("slope.caption", before, latest, groupName, fromPlans(data.plans())));
                }
            }
        }
        if (!any) {
            body.append("<p>").append(esc(ReportText.t("overall.none"))).append("</p>\n");
        }
        comparisons(!any);
        List<HeatCell> cells = new ArrayList<>();
        for (RankedValue v : data.rankings()) {
            if ("actual".equals(v.kind()) && !"all".equals(v.levelGroup()) && !Double.isNaN(v.percentile())
                    && onFrontPage(v.indicatorCode())) {
                cells.add(new HeatCell(v.localityId(), v.localityName(), indicatorName(v.indicatorCode()),
                        v.percentile()));
            }
        }
        if (!cells.isEmpty()) {
            long localities = cells.stream().map(HeatCell::localityId).distinct().count();
            figure("heatmap_actual", HeatmapChart.build(ReportText.t("heatmap.title"), cells),
                    HeatmapChart.height((int) localities), ReportText.t("heatmap.alt"), ReportText.t("heatmap.caption",
                            localities, fromPlans(distinctSources(data.rankings()))));
        }
        body.append("</section>\n");
    }

    /** Beside the composite ranking, the map of its localities' centroids, and those without one listed under it. */
    private void map(List<CompositeEntry> now, int year, String groupName, CompositeEntry first) throws IOException {
        long placed = now.stream().filter(e -> data.centroids().containsKey(e.localityId())).count();
        if (placed == 0) {
            return;
        }
        String title = ReportText.t("map.title", year, groupName);
        figure(ChartNames.stem("map", first.kind(), Integer.toString(year), first.levelGroup()),
                MapChart.build(title, now, data.centroids()), MapChart.HEIGHT_PX, title,
                ReportText.t("map.caption", placed));
        List<String> missing = now.stream().filter(e -> !data.centroids().containsKey(e.localityId()))
                .map(CompositeEntry::localityName).toList();
        if (!missing.isEmpty()) {
            body.append("<p class=\"unmapped\">").append(esc(ReportText.t("map.missing", String.join(", ", missing))))
                    .append("</p>\n");
        }
        // and one map per province when the ranking spans several: each province's localities in their own order
        for (Map.Entry<String, List<CompositeEntry>> province : MapChart.byProvince(now, data.centroids()).entrySet()) {
            String provinceTitle = ReportText.t("map.province.title", year, groupName, province.getKey());
            figure(ChartNames.stem("map", first.kind(), Integer.toString(year), first.levelGroup(), province.getKey()),
                    MapChart.build(provinceTitle, province.getValue(), data.centroids()), MapChart.HEIGHT_PX,
                    provinceTitle, ReportText.t("map.province.caption", province.getValue().size(), province.getKey()));
        }
    }

    private void pillars() throws IOException {
        Map<String, List<RankedValue>> rankings = new LinkedHashMap<>();
        for (RankedValue v : data.rankings()) {
            rankings.computeIfAbsent(v.indicatorCode(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        for (TrendPoint t : data.trends()) {
            trends.computeIfAbsent(t.indicatorCode(), k -> new ArrayList<>()).add(t);
        }
        List<String> pillarOrder = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            pillarOrder.add(p.code());
        }
        data.indicators().forEach(i -> {
            if (!pillarOrder.contains(i.pillar())) {
                pillarOrder.add(i.pillar());
            }
        });
        List<IndicatorInfo> front = frontPage();
        for (String pillar : pillarOrder) {
            List<IndicatorInfo> inPillar = front.stream().filter(i -> pillar.equals(i.pillar())).toList();
            if (inPillar.isEmpty()) {
                continue;
            }
            body.append("<section id=\"pillar-").append(esc(ChartNames.stem(pillar))).append("\">\n<h2>")
                    .append(esc(ReportText.t("pillar.heading", ReportText.pillar(pillar)))).append("</h2>\n");
            for (IndicatorInfo ind : inPillar) {
                indicator(ind, rankings.getOrDefault(ind.code(), List.of()), trends.getOrDefault(ind.code(),
                        List.of()));
            }
            body.append("</section>\n");
        }
        for (IndicatorInfo ind : data.indicators()) {
            if (!front.contains(ind)) {
                indicatorPage(ind, rankings.getOrDefault(ind.code(), List.of()), trends.getOrDefault(ind.code(),
                        List.of()));
            }
        }
        if (!ownPages.isEmpty()) {
            body.append("<section id=\"more-indicators\">\n<h2>").append(esc(ReportText.t("more.heading")))
                    .append("</h2>\n<p>").append(esc(ReportText.t("more.intro", ownPages.size()))).append("</p>\n<ul>");
            for (IndicatorInfo ind : ownPages) {
                body.append("<li><a href=\"").append(esc(indicatorHref(ind.code()))).append("\">")
                        .append(esc(nameOf(ind))).append("</a> <small>(")
                        .append(esc(ReportText.t("indicator.reported", ind.code(), ind.plans()))).append(")</small></li>");
            }
            body.append("</ul>\n</section>\n");
        }
    }

    /** The indicators of the front page: the most reported ones (data.indicators() is ordered so). */
    private List<IndicatorInfo> frontPage() {
        return data.indicators().subList(0, Math.min(FRONT_PAGE_INDICATORS, data.indicators().size()));
    }

    private boolean onFrontPage(String code) {
        return frontPageCodes.contains(code);
    }

    /** Where an indicator's charts are, from the front page: its section there, or its own page. */
    private String indicatorHref(String code) {
        return onFrontPage(code) ? "#ind-" + ChartNames.stem(code) : INDICATOR_FOLDER + "/" + ChartNames.stem(code) + ".html";
    }

    private static String nameOf(IndicatorInfo ind) {
        return ind.name() == null || ind.name().isBlank() ? ind.code() : ind.name();
    }

    /** indicators/<code>.html: the indicator's charts and tables as the front page would show them. */
    private void indicatorPage(IndicatorInfo ind, List<RankedValue> values, List<TrendPoint> trend) throws IOException {
        StringBuilder front = body;
        body = new StringBuilder();
        up = "../";
        try {
            body.append("<p><a href=\"../index.html\">").append(esc(ReportText.t("loc.back"))).append("</a></p>\n");
            indicator(ind, values, trend);
            Path folder = Files.createDirectories(dir.resolve(INDICATOR_FOLDER));
            Files.writeString(folder.resolve(ChartNames.stem(ind.code()) + ".html"),
                    html(ReportText.t("page.title") + " · " + nameOf(ind), body.toString()), StandardCharsets.UTF_8);
            ownPages.add(ind);
        } finally {
            body = front;
            up = "";
        }
    }

    private void indicator(IndicatorInfo ind, List<RankedValue> values, List<TrendPoint> trend) throws IOException {
        String name = ind.name() == null || ind.name().isBlank() ? ind.code() : ind.name();
        body.append("<article id=\"ind-").append(esc(ChartNames.stem(ind.code()))).append("\">\n<h3>")
                .append(esc(name)).append(" <small>(").append(esc(ReportText.t("indicator.reported", ind.code(),
                        ind.plans()))).append(")</small></h3>\n");
        Map<String, List<RankedValue>> byRanking = new LinkedHashMap<>();
        for (RankedValue v : values) {
            byRanking.computeIfAbsent(v.kind() + "|" + v.period() + "|" + v.levelGroup(), k -> new ArrayList<>())
                    .add(v);
        }
        List<RankedValue> alone = new ArrayList<>();
        for (Map.Entry<String, List<RankedValue>> entry : byRanking.entrySet()) {
            List<RankedValue> ranking = entry.getValue();
            RankedValue first = ranking.get(0);
            if (repeatsALevelGroup(first, ranking, byRanking)) {
                continue; // "all levels" holding exactly one level's figures says nothing new
            }
            String title = ReportText.t("ranking.title", name, first.period(), ReportText.kind(first.kind()),
                    ReportText.group(first.levelGroup()));
            if (first.n() < 2) {
                alone.addAll(ranking);
                continue;
            }
            figure(ChartNames.stem("ranking", ind.code(), first.period(), first.kind(), first.levelGroup()),
                    RankingChart.build(title, ranking), RankingChart.height(ranking.size()), title,
                    ReportText.t("ranking.caption", first.n(), ReportText.group(first.levelGroup()),
                            ReportText.kind(first.kind()), first.period(), fromPlans(distinctSources(ranking)))
                            + withLegend(ranking));
            table(ranking);
        }
        if (!alone.isEmpty()) {
            aloneTable(alone);
        }
        if (!trend.isEmpty()) {
            String title = ReportText.t("trend.title", name);
            long localities = trend.stream().map(TrendPoint::localityId).distinct().count();
            figure(ChartNames.stem("trend", ind.code()), TrendChart.build(title, ind.unit(), trend, data.lineage(), focus), 480, title,
                    ReportText.t("trend.caption", localities, ind.code(), fromPlans(ind.plans()))
                            + legendOf(trend.stream().map(TrendPoint::flags).toList()));
            long pairs = trend.stream().filter(t -> t.actual() != null && t.target() != null).count();
            if (pairs > 0) {
                String atitle = ReportText.t("achievement.title", name);
                figure(ChartNames.stem("achievement", ind.code()), AchievementChart.build(atitle, ind.unit(), trend),
                        480, atitle, ReportText.t("achievement.caption", pairs, fromPlans(ind.plans())));
            }
        }
        for (Map.Entry<String, List<Ambition.Year>> group : Ambition.byLevelGroup(
                data.ambition().getOrDefault(ind.code(), List.of())).entrySet()) {
            List<Ambition.Year> years = group.getValue();
            String title = ReportText.t("ambition.title", name, ReportText.group(group.getKey()));
            boolean national = years.stream().anyMatch(y -> y.nationalTarget() != null);
            figure(ChartNames.stem("ambition", ind.code(), group.getKey()), AmbitionChart.build(title, ind.unit(), years),
                    420, title, ReportText.t("ambition.caption", Ambition.targets(years),
                            ReportText.t(national ? "ambition.national" : "ambition.noNational"),
                            fromPlans(ind.plans())));
        }
        body.append("</article>\n");
    }

    /** Draws the chart in the background (PNG encoding is most of the report's time) and links it. */
    private void figure(String stem, JFreeChart chart, int height, String alt, String caption) throws IOException {
        String file = format.fileName(stem);
        Future<String> same = drawings.get(file);
        if (same != null) { // a name drawn twice: the later chart wins, as when drawn in order
            await(List.of(same));
        }
        drawings.put(file, drawing.submit(() -> format.write(chart, dir, stem, WIDTH, height)));
        charts++;
        body.append("<figure><img src=\"").append(esc(up + file)).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" alt=\"").append(esc(alt))
                .append("\"><figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }

    private void awaitDrawings() throws IOException {
        await(drawings.values());
    }

    private static void await(Collection<Future<String>> pending) throws IOException {
        try {
            for (Future<String> d : pending) {
                d.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("chart drawing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot draw a chart: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The comparisons that exist: every indicator ranking of at least two localities, one line each (targets and
     * results named as such, so a target ranking is not read as performance); when no composite could be drawn,
     * the widest of them is charted so the overview always shows a comparison when one exists.
     */
    private void comparisons(boolean chartTheWidest) throws IOException {
        Map<String, List<RankedValue>> byRanking = new LinkedHashMap<>();
        for (RankedValue v : data.rankings()) {
            byRanking.computeIfAbsent(v.indicatorCode() + "|" + v.kind() + "|" + v.period() + "|" + v.levelGroup(),
                    k -> new ArrayList<>()).add(v);
        }
        List<List<RankedValue>> compared = new ArrayList<>();
        for (List<RankedValue> ranking : byRanking.values()) {
            RankedValue first = ranking.get(0);
            if (first.n() >= 2 && !repeatsALevelGroup(first, ranking, byRanking)) {
                compared.add(ranking);
            }
        }
        if (compared.isEmpty()) {
            return;
        }
        compared.sort(Comparator.comparingLong((List<RankedValue> r) -> -r.get(0).n())
                .thenComparing(r -> r.get(0).indicatorCode()));
        body.append("<table class=\"comparisons\"><caption>").append(esc(ReportText.t("comparisons.caption",
                compared.size()))).append("</caption>\n<tr><th>").append(esc(ReportText.t("comparisons.indicator")))
                .append("</th><th>").append(esc(ReportText.t("table.period"))).append("</th><th>")
                .append(esc(ReportText.t("comparisons.group"))).append("</th><th>")
                .append(esc(ReportText.t("comparisons.localities"))).append("</th><th>")
                .append(esc(ReportText.t("comparisons.leader"))).append("</th></tr>\n");
        for (List<RankedValue> ranking : compared) {
            RankedValue first = ranking.get(0);
            RankedValue leader = ranking.stream().filter(v -> v.rank() == 1).findFirst().orElse(first);
            body.append("<tr><td><a href=\"").append(esc(indicatorHref(first.indicatorCode()))).append("\">")
                    .append(esc(first.indicatorName() == null ? first.indicatorCode() : first.indicatorName()))
                    .append("</a></td><td>").append(esc(first.period() + ", " + ReportText.kind(first.kind())))
                    .append("</td><td>").append(esc(ReportText.group(first.levelGroup()))).append("</td><td>")
                    .append(first.n()).append("</td><td>").append(esc(leader.localityName() + ": "
                            + plain(leader.value()) + ("percent".equals(leader.unit()) ? "%" : "")))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        if (chartTheWidest) {
            List<RankedValue> widest = compared.get(0);
            RankedValue first = widest.get(0);
            String title = ReportText.t("ranking.title", first.indicatorName(), first.period(),
                    ReportText.kind(first.kind()), ReportText.group(first.levelGroup()));
            figure(ChartNames.stem("ranking", "overview", first.indicatorCode(), first.period(), first.kind(),
                    first.levelGroup()), RankingChart.build(title, widest), RankingChart.height(widest.size()), title,
                    ReportText.t("ranking.caption", first.n(), ReportText.group(first.levelGroup()),
                            ReportText.kind(first.kind()), first.period(), fromPlans(distinctSources(widest))));
        }
    }

    /** True for an "all levels" ranking whose rows are exactly those of one level group's ranking of its indicator. */
    static boolean repeatsALevelGroup(RankedValue first, List<RankedValue> ranking,
                                      Map<String, List<RankedValue>> byRanking) {
        if (!LevelGroups.ALL.equals(first.levelGroup())) {
            return false;
        }
        List<String> rows = ranking.stream().map(v -> v.localityId() + "=" + v.value()).sorted().toList();
        for (List<RankedValue> other : byRanking.values()) {
            RankedValue o = other.get(0);
            if (!LevelGroups.ALL.equals(o.levelGroup()) && o.indicatorCode().equals(first.indicatorCode())
                    && o.kind().equals(first.kind())
                    && o.period().equals(first.period())
                    && other.stream().map(v -> v.localityId() + "=" + v.value()).sorted().toList().equals(rows)) {
                return true;
            }
        }
        return false;
    }

    /** Figures only one locality reports: listed once, compactly, without a rank (nobody to compare with). */
    private void aloneTable(List<RankedValue> alone) {
        body.append("<table class=\"alone\"><caption>").append(esc(ReportText.t("ranking.alone")))
                .append("</caption>\n<tr><th>").append(esc(ReportText.t("table.period"))).append("</th><th>")
                .append(esc(ReportText.t("table.locality"))).append("</th><th>")
                .append(esc(ReportText.t("table.level"))).append("</th><th>")
                .append(esc(ReportText.t("table.value"))).append("</th></tr>\n");
        for (RankedValue v : alone) {
            body.append("<tr><td>").append(esc(v.period() + ", " + ReportText.kind(v.kind()))).append("</td>");
            localityAndValueCells(v);
        }
        body.append("</table>\n");
    }

    /** Top and bottom rows of a ranking, each value opening to its source. */
    private void table(List<RankedValue> ranking) {
        List<RankedValue> rows = new ArrayList<>();
        boolean gap = ranking.size() > 2 * TABLE_ROWS;
        if (gap) {
            rows.addAll(ranking.subList(0, TABLE_ROWS));
            rows.addAll(ranking.subList(ranking.size() - TABLE_ROWS, ranking.size()));
        } else {
            rows.addAll(ranking);
        }
        body.append("<table class=\"rank\"><caption>").append(esc(gap ? ReportText.t("table.topBottom", TABLE_ROWS,
                        TABLE_ROWS) : ReportText.t("table.all"))).append("</caption>\n<tr><th>")
                .append(esc(ReportText.t("table.rank"))).append("</th><th>").append(esc(ReportText.t("table.locality")))
                .append("</th><th>").append(esc(ReportText.t("table.level"))).append("</th><th>")
                .append(esc(ReportText.t("table.value"))).append("</th></tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            RankedValue v = rows.get(i);
            if (gap && i == TABLE_ROWS) {
                body.append("<tr><td colspan=\"4\">&hellip; ").append(esc(ReportText.t("table.more",
                        ranking.size() - 2 * TABLE_ROWS))).append(" &hellip;</td></tr>\n");
            }
            body.append("<tr><td>").append(v.rankText()).append("</td>");
            localityAndValueCells(v);
        }
        body.append("</table>\n");
    }

    /** The rest of a value's row: its locality (linked to its page), level, and the value opening onto its source. */
    private void localityAndValueCells(RankedValue v) {
        body.append("<td><a href=\"").append(esc(up + LocalityPages.href(v.localityId()))).append("\">")
                .append(esc(v.localityName())).append("</a></td><td>").append(esc(ReportText.level(v.level())))
                .append("</td><td><details><summary>").append(esc(plain(v.value())))
                .append("percent".equals(v.unit()) ? "%" : "").append(esc(v.marks())).append("</summary><span class=\"src\">")
                .append(esc(v.sourceFile())).append(':').append(v.sourceLine()).append("</span><q>")
                .append(esc(v.quote())).append("</q></details></td></tr>\n");
    }

    private String page() {
        String csv = data.csvDir().isEmpty() ? "" : data.csvDir() + "/";
        StringBuilder links = new StringBuilder();
        for (String t : List.of("summary_rankings", "summary_achievement", "rankings", "composite", "trends",
                "attribution", "trajectory", "facts", "plans", "quality", "lineage")) {
            links.append("<li><a href=\"").append(esc(csv + t + ".csv")).append("\">").append(t)
                    .append(".csv</a></li>");
        }
        int onFront = frontPage().size();
        String limit = data.indicatorsWithData() > onFront
                ? ReportText.t("page.limit", onFront, data.indicatorsWithData())
                : ReportText.t("page.all", onFront);
        return html(ReportText.t("page.title"), "<h1>" + esc(ReportText.t("page.heading")) + "</h1>\n<p>"
                + esc(ReportText.t("page.plans", data.plans())) + esc(limit) + "</p>\n<nav><h2>"
                + esc(ReportText.t("page.files")) + "</h2><p><a href=\"" + LocalityPages.FOLDER + "/"
                + LocalityPages.INDEX + "\">" + esc(ReportText.t("loc.link", localityPages)) + "</a></p><ul>" + links
                + "</ul><p>" + ReportText.t("page.parquet", esc(csv + "parquet/")) + "</p></nav>\n" + crossChecks(csv)
                + tracks(csv) + body);
    }

    /** A whole page: the report's head and style, the content, and the script that reports its images loaded. */
    private static String html(String title, String content) {
        return "<!DOCTYPE html>\n<html lang=\"" + ReportText.language() + "\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>" + esc(title) + "</title>\n<style>\n"
                + "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:2em auto;max-width:960px;"
                + "padding:0 1em;color:#222}\nimg{max-width:100%;height:auto;border:1px solid #eee}\n"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 6px;"
                + "vertical-align:top}\nfigcaption,caption{color:#555;font-size:0.9em;text-align:left}\n"
                + "summary{cursor:pointer}.src{font-family:monospace;display:block}q{display:block;max-width:40em}\n"
                + "nav ul{columns:2}\n@media (max-width:600px){nav ul{columns:1}table{display:block;overflow-x:auto}}\n"
                + "</style>\n</head><body data-images=\"pending\">\n" + content
                + "<script>\nwindow.addEventListener('load', function () {\n"
                + "  var bad = [], imgs = document.images;\n"
                + "  for (var i = 0; i < imgs.length; i++) {\n"
                + "    if (!imgs[i].complete || imgs[i].naturalWidth === 0) { bad.push(imgs[i].getAttribute('src')); }\n"
                + "  }\n"
                + "  document.body.setAttribute('data-images', bad.length ? 'failed ' + bad.join(' ') : 'ok ' + imgs.length);\n"
                + "});\n</script>\n</body></html>\n";
    }

    /** How many findings each check across documents made (zero included: the analyst sees that it ran). */
    private String crossChecks(String csv) {
        StringBuilder rows = new StringBuilder();
        for (String code : CrossChecks.CODES) {
            rows.append("<tr><td>").append(esc(ReportText.t("check." + code))).append("</td><td>")
                    .append(data.crossChecks().getOrDefault(code, 0L)).append("</td></tr>");
        }
        return "<section id=\"checks\">\n<h2>" + esc(ReportText.t("checks.heading")) + "</h2>\n<p>"
                + ReportText.t("checks.intro", "<a href=\"" + esc(csv + "quality.csv") + "\">quality.csv</a>")
                + "</p>\n<table><tr><th>" + esc(ReportText.t("checks.check")) + "</th><th>"
                + esc(ReportText.t("checks.count")) + "</th></tr>" + rows + "</table>\n</section>\n";
    }

    /** The labels of trajectory.csv in the order the front page counts them. */
    private static final List<String> TRACK_STATUSES = Arrays.stream(OnTrack.Status.values())
            .map(OnTrack.Status::code).toList();

    /** Per indicator and national target year, how many localities stand where on their path (trajectory.csv). */
    private String tracks(String csv) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, TrackEntry> first = new HashMap<>();
        data.trajectory().values().forEach(entries -> entries.forEach(e -> {
            String key = e.indicatorCode() + "|" + e.targetYear();
            first.putIfAbsent(key, e);
            counts.computeIfAbsent(key, k -> new long[TRACK_STATUSES.size()])[Math.max(0,
                    TRACK_STATUSES.indexOf(e.status()))]++;
        }));
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder head = new StringBuilder("<tr><th>").append(esc(ReportText.t("tracks.indicator")))
                .append("</th><th>").append(esc(ReportText.t("tracks.year"))).append("</th>");
        TRACK_STATUSES.forEach(st -> head.append("<th>").append(esc(ReportText.t("track." + st))).append("</th>"));
        StringBuilder rows = new StringBuilder();
        counts.forEach((key, n) -> {
            rows.append("<tr><td>").append(esc(indicatorName(first.get(key).indicatorCode()))).append("</td><td>")
                    .append(first.get(key).targetYear()).append("</td>");
            for (long c : n) {
                rows.append("<td>").append(c).append("</td>");
            }
            rows.append("</tr>");
        });
        return "<section id=\"tracks\">\n<h2>" + esc(ReportText.t("loc.track")) + "</h2>\n<p>"
                + ReportText.t("tracks.intro", "<a href=\"" + esc(csv + "trajectory.csv") + "\">trajectory.csv</a>")
                + "</p>\n<table>" + head + "</tr>" + rows + "</table>\n</section>\n";
    }

    /** " Dấu: ≈ khoảng; ! có thể đọc sai." when a value of the ranking is flagged, else "". */
    static String withLegend(List<RankedValue> ranking) {
        return legendOf(ranking.stream().map(RankedValue::flags).toList());
    }

    /** " Dấu sau giá trị: ..." for the marks that occur among the flags, or "". */
    static String legendOf(List<String> flags) {
        String legend = FlagMarks.legend(flags);
        return legend.isEmpty() ? "" : " " + ReportText.t("flag.legend", legend);
    }

    /** "Từ 1 văn bản." / "Từ 12 văn bản." */
    static String fromPlans(long plans) {
        return plans == 1 ? ReportText.t("from.one") : ReportText.t("from.many", plans);
    }

    /** The indicator's name for a person (the catalog's Vietnamese name), its code when the catalog has none. */
    private String indicatorName(String code) {
        for (IndicatorInfo i : data.indicators()) {
            if (i.code().equals(code) && i.name() != null && !i.name().isBlank()) {
                return i.name();
            }
        }
        return code;
    }

    private static long distinctSources(List<RankedValue> values) {
        Set<String> files = new HashSet<>();
        values.forEach(v -> files.add(v.sourceFile()));
        return files.size();
    }

    /** HTML-escapes text for element content and attribute values; null becomes empty. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
