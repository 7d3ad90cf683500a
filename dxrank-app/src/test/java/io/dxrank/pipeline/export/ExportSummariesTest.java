package io.dxrank.pipeline.export;

import io.dxrank.export.HeaderLanguage;
import io.dxrank.export.SummaryHeaders;
import io.dxrank.pipeline.analyze.Summaries;
import io.dxrank.core.Pillar;
import io.dxrank.SparkTestSession;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The two audience summaries on a handful of inline rows: which rows count and how ranks are computed. */
class ExportSummariesTest {

    private final SparkSession spark = SparkTestSession.get();

    @Test
    void summaryRankingsKeepsTheLatestYearRankingTwoOrMorePerGroupAndKindWithPillarRanks() {
        StringBuilder nullScores = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            if (p != Pillar.GOVERNMENT && p != Pillar.SOCIETY) {
                nullScores.append(", CAST(NULL AS DOUBLE) AS score_").append(p.code());
            }
        }
        spark.sql("SELECT *" + nullScores + " FROM VALUES "
                + "('A', 'Xã A', 'commune', 2024, 'actual', 'ranked', 1, 80.0, 0.5, 1.0, 2.0, 90.0, 60.0), "
                + "('B', 'Xã B', 'commune', 2024, 'actual', 'ranked', 2, 70.0, 0.5, 1.0, 2.0, 50.0, 95.0), "
                + "('C', 'Xã C', 'commune', 2024, 'actual', 'insufficient_data', NULL, 10.0, 0.1, NULL, NULL, 10.0, NULL), "
                + "('A', 'Xã A', 'commune', 2023, 'actual', 'ranked', 1, 60.0, 0.5, NULL, NULL, 60.0, 60.0), "
                + "('A', 'Xã A', 'commune', 2024, 'target', 'ranked', 1, 99.0, 0.5, NULL, NULL, 99.0, 99.0), "
                + "('D', 'Huyện D', 'district', 2024, 'actual', 'ranked', 1, 40.0, 0.3, NULL, NULL, NULL, 40.0) "
                + "AS t(locality_id, locality_name, level_group, year, kind, status, rank, score, coverage, "
                + "rank_p05, rank_p95, score_government, score_society)").createOrReplaceTempView("export_composite");
        List<Row> rows = spark.sql(Summaries.rankingsSql()).collectAsList();
        // per group and kind, the latest year ranking at least two: commune results of 2024 (and 2023 is older);
        // the lone district and the lone commune target are no comparison
        assertEquals(List.of("A commune 2024 actual 1 gov=1 soc=2", "B commune 2024 actual 2 gov=2 soc=1"),
                rows.stream().map(r -> r.getAs("locality_id") + " " + r.getAs("level_group") + " " + r.getAs("year")
                        + " " + r.getAs("kind") + " " + r.getAs("rank") + " gov=" + r.getAs("rank_government")
                        + " soc=" + r.getAs("rank_society")).toList());
        List<String> columns = Arrays.asList(spark.sql(Summaries.rankingsSql()).columns());
        assertEquals("locality_id", columns.get(0));
        assertEquals(10 + Pillar.values().length, columns.size());
        assertEquals("rank_society", columns.get(columns.size() - 1));
        // --csv-headers vi: every column of the summary has a Vietnamese name
        List<String> vi = SummaryHeaders.of(columns, HeaderLanguage.VI);
        assertEquals("Mã địa phương", vi.get(0));
        assertEquals("Hạng Xã hội số", vi.get(vi.size() - 1));
        assertEquals(columns, SummaryHeaders.of(columns, HeaderLanguage.EN));
    }

    @Test
    void summaryAchievementCountsCheckedAndAchievedTargetsPerLocalityAndYear() {
        spark.sql("SELECT * FROM VALUES "
                + "('X', 'Xã X', 2024, true, 110.0), ('X', 'Xã X', 2024, false, 80.0), "
                + "('X', 'Xã X', 2024, CAST(NULL AS BOOLEAN), NULL), ('X', 'Xã X', 2023, true, 100.0) "
                + "AS t(locality_id, locality_name, year, achieved, achievement)")
                .createOrReplaceTempView("export_trends");
        List<String> rows = spark.sql(Summaries.ACHIEVEMENT_SQL).collectAsList().stream()
                .map(r -> r.mkString("|")).toList();
        assertEquals(List.of("X|Xã X|2023|1|1|100.0|100.0", "X|Xã X|2024|2|1|50.0|95.0"), rows);
        assertEquals(List.of("Mã địa phương", "Tên địa phương", "Năm", "Số chỉ tiêu được đối chiếu", "Số chỉ tiêu đạt",
                "Tỷ lệ chỉ tiêu đạt (%)", "Mức hoàn thành trung vị (%)"),
                SummaryHeaders.of(Arrays.asList(spark.sql(Summaries.ACHIEVEMENT_SQL).columns()), HeaderLanguage.VI));
    }
}
