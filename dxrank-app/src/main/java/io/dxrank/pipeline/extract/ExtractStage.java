package io.dxrank.pipeline.extract;

import io.dxrank.tables.InputFile;
import io.dxrank.tables.TableMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
import org.apache.spark.util.LongAccumulator;

/**
 * Spark stage 1: maps the pure {@link PlanExtractor} over every file below the input folders.
 * One output row per file, rejected files included, so nothing is lost.
 */
public final class ExtractStage {

    private ExtractStage() {
    }

    public static Dataset<Row> run(SparkSession spark, List<String> inputDirs) {
        return run(spark, inputDirs, TableMapping.NONE);
    }

    public static Dataset<Row> run(SparkSession spark, List<String> inputDirs, TableMapping mapping) {
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(inputDirs.toArray(String[]::new));
        return extract(files, inputDirs, null, mapping).unionByName(emptyFileRows(spark, inputDirs,
                emptyFiles(spark, inputDirs)));
    }

    /**
     * Zero-length files below the input folders, as Spark would name them. Spark's file sources skip empty
     * files, so without this an empty plan would vanish instead of being rejected.
     */
    static List<String> emptyFiles(SparkSession spark, List<String> inputDirs) {
        List<String> empty = new ArrayList<>();
        try {
            for (String dir : inputDirs) {
                Path root = new Path(dir);
                FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
                String rootPath = fs.makeQualified(root).toUri().getPath();
                for (FileStatus f : filesBelow(fs, root)) {
                    String below = f.getPath().toUri().getPath().substring(rootPath.length());
                    // Spark ignores names starting with '.' or '_' (hidden and metadata files) at any depth
                    boolean hidden = Arrays.stream(below.split("/")).anyMatch(
                            part -> part.startsWith(".") || part.startsWith("_"));
                    if (f.getLen() == 0 && !hidden) {
                        empty.add(f.getPath().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputDirs, e);
        }
        return empty;
    }

    /**
     * Every file below {@code dir}, by plain listings: FileSystem.listFiles builds LocatedFileStatus, which
     * reads each local file's permissions by running {@code ls -ld} (one process per file without Hadoop's
     * native library).
     */
    private static List<FileStatus> filesBelow(FileSystem fs,
            Path dir) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        ArrayDeque<Path> pending = new ArrayDeque<>(List.of(dir));
        while (!pending.isEmpty()) {
            for (FileStatus f : fs.listStatus(pending.pop())) {
                if (f.isDirectory()) {
                    pending.push(f.getPath());
                } else {
                    files.add(f);
                }
            }
        }
        return files;
    }

    /** Extraction rows of empty files, made on the driver (they are rejects: nothing to read). */
    static Dataset<Row> emptyFileRows(SparkSession spark, List<String> inputDirs, List<String> emptyUris) {
        List<String> roots = roots(inputDirs);
        List<Row> rows = new ArrayList<>();
        for (String uri : emptyUris) {
            rows.add(ExtractRows.toRow(PlanExtractor.extract(relativeName(uri, roots), new byte[0])));
        }
        return spark.createDataFrame(rows, ExtractRows.SCHEMA);
    }

    static List<String> roots(List<String> inputDirs) {
        List<String> roots = new ArrayList<>();
        for (String dir : inputDirs) {
            roots.add(new Path(dir).toUri().getPath());
        }
        return roots;
    }

    /**
     * Extracts only the given files (paths as Spark lists them, below {@code inputDirs}), counting each file
     * done in {@code progress} when given: the incremental run's path.
     */
    static Dataset<Row> run(SparkSession spark, List<String> inputDirs, List<String> files, LongAccumulator progress,
                            TableMapping mapping) {
        Dataset<Row> read = spark.read().format("binaryFile")
                .load(files.stream().map(ExtractStage::escapeGlob).toArray(String[]::new));
        return extract(read, inputDirs, progress, mapping);
    }

    private static Dataset<Row> extract(Dataset<Row> binaryFiles, List<String> inputDirs, LongAccumulator progress,
                                        TableMapping mapping) {
        binaryFiles.sparkSession().sparkContext().setJobDescription("dxrank extract");
        Dataset<Row> files = binaryFiles.select("path", "content");
        List<String> roots = roots(inputDirs);
        MapPartitionsFunction<Row, Row> extract = rows -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row file = rows.next();
                String name = relativeName(file.getString(0), roots);
                ExtractionResult result = InputFile.extract(name, (byte[]) file.get(1), mapping);
                if (progress != null) {
                    progress.add(1);
                }
                return ExtractRows.toRow(result);
            }
        };
        return files.mapPartitions(extract, Encoders.row(ExtractRows.SCHEMA));
    }

    /** Spark reads load() paths as Hadoop globs; a file name with [, {, * or ? must not be one. */
    static String escapeGlob(String path) {
        return path.replaceAll("([\\\\\\[\\]{}*?])", "\\\\$1");
    }

    /** The file's path below the input folder it came from, '/'-separated: the source_file of every table. */
    static String relativeName(String uri, List<String> roots) {
        String path = new Path(uri).toUri().getPath();
        for (String root : roots) {
            String prefix = root.endsWith("/") ? root : root + "/";
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        return new Path(uri).getName();
    }
}
