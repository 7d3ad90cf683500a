package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composite ranking on a map: centroids at equal scale, coloured by quarter, the ends named, the unplaced listed. */
class MapChartTest {

    @TempDir
    Path tmp;

    /** Twelve localities of the fixture's 2024 composite, ten of them with a centroid near Thanh Hóa. */
    private static Map<String, MapChart.Centroid> centroids() {
        Map<String, MapChart.Centroid> c = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            c.put("L" + i, new MapChart.Centroid(105.5 + 0.05 * i, 19.8 + 0.03 * i));
        }
        return c;
    }

    @Test
    void aDegreeIsAsLongEastwardAsNorthwardAtTheMapsLatitude() {
        double[] box = MapChart.equalScale(105.0, 106.0, 19.0, 20.5, 900, 640);
        double lonPerPx = (box[1] - box[0]) * Math.cos(Math.toRadians((box[2] + box[3]) / 2)) / 900;
        double latPerPx = (box[3] - box[2]) / 640;
        assertEquals(latPerPx, lonPerPx, 1e-9);
        assertTrue(box[0] < 105.0 && box[1] > 106.0 && box[2] < 19.0 && box[3] > 20.5, "every point inside");
    }

    @Test
    void everyPlacedLocalityIsDrawnInItsQuarterAndTheEndsAreNamed() {
        List<CompositeEntry> ranking = ChartFixtures.composite(12, 2024);
        XYPlot plot = MapChart.build("Bản đồ", ranking, centroids()).getXYPlot();
        XYDataset data = plot.getDataset();
        int drawn = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            drawn += data.getItemCount(s);
        }
        assertEquals(10, drawn, "two localities have no centroid");
        assertEquals("nhóm đầu (1/4 xếp hạng cao nhất)", data.getSeriesKey(0));
        assertEquals(3, data.getItemCount(0), "ranks 1-3 of 12 are the top quarter");
        String first = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 0);
        assertTrue(first.startsWith("1. "), first);
    }

    @Test
    void theReportDrawsTheMapBesideTheCompositeAndListsTheUnplaced() throws Exception {
        ReportData f = ChartFixtures.report();
        ReportData data = new ReportData(f.plans(), f.indicators(), f.indicatorsWithData(), f.rankings(), f.composite(),
                f.weights(), f.trends(), f.ambition(), f.csvDir(), f.lineage(), f.attribution(), f.trajectory(),
                f.crossChecks(), centroids());
        Path charts = tmp.resolve("charts");
        Document page = Jsoup.parse(Files.readString(ReportWriter.write(charts, ChartFormat.PNG, data).index(),
                StandardCharsets.UTF_8));
        List<String> images = page.select("img").eachAttr("src");
        assertTrue(images.contains("map_actual_2024_commune.png"), images.toString());
        assertTrue(Files.isRegularFile(charts.resolve("map_actual_2024_commune.png")));
        String unplaced = page.select("p.unmapped").text();
        assertTrue(unplaced.startsWith("Chưa có tọa độ trong danh mục"), unplaced);
        assertEquals(2, unplaced.substring(unplaced.indexOf(':') + 1).split(",").length, unplaced);
    }

    @Test
    void aRankingOfSeveralProvincesGetsAMapPerProvinceInItsOwnOrder() throws Exception {
        // L0-L5 in Thanh Hóa, L6-L9 in Nghệ An
        Map<String, MapChart.Centroid> c = new HashMap<>();
        centroids().forEach((id, at) -> c.put(id, new MapChart.Centroid(at.lon(), at.lat(),
                Integer.parseInt(id.substring(1)) < 6 ? "Thanh Hóa" : "Nghệ An")));
        List<CompositeEntry> ranking = ChartFixtures.composite(12, 2024);
        Map<String, List<CompositeEntry>> provinces = MapChart.byProvince(ranking, c);
        assertEquals(List.of("Nghệ An", "Thanh Hóa"), List.copyOf(provinces.keySet()));
        List<CompositeEntry> nghean = provinces.get("Nghệ An");
        assertEquals(List.of(1, 2, 3, 4), nghean.stream().map(CompositeEntry::rank).toList());
        assertTrue(nghean.stream().allMatch(e -> Integer.parseInt(e.localityId().substring(1)) >= 6));
        assertTrue(MapChart.byProvince(ranking, centroids()).isEmpty(), "no province known: the one map only");

        ReportData f = ChartFixtures.report();
        ReportData data = new ReportData(f.plans(), f.indicators(), f.indicatorsWithData(), f.rankings(), f.composite(),
                f.weights(), f.trends(), f.ambition(), f.csvDir(), f.lineage(), f.attribution(), f.trajectory(),
                f.crossChecks(), c);
        Path charts = tmp.resolve("charts");
        Document page = Jsoup.parse(Files.readString(ReportWriter.write(charts, ChartFormat.PNG, data).index(),
                StandardCharsets.UTF_8));
        List<String> images = page.select("img").eachAttr("src");
        assertTrue(images.containsAll(List.of("map_actual_2024_commune.png", "map_actual_2024_commune_nghe-an.png",
                "map_actual_2024_commune_thanh-hoa.png")), images.toString());
        assertTrue(Files.isRegularFile(charts.resolve("map_actual_2024_commune_thanh-hoa.png")));
    }
}
