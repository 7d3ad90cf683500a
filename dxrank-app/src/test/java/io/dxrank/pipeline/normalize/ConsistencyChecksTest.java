package io.dxrank.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.run.RunOptions;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A target below the locality's own last result, and a share that jumps, are findings on the later figure. */
class ConsistencyChecksTest {

    private static Row fact(String file, int line, String kind, int year, double value) {
        return FactRows.toRow(new Fact(file, "17986", "Khánh Sơn", "xa", "Nghệ An", "records_processed_online", "r",
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
}
