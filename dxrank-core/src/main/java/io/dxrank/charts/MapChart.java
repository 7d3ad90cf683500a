package io.dxrank.charts;

import io.dxrank.core.VnText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The localities of a composite ranking where they lie: each at its centroid (longitude, latitude, one degree the
 * same length on both axes at the map's latitude), coloured by its quarter of the ranking, the top and bottom five
 * named. A locality without a centroid is not drawn; the page lists it under the map.
 */
public final class MapChart {

    /** A locality's centroid in degrees, and its province (null when the gazetteer does not say). */
    public record Centroid(double lon, double lat, String province) {

        public Centroid(double lon, double lat) {
            this(lon, lat, null);
        }
    }

    /** Localities named on the map at each end of the ranking. */
    static final int NAMED = 5;
    private static final Color[] BANDS = {new Color(0x1a9850), new Color(0x91cf60), new Color(0xfc8d59),
        new Color(0xd73027)};

    private MapChart() {
    }

    /**
     * The entries of a ranking split by the province of their centroids, each province's ranked again 1..k in the
     * ranking's order (a province's analyst reads her communes' order among themselves); empty when the ranking
     * spans one province or none, where the one map says it all. Provinces in the order of their names.
     */
    public static Map<String, List<CompositeEntry>> byProvince(List<CompositeEntry> entries, Map<String, Centroid> centroids) {
        Map<String, List<CompositeEntry>> out = new TreeMap<>(Comparator.comparing(VnText::fold).thenComparing(Comparator.naturalOrder()));
        List<CompositeEntry> ranked = new ArrayList<>(entries);
        ranked.sort(Comparator.comparingInt(CompositeEntry::rank));
        for (CompositeEntry e : ranked) {
            Centroid c = centroids.get(e.localityId());
            if (c != null && c.province() != null && !c.province().isBlank()) {
                List<CompositeEntry> in = out.computeIfAbsent(c.province(), k -> new ArrayList<>());
                in.add(new CompositeEntry(e.localityId(), e.localityName(), e.year(), e.kind(), e.levelGroup(),
                        e.score(), in.size() + 1, e.pillarScores(), null, null, e.flags()));
            }
        }
        return out.size() > 1 ? out : Map.of();
    }

    /** Entries of one ranking (one year, kind and level group), drawn where the centroids know them. */
    public static JFreeChart build(String title, List<CompositeEntry> entries, Map<String, Centroid> centroids) {
        int n = entries.size();
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> bands = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            XYSeries s = new XYSeries(ReportText.t("map.band" + (b + 1)), false, true);
            bands.add(s);
        }
        Map<String, String> labels = new HashMap<>();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (CompositeEntry e : entries) {
            Centroid c = centroids.get(e.localityId());
            if (c == null) {
                continue;
            }
            int band = Math.min(BANDS.length - 1, (e.rank() - 1) * BANDS.length / Math.max(1, n));
            XYSeries s = bands.get(band);
            s.add(c.lon(), c.lat());
            if (e.rank() <= NAMED || e.rank() > n - NAMED) {
                labels.put(band + "|" + (s.getItemCount() - 1), e.rank() + ". " + e.localityName());
            }
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int b = 0; b < bands.size(); b++) {
            data.addSeries(bands.get(b));
            renderer.setSeriesPaint(b, BANDS[b]);
        }
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> labels.get(series + "|" + item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.plain());
        NumberAxis lon = new NumberAxis(ReportText.t("map.lon"));
        NumberAxis lat = new NumberAxis(ReportText.t("map.lat"));
        lon.setNumberFormatOverride(ChartStyle.numberFormat());
        lat.setNumberFormatOverride(ChartStyle.numberFormat());
        if (minLon <= maxLon) {
            double[] box = equalScale(minLon, maxLon, minLat, maxLat, WIDTH_PX, HEIGHT_PX);
            lon.setRange(box[0], box[1]);
            lat.setRange(box[2], box[3]);
        }
        XYPlot plot = new XYPlot(data, lon, lat, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        return ChartStyle.chart(title, ReportText.t("map.subtitle", NAMED), plot, true);
    }

    /** The chart's size in the report; the plot takes most of it. */
    static final int WIDTH_PX = 900;
    static final int HEIGHT_PX = 640;

    /**
     * The longitude and latitude ranges around the points, widened so that a degree of longitude, shortened by the
     * cosine of the latitude, is as long on the page as a degree of latitude: the map is not stretched.
     */
    static double[] equalScale(double minLon, double maxLon, double minLat, double maxLat, int width, int height) {
        double midLat = (minLat + maxLat) / 2;
        double lonFactor = Math.cos(Math.toRadians(midLat));
        double spanLon = Math.max(maxLon - minLon, 0.05) * 1.1;
        double spanLat = Math.max(maxLat - minLat, 0.05) * 1.1;
        // kilometres-like units: longitude degrees count lonFactor of a latitude degree
        double wantLatPerPx = spanLat / height;
        double wantLonPerPx = spanLon * lonFactor / width;
        double perPx = Math.max(wantLatPerPx, wantLonPerPx);
        double halfLon = perPx * width / lonFactor / 2;
        double halfLat = perPx * height / 2;
        double cLon = (minLon + maxLon) / 2;
        double cLat = midLat;
        return new double[] {cLon - halfLon, cLon + halfLon, cLat - halfLat, cLat + halfLat};
    }
}
