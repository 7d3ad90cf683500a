package io.dxrank.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Writes the ranking charts and charts/index.html: static, offline, every plan-derived text HTML-escaped,
 * each ranked value linked to its source (file, line, quote).
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Summary of what was written, for the manifest. */
    public record Result(int charts, Path index) {
    }

    public static Result write(Path chartsDir, List<RankedValue> values, int plans, String csvDir)
            throws IOException {
        Files.createDirectories(chartsDir);
        Map<String, List<RankedValue>> byRanking = new LinkedHashMap<>();
        for (RankedValue v : values) {
            String key = v.indicatorCode() + "_" + v.period().replace(' ', '-') + "_" + v.kind() + "_" + v.levelGroup();
            byRanking.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        StringBuilder body = new StringBuilder();
        int charts = 0;
        for (Map.Entry<String, List<RankedValue>> e : byRanking.entrySet()) {
            List<RankedValue> ranking = e.getValue();
            RankedValue first = ranking.get(0);
            String file = "ranking_" + e.getKey().replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
            String title = (first.indicatorName().isBlank() ? first.indicatorCode() : first.indicatorName())
                    + " (" + first.period() + ", " + first.kind() + ", " + first.levelGroup() + ")";
            JFreeChart chart = RankingChart.build(title, ranking);
            RankingChart.writePng(chart, chartsDir.resolve(file), ranking.size());
            charts++;
            body.append("<section>\n<h3>").append(esc(title)).append("</h3>\n")
                    .append("<figure><img src=\"").append(file).append("\" alt=\"").append(esc(title))
                    .append("\"><figcaption>").append(esc(String.format(Locale.ROOT,
                            "Ranking of %d localities by %s, %s %s, level group %s.", first.n(),
                            first.indicatorCode(), first.kind(), first.period(), first.levelGroup())))
                    .append("</figcaption></figure>\n<table><tr><th>Rank</th><th>Locality</th><th>Value</th>"
                            + "<th>Source</th></tr>\n");
            for (RankedValue v : ranking) {
                body.append("<tr><td>").append(v.rank()).append("</td><td>").append(esc(v.localityName()))
                        .append("</td><td>").append(esc(fmt(v.value()))).append(v.unit().equals("percent") ? "%" : "")
                        .append("</td><td><details><summary>").append(esc(v.sourceFile())).append(':')
                        .append(v.sourceLine()).append("</summary><q>").append(esc(v.quote()))
                        .append("</q></details></td></tr>\n");
            }
            body.append("</table>\n</section>\n");
        }
        Path index = chartsDir.resolve("index.html");
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>dxrank report</title>\n"
                + "<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;max-width:1000px}"
                + "img{max-width:100%}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
                + "figcaption{color:#555}</style></head><body>\n<h1>dxrank: digital-transformation plans compared</h1>\n"
                + "<p>" + plans + " plans read. CSVs: <a href=\"" + esc(csvDir) + "/rankings.csv\">rankings.csv</a>, "
                + "<a href=\"" + esc(csvDir) + "/facts.csv\">facts.csv</a>, <a href=\"" + esc(csvDir)
                + "/composite.csv\">composite.csv</a>.</p>\n" + body + "</body></html>\n";
        Files.writeString(index, html, StandardCharsets.UTF_8);
        return new Result(charts, index);
    }

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

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
