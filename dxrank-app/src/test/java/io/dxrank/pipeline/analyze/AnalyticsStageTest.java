package io.dxrank.pipeline.analyze;

import java.util.Comparator;
import java.util.Locale;
import io.dxrank.analytics.Attribution;
import io.dxrank.analytics.Normalization;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.NationalTargets;
import io.dxrank.normalize.ReformFiling;
import io.dxrank.normalize.Fact;
import io.dxrank.pipeline.normalize.FactRows;
import io.dxrank.SparkTestSession;
import io.dxrank.analytics.Weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;

/**
 * Hand-computed fixture: four communes, indicator A (percent, higher is better, government) and B (percent,
 * lower is better, economy), 2024 targets; L1's 2024 result reported by its next plan.
 */
@Order(2) // a long class: started early (junit-platform.properties)
class AnalyticsStageTest {

    static final String CATALOG = """
            code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
            a,A,A,government,percent,higher,aaa,80,2024,test
            b,B,B,economy,percent,lower,bbb,,,
            """;
    /** A national target per level: communes 70 in 2024; the 2025 figure must not be compared with 2024 targets. */
    static final String NATIONAL = """
            indicator_code;level_group;year;target;source
            a;commune;2024;70;test
            a;commune;2025;99,5;test
            """;
    static final String WEIGHTS = """
            pillar,weight,note
            government,0.5,
            economy,0.5,
            """;

    static Map<String, Row> rankings = new HashMap<>();
    static Map<String, Row> composite = new HashMap<>();
    static Map<String, Row> trends = new HashMap<>();
    static List<Row> compositeRows;
    static Map<String, Row> ambition = new HashMap<>();
    static Map<String, Row> trajectory = new HashMap<>();
    /** The fixture's facts (the stage's temp views are shared by every run in the session). */
    static Dataset<Row> facts;

    static Fact fact(String plan, String locality, String code, String kind, int year, double value) {
        return new Fact(plan, locality, locality.toUpperCase(Locale.ROOT), "xa", "P", code, code, "x", kind,
                year, Integer.toString(year), value, null, "percent", "eq", plan + ".txt", 1, "q", "s", "", "v", null,
                "prose", null, null);
    }

    @BeforeAll
    static void compute() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        for (Fact f : List.of(
                fact("p1", "l1", "a", "target", 2024, 100), fact("p2", "l2", "a", "target", 2024, 60),
                fact("p3", "l3", "a", "target", 2024, 60), fact("p4", "l4", "a", "target", 2024, 40),
                fact("p1", "l1", "b", "target", 2024, 10), fact("p2", "l2", "b", "target", 2024, 5),
                fact("p5", "l1", "a", "actual", 2024, 90))) {
            rows.add(FactRows.toRow(f));
        }
        facts = spark.createDataFrame(rows, FactRows.FACTS);
        List<String> problems = new ArrayList<>();
        Catalog catalog = Catalog.parse(CATALOG, "test");
        catalog = catalog.withNationalTargets(NationalTargets.parse(NATIONAL, "national", problems), problems);
        assertEquals(List.of(), catalog.problems());
        AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, catalog,
                Weights.parse(WEIGHTS, "test"), new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 300, 7));
        for (Row r : t.rankings().collectAsList()) {
            rankings.put(r.getAs("indicator_code") + "/" + r.getAs("kind") + "/" + r.getAs("level_group") + "/"
                    + r.getAs("locality_id"), r);
        }
        compositeRows = t.composite().collectAsList();
        for (Row r : compositeRows) {
            composite.put(r.getAs("kind") + "/" + r.getAs("locality_id"), r);
        }
        for (Row r : t.ambition().collectAsList()) {
            ambition.put(r.getAs("indicator_code") + "/" + r.getAs("level_group"), r);
        }
        for (Row r : t.trajectory().collectAsList()) {
            trajectory.put(r.getAs("locality_id") + "/" + r.getAs("indicator_code") + "/" + r.getAs("target_year"), r);
        }
        for (Row r : t.trends().collectAsList()) {
            trends.put(r.getAs("locality_id") + "/" + r.getAs("indicator_code") + "/" + r.getAs("year"), r);
        }
        t.close();
    }

    /** An operator may turn adaptive execution off (spark-submit --conf): the composite is still built. */
    @Test
    void theCompositeIsBuiltWithAdaptiveExecutionOff() throws Exception {
        SparkSession spark = SparkTestSession.get();
        String adaptive = "spark.sql.adaptive.enabled";
        String before = spark.conf().get(adaptive);
        spark.conf().set(adaptive, "false");
        try {
            Catalog catalog = Catalog.parse(CATALOG, "test");
            catalog = catalog.withNationalTargets(NationalTargets.parse(NATIONAL, "national", new ArrayList<>()),
                    new ArrayList<>());
            // the composite's queries are analysed as they are built, which is where they failed: no need to run them
            // (no weight draws either: the stability pass is not what this is about)
            try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, catalog, Weights.parse(WEIGHTS, "test"),
                    new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 0, 7))) {
                assertEquals(List.of(compositeRows.get(0).schema().fieldNames()), List.of(t.composite().columns()));
            }
        } finally {
            spark.conf().set(adaptive, before);
        }
    }

    static int rank(String key) {
        return rankings.get(key).<Integer>getAs("rank");
    }

    @Test
    void competitionRankingWithTiesAndPercentiles() {
        assertEquals(1, rank("a/target/commune/l1"));
        assertEquals(2, rank("a/target/commune/l2"));
        assertEquals(2, rank("a/target/commune/l3"));
        assertEquals(4, rank("a/target/commune/l4"));
        Row second = rankings.get("a/target/commune/l2");
        assertEquals(4L, second.<Long>getAs("n"));
        assertEquals(66.67, ((Number) second.getAs("percentile")).doubleValue(), 0.01);
        assertEquals(0.0, ((Number) rankings.get("a/target/commune/l4").getAs("percentile")).doubleValue());
        // percentile is a double column (ROUND alone would give a decimal)
        assertTrue(second.getAs("percentile") instanceof Double);
    }

    @Test
    void lowerIsBetterReversesTheOrder() {
        assertEquals(1, rank("b/target/commune/l2"));
        assertEquals(2, rank("b/target/commune/l1"));
    }

    @Test
    void percentIndicatorsAlsoRankAcrossAllLevels() {
        assertTrue(rankings.containsKey("a/target/all/l1"));
        assertEquals(1, rank("a/target/all/l1"));
    }

    @Test
    void compositeWeightsPillarsAndCutsLowCoverage() {
        // L1: A min-max 100, B (lower) 0 -> 50; L2: A 33.33, B 100 -> 66.67
        Row l1 = composite.get("target/l1");
        Row l2 = composite.get("target/l2");
        assertEquals(50.0, ((Number) l1.getAs("score")).doubleValue(), 0.01);
        assertEquals(66.67, ((Number) l2.getAs("score")).doubleValue(), 0.01);
        assertEquals(1, l2.<Integer>getAs("rank"));
        assertEquals(2, l1.<Integer>getAs("rank"));
        Row l3 = composite.get("target/l3");
        assertEquals("insufficient_data", l3.getAs("status"));
        assertNull(l3.getAs("rank"), "one pillar is below the two-pillar threshold: not ranked");
        assertEquals(1.0, ((Number) l1.getAs("coverage")).doubleValue(), 1e-9);
        assertEquals(0.5, ((Number) l3.getAs("coverage")).doubleValue(), 1e-9);
    }

    @Test
    void rankStabilityShowsACloseCall() {
        // goalpost puts L1 first (95 vs 77.5), min-max puts L2 first: neither position is robust
        for (String l : List.of("l1", "l2")) {
            Row r = composite.get("target/" + l);
            assertEquals(1.0, ((Number) r.getAs("rank_p05")).doubleValue(), l);
            assertEquals(2.0, ((Number) r.getAs("rank_p95")).doubleValue(), l);
        }
        assertNull(composite.get("target/l3").getAs("rank_p05"), "unranked localities get no interval");
    }

    @Test
    void achievementComparesTheTargetWithTheLaterResult() {
        Row t = trends.get("l1/a/2024");
        assertEquals(100.0, ((Number) t.getAs("target")).doubleValue());
        assertEquals(90.0, ((Number) t.getAs("actual")).doubleValue());
        assertEquals(90.0, ((Number) t.getAs("achievement")).doubleValue(), 1e-9);
        assertEquals(Boolean.FALSE, t.getAs("achieved"));
    }

    @Test
    void ambitionSummarisesTargetsAgainstTheNationalTargetOfTheirLevelAndYear() {
        Row a = ambition.get("a/commune");
        assertEquals(4L, a.<Long>getAs("n"));
        assertEquals(40.0, ((Number) a.getAs("target_min")).doubleValue());
        assertEquals(60.0, ((Number) a.getAs("target_median")).doubleValue());
        assertEquals(100.0, ((Number) a.getAs("target_max")).doubleValue());
        assertEquals(70.0, ((Number) a.getAs("national_target")).doubleValue(), 1e-9);
        assertEquals(2024, ((Number) a.getAs("national_target_year")).intValue());
        assertEquals(-10.0, ((Number) a.getAs("median_minus_national")).doubleValue(), 1e-9);
        // the all-levels group takes the programme's single figure of the same year
        Row all = ambition.get("a/all");
        assertEquals(80.0, ((Number) all.getAs("national_target")).doubleValue(), 1e-9);
        assertEquals(-20.0, ((Number) all.getAs("median_minus_national")).doubleValue(), 1e-9);
        // no national target of the targets' year: nothing to compare with
        Row b = ambition.get("b/commune");
        assertNull(b.getAs("national_target"));
        assertNull(b.getAs("median_minus_national"));
    }

    @Test
    void trajectoryJudgesEachLocalityAgainstTheNationalTargetOfItsLevelAndYear() {
        // l1's 2024 result 90 meets the communes' 70 of 2024 (not the catalog's single 80, which is for all levels)
        Row reached = trajectory.get("l1/a/2024");
        assertEquals("reached", reached.getAs("status"));
        assertEquals(70.0, reached.<Double>getAs("national_target"), 1e-9);
        assertEquals(2024, reached.<Integer>getAs("reach_year"));
        // against 2025's 99.5 one result gives no pace; its own 2024 target of 100 would meet it
        Row later = trajectory.get("l1/a/2025");
        assertEquals("insufficient_data", later.getAs("status"));
        assertEquals(100.0, later.<Double>getAs("own_target"), 1e-9);
        assertEquals(Boolean.TRUE, later.getAs("plan_meets_national"));
        // l2 has targets only: its own 60 falls short of the communes' 70
        Row targetsOnly = trajectory.get("l2/a/2024");
        assertEquals(0, targetsOnly.<Integer>getAs("results"));
        assertEquals(Boolean.FALSE, targetsOnly.getAs("plan_meets_national"));
        // b has no national target: no trajectory
        assertNull(trajectory.get("l1/b/2024"));
    }

    /** Two documents stating l3's 2024 result differently: the value used is flagged restated, l4's is not. */
    @Test
    void aValueAnotherDocumentStatesDifferentlyIsFlaggedRestated() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        for (Fact f : List.of(fact("r1", "l3", "a", "actual", 2024, 70), fact("r2", "l3", "a", "actual", 2024, 75),
                fact("r3", "l4", "a", "actual", 2024, 60), fact("r4", "l4", "a", "actual", 2024, 60))) {
            rows.add(FactRows.toRow(f));
        }
        Map<String, String> flags = new HashMap<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(CATALOG, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 0, 7))) {
            for (Row r : t.rankings().filter("level_group = 'commune'").collectAsList()) {
                flags.put(r.getAs("locality_id"), r.getAs("flags"));
            }
        }
        assertEquals("prose;restated", flags.get("l3"));
        assertEquals("prose", flags.get("l4"), "the same value stated twice is no restatement");
    }

    @Test
    void twoRunsGiveTheSameComposite() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> again;
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, Catalog.parse(CATALOG, "test"),
                Weights.parse(WEIGHTS, "test"), new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 300, 7))) {
            again = t.composite().orderBy("kind", "locality_id").collectAsList();
        }
        List<Row> first = new ArrayList<>(compositeRows);
        first.sort(Comparator.comparing((Row r) -> r.<String>getAs("kind"))
                .thenComparing(r -> r.<String>getAs("locality_id")));
        assertEquals(first.toString(), again.toString());
    }

    @Test
    void rankChangeComparesWithTheYearBeforeOnly() throws Exception {
        // a: 2023 l2 70 > l1 50; 2024 l1 90 > l3 70 > l2 60; l3 also reported 2022, which is not the year before
        List<Row> rows = new ArrayList<>();
        for (Fact f : List.of(fact("p1", "l1", "a", "actual", 2023, 50), fact("p2", "l2", "a", "actual", 2023, 70),
                fact("p3", "l3", "a", "actual", 2022, 30), fact("p4", "l1", "a", "actual", 2024, 90),
                fact("p5", "l2", "a", "actual", 2024, 60), fact("p6", "l3", "a", "actual", 2024, 70))) {
            rows.add(FactRows.toRow(f));
        }
        SparkSession spark = SparkTestSession.get();
        Map<String, Row> ranked = new HashMap<>();
        Map<String, Row> composed = new HashMap<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(CATALOG, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(1, 1, Normalization.MINMAX, 10, 7))) {
            t.rankings().filter("level_group = 'commune'").collectAsList()
                    .forEach(r -> ranked.put(r.getAs("locality_id") + "/" + r.getAs("year"), r));
            t.composite().collectAsList().forEach(r -> composed.put(r.getAs("locality_id") + "/" + r.getAs("year"), r));
        }
        assertEquals(1, ranked.get("l1/2024").<Integer>getAs("rank_change"), "from 2nd to 1st");
        assertEquals(-2, ranked.get("l2/2024").<Integer>getAs("rank_change"), "from 1st to 3rd");
        assertNull(ranked.get("l3/2024").getAs("rank_change"), "no 2023 figure: 2022 does not count");
        assertNull(ranked.get("l1/2023").getAs("rank_change"));
        assertEquals(1, composed.get("l1/2024").<Integer>getAs("rank_change"));
        assertEquals(-2, composed.get("l2/2024").<Integer>getAs("rank_change"));
        assertNull(composed.get("l3/2024").getAs("rank_change"));
    }

    @Test
    void noWeightDrawsLeavesTheStabilityColumnsEmpty() throws Exception {
        SparkSession spark = SparkTestSession.get();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, Catalog.parse(CATALOG, "test"),
                Weights.parse(WEIGHTS, "test"), new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 0, 7))) {
            Row l2 = t.composite().filter("kind = 'target' AND locality_id = 'l2'").collectAsList().get(0);
            assertEquals(1, l2.<Integer>getAs("rank"));
            assertNull(l2.getAs("rank_p05"));
            assertNull(l2.getAs("rank_median"));
        }
    }

    @Test
    void medianImputationIsMarkedAndNeverCountsAsCoverage() throws Exception {
        SparkSession spark = SparkTestSession.get();
        Map<String, Row> imputed = new HashMap<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, facts, Catalog.parse(CATALOG, "test"),
                Weights.parse(WEIGHTS, "test"), new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 50, 7, true))) {
            for (Row r : t.composite().collectAsList()) {
                imputed.put(r.getAs("kind") + "/" + r.getAs("locality_id"), r);
            }
        }
        Row l3 = imputed.get("target/l3");
        // A: (60 - 40) / 60 = 33.33; B imputed as the median of L1's 0 and L2's 100 = 50
        assertEquals(41.67, ((Number) l3.getAs("score")).doubleValue(), 0.01);
        assertEquals(1, l3.<Integer>getAs("imputed"));
        assertEquals("insufficient_data", l3.getAs("status"), "an imputed pillar does not lift coverage");
        assertEquals(0, composite.get("target/l1").<Integer>getAs("imputed"), "off by default");
    }

    static Fact count(String locality, String level, double value, Double per1000) {
        return new Fact("p-" + locality, locality, locality, level, "P", "c", "c", "government", "actual", 2024,
                "2024", value, null, "tài khoản", "eq", locality + ".txt", 1, "q", "s", "", "v", null, "prose", null,
                per1000);
    }

    /**
     * A year ranks the units of that year: a figure outside its unit's era is in the trends, not in the rankings; a
     * commune's own figure wins over one its predecessor stated, which is flagged restated.
     */
    @Test
    void aYearRanksTheUnitsOfThatYear() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        for (Fact f : List.of(fact("n1", "new1", "a", "actual", 2026, 80),
                fact("o1", "new4", "a", "actual", 2026, 50).withEra(ReformFiling.SUCCESSOR + ":old1"),
                fact("o2", "new1", "a", "actual", 2026, 50).withEra(ReformFiling.SUCCESSOR + ":old2"),
                fact("n2", "new2", "a", "actual", 2026, 70),
                fact("n3", "new3", "a", "actual", 2026, 60).withEra(ReformFiling.OUTSIDE_ERA),
                fact("n3", "new3", "a", "actual", 2024, 40).withEra(ReformFiling.OUTSIDE_ERA))) {
            rows.add(FactRows.toRow(f));
        }
        Map<String, Row> ranked = new HashMap<>();
        List<String> trendKeys = new ArrayList<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(CATALOG, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 0, 7))) {
            for (Row r : t.rankings().filter("level_group = 'commune'").collectAsList()) {
                ranked.put(r.getAs("locality_id"), r);
            }
            for (Row r : t.trends().collectAsList()) {
                trendKeys.add(r.getAs("locality_id") + "/" + r.getAs("year"));
            }
        }
        assertEquals(Set.of("new1", "new2", "new4"), ranked.keySet(), "new3's figures are outside its era");
        assertEquals(80.0, ranked.get("new1").<Double>getAs("value"), "the commune's own figure, not its predecessor's");
        assertEquals("prose;restated", ranked.get("new1").getAs("flags"));
        assertEquals("prose;successor:old1", ranked.get("new4").getAs("flags"), "only its predecessor states it");
        assertTrue(trendKeys.containsAll(List.of("new3/2024", "new3/2026")), trendKeys.toString());
    }

    @Test
    void countsCrossLevelsOnlyPerThousandInhabitants() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        // a commune of 10,000 with 40 accounts, a district of 200,000 with 400, a commune without a population
        for (Fact f : List.of(count("x1", "xa", 40, 4.0), count("d1", "huyen", 400, 2.0), count("x2", "xa", 30, null))) {
            rows.add(FactRows.toRow(f));
        }
        String catalog = CATALOG + "c,C,C,government,tài khoản,higher,ccc,,,\n";
        Map<String, Row> byKey = new HashMap<>();
        for (Row r : AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(catalog, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 10, 7)).rankings().collectAsList()) {
            byKey.put(r.getAs("level_group") + "/" + r.getAs("locality_id"), r);
        }
        assertEquals(1, byKey.get("commune/x1").<Integer>getAs("rank"));
        assertEquals(2, byKey.get("commune/x2").<Integer>getAs("rank"));
        assertEquals(400.0, byKey.get("district/d1").<Double>getAs("value"));
        assertNull(byKey.get("district/d1").getAs("rank"), "the only district reporting it is not ranked 1");
        assertNull(byKey.get("district/d1").getAs("percentile"));
        assertEquals("value", byKey.get("district/d1").getAs("measure"));
        // across levels the commune's 4 per 1,000 beats the district's 2, though 40 < 400
        assertEquals(1, byKey.get("all/x1").<Integer>getAs("rank"));
        assertEquals(4.0, byKey.get("all/x1").<Double>getAs("value"));
        assertEquals(2, byKey.get("all/d1").<Integer>getAs("rank"));
        assertEquals("per_1000", byKey.get("all/d1").getAs("measure"));
        // the flags travel from facts to rankings; a count ranked per 1,000 inhabitants says so
        assertEquals("prose", byKey.get("district/d1").getAs("flags"));
        assertEquals("prose;per_capita", byKey.get("all/d1").getAs("flags"));
        assertEquals(2L, byKey.get("all/d1").<Long>getAs("n"));
        assertNull(byKey.get("all/x2"), "a count without a population is ranked only within its level");
    }

    @Test
    void aLoneReporterIsNeitherRankedNorScored() {
        // L1's 2024 result is the only result reported: no rank, no percentile, and no composite from it
        Row lone = rankings.get("a/actual/commune/l1");
        assertEquals(1L, lone.<Long>getAs("n"));
        assertNull(lone.getAs("rank"));
        assertNull(lone.getAs("percentile"));
        Row actual = composite.get("actual/l1");
        assertTrue(actual == null || actual.getAs("rank") == null, "a group of one ranks nobody");
    }

    /** The composite of the given facts under the given thresholds, by locality. */
    private static Map<String, Row> compositeOf(int minIndicators, List<Fact> facts) throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        facts.forEach(f -> rows.add(FactRows.toRow(f)));
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(CATALOG, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(minIndicators, 1, Normalization.MINMAX, 10, 7))) {
            Map<String, Row> byLocality = new HashMap<>();
            t.composite().collectAsList().forEach(r -> byLocality.put(r.getAs("locality_id"), r));
            return byLocality;
        }
    }

    /** Issue 19, part 1: attribution.csv's parts add up to each composite's change from the year before. */
    @Test
    void attributionPartsAddUpToTheCompositesChangeAndNameThePeersMove() throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        // k1 stands still on A (70 both years) while k2, the best, rises from 80 to 100; k3 adds B in 2041
        for (Fact f : List.of(fact("s1", "k1", "a", "actual", 2040, 70), fact("s2", "k2", "a", "actual", 2040, 80),
                fact("s3", "k3", "a", "actual", 2040, 40), fact("s1", "k1", "b", "actual", 2040, 6),
                fact("s2", "k2", "b", "actual", 2040, 8),
                fact("s4", "k1", "a", "actual", 2041, 70), fact("s5", "k2", "a", "actual", 2041, 100),
                fact("s6", "k3", "a", "actual", 2041, 50), fact("s4", "k1", "b", "actual", 2041, 9),
                fact("s5", "k2", "b", "actual", 2041, 8), fact("s6", "k3", "b", "actual", 2041, 7))) {
            rows.add(FactRows.toRow(f));
        }
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(CATALOG, "test"), Weights.parse(WEIGHTS, "test"),
                new AnalyticsStage.Options(1, 1, Normalization.MINMAX, 10, 7))) {
            Map<String, Double> score = new HashMap<>();
            t.composite().collectAsList().forEach(r -> score.put(r.getAs("locality_id") + "/" + r.getAs("year"),
                    r.<Double>getAs("score")));
            Map<String, Double> sums = new HashMap<>();
            List<Row> parts = t.attribution().collectAsList();
            for (Row r : parts) {
                assertEquals(2041, r.<Integer>getAs("year"));
                assertEquals(2040, r.<Integer>getAs("previous_year"));
                sums.merge(r.getAs("locality_id"), r.<Double>getAs("contribution"), Double::sum);
            }
            assertEquals(Set.of("k1", "k2", "k3"), sums.keySet());
            for (String k : sums.keySet()) {
                double change = score.get(k + "/2041") - score.get(k + "/2040");
                assertEquals(change, sums.get(k), 0.011, k + ": the parts add up to the change (scores rounded)");
            }
            assertTrue(parts.stream().anyMatch(r -> "k1".equals(r.getAs("locality_id")) && "a".equals(r.getAs("indicator_code"))
                    && Attribution.PEERS.equals(r.getAs("effect")) && r.<Double>getAs("contribution") < 0),
                    "k1's A fell because k2 rose, not by its own doing: " + parts);
            assertTrue(parts.stream().noneMatch(r -> "k1".equals(r.getAs("locality_id")) && "a".equals(r.getAs("indicator_code"))
                    && Attribution.VALUE.equals(r.getAs("effect"))), "k1's own A did not move");
        }
    }

    @Test
    void theOnlyLocalityAboveTheThresholdsIsAloneInItsGroupNotFirst() throws Exception {
        Map<String, Row> shared = compositeOf(1, List.of(fact("q1", "m1", "a", "target", 2030, 90),
                fact("q1", "m1", "b", "target", 2030, 5), fact("q2", "m2", "a", "target", 2030, 70)));
        // B is reported by m1 alone: it does not count, so m1 and m2 are compared on A only
        assertEquals(1L, shared.get("m1").<Long>getAs("indicators"));
        assertEquals(1, shared.get("m1").<Integer>getAs("rank"));
        assertEquals(2, shared.get("m2").<Integer>getAs("rank"));
        Map<String, Row> two = compositeOf(1, List.of(fact("q3", "m3", "a", "target", 2031, 90),
                fact("q4", "m4", "a", "target", 2031, 50)));
        assertEquals(1, two.get("m3").<Integer>getAs("rank"), "two localities: a comparison");
        Map<String, Row> oneAbove = compositeOf(2, List.of(fact("q5", "m5", "a", "target", 2032, 90),
                fact("q5", "m5", "b", "target", 2032, 5), fact("q6", "m6", "a", "target", 2032, 50),
                fact("q7", "m7", "b", "target", 2032, 9)));
        assertEquals("alone_in_group", oneAbove.get("m5").getAs("status"));
        assertNull(oneAbove.get("m5").getAs("rank"), "ranked alone: first of one says nothing");
        assertEquals("insufficient_data", oneAbove.get("m6").getAs("status"));
    }

    @Test
    void aLocalityWhoseIndicatorsTheOthersHardlyReportIsNotRankedAgainstThem() throws Exception {
        // A: n1 and n2 report it; B: n1, n3, n4, n5. n2 is scored on A alone, which 1 of the 4 others reports
        Map<String, Row> c = compositeOf(1, List.of(fact("r1", "n1", "a", "target", 2033, 90),
                fact("r1", "n1", "b", "target", 2033, 5), fact("r2", "n2", "a", "target", 2033, 70),
                fact("r3", "n3", "b", "target", 2033, 6), fact("r4", "n4", "b", "target", 2033, 7),
                fact("r5", "n5", "b", "target", 2033, 8)));
        assertEquals(0.25, ((Number) c.get("n2").getAs("overlap")).doubleValue(), 1e-9);
        assertEquals("insufficient_overlap", c.get("n2").getAs("status"));
        assertNull(c.get("n2").getAs("rank"));
        // n1: A shared with 1 of the 4 others, B with 3 of them: (1 + 3) / (4 * 2), just at the default bar
        assertEquals(0.5, ((Number) c.get("n1").getAs("overlap")).doubleValue(), 1e-9);
        assertEquals("ranked", c.get("n1").getAs("status"));
        assertEquals(0.75, ((Number) c.get("n3").getAs("overlap")).doubleValue(), 1e-9);
    }
}
