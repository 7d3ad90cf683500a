package io.dxrank.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

    @Test
    void aRunOfTenThousandPlansKeepsTheDefault() {
        // 381,032 facts: the 10,000 generated plans' run, measured with 8 partitions
        assertEquals(8, SparkSessions.partitionsFor(381_032, 8));
        assertEquals(8, SparkSessions.partitionsFor(1_000_000, 8));
        assertEquals(8, SparkSessions.partitionsFor(0, 8));
    }

    @Test
    void tenMillionFactsGetAPartitionPerQuarterMillion() {
        assertEquals(40, SparkSessions.partitionsFor(10_000_000, 8));
        assertEquals(41, SparkSessions.partitionsFor(10_000_001, 8));
    }

    @Test
    void anOperatorsLargerSettingIsNeverLowered() {
        assertEquals(200, SparkSessions.partitionsFor(10_000_000, 200));
    }

    @Test
    void theCountIsCappedUnlessTheOperatorAskedForMore() {
        assertEquals(SparkSessions.MAX_PARTITIONS, SparkSessions.partitionsFor(Long.MAX_VALUE, 8));
        assertEquals(5_000, SparkSessions.partitionsFor(Long.MAX_VALUE, 5_000));
    }
}
