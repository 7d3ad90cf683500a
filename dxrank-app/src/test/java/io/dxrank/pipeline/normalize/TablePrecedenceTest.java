package io.dxrank.pipeline.normalize;

import io.dxrank.normalize.Fact;
import io.dxrank.SparkTestSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A fact both an indicator table and a plan state: the job's precedence keeps one, quality.csv names both. */
class TablePrecedenceTest {

    static Fact fact(String plan, String file, int line, String section, double value, String source) {
        return new Fact(plan, "17986", "Khánh Sơn", "xa", "Nghệ An", "records_processed_online", "r", "government",
                "target", 2024, "2024", value, null, "percent", "eq", file, line, "q" + line, "s", section, value + "%",
                null, source, null, null);
    }

    static Dataset<Row> facts() {
        SparkSession spark = SparkTestSession.get();
        return spark.createDataFrame(List.of(
                FactRows.toRow(fact("plan", "004.txt", 109, "I. MỤC TIÊU", 60, "prose")),
                FactRows.toRow(fact("table", "district.xlsx", 5, "Tổng hợp!H5", 70, "table_file")),
                // another indicator of the plan, which the table does not state, stays
                FactRows.toRow(new Fact("plan", "17986", "Khánh Sơn", "xa", "Nghệ An", "payment_accounts", "p",
                        "society", "target", 2024, "2024", 80, null, "percent", "eq", "004.txt", 116, "q", "s", "",
                        "80%", null, "prose", null, null))), FactRows.FACTS);
    }

    @Test
    void theTableWinsByDefaultAndTheConflictIsRecorded() {
        Dataset<Row>[] r = NormalizeStage.tableOverPlan(facts(), "table");
        List<Row> kept = r[0].orderBy("indicator_code").collectAsList();
        assertEquals(2, kept.size());
        assertEquals("payment_accounts", kept.get(0).getAs("indicator_code"));
        assertEquals(70.0, kept.get(1).<Double>getAs("value"));
        Row finding = r[1].collectAsList().get(0);
        assertEquals("table_plan_conflict", finding.getAs("code"));
        assertEquals("WARN", finding.getAs("severity"));
        assertEquals("004.txt", finding.getAs("source_file"));
        assertEquals(109, finding.<Integer>getAs("line"));
        String detail = finding.getAs("detail");
        assertTrue(detail.contains("district.xlsx Tổng hợp!H5 says 70.0") && detail.contains("004.txt line 109 says 60.0")
                && detail.contains("kept the table's"), detail);
    }

    @Test
    void withPrecedencePlanThePlanKeepsIt() {
        Dataset<Row>[] r = NormalizeStage.tableOverPlan(facts(), "plan");
        List<Row> kept = r[0].filter("indicator_code = 'records_processed_online'").collectAsList();
        assertEquals(1, kept.size());
        assertEquals(60.0, kept.get(0).<Double>getAs("value"));
        Row finding = r[1].collectAsList().get(0);
        assertEquals("district.xlsx", finding.getAs("source_file"));
        assertTrue(finding.<String>getAs("detail").contains("kept the plan's"));
    }

    @Test
    void twoTablesStatingOneFactKeepTheLastFileAndRecordBoth() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> facts = spark.createDataFrame(List.of(
                FactRows.toRow(fact("a", "bao-cao-2025-01.xlsx", 9, "Tổng hợp!E9", 80, "table_file")),
                FactRows.toRow(fact("b", "bao-cao-2025-03.xlsx", 4, "KQ!B4", 90, "table_file")),
                FactRows.toRow(fact("c", "tong-hop.csv", 5, "tong-hop!G5", 90, "table_file")),
                FactRows.toRow(fact("plan", "004.txt", 109, "I. MỤC TIÊU", 60, "prose"))), FactRows.FACTS);
        Dataset<Row>[] tables = NormalizeStage.tableOverTable(facts);
        List<Row> kept = tables[0].orderBy("source_file").collectAsList();
        assertEquals(2, kept.size(), kept.toString());
        assertEquals("004.txt", kept.get(0).getAs("source_file"));
        assertEquals("tong-hop.csv", kept.get(1).getAs("source_file"));
        List<Row> findings = tables[1].orderBy("source_file").collectAsList();
        assertEquals(2, findings.size(), findings.toString());
        assertEquals("table_table_conflict", findings.get(0).getAs("code"));
        assertEquals("bao-cao-2025-01.xlsx", findings.get(0).getAs("source_file"));
        assertEquals(9, findings.get(0).<Integer>getAs("line"));
        String detail = findings.get(0).getAs("detail");
        assertTrue(detail.contains("tong-hop.csv tong-hop!G5 says 90.0") && detail.contains(
                "bao-cao-2025-01.xlsx Tổng hợp!E9 says 80.0"), detail);
        assertEquals("table_table_agree", findings.get(1).getAs("code"));
        // then the plan meets one table, not three: one finding
        assertEquals(1, NormalizeStage.tableOverPlan(tables[0], "table")[1].count());
    }
}
