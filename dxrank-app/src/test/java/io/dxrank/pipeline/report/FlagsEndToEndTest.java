package io.dxrank.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.analytics.Normalization;
import io.dxrank.analytics.Weights;
import io.dxrank.charts.ChartFormat;
import io.dxrank.charts.CompositeChart;
import io.dxrank.charts.CompositeEntry;
import io.dxrank.charts.FlagMarks;
import io.dxrank.charts.IndicatorInfo;
import io.dxrank.charts.RankedValue;
import io.dxrank.charts.RankingChart;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.FactStatus;
import io.dxrank.pipeline.analyze.AnalyticsStage;
import io.dxrank.pipeline.normalize.FactRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Order;

/**
 * Issue 19, part 2: one fact of each flag kind, followed from facts.csv's rows through the analyze stage's
 * rankings.csv and the report's reading of it to the mark on its bar in the rendered ranking chart.
 */
@Order(6) // a long class: started early (junit-platform.properties)
class FlagsEndToEndTest {

    static final String CATALOG = """
            code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
            a,Tỷ lệ A,A,government,percent,higher,aaa,,,
            c,Số tài khoản C,C,economy,tài khoản,higher,ccc,,,
            """;
    static final String WEIGHTS = """
            pillar,weight,note
            government,0.5,
            economy,0.5,
            """;

    @TempDir
    Path dir;

    private static Fact fact(String plan, String locality, String code, double value) {
        return new Fact(plan, locality, locality.toUpperCase(Locale.ROOT), "xa", "P", code, code, "x", "actual",
                2024, "2024", value, null, "percent", "eq", plan + ".txt", 1, "q", "s", "", "v", null, "prose", null,
                null);
    }

    private static Fact with(Fact f, double value, Double high, String comparator, String source) {
        return new Fact(f.planId(), f.localityId(), f.localityName(), f.level(), f.province(), f.indicatorCode(),
                f.indicatorName(), f.pillar(), f.kind(), f.year(), f.period(), value, high, f.unit(), comparator,
                f.sourceFile(), f.sourceLine(), f.quote(), f.subject(), f.section(), f.valueText(), f.denominator(),
                source, f.asOf(), f.valuePer1000());
    }

    /** Each flag kind on its own locality of indicator A; the expected mark after the locality's name. */
    @Test
    void eachFlagTravelsFromFactsToItsMarkOnTheChart() throws Exception {
        List<Fact> facts = new ArrayList<>();
        Map<String, String> expectedMark = new TreeMap<>();
        facts.add(fact("p0", "l0", "a", 50));
        expectedMark.put("l0", "");
        facts.add(with(fact("p1", "l1", "a", 51), 51, null, "approx", "prose"));
        expectedMark.put("l1", "≈");
        facts.add(with(fact("p2", "l2", "a", 52), 52, 60.0, "range", "prose"));
        expectedMark.put("l2", "↔");
        facts.add(fact("p3", "l3", "a", 120));
        expectedMark.put("l3", "!");
        facts.add(fact("p4", "l4", "a", 54).withDoubts("kind", 0.87));
        expectedMark.put("l4", "?");
        facts.add(fact("p5", "l5", "a", 55).withDoubts("year", 0.76));
        expectedMark.put("l5", "?");
        // two documents, two values for the same figure
        facts.add(fact("p6a", "l6", "a", 56));
        facts.add(fact("p6b", "l6", "a", 66));
        expectedMark.put("l6", "≠");
        // the same document states another value: it lost to the used one
        facts.add(fact("p7", "l7", "a", 57));
        facts.add(fact("p7", "l7", "a", 47).withStatus(FactStatus.CONFLICT_OTHER));
        expectedMark.put("l7", "‡");
        // a revision replaced the earlier document's value
        facts.add(fact("p8", "l8", "a", 58));
        facts.add(fact("p8old", "l8", "a", 48).withStatus(FactStatus.SUPERSEDED));
        expectedMark.put("l8", "↻");
        facts.add(with(fact("p9", "l9", "a", 59), 59, null, "eq", "table"));
        expectedMark.put("l9", "");
        // a count ranked per 1,000 inhabitants across levels
        for (int i = 0; i < 3; i++) {
            Fact count = new Fact("c" + i, "l" + i, "L" + i, "xa", "P", "c", "c", "x", "actual", 2024, "2024",
                    100 + i, null, "tài khoản", "eq", "c" + i + ".txt", 1, "q", "s", "", "v", null, "prose", null,
                    10.0 + i).withPopulationYear(2019);
            facts.add(count);
        }

        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        facts.forEach(f -> rows.add(FactRows.toRow(f)));
        Catalog catalog = Catalog.parse(CATALOG, "test");
        List<Row> ranked;
        List<Row> composite;
        Map<String, String> trendFlags = new TreeMap<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS), catalog,
                Weights.parse(WEIGHTS, "test"), new AnalyticsStage.Options(1, 1, Normalization.MINMAX, 0, 7))) {
            ranked = t.rankings().filter("indicator_code = 'a' AND level_group = 'commune' OR measure = 'per_1000'")
                    .orderBy("indicator_code", "locality_id").collectAsList();
            composite = t.composite().filter("rank IS NOT NULL").orderBy("rank", "locality_id").collectAsList();
            t.trends().filter("indicator_code = 'a'").collectAsList()
                    .forEach(r -> trendFlags.put(r.getAs("locality_id"), r.getAs("flags")));
        }
        // composite.csv and trends.csv carry the flags of the values they rest on, without the source words
        assertEquals("", trendFlags.get("l0"));
        assertEquals("guessed_year", trendFlags.get("l5"));
        assertEquals("conflict", trendFlags.get("l7"));
        assertEquals("revised", trendFlags.get("l8"));
        List<CompositeEntry> entries = new ArrayList<>();
        composite.forEach(r -> entries.add(ReportInputs.compositeEntry(r)));
        assertEquals(10, entries.size());
        Map<String, String> compositeFlags = new TreeMap<>();
        entries.forEach(e -> compositeFlags.put(e.localityId(), e.flags()));
        assertEquals("approx", compositeFlags.get("l1"));
        assertEquals("out_of_range", compositeFlags.get("l3"));
        assertEquals("guessed_kind", compositeFlags.get("l4"));
        assertEquals("restated", compositeFlags.get("l6"));
        assertEquals("", compositeFlags.get("l9"));
        String svgComposite = Files.readString(dir.resolve(ChartFormat.named("SVG").write(
                CompositeChart.build("Điểm tổng hợp", entries, Map.of("government", 0.5, "economy", 0.5)), dir, "composite", 900,
                600)), StandardCharsets.UTF_8);
        assertTrue(svgComposite.contains("L4 ?") && svgComposite.contains("L7 ‡") && svgComposite.contains("L2 ↔"),
                "the composite chart's labels carry the marks");
        IndicatorInfo a = new IndicatorInfo("a", "Tỷ lệ A", "government", "%", null, 10);
        IndicatorInfo c = new IndicatorInfo("c", "Số tài khoản C", "economy", "tài khoản", null, 3);
        List<RankedValue> chartA = new ArrayList<>();
        List<RankedValue> chartC = new ArrayList<>();
        for (Row r : ranked) {
            if ("a".equals(r.getAs("indicator_code"))) {
                chartA.add(ReportInputs.rankedValue(r, a));
            } else {
                chartC.add(ReportInputs.rankedValue(r, c));
            }
        }
        assertEquals(10, chartA.size(), "one ranked value per locality of A");
        assertEquals(3, chartC.size());
        assertTrue(chartC.stream().allMatch(v -> v.flags().endsWith(";per_capita:2019")), chartC.toString());
        assertTrue(FlagMarks.legend(chartC.stream().map(RankedValue::flags).toList())
                .contains("‰ tính trên 1.000 dân (dân số năm 2019)"), "the legend names the population's year");

        String svgA = render(chartA, "a");
        for (Map.Entry<String, String> e : expectedMark.entrySet()) {
            String name = e.getKey().toUpperCase(Locale.ROOT);
            if (e.getValue().isEmpty()) {
                assertTrue(svgA.contains(name) && !svgA.contains(name + " "), name + " unmarked on its bar");
            } else {
                assertTrue(svgA.contains(name + " " + e.getValue()), name + " marked " + e.getValue());
            }
        }
        String svgC = render(chartC, "c");
        assertTrue(svgC.contains("L0 ‰"), "per 1,000 inhabitants marked");
    }

    private String render(List<RankedValue> ranking, String name) throws Exception {
        JFreeChart chart = RankingChart.build(ranking.get(0).indicatorName(), ranking);
        return Files.readString(dir.resolve(ChartFormat.named("SVG").write(chart, dir, name, 900, 500)),
                StandardCharsets.UTF_8);
    }
}
