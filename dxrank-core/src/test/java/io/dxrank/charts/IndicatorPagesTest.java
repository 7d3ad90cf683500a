package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond the front page's most-reported indicators, every indicator with data has a page of its own
 * (charts/indicators/&lt;code&gt;.html) with its charts and tables, linked from the front page.
 */
class IndicatorPagesTest {

    @TempDir
    static Path tmp;
    static Path charts;
    static Document front;

    @BeforeAll
    static void writeReport() throws Exception {
        ReportData fixture = ChartFixtures.report();
        // twenty more-reported indicators push the fixture's two (the ones with rankings and trends) off the front page
        List<IndicatorInfo> indicators = new ArrayList<>();
        for (int i = 0; i < ReportWriter.FRONT_PAGE_INDICATORS; i++) {
            indicators.add(new IndicatorInfo("filler_" + i, "Chỉ tiêu " + i, "society", "percent", null, 50 - i));
        }
        indicators.addAll(fixture.indicators());
        ReportData data = new ReportData(fixture.plans(), indicators, indicators.size(), fixture.rankings(),
                fixture.composite(), fixture.weights(), fixture.trends(), fixture.ambition(), fixture.csvDir(),
                fixture.lineage(), fixture.attribution(), fixture.trajectory(), fixture.crossChecks());
        charts = tmp.resolve("charts");
        front = Jsoup.parse(Files.readString(ReportWriter.write(charts, ChartFormat.PNG, data).index(),
                StandardCharsets.UTF_8));
    }

    @Test
    void theFrontPageChartsTheMostReportedAndLinksEveryOtherIndicatorsPage() {
        assertEquals(ReportWriter.FRONT_PAGE_INDICATORS, front.select("article[id^=ind-]").size());
        List<String> links = front.select("#more-indicators a").eachAttr("href");
        assertEquals(List.of("indicators/records_online.html", "indicators/payment_accounts.html"), links);
        for (String link : links) {
            assertTrue(Files.isRegularFile(charts.resolve(link)), link);
        }
        // the overview's table of comparisons leads to the page where the ranking is drawn
        assertTrue(front.select("table.comparisons a").eachAttr("href").contains("indicators/records_online.html"));
    }

    @Test
    void anIndicatorsPageHoldsItsChartsAndEveryLinkResolves() throws Exception {
        Path pageFile = charts.resolve("indicators/records_online.html");
        Document page = Jsoup.parse(Files.readString(pageFile, StandardCharsets.UTF_8));
        List<String> images = page.select("img").eachAttr("src");
        assertTrue(images.contains("../ranking_records_online_2024_actual_commune.png"), images.toString());
        assertTrue(images.contains("../trend_records_online.png"), images.toString());
        for (String src : images) {
            assertTrue(Files.isRegularFile(pageFile.getParent().resolve(src).normalize()), src);
        }
        List<Element> anchors = page.select("a[href]");
        assertFalse(anchors.isEmpty());
        for (Element a : anchors) {
            Path target = pageFile.getParent().resolve(a.attr("href")).normalize();
            assertTrue(Files.isRegularFile(target), a.attr("href"));
        }
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("h3").text().contains("Hồ sơ xử lý trên môi trường mạng"));
    }
}
