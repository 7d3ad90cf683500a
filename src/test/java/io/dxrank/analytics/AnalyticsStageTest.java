package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.SparkTestSession;
import io.dxrank.core.Pillar;
import io.dxrank.jobs.FactRows;
import io.dxrank.normalize.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixture: three communes x1..x3 and one district d1, two reported indicators (gov = percent,
 * higher is better; eco = percent, lower is better) and one unreported (soc) so coverage is 2/3.
 * Every expected number below is worked out in the comments.
 */
class AnalyticsStageTest {

    private static final String CATALOG = """
            code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
            gov,G,G,government,percent,higher,g,,,
            eco,E,E,economy,percent,lower,e,,,
            soc,S,S,society,percent,higher,s,,,
            """;

    private static List<Row> rankings;
    private static List<Row> composite;
    private static List<Row> trends;
    private static List<String> secondRunComposite;

    @BeforeAll
    static void runOnce() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        // 2024 targets: gov x1 100, x2 60, x3 100 (tie) ; eco x1 10, x2 20, x3 30 (lower is better)
        rows.add(fact("p24x1", "x1", "xa", "gov", "target", 2024, 100.0, null));
        rows.add(fact("p24x2", "x2", "xa", "gov", "target", 2024, 60.0, null));
        rows.add(fact("p24x3", "x3", "xa", "gov", "target", 2024, 100.0, null));
        rows.add(fact("p24x1", "x1", "xa", "eco", "target", 2024, 10.0, null));
        rows.add(fact("p24x2", "x2", "xa", "eco", "target", 2024, 20.0, null));
        rows.add(fact("p24x3", "x3", "xa", "eco", "target", 2024, 30.0, null));
        rows.add(fact("p24d1", "d1", "huyen", "gov", "target", 2024, 50.0, null));
        // previous year: x2 alone ranked 1 on gov targets -> 2024 rank 3 gives rank_change -2
        rows.add(fact("p23x2", "x2", "xa", "gov", "target", 2023, 100.0, null));
        // achievement: x1's 2025 plan reports results for 2024 (gov 95 vs target 100; eco 8 vs target 10)
        rows.add(fact("p25x1", "x1", "xa", "gov", "actual", 2024, 95.0, null));
        rows.add(fact("p25x1", "x1", "xa", "eco", "actual", 2024, 8.0, null));
        rows.add(fact("p24x1", "x1", "xa", "gov", "actual", 2023, 80.0, null));
        Dataset<Row> facts = spark.createDataFrame(rows, FactRows.FACTS);
        Catalog catalog = Catalog.parse(CATALOG, "test catalog");
        Weights weights = Weights.of(Map.of(Pillar.GOVERNMENT, 0.5, Pillar.ECONOMY, 0.5));
        AnalyticsStage.Options options = new AnalyticsStage.Options(2, 2);
        AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, catalog, weights, options);
        rankings = t.rankings().collectAsList();
        composite = t.composite().collectAsList();
        trends = t.trends().collectAsList();
        secondRunComposite = AnalyticsStage.run(spark, facts, catalog, weights, options).composite()
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static Row fact(String plan, String locality, String level, String code, String kind, int year,
                            double value, String comparator) {
        String pillar = code.equals("gov") ? "government" : "economy";
        return RowFactory.create(plan, locality, locality.toUpperCase(java.util.Locale.ROOT), level, "P", code,
                code, pillar, kind, year, Integer.toString(year), value, null, "percent", comparator,
                plan + ".txt", 1, "q", null, null, null, null, "prose");
    }

    private static Row ranking(String code, int year, String kind, String group, String locality) {
        List<Row> hits = rankings.stream().filter(r -> r.getAs("indicator_code").equals(code)
                && ((Integer) r.getAs("year")) == year && r.getAs("kind").equals(kind)
                && r.getAs("level_group").equals(group) && r.getAs("locality_id").equals(locality)).toList();
        assertEquals(1, hits.size(), code + " " + year + " " + kind + " " + group + " " + locality);
        return hits.get(0);
    }

    private static Row compositeRow(String locality, int year, String kind) {
        List<Row> hits = composite.stream().filter(r -> r.getAs("locality_id").equals(locality)
                && ((Integer) r.getAs("year")) == year && r.getAs("kind").equals(kind)).toList();
        assertEquals(1, hits.size(), locality);
        return hits.get(0);
    }

    private static Row trend(String locality, String code, int year) {
        return trends.stream().filter(r -> r.getAs("locality_id").equals(locality)
                && r.getAs("indicator_code").equals(code) && ((Integer) r.getAs("year")) == year)
                .findFirst().orElseThrow();
    }

    private static long rank(Row r) {
        return ((Number) r.getAs("rank")).longValue();
    }

    @Test
    void rankingsUseCompetitionRanksDirectionAndGroups() {
        // ties share rank 1, next is 3 ("113"); percentile = 100 (n - rank) / (n - 1)
        assertEquals(1, rank(ranking("gov", 2024, "target", "commune", "x1")));
        assertEquals(1, rank(ranking("gov", 2024, "target", "commune", "x3")));
        Row x2 = ranking("gov", 2024, "target", "commune", "x2");
        assertEquals(3, rank(x2));
        assertEquals(0.0, (Double) x2.getAs("percentile"), 1e-9);
        assertEquals(100.0, (Double) ranking("gov", 2024, "target", "commune", "x1").getAs("percentile"), 1e-9);
        assertEquals(3L, ((Number) x2.getAs("n")).longValue());
        assertEquals(-2, ((Number) x2.getAs("rank_change")).intValue());
        // lower is better
        assertEquals(1, rank(ranking("eco", 2024, "target", "commune", "x1")));
        assertEquals(3, rank(ranking("eco", 2024, "target", "commune", "x3")));
        Row mid = ranking("eco", 2024, "target", "commune", "x2");
        assertEquals(50.0, (Double) mid.getAs("percentile"), 1e-9);
        // district alone in its group; in 'all' it joins the communes: 100,100,60,50 -> 1,1,3,4
        Row d1 = ranking("gov", 2024, "target", "district", "d1");
        assertEquals(1, rank(d1));
        assertEquals(1L, ((Number) d1.getAs("n")).longValue());
        assertEquals(100.0, (Double) d1.getAs("percentile"), 1e-9);
        Row d1all = ranking("gov", 2024, "target", "all", "d1");
        assertEquals(4, rank(d1all));
        assertEquals(4L, ((Number) d1all.getAs("n")).longValue());
    }

    @Test
    void compositeNormalizesWeightsCoverageAndStability() {
        // min-max: gov x1 100, x3 100, x2 0; eco (lower) x1 100, x2 50, x3 0; weights 0.5/0.5
        Row x1 = compositeRow("x1", 2024, "target");
        Row x2 = compositeRow("x2", 2024, "target");
        Row x3 = compositeRow("x3", 2024, "target");
        assertEquals(100.0, ((Number) x1.getAs("score")).doubleValue(), 1e-9);
        assertEquals(25.0, ((Number) x2.getAs("score")).doubleValue(), 1e-9);
        assertEquals(50.0, ((Number) x3.getAs("score")).doubleValue(), 1e-9);
        assertEquals(0.0, ((Number) x2.getAs("score_government")).doubleValue(), 1e-9);
        assertEquals(50.0, ((Number) x2.getAs("score_economy")).doubleValue(), 1e-9);
        assertEquals(1, rank(x1));
        assertEquals(2, rank(x3));
        assertEquals(3, rank(x2));
        assertEquals(0.6667, ((Number) x1.getAs("coverage")).doubleValue(), 1e-9);
        assertEquals("ranked", x1.getAs("status"));
        assertEquals("Q1", x1.getAs("band"));
        // stability: x1 wins under every weight set; x3 beats x2 unless w_gov < 1/3 (about 1 % of draws)
        assertEquals(1.0, (Double) x1.getAs("rank_p05"), 1e-9);
        assertEquals(1.0, (Double) x1.getAs("rank_p95"), 1e-9);
        assertEquals(2.0, (Double) x3.getAs("rank_median"), 1e-9);
        assertEquals(3.0, (Double) x2.getAs("rank_median"), 1e-9);
        assertEquals(3.0, (Double) x2.getAs("rank_p95"), 1e-9);
        // the district reports one indicator in one pillar: insufficient data, not ranked
        Row d1 = compositeRow("d1", 2024, "target");
        assertEquals("insufficient_data", d1.getAs("status"));
        assertNull(d1.getAs("rank"));
        assertNull(d1.getAs("rank_median"));
    }

    @Test
    void achievementAcrossTwoPlansHonoursDirection() {
        Row gov = trend("x1", "gov", 2024);
        assertEquals(95.0, (Double) gov.getAs("actual"), 1e-9);
        assertEquals(100.0, (Double) gov.getAs("target"), 1e-9);
        assertEquals(15.0, (Double) gov.getAs("yoy_change"), 1e-9);
        assertEquals(95.0, ((Number) gov.getAs("achievement")).doubleValue(), 1e-9);
        assertEquals(false, gov.getAs("achieved"));
        Row eco = trend("x1", "eco", 2024);
        assertEquals(80.0, ((Number) eco.getAs("achievement")).doubleValue(), 1e-9);
        assertEquals(true, eco.getAs("achieved"));
    }

    @Test
    void twoRunsGiveIdenticalComposite() {
        assertEquals(composite.stream().map(Row::toString).sorted().toList(), secondRunComposite);
    }
}
