package io.dxrank.pipeline.extract;

import io.dxrank.pipeline.ParquetTables;

import io.dxrank.extract.DocumentReader;
import io.dxrank.tables.TableReader;
import scala.jdk.javaapi.CollectionConverters;
import io.dxrank.tables.TableMapping;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.run.RunOptions;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The extract stage of a scheduled run: hashes every input file (sha256, in Spark), reuses the cached rows of
 * files whose path and hash the {@link ExtractCache} holds, extracts only the others, and writes all rows to
 * the run's parquet/extracted. Counts: files, extracted_now, reused.
 */
public final class IncrementalExtract {

    static final String FILES = "files";
    public static final String EXTRACTED_NOW = "extracted_now";
    public static final String REUSED = "reused";
    /** The Parquet table of every number read and its fate. */
    public static final String CANDIDATES_TABLE = "candidates";
    /** Spark's file sources skip empty files; they are listed apart, with the hash of no bytes. */
    static final String EMPTY_SHA256 = PlanExtractor.sha256(new byte[0]);
    /** Hidden files are listed, not read: no content hash (their rows carry an empty sha256). */
    static final String HIDDEN = "";

    private static final StructType KEYS = new StructType()
            .add("source_file", DataTypes.StringType).add("sha256", DataTypes.StringType);

    /** One input file as listed: where it is, its name below its input folder, its content hash (empty and the
     * reason when it is listed and not read). */
    record Listed(String uri, String sourceFile, String sha256, String unreadReason) {
        Listed(String uri, String sourceFile, String sha256) {
            this(uri, sourceFile, sha256, null);
        }

        String key() {
            return sourceFile + '\u0000' + sha256;
        }
    }

    private IncrementalExtract() {
    }

    public static Map<String, Long> run(SparkSession spark, RunOptions options, TableMapping mapping,
                                        ExtractCache cache, String runId, long progressSeconds) throws IOException {
        Optional<Dataset<Row>> cached = cache.rows(spark);
        // with nothing cached every file is read once, by the extraction, which hashes what it reads
        List<Listed> listed = list(spark, options.inputs(), cached.isPresent());
        Set<String> cachedKeys = new HashSet<>();
        if (cached.isPresent()) {
            for (Row r : cached.get().select("source_file", "sha256").collectAsList()) {
                cachedKeys.add(r.getString(0) + '\u0000' + r.getString(1));
            }
        }
        List<String> toExtract = new ArrayList<>();
        List<String> emptyToExtract = new ArrayList<>();
        Map<String, String> hiddenToList = new LinkedHashMap<>();
        List<Row> reusedKeys = new ArrayList<>();
        for (Listed f : listed) {
            // with a mapping file, tables are read again each run: the cache knows files, not mappings
            boolean mapped = options.tableMapping() != null && TableReader.isTable(
                    DocumentReader.formatOf(f.sourceFile()));
            if (cachedKeys.contains(f.key()) && !mapped) {
                reusedKeys.add(RowFactory.create(f.sourceFile(), f.sha256()));
            } else if (EMPTY_SHA256.equals(f.sha256())) {
                emptyToExtract.add(f.uri());
            } else if (HIDDEN.equals(f.sha256())) {
                hiddenToList.put(f.uri(), f.unreadReason());
            } else {
                toExtract.add(f.uri());
            }
        }

        Dataset<Row> rows = spark.createDataFrame(List.of(), ExtractRows.SCHEMA);
        if (!reusedKeys.isEmpty()) {
            Dataset<Row> keys = spark.createDataFrame(reusedKeys, KEYS);
            rows = cached.get().join(broadcast(keys),
                    CollectionConverters.asScala(List.of("source_file", "sha256")).toSeq(),
                    "left_semi")
                    // a join puts its key columns first; the stages read these rows by position
                    .select(Arrays.stream(ExtractRows.SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
        }
        Path extractedDir = options.parquet("extracted");
        try (ExtractProgress progress = ExtractProgress.start(spark, toExtract.size(), progressSeconds)) {
            if (!toExtract.isEmpty()) {
                Dataset<Row> fresh = ExtractStage.run(spark, options.inputs(), toExtract, progress.accumulator(),
                        mapping);
                rows = reusedKeys.isEmpty() ? fresh : rows.unionByName(fresh);
            }
            if (!emptyToExtract.isEmpty()) {
                rows = rows.unionByName(ExtractStage.emptyFileRows(spark, options.inputs(), emptyToExtract));
            }
            if (!hiddenToList.isEmpty()) {
                rows = rows.unionByName(ExtractStage.unreadFileRows(spark, options.inputs(), hiddenToList));
            }
            rows.write().mode(SaveMode.Overwrite).parquet(extractedDir.toAbsolutePath().toString());
            if (!toExtract.isEmpty()) {
                progress.report();
            }
        }
        boolean cacheUnchanged = toExtract.isEmpty() && emptyToExtract.isEmpty() && hiddenToList.isEmpty()
                && reusedKeys.size() == cachedKeys.size();
        if (!cacheUnchanged) {
            // the rows just written become the cache as they are: linked, not written again
            cache.replaceWith(extractedDir, runId);
        }
        writeCandidates(spark, extractedDir, options.parquet(CANDIDATES_TABLE));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(FILES, (long) listed.size());
        counts.put(EXTRACTED_NOW, (long) toExtract.size() + emptyToExtract.size() + hiddenToList.size());
        counts.put(REUSED, (long) reusedKeys.size());
        return counts;
    }

    /**
     * out/parquet/candidates: one row per number of every text document (plan_id, source_file, line, column, text,
     * fate, reason), so "why was this figure not read?" has an answer per number.
     */
    static void writeCandidates(SparkSession spark, Path extractedDir, Path candidatesDir) {
        spark.sparkContext().setJobDescription("dxrank extract: candidates");
        ParquetTables.read(spark, extractedDir.toAbsolutePath().toString())
                .select(col("plan_id"), col("source_file"), explode(col(ExtractRows.CANDIDATES)).as("c"))
                .select(col("plan_id"), col("source_file"), col("c.line"), col("c.column"), col("c.text"),
                        col("c.fate"), col("c.reason"))
                .write().mode(SaveMode.Overwrite).parquet(candidatesDir.toAbsolutePath().toString());
    }

    /** Every file below the input folders with its sha256, computed where the files are (the executors). */
    static List<Listed> list(SparkSession spark, List<String> inputDirs) {
        return list(spark, inputDirs, true);
    }

    /**
     * Every file below the input folders; with {@code hash}, with its sha256 computed where the files are (the
     * executors), else with none (null) for the files to read: nothing cached to compare it with.
     */
    static List<Listed> list(SparkSession spark, List<String> inputDirs, boolean hash) {
        spark.sparkContext().setJobDescription("dxrank hash inputs");
        List<String> roots = new ArrayList<>();
        for (String dir : inputDirs) {
            roots.add(new org.apache.hadoop.fs.Path(dir).toUri().getPath());
        }
        ExtractStage.Listing listing = ExtractStage.listing(spark, inputDirs);
        List<String> readable = listing.readable();
        List<Listed> out = new ArrayList<>();
        if (!hash) {
            for (String uri : readable.stream().sorted().toList()) {
                out.add(new Listed(uri, ExtractStage.relativeName(uri, roots), null));
            }
        } else if (!readable.isEmpty()) {
            for (Row r : ExtractStage.read(spark, readable)
                    .select(col("path"), sha2(col("content"), 256).as("sha256")).orderBy("path").collectAsList()) {
                out.add(new Listed(r.getString(0), ExtractStage.relativeName(r.getString(0), roots), r.getString(1)));
            }
        }
        for (String uri : listing.empty()) {
            out.add(new Listed(uri, ExtractStage.relativeName(uri, roots), EMPTY_SHA256));
        }
        for (Map.Entry<String, String> unread : listing.unread().entrySet()) {
            out.add(new Listed(unread.getKey(), ExtractStage.relativeName(unread.getKey(), roots), HIDDEN,
                    unread.getValue()));
        }
        return out;
    }
}
