package io.dxrank.charts;

import static io.dxrank.charts.ReportWriter.esc;

import io.dxrank.core.VnText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A page per locality (charts/localities/&lt;id&gt;.html) and an A-Z index with a search box: its composite score
 * and rank over the years, each indicator of the latest rankings against its group's median and leader with the
 * source quote, its targets and results by year. Static and offline, like the front page.
 */
final class LocalityPages {

    static final String FOLDER = "localities";
    static final String INDEX = "index.html";

    private final ReportData data;
    /** ranking key (indicator, period, kind, group) to its values, sorted by rank. */
    private final Map<String, List<RankedValue>> rankings = new HashMap<>();
    /** Each ranking's median, computed once (thousands of pages read the same rankings). */
    private final Map<String, String> medians = new HashMap<>();
    /** The rows of each locality, in the tables' order: a page reads its own rows, not every row of the run. */
    private final Map<String, List<RankedValue>> rankedOf = new HashMap<>();
    private final Map<String, List<CompositeEntry>> compositeOf = new HashMap<>();
    private final Map<String, List<TrendPoint>> trendsOf = new HashMap<>();
    private final Map<String, String> indicatorNames = new HashMap<>();

    private LocalityPages(ReportData data) {
        this.data = data;
        for (RankedValue v : data.rankings()) {
            rankings.computeIfAbsent(key(v), k -> new ArrayList<>()).add(v);
            rankedOf.computeIfAbsent(v.localityId(), k -> new ArrayList<>()).add(v);
        }
        rankings.values().forEach(r -> r.sort(Comparator.comparingInt(RankedValue::rank)));
        data.composite().forEach(e -> compositeOf.computeIfAbsent(e.localityId(), k -> new ArrayList<>()).add(e));
        data.trends().forEach(t -> trendsOf.computeIfAbsent(t.localityId(), k -> new ArrayList<>()).add(t));
        data.indicators().forEach(i -> indicatorNames.put(i.code(), i.name()));
    }

    /** The page file of a locality, relative to the charts folder. */
    static String href(String localityId) {
        return FOLDER + "/" + ChartNames.stem(localityId) + ".html";
    }

    /** Writes every page (the folder is ours: earlier pages are removed first); returns how many localities. */
    static int write(Path chartsDir, ReportData data) throws IOException {
        Path dir = chartsDir.resolve(FOLDER);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.filter(f -> f.getFileName().toString().endsWith(".html")).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        LocalityPages pages = new LocalityPages(data);
        Map<String, String> names = pages.names();
        for (Map.Entry<String, String> l : names.entrySet()) {
            Files.writeString(chartsDir.resolve(href(l.getKey())), pages.page(l.getKey(), l.getValue()),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(INDEX), pages.index(names), StandardCharsets.UTF_8);
        return names.size();
    }

    /** Every locality with a ranked value, a composite score or a trend point: id to name. */
    private Map<String, String> localities() {
        Map<String, String> names = new TreeMap<>();
        data.rankings().forEach(v -> add(names, v.localityId(), v.localityName()));
        data.composite().forEach(e -> add(names, e.localityId(), e.localityName()));
        data.trends().forEach(t -> add(names, t.localityId(), t.localityName()));
        return names;
    }

    private static void add(Map<String, String> names, String id, String name) {
        if (id != null) {
            names.putIfAbsent(id, name == null ? id : name);
        }
    }

    private static String key(RankedValue v) {
        return v.indicatorCode() + "|" + v.period() + "|" + v.kind() + "|" + v.levelGroup();
    }

    private String page(String id, String name) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"../index.html\">").append(esc(ReportText.t("loc.back"))).append("</a> · <a href=\"")
                .append(INDEX).append("\">").append(esc(ReportText.t("loc.all"))).append("</a></p>\n<h1>")
                .append(esc(name)).append("</h1>\n");

        lineage(body, id, names());

        body.append("<h2>").append(esc(ReportText.t("loc.composite"))).append("</h2>\n");
        List<String[]> composite = new ArrayList<>();
        compositeOf.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparingInt(CompositeEntry::year).thenComparing(CompositeEntry::kind))
                .forEach(e -> composite.add(new String[] {Integer.toString(e.year()), ReportText.kind(e.kind()),
                    ReportText.group(e.levelGroup()), ReportWriter.plain(e.score()), rankOf(e)}));
        table(body, ReportText.t("loc.compositeHead"), composite);
        scoreChanges(body, data.attribution().getOrDefault(id, List.of()));
        paths(body, data.trajectory().getOrDefault(id, List.of()));

        body.append("<h2>").append(esc(ReportText.t("loc.indicators"))).append("</h2>\n");
        List<String[]> indicators = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (RankedValue v : rankedOf.getOrDefault(id, List.of())) {
            List<RankedValue> ranking = rankings.get(key(v));
            RankedValue leader = ranking.get(0);
            indicators.add(new String[] {v.indicatorName(), v.period(), ReportText.kind(v.kind()), value(v),
                v.rankText() + "/" + v.n() + " (" + ReportText.group(v.levelGroup()) + ")",
                medians.computeIfAbsent(key(v), k -> median(ranking, v.unit())),
                leader.localityName() + ": " + value(leader), v.sourceFile() + ":" + v.sourceLine()});
            quotes.add(v.quote());
        }
        table(body, ReportText.t("loc.indicatorsHead"), indicators, quotes);

        body.append("<h2>").append(esc(ReportText.t("loc.trends"))).append("</h2>\n");
        List<String[]> trends = new ArrayList<>();
        trendsOf.getOrDefault(id, List.of())
                .forEach(t -> trends.add(new String[] {indicatorNames.getOrDefault(t.indicatorCode(),
                    t.indicatorCode()), Integer.toString(t.year()), t.actual() == null ? "" : ReportWriter.plain(t.actual()),
                    t.target() == null ? "" : ReportWriter.plain(t.target()), t.achieved() == null ? ""
                        : ReportText.t(t.achieved() ? "loc.yes" : "loc.no")}));
        table(body, ReportText.t("loc.trendsHead"), trends);
        return html(name, body.toString(), "");
    }

    /** How many parts of a change the page lists: the largest; attribution.csv has them all. */
    static final int PARTS_SHOWN = 5;

    /** Why the composite moved: per year, kind and group the change and its largest parts (attribution.csv). */
    private void scoreChanges(StringBuilder body, List<ScoreChangePart> parts) {
        if (parts.isEmpty()) {
            return;
        }
        body.append("<h2>").append(esc(ReportText.t("loc.why"))).append("</h2>\n");
        Map<String, List<ScoreChangePart>> byChange = new TreeMap<>();
        parts.forEach(p -> byChange.computeIfAbsent(p.year() + "|" + p.kind() + "|" + p.levelGroup(),
                k -> new ArrayList<>()).add(p));
        for (List<ScoreChangePart> change : byChange.values()) {
            ScoreChangePart first = change.get(0);
            body.append("<p>").append(esc(ReportText.t("loc.whyChange", first.year(), ReportText.kind(first.kind()),
                    ReportText.group(first.levelGroup()), signed(first.scoreChange()), first.previousYear())))
                    .append("</p>\n");
            List<String[]> rows = new ArrayList<>();
            change.stream().sorted(Comparator.comparingDouble((ScoreChangePart p) -> -Math.abs(p.contribution())))
                    .limit(PARTS_SHOWN)
                    .forEach(p -> rows.add(new String[] {indicatorNames.getOrDefault(p.indicatorCode().replaceFirst("@.*",
                        ""), p.indicatorCode()), ReportText.pillar(p.pillar()), ReportText.t("loc.effect." + p.effect()),
                        signed(p.contribution())}));
            table(body, ReportText.t("loc.whyHead"), rows);
        }
    }

    /** The locality's path to each national target (trajectory.csv), most urgent target year first. */
    private void paths(StringBuilder body, List<TrackEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        body.append("<h2>").append(esc(ReportText.t("loc.track"))).append("</h2>\n");
        List<String[]> rows = new ArrayList<>();
        entries.stream().sorted(Comparator.comparingInt(TrackEntry::targetYear).thenComparing(TrackEntry::indicatorCode))
                .forEach(e -> rows.add(new String[] {indicatorNames.getOrDefault(e.indicatorCode(), e.indicatorCode()),
                    ReportWriter.plain(e.nationalTarget()) + " (" + e.targetYear() + ")",
                    e.latestValue() == null ? "" : ReportWriter.plain(e.latestValue()) + " (" + e.latestYear() + ")",
                    ReportText.t("track." + e.status()), e.reachYear() == null ? "" : Integer.toString(e.reachYear()),
                    e.ownTarget() == null ? "" : ReportWriter.plain(e.ownTarget()) + " (" + e.ownTargetYear() + ")"}));
        table(body, ReportText.t("loc.trackHead"), rows);
        body.append("<p>").append(esc(ReportText.t("loc.trackNote"))).append("</p>\n");
    }

    private static String signed(double v) {
        String plain = ReportWriter.plain(Math.round(v * 100) / 100.0);
        return v > 0 ? "+" + plain : plain;
    }

    private Map<String, String> names;

    private Map<String, String> names() {
        if (names == null) {
            names = localities();
        }
        return names;
    }

    /** "Formed on 1 July 2025 from: ...", "On 1 July 2025 became part of: ...", each unit linked when it has a page. */
    private void lineage(StringBuilder body, String id, Map<String, String> pages) {
        units(body, "loc.formedFrom", data.lineage().formedFrom().getOrDefault(id, List.of()), id, pages);
        units(body, "loc.wentInto", data.lineage().wentInto().getOrDefault(id, List.of()), id, pages);
    }

    private static void units(StringBuilder body, String key, List<Lineage.Unit> units, String self,
                              Map<String, String> pages) {
        if (units.isEmpty()) {
            return;
        }
        body.append("<p>").append(esc(ReportText.t(key))).append(' ');
        for (int i = 0; i < units.size(); i++) {
            Lineage.Unit u = units.get(i);
            String label = ReportText.level(u.level()) + " " + u.name() + " (" + u.id() + ")";
            body.append(i == 0 ? "" : ", ");
            if (pages.containsKey(u.id()) && !u.id().equals(self)) {
                body.append("<a href=\"").append(esc(ChartNames.stem(u.id()) + ".html")).append("\">").append(esc(label))
                        .append("</a>");
            } else {
                body.append(esc(label));
            }
        }
        body.append("</p>\n");
    }

    private static String rankOf(CompositeEntry e) {
        return e.rankP05() == null ? Integer.toString(e.rank()) : String.format(Locale.ROOT, "%d (%s-%s)", e.rank(),
                ReportWriter.plain(e.rankP05()), ReportWriter.plain(e.rankP95()));
    }

    private static String value(RankedValue v) {
        return ReportWriter.plain(v.value()) + ("percent".equals(v.unit()) ? "%" : " " + ChartStyle.unitLabel(v.unit()));
    }

    private static String median(List<RankedValue> ranking, String unit) {
        double[] values = ranking.stream().mapToDouble(RankedValue::value).sorted().toArray();
        int n = values.length;
        double m = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return ReportWriter.plain(m) + ("percent".equals(unit) ? "%" : "");
    }

    private static void table(StringBuilder body, String header, List<String[]> rows) {
        table(body, header, rows, null);
    }

    /** A table with the header "a|b|c"; the last cell of a row opens its quote when one is given. */
    private static void table(StringBuilder body, String header, List<String[]> rows, List<String> quotes) {
        if (rows.isEmpty()) {
            body.append("<p>").append(esc(ReportText.t("loc.none"))).append("</p>\n");
            return;
        }
        body.append("<table><tr>");
        Arrays.stream(header.split("\\|")).forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
        body.append("</tr>\n");
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            body.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                String quote = quotes == null || c < row.length - 1 ? null : quotes.get(r);
                body.append("<td>");
                if (quote == null || quote.isBlank()) {
                    body.append(esc(row[c]));
                } else {
                    body.append("<details><summary>").append(esc(row[c])).append("</summary><q>").append(esc(quote))
                            .append("</q></details>");
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
    }

    private String index(Map<String, String> names) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"../index.html\">").append(esc(ReportText.t("loc.back"))).append("</a></p>\n<h1>")
                .append(esc(ReportText.t("loc.indexTitle"))).append("</h1>\n<p>")
                .append(esc(ReportText.t("loc.indexIntro", names.size()))).append("</p>\n<input id=\"q\" type=\"search\" ")
                .append("aria-label=\"").append(esc(ReportText.t("loc.search"))).append("\" placeholder=\"")
                .append(esc(ReportText.t("loc.search"))).append("\">\n<ul id=\"list\">\n");
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(n -> n == null ? ""
                : VnText.fold(n)))).forEach(e -> body.append("<li><a href=\"")
                .append(esc(ChartNames.stem(e.getKey()) + ".html")).append("\">").append(esc(e.getValue()))
                .append("</a></li>\n"));
        body.append("</ul>\n");
        // the filter folds accents like VnText.fold, so "tinh hai" finds Tĩnh Hải
        String script = "<script>\nfunction fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'')"
                + ".replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase();}\n"
                + "document.getElementById('q').addEventListener('input',function(){var q=fold(this.value);"
                + "var items=document.querySelectorAll('#list li');for(var i=0;i<items.length;i++){"
                + "items[i].style.display=fold(items[i].textContent).indexOf(q)>=0?'':'none';}});\n</script>\n";
        return html(ReportText.t("loc.indexTitle"), body.toString(), script);
    }

    private static String html(String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"" + ReportText.language() + "\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>" + esc(title) + "</title>\n<style>\n"
                + "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:2em auto;max-width:960px;"
                + "padding:0 1em;color:#222}\ntable{border-collapse:collapse;margin:0.5em 0 1.5em;display:block;"
                + "overflow-x:auto}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}\n"
                + "summary{cursor:pointer}q{display:block;max-width:40em}input{font-size:1em;padding:4px;width:100%;"
                + "max-width:24em}\n</style>\n</head><body>\n" + body + script + "</body></html>\n";
    }
}
