package io.dxrank.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.run.RunOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A target below the locality's own last result, and a share that jumps, are findings on the later figure. */
class ConsistencyChecksTest {

    private static Row fact(String file, int line, String kind, int year, double value) {
        return fact("17986", file, line, kind, year, value);
    }

    private static Row fact(String locality, String file, int line, String kind, int year, double value) {
        return fact(locality, "records_processed_online", file, line, kind, year, value);
    }

    private static Row fact(String locality, String indicator, String file, int line, String kind, int year,
                            double value) {
        return FactRows.toRow(new Fact(file, locality, "Xã " + locality, "xa", "Nghệ An", indicator, "r",
                "government", kind, year, Integer.toString(year), value, null, "percent", "eq", file, line, "q", "s",
                "", value + "%", null, "prose", null, null));
    }

    @Test
    void aTargetBelowLastYearsResultAndAJumpAreFlagged() throws Exception {
        Dataset<Row> used = SparkTestSession.get().createDataFrame(List.of(
                fact("bao-cao-2022.txt", 5, "actual", 2022, 20),
                fact("bao-cao-2023.txt", 7, "actual", 2023, 90),
                fact("ke-hoach-2024.txt", 12, "target", 2024, 60),
                fact("ke-hoach-2023.txt", 9, "target", 2023, 95)), FactRows.FACTS);
        List<Row> found = ConsistencyChecks.run(used, Catalog.load(RunOptions.DEFAULT_CATALOG)).collectAsList();
        assertEquals(2, found.size(), found.toString());
        Row below = found.stream().filter(r -> r.getAs("code").equals("target_below_last_result")).findFirst()
                .orElseThrow();
        assertEquals("ke-hoach-2024.txt", below.getAs("source_file"));
        assertEquals(12, (int) below.getAs("line"));
        assertTrue(((String) below.getAs("detail")).contains("is below its own result of 2023: 90.0 (bao-cao-2023.txt"),
                below.toString());
        Row jump = found.stream().filter(r -> r.getAs("code").equals("implausible_jump")).findFirst().orElseThrow();
        assertEquals("bao-cao-2023.txt", jump.getAs("source_file"));
    }

    /**
     * Issue 19's bar: 50 generated localities with four years of results and a target each, one contradiction of
     * each kind planted (and one restatement that agrees): each is found, on its locality, and nothing else is.
     */
    @Test
    void plantedContradictionsAreFoundWithNoFalseFinding() throws Exception {
        Random random = new Random(19);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = String.format(Locale.ROOT, "g%02d", i);
            double value = 10 + random.nextInt(10);
            double stated = value;
            for (int year = 2021; year <= 2024; year++) {
                value += 2 + random.nextInt(5);
                stated = id.equals("g33") && year == 2024 ? value + 60 : value; // a jump of 60 points
                rows.add(fact(id, "bc-" + id + "-" + year + ".txt", 3, "actual", year, stated));
                if (year == 2023 && id.equals("g07")) {
                    rows.add(fact(id, "tin-" + id + "-2023.txt", 8, "actual", year, value + 12)); // another value
                }
                if (year == 2022 && id.equals("g41")) {
                    rows.add(fact(id, "tin-" + id + "-2022.txt", 8, "actual", year, value)); // the same value again
                }
            }
            double target = id.equals("g19") ? stated - 5 : stated + 5 + random.nextInt(10); // below its last result
            rows.add(fact(id, "kh-" + id + "-2025.txt", 12, "target", 2025, target));
        }
        // ten districts of five communes each, counting their community Zalo groups: d3's own 2024 count is below
        // what its communes report; the others' are at or above the sum
        Map<String, String> districtOf = new HashMap<>();
        for (int d = 0; d < 10; d++) {
            double sum = 0;
            for (int c = 0; c < 5; c++) {
                String commune = "d" + d + "c" + c;
                districtOf.put(commune, "d" + d);
                double groups = 1 + random.nextInt(4);
                sum += groups;
                rows.add(fact(commune, "zalo_groups", "bc-" + commune + "-2024.txt", 4, "actual", 2024, groups));
            }
            double own = d == 3 ? sum - 2 : sum + random.nextInt(3);
            rows.add(fact("d" + d, "zalo_groups", "bc-d" + d + "-2024.txt", 6, "actual", 2024, own));
        }
        // places in a ranking and index scores do not add up over communes: a district ranked 2nd whose communes are
        // ranked 3rd, 5th and 7th, scored 0.6 beside communes' 0.5, 0.4 and 0.3, is no contradiction
        for (String indicator : List.of("dx_assessment_rank", "dx_assessment_score")) {
            boolean rank = indicator.endsWith("rank");
            for (int c = 0; c < 3; c++) {
                String commune = "r9c" + c;
                districtOf.put(commune, "r9");
                rows.add(fact(commune, indicator, "dti-" + commune + ".txt", 2, "actual", 2024, rank ? 3 + 2 * c : 0.5 - c / 10.0));
            }
            rows.add(fact("r9", indicator, "dti-r9.txt", 2, "actual", 2024, rank ? 2 : 0.6));
        }
        Dataset<Row> used = SparkTestSession.get().createDataFrame(rows, FactRows.FACTS);
        List<String> found = new ArrayList<>();
        for (Row r : ConsistencyChecks.run(used, Catalog.load(RunOptions.DEFAULT_CATALOG), districtOf).collectAsList()) {
            found.add(r.getAs("code") + " " + r.getAs("source_file"));
        }
        found.sort(Comparator.naturalOrder());
        assertEquals(List.of("communes_exceed_district bc-d3-2024.txt", "implausible_jump bc-g33-2024.txt",
                "result_stated_differently tin-g07-2023.txt", "target_below_last_result kh-g19-2025.txt"), found);
    }
}
