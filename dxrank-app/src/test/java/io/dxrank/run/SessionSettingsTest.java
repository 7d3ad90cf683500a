package io.dxrank.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

    private static final String FALLBACK = "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";

    @Test
    void collectListAggregatesKeepTheirHashMapUpToAPartitionsRows() {
        // Spark's default of 128 groups a task made the trends' flags sort the task's rows by their string keys
        SparkConf conf = SparkSessions.conf("local[2]");
        assertEquals(String.valueOf(SparkSessions.ROWS_PER_PARTITION), conf.get(FALLBACK));
        assertEquals("local[2]", conf.get("spark.master"));
        assertEquals("8", conf.get("spark.sql.shuffle.partitions"));
    }

    @Test
    void anOperatorsSettingWins() {
        String before = System.getProperty(FALLBACK);
        System.setProperty(FALLBACK, "128");
        try {
            assertEquals("128", SparkSessions.conf("local[2]").get(FALLBACK));
        } finally {
            if (before == null) {
                System.clearProperty(FALLBACK);
            } else {
                System.setProperty(FALLBACK, before);
            }
        }
    }
}
