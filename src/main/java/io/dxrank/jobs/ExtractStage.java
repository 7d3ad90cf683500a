package io.dxrank.jobs;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spark stage 1: maps the pure {@link PlanExtractor} over every file below the input folders.
 * One output row per file, rejected files included, so nothing is lost.
 */
public final class ExtractStage {

    private ExtractStage() {
    }

    public static Dataset<Row> run(SparkSession spark, List<String> inputDirs) {
        spark.sparkContext().setJobDescription("dxrank extract");
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(inputDirs.toArray(String[]::new))
                .select("path", "content");
        List<String> roots = new ArrayList<>();
        for (String dir : inputDirs) {
            roots.add(new org.apache.hadoop.fs.Path(dir).toUri().getPath());
        }
        MapPartitionsFunction<Row, Row> extract = rows -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row file = rows.next();
                String name = relativeName(file.getString(0), roots);
                ExtractionResult result = PlanExtractor.extract(name, (byte[]) file.get(1));
                return ExtractRows.toRow(result);
            }
        };
        return files.mapPartitions(extract, Encoders.row(ExtractRows.SCHEMA));
    }

    /** The file's path below the input folder it came from, '/'-separated: the source_file of every table. */
    static String relativeName(String uri, List<String> roots) {
        String path = new org.apache.hadoop.fs.Path(uri).toUri().getPath();
        for (String root : roots) {
            String prefix = root.endsWith("/") ? root : root + "/";
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        return new org.apache.hadoop.fs.Path(uri).getName();
    }
}
