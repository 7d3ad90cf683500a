package io.dxrank.pipeline.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Analytics sizes its shuffles from the facts it is given: a small table untouched, a large one counted. */
class ShufflePartitionFitTest {

    private static final String PARTITIONS = "spark.sql.shuffle.partitions";

    @Test
    void aSmallTableLeavesThePartitionsAsSet() {
        SparkSession spark = SparkTestSession.get();
        String before = spark.conf().get(PARTITIONS);
        assertFalse(AnalyticsStage.fitShufflePartitions(spark, spark.range(1_000).toDF()));
        assertEquals(before, spark.conf().get(PARTITIONS));
    }

    @Test
    void aLargeTableIsCountedAndGetsAPartitionPerQuarterMillionRows() {
        SparkSession spark = SparkTestSession.get();
        String before = spark.conf().get(PARTITIONS);
        try {
            // 3M longs: the planner estimates 24 MB, above the 16 MB from which the rows are counted
            assertTrue(AnalyticsStage.fitShufflePartitions(spark, spark.range(3_000_000).toDF()));
            assertEquals("12", spark.conf().get(PARTITIONS));
        } finally {
            spark.conf().set(PARTITIONS, before);
        }
    }
}
