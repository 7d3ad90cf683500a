package io.dxrank.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.SparkTestSession;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, part 3: a cache a crash left truncated costs one full extraction, never a failed run. */
class DamagedCacheTest {

    @TempDir
    Path state;

    @Test
    void aTruncatedCacheIsSetAsideAndRebuilt() throws Exception {
        SparkSession spark = SparkTestSession.get();
        ExtractCache cache = new ExtractCache(state, "f1");
        Object[] cells = new Object[ExtractRows.SCHEMA.size()];
        cells[0] = "id";
        cells[1] = "a.txt";
        Dataset<Row> extracted = spark.createDataFrame(List.of(RowFactory.create(cells)), ExtractRows.SCHEMA);
        // a run's extracted table, which the cache takes as it is (its files linked)
        extracted.write().parquet(state.resolve("run1").toString());
        cache.replaceWith(state.resolve("run1"), "r1");
        assertEquals(1, cache.rows(spark).orElseThrow().count(), "a sound cache is read");

        // a crash mid-write: every part file cut short (and its checksum gone with it)
        try (Stream<Path> files = Files.list(cache.dir())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".crc")) {
                    Files.delete(f);
                } else if (name.endsWith(".parquet")) {
                    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                        raf.setLength(Math.min(raf.length(), 40));
                    }
                }
            }
        }
        assertTrue(cache.rows(spark).isEmpty(), "a truncated cache is no cache: every file is extracted again");
        extracted.write().parquet(state.resolve("run2").toString());
        cache.replaceWith(state.resolve("run2"), "r2");
        assertEquals(1, cache.rows(spark).orElseThrow().count(), "and the next cache is sound");
    }
}
