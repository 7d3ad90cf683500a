package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** charts/index.html: offline, escaped, every chart captioned, values drill down to their source. */
class ReportWriterTest {

    @TempDir
    static Path tmp;
    static Path charts;
    static String html;
    static Document page;
    static ReportWriter.Result result;

    @BeforeAll
    static void writeReport() throws Exception {
        charts = tmp.resolve("charts");
        Files.createDirectories(charts);
        Files.writeString(charts.resolve("ranking_stale_2019_actual_commune.svg"), "<svg/>");
        Files.writeString(charts.resolve("notes.txt"), "the analyst's own file");
        result = ReportWriter.write(charts, ChartFormat.PNG, ChartFixtures.report());
        html = Files.readString(result.index(), StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    @Test
    void aQuoteWithAScriptTagIsShownAsText() {
        assertFalse(html.contains("<script>alert"), "plan text must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;99,9 %&quot;"));
        assertEquals(1, page.select("script").size(), "only the report's own image check");
        assertTrue(page.select("q").stream().anyMatch(q -> q.text().equals(ChartFixtures.HOSTILE_QUOTE)));
    }

    @Test
    void everyImageIsAWrittenAsciiFileAndEveryFigureIsCaptioned() {
        List<Element> figures = page.select("figure");
        assertEquals(result.charts(), figures.size());
        assertEquals(List.of("composite_actual_2024_commune.png", "slope_actual_2023-2024_commune.png",
                "heatmap_actual.png", "ranking_records_online_2024_actual_commune.png",
                "trend_records_online.png", "achievement_records_online.png", "ambition_records_online_commune.png",
                "ranking_payment_accounts_2024_target_commune.png"), page.select("img").eachAttr("src"));
        for (Element figure : figures) {
            String src = figure.selectFirst("img").attr("src");
            assertTrue(src.matches("[a-z0-9._-]+\\.png"), src);
            assertTrue(Files.isRegularFile(charts.resolve(src)), src);
            String caption = figure.selectFirst("figcaption").text();
            assertTrue(caption.length() > 40, caption);
        }
        for (Element caption : page.select("figcaption")) {
            assertTrue(caption.text().matches(".*Từ \\d+ văn bản\\.$"), caption.text());
        }
        assertTrue(page.select("figcaption").stream().filter(c -> c.text().contains("Từ 12 văn bản")).count() >= 2);
    }

    @Test
    void worksOfflineAndLinksTheCsvsRelatively() {
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"), "offline");
        List<String> links = page.select("a[href]").eachAttr("href");
        assertTrue(links.contains("../out/summary_rankings.csv"), links.toString());
        assertTrue(links.contains("../out/rankings.csv"), links.toString());
        assertTrue(links.stream().allMatch(l -> l.startsWith("../out/") && l.endsWith(".csv")
                || l.startsWith("localities/") && l.endsWith(".html")
                || l.startsWith("#") && page.getElementById(l.substring(1)) != null), links.toString());
        assertTrue(links.contains("#ind-records_online"), "the overview's comparisons link their indicator");
    }

    /** Issue 19, part 1 on the locality page: why the score moved, its largest parts in words. */
    @Test
    void aLocalityPageSaysWhyItsCompositeMoved() throws Exception {
        Document l0 = Jsoup.parse(Files.readString(charts.resolve(LocalityPages.href("L0")),
                StandardCharsets.UTF_8));
        assertTrue(l0.select("h2").eachText().contains("Vì sao điểm tổng hợp thay đổi"), l0.select("h2").eachText().toString());
        String text = l0.text();
        assertTrue(text.contains("điểm thay đổi -8 so với năm 2023"), text);
        assertTrue(text.contains("các địa phương cùng nhóm thay đổi") && text.contains("-6.5"), text);
        Element why = l0.select("h2:contains(Vì sao) ~ table").first();
        assertEquals(LocalityPages.PARTS_SHOWN, why.select("tr:has(td)").size(), "the largest parts, not all seven");
    }

    /** Issue 19, part 5 on the locality page: its path to each national target, labelled in Vietnamese. */
    @Test
    void aLocalityPageShowsItsPathToTheNationalTargets() throws Exception {
        Document l0 = Jsoup.parse(Files.readString(charts.resolve(LocalityPages.href("L0")),
                StandardCharsets.UTF_8));
        assertTrue(l0.select("h2").eachText().contains("Lộ trình đến chỉ tiêu quốc gia"), l0.select("h2").eachText().toString());
        Element track = l0.select("h2:contains(Lộ trình) ~ table").first();
        List<String> cells = track.select("tr:has(td) td").eachText();
        assertEquals(List.of("60 (2025)", "55 (2024)", "đúng lộ trình", "2025", "70 (2025)"), cells.subList(1, 6));
    }

    /** Issue 19, part 4: the front page counts each check across documents, zero included. */
    @Test
    void theFrontPageCountsTheChecksAcrossDocuments() {
        Element checks = page.getElementById("checks");
        List<String> cells = checks.select("tr:has(td) td").eachText();
        assertEquals(List.of("Hai văn bản nêu kết quả cùng năm khác nhau", "0",
                "Chỉ tiêu thấp hơn kết quả năm trước của chính địa phương", "0",
                "Tỷ lệ thay đổi hơn 50 điểm trong một năm", "2",
                "Mẫu số \"x/x xã\" khác số xã trong danh mục hành chính", "0",
                "Tổng số của các xã vượt số của chính huyện", "0"), cells);
        assertTrue(checks.select("a[href]").eachAttr("href").contains("../out/quality.csv"));
    }

    /** Issue 19, part 5 on the front page: localities per label, per indicator and national target year. */
    @Test
    void theFrontPageCountsLocalitiesOnTheirPathToEachNationalTarget() {
        Element tracks = page.getElementById("tracks");
        assertEquals(List.of("Chỉ tiêu", "Năm của chỉ tiêu quốc gia", "đã đạt", "đúng lộ trình",
                "chậm, có nguy cơ không đạt", "chệch lộ trình", "không đạt", "chưa đủ số liệu"),
                tracks.select("th").eachText());
        List<String> cells = tracks.select("tr:has(td) td").eachText();
        assertEquals(List.of("2025", "0", "1", "0", "0", "0", "0"), cells.subList(1, 8));
    }

    @Test
    void everyLocalityHasAPageReachableInTwoClicksAndEveryLinkResolves() throws Exception {
        Path dir = charts.resolve(LocalityPages.FOLDER);
        Document index = Jsoup.parse(Files.readString(dir.resolve(LocalityPages.INDEX), StandardCharsets.UTF_8));
        assertTrue(page.select("a[href]").eachAttr("href").contains("localities/index.html"), "front page -> index");
        List<String> pages = index.select("#list a").eachAttr("href");
        long localities = ChartFixtures.report().rankings().stream().map(RankedValue::localityId).distinct().count();
        assertEquals(localities, pages.size(), "one page per locality with a ranked value");
        for (String href : pages) {
            Path file = dir.resolve(href);
            assertTrue(Files.isRegularFile(file), href);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains("http://") || text.contains("https://"), "offline: " + href);
            assertFalse(text.contains("<script>alert"), "quotes stay text: " + href);
            for (String link : Jsoup.parse(text).select("a[href]").eachAttr("href")) {
                assertTrue(Files.isRegularFile(dir.resolve(link).normalize()), href + " links " + link);
            }
        }
        Document first = Jsoup.parse(Files.readString(dir.resolve(pages.get(0)), StandardCharsets.UTF_8));
        assertFalse(first.select("table td").isEmpty(), "its indicators are listed");
        assertTrue(first.text().contains("Trung vị nhóm"), "against its group's median");
        for (String ranked : page.select("table.rank a[href]").eachAttr("href")) {
            assertTrue(Files.isRegularFile(charts.resolve(ranked)), "a ranking row links its locality: " + ranked);
        }
    }

    @Test
    void sectionsByPillarAndIndicatorWithTopAndBottomTables() {
        List<String> sections = page.select("section").eachAttr("id");
        assertEquals(List.of("checks", "tracks", "overall", "pillar-government", "pillar-society"), sections);
        assertEquals(1, page.select("#pillar-government article#ind-records_online").size());
        Element table = page.selectFirst("#ind-records_online table.rank");
        // 5 best, the gap row, 5 worst
        assertEquals(1 + 2 * ReportWriter.TABLE_ROWS + 1, table.select("tr").size());
        assertTrue(table.text().contains("còn 2 địa phương nữa trong rankings.csv"), table.text());
        Element firstValue = table.selectFirst("details");
        assertEquals("plan_0.txt:10", firstValue.selectFirst(".src").text());
        assertTrue(html.contains("vẽ 2 chỉ tiêu được nhiều văn bản nêu nhất trong 3 chỉ tiêu"), "the limit is stated");
    }

    @Test
    void theDefaultPageSpeaksVietnameseWithItsLevelNames() {
        String text = page.text();
        for (String english : List.of("Pillar", "localities", "Ranking", "Composite", "Heatmap", "Overall", "plans read",
                "From ", "click a value", "Data files", "trend by year")) {
            assertFalse(text.contains(english), "English '" + english + "' on the Vietnamese page");
        }
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertTrue(text.contains("Trụ cột: Chính quyền số"), "pillar names in Vietnamese");
        assertTrue(page.select("table.rank td").eachText().contains("phường"), "level names with their diacritics");
        assertFalse(page.select("table.rank td").eachText().contains("phuong"));
    }

    @Test
    void aCommuneFormedIn2025NamesTheUnitsItWasFormedFromAndLinksTheirPages(@TempDir Path other) throws Exception {
        ReportData fixture = ChartFixtures.report();
        List<String> ids = fixture.rankings().stream().map(RankedValue::localityId).distinct().toList();
        String merged = ids.get(0);
        String old = ids.get(1);
        Lineage lineage = Lineage.of(List.of(new String[] {old, "Cũ", "xa", merged, "Mới", "phuong"},
                new String[] {"99999", "Không có trang", "xa", merged, "Mới", "phuong"}), Set.copyOf(ids));
        ReportData data = new ReportData(fixture.plans(), fixture.indicators(), fixture.indicatorsWithData(),
                fixture.rankings(), fixture.composite(), fixture.weights(), fixture.trends(), fixture.ambition(),
                fixture.csvDir(), lineage);
        ReportWriter.write(other, ChartFormat.SVG, data);
        Path pages = other.resolve(LocalityPages.FOLDER);
        Document formed = Jsoup.parse(Files.readString(pages.resolve(ChartNames.stem(merged) + ".html"),
                StandardCharsets.UTF_8));
        assertTrue(formed.text().contains("Hình thành ngày 1/7/2025 từ: xã Cũ (" + old + "), xã Không có trang (99999)"),
                formed.text());
        assertTrue(formed.select("a[href]").eachAttr("href").contains(ChartNames.stem(old) + ".html"));
        Document predecessor = Jsoup.parse(Files.readString(pages.resolve(ChartNames.stem(old) + ".html"),
                StandardCharsets.UTF_8));
        assertTrue(predecessor.text().contains("Từ ngày 1/7/2025 nhập vào: phường Mới (" + merged + ")"),
                predecessor.text());
    }

    @Test
    void englishOnRequest(@TempDir Path other) throws Exception {
        ReportText.use(ReportText.ENGLISH);
        try {
            Document english = Jsoup.parse(Files.readString(ReportWriter.write(other, ChartFormat.PNG,
                    ChartFixtures.report()).index(), StandardCharsets.UTF_8));
            assertEquals("en", english.selectFirst("html").attr("lang"));
            assertTrue(english.text().contains("Pillar: Digital government"), english.text());
        } finally {
            ReportText.use(ReportText.VIETNAMESE);
        }
    }

    @Test
    void chartsOfAPreviousRunAreRemovedAndOtherFilesKept() {
        assertFalse(Files.exists(charts.resolve("ranking_stale_2019_actual_commune.svg")));
        assertTrue(Files.exists(charts.resolve("notes.txt")));
        assertFalse(Files.exists(charts.resolve("index.html.partial")));
    }
}
