package io.dxrank.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.charts.MapChart;
import io.dxrank.run.RunOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map's centroids come from the national gazetteer's lat/lon columns, for the ranked localities only. */
class CentroidsTest {

    @Test
    void theShippedGazetteerGivesARankedUnitItsCentroidAndSkipsWhatItDoesNotKnow() throws Exception {
        RunOptions options = RunOptions.builder().jobName("map").out(Path.of("target/centroids-out")).build();
        // 00004: phường Trúc Bạch before 1 July 2025 (no centroid), phường Ba Đình after (centroid); "none" is no unit
        Map<String, MapChart.Centroid> c = ReportInputs.centroids(options, Set.of("00004", "none"));
        assertEquals(Set.of("00004"), c.keySet());
        MapChart.Centroid ba = c.get("00004");
        assertTrue(ba.lat() > 20.9 && ba.lat() < 21.1 && ba.lon() > 105.7 && ba.lon() < 105.9, ba.toString());
    }
}
