package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts of a composite's change add up to the change (issue 19, part 1: within 1e-9 on generated data). */
class AttributionTest {

    private static final Map<String, Double> WEIGHTS = Map.of("government", 0.4, "economy", 0.3, "society", 0.3,
            "data", 0.05);
    private static final List<String> PILLARS = List.of("government", "economy", "society", "data");

    private static Attribution.Term term(String code, String pillar, double value, double min, double max) {
        return new Attribution.Term(code, pillar, value, new Attribution.Group(min, max, (min + max) / 2, (max - min) / 3),
                false, true);
    }

    @Test
    void partsAddUpToTheChangeOnGeneratedLocalities() {
        Random random = new Random(19);
        int rows = 0;
        for (Normalization method : Normalization.values()) {
            for (int locality = 0; locality < 2_000; locality++) {
                List<Attribution.Term> before = new ArrayList<>();
                List<Attribution.Term> after = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String pillar = PILLARS.get(random.nextInt(PILLARS.size()));
                    boolean lower = random.nextInt(5) == 0;
                    boolean percent = random.nextBoolean();
                    if (random.nextInt(6) > 0) {
                        before.add(generated("i" + i, pillar, lower, percent, random));
                    }
                    if (random.nextInt(6) > 0) {
                        after.add(generated("i" + i, pillar, lower, percent, random));
                    }
                }
                double change = Attribution.composite(after, WEIGHTS, method)
                        - Attribution.composite(before, WEIGHTS, method);
                double sum = Attribution.of(before, after, WEIGHTS, method).stream()
                        .mapToDouble(Attribution.Part::contribution).sum();
                assertEquals(change, sum, 1e-9, method + " locality " + locality);
                rows++;
            }
        }
        assertEquals(6_000, rows);
    }

    private static Attribution.Term generated(String code, String pillar, boolean lower, boolean percent, Random r) {
        double min = r.nextDouble() * 50;
        double max = min + r.nextDouble() * 60 + (r.nextInt(10) == 0 ? 0 : 1e-3);
        double sd = r.nextInt(10) == 0 ? 0 : r.nextDouble() * 20;
        return new Attribution.Term(code, pillar, min + r.nextDouble() * (max - min),
                new Attribution.Group(min, r.nextInt(10) == 0 ? min : max, (min + max) / 2, sd), lower, percent);
    }

    @Test
    void aLocalityThatStandsStillDropsWhenItsBestPeerImproves() {
        // 80 % of online files both years; the group's best rose from 90 to 100: the min-max score falls, all peers
        Attribution.Term before = term("dvc", "government", 80, 60, 90);
        Attribution.Term after = term("dvc", "government", 80, 60, 100);
        List<Attribution.Part> parts = Attribution.of(List.of(before), List.of(after), WEIGHTS, Normalization.MINMAX);
        assertEquals(1, parts.size(), parts.toString());
        assertEquals(Attribution.PEERS, parts.get(0).effect());
        assertEquals(50.0 - 200.0 / 3, parts.get(0).contribution(), 1e-12);
        // under goalposts a share scores against 0-100, whatever the peers do: no part at all
        assertTrue(Attribution.of(List.of(before), List.of(after), WEIGHTS, Normalization.GOALPOST).isEmpty());
    }

    @Test
    void aNewIndicatorIsCoverageAndShiftsTheOthersShares() {
        Attribution.Term gov = term("dvc", "government", 80, 60, 100);
        Attribution.Term eco = term("tt", "economy", 40, 0, 100);
        List<Attribution.Part> parts = Attribution.of(List.of(gov), List.of(gov, eco), WEIGHTS, Normalization.MINMAX);
        // before: 50 (government alone); after: (0.4 * 50 + 0.3 * 40) / 0.7
        double change = (0.4 * 50 + 0.3 * 40) / 0.7 - 50;
        assertEquals(change, parts.stream().mapToDouble(Attribution.Part::contribution).sum(), 1e-12);
        assertTrue(parts.stream().allMatch(p -> Attribution.COVERAGE.equals(p.effect())), parts.toString());
    }
}
