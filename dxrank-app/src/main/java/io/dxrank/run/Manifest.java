package io.dxrank.run;

import io.dxrank.pipeline.ParquetTables;

import io.dxrank.normalize.Catalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * manifest.json of a run: run id, job, inputs with hashes and status, counts per table, rejects, timings per
 * stage, versions, and configuration warnings (catalog rows skipped). Written last, so its presence means the
 * run's tables are complete.
 */
public record Manifest(String runId, String job, String startedAt, List<Map<String, Object>> inputs,
                       Map<String, Long> counts, List<Map<String, Object>> rejects, Map<String, Long> timingsMs,
                       long totalMs, Map<String, String> versions, List<String> warnings) {

    public static Manifest of(SparkSession spark, RunOptions options, String runId, Instant started,
                       Map<String, Long> timings, Map<String, Long> counts, long totalNanos) throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<Map<String, Object>> rejects = new ArrayList<>();
        List<Row> plans = ParquetTables.read(spark, options.parquet("plans").toAbsolutePath().toString())
                .select("source_file", "sha256", "status", "reason").orderBy("source_file").collectAsList();
        for (Row r : plans) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("source_file", r.getString(0));
            in.put("sha256", r.getString(1));
            in.put("status", r.getString(2));
            inputs.add(in);
            if (!"ok".equals(r.getString(2))) {
                rejects.add(Map.of("source_file", r.getString(0), "reason", r.getString(3)));
            }
        }
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("dxrank", String.valueOf(Manifest.class.getPackage().getImplementationVersion()));
        versions.put("spark", spark.version());
        versions.put("java", System.getProperty("java.version"));
        return new Manifest(runId, options.jobName(), started.toString(), inputs, new LinkedHashMap<>(counts), rejects,
                new LinkedHashMap<>(timings), totalNanos / 1_000_000, versions, configWarnings(options));
    }

    /** What a run used but partly skipped: malformed catalog rows. */
    static List<String> configWarnings(RunOptions options) throws IOException {
        return List.copyOf(Catalog.load(options.catalog()).problems());
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
