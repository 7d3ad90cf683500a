package io.dxrank.pipeline.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dxrank.SparkTestSession;
import io.dxrank.analytics.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Spark's rankings and the Java ranking of the stability pass are one definition (analytics.Ranking). */
class RankingDefinitionTest {

    @Test
    void sparkSqlRanksAndPercentilesEqualTheJavaDefinition() {
        SparkSession spark = SparkTestSession.get();
        Random random = new Random(7);
        double[] values = new double[40];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(12); // many ties
            rows.add(RowFactory.create(i, values[i], "higher"));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("value", DataTypes.DoubleType)
                .add("direction", DataTypes.StringType);
        spark.createDataFrame(rows, schema).createOrReplaceTempView("ranking_definition");
        List<Row> ranked = spark.sql("SELECT id, rank, CAST(" + Ranking.percentileSql("n", "rank") + " AS DOUBLE) AS p "
                + "FROM (SELECT id, " + Ranking.rankSql("direction", Ranking.INDICATOR_ORDER) + " AS rank, "
                + "COUNT(*) OVER (PARTITION BY direction) AS n FROM ranking_definition)").collectAsList();
        int[] expected = Ranking.competitionRanks(values);
        assertEquals(values.length, ranked.size());
        for (Row r : ranked) {
            int id = r.getInt(0);
            assertEquals(expected[id], r.getInt(1), "rank of " + values[id]);
            assertEquals(Ranking.percentile(values.length, expected[id]), r.getDouble(2), 1e-9, "percentile");
        }
    }
}
