package io.dxrank.pipeline.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.analytics.Normalization;
import io.dxrank.analytics.Weights;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.pipeline.normalize.FactRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;

/**
 * Issue 19, part 3, in the engine: facts whose kind or year the extractor guessed widen the composite's 5-95 % rank
 * interval; facts read with confidence leave it where the weights and normalizations put it.
 */
@Order(5) // a long class: started early (junit-platform.properties)
class ExtractionScenarioStageTest {

    private static final int LOCALITIES = 12;

    /** Twelve communes, two indicators (A: government, B: economy), values spread so that ranks are distinct. */
    private static List<Fact> facts(UnaryOperator<Fact> onEveryThird) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < LOCALITIES; i++) {
            String locality = String.format(Locale.ROOT, "l%02d", i);
            Fact a = AnalyticsStageTest.fact("pa" + i, locality, "a", "target", 2024, 40 + 5 * i);
            facts.add(i % 3 == 0 ? onEveryThird.apply(a) : a);
            facts.add(AnalyticsStageTest.fact("pb" + i, locality, "b", "target", 2024, 90 - 3 * i - (i % 4) * 7));
        }
        return facts;
    }

    /** The composite's rank interval per locality: "p05-p95". */
    private static Map<String, String> intervals(List<Fact> facts) throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        facts.forEach(f -> rows.add(FactRows.toRow(f)));
        Map<String, String> out = new TreeMap<>();
        try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, spark.createDataFrame(rows, FactRows.FACTS),
                Catalog.parse(AnalyticsStageTest.CATALOG, "test"), Weights.parse(AnalyticsStageTest.WEIGHTS, "test"),
                new AnalyticsStage.Options(2, 2, Normalization.MINMAX, 50, 7))) {
            for (Row r : t.composite().collectAsList()) {
                out.put(r.getAs("locality_id"), r.getAs("rank_p05") + "-" + r.getAs("rank_p95"));
            }
        }
        return out;
    }

    private static double totalWidth(Map<String, String> intervals) {
        return intervals.values().stream().mapToDouble(v -> {
            String[] ends = v.split("-");
            return Double.parseDouble(ends[1]) - Double.parseDouble(ends[0]);
        }).sum();
    }

    @Test
    void guessedFactsWidenTheRankIntervalsAndConfidentOnesDoNot() throws Exception {
        Map<String, String> confident = intervals(facts(f -> f));
        assertEquals(LOCALITIES, confident.size());
        // another flag (the low end of a range) is no doubt about the reading
        Map<String, String> flaggedButSure = intervals(facts(f -> f.withFigures(f.value(), f.value() + 5, null)));
        assertEquals(confident, flaggedButSure, "ranges are flagged but not doubted: the intervals do not move");

        Map<String, String> guessed = intervals(facts(f -> f.withDoubts("kind;year", 0.58)));
        assertTrue(totalWidth(guessed) > totalWidth(confident),
                "guessed years and kinds widen the intervals: " + confident + " -> " + guessed);
    }
}
