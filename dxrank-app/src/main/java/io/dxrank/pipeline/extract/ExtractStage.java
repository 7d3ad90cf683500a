package io.dxrank.pipeline.extract;

import io.dxrank.extract.DocumentReader;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.tables.InputFile;
import io.dxrank.tables.TableMapping;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
        // files named one by one: a name Spark's folder listing skips or cannot read never fails or vanishes
        Listing listing = listing(spark, inputDirs);
        List<String> files = new ArrayList<>(listing.normal());
        files.addAll(listing.named());
        return run(spark, inputDirs, files, null, mapping).unionByName(emptyFileRows(spark, inputDirs, listing.empty()))
                .unionByName(unreadFileRows(spark, inputDirs, listing.unread()));
    }

    /**
     * Every file below the input folders, by what reading it takes: {@code normal} files Spark's binaryFile source
     * reads; {@code named} files it never reads or fails on (a name part starting with '_', taken for Spark's own
     * metadata, or a ':' in the name, which fails Hadoop's path parsing and with it the whole run), read through
     * Hadoop's FileSystem; zero-length files (Spark's file sources skip them); {@code unread}: files under a name
     * starting with '.' (hidden: editor locks and .DS_Store cost nothing), files over the size limit and links
     * that leave the input folder, listed as rejected with their reason (uri to reason) and never read.
     */
    record Listing(List<String> normal, List<String> empty, List<String> named, Map<String, String> unread) {
    }

    static Listing listing(SparkSession spark, List<String> inputDirs) {
        List<String> normal = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Map<String, String> unread = new LinkedHashMap<>();
        try {
            for (String dir : inputDirs) {
                Path root = new Path(dir);
                FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
                String rootPath = fs.makeQualified(root).toUri().getPath();
                LocalListing.Result below = "file".equals(fs.getUri().getScheme())
                        ? LocalListing.of(new File(fs.makeQualified(root).toUri())) : remoteFilesBelow(fs, root);
                for (LocalListing.Entry f : below.files()) {
                    String relative = f.path().substring(Math.min(rootPath.length(), f.path().length()));
                    List<String> parts = Arrays.stream(relative.split("/")).filter(p -> !p.isEmpty()).toList();
                    if (parts.stream().anyMatch(part -> part.startsWith("."))) {
                        unread.put(f.uri(), HIDDEN_REASON);
                    } else if (f.length() == 0) {
                        empty.add(f.uri());
                    } else if (f.length() > DocumentReader.MAX_BYTES) {
                        // never loaded: a 1 GB file read whole before the size check ran the executor out of memory
                        unread.put(f.uri(), "file too large: " + f.length() + " bytes > limit "
                                + DocumentReader.MAX_BYTES + "; not read");
                    } else if (readByName(relative)) {
                        named.add(f.uri());
                    } else {
                        normal.add(f.uri());
                    }
                }
                below.unread().forEach((uri, reason) -> unread.put(uri, relativeIsHidden(uri, rootPath)
                        ? HIDDEN_REASON : reason));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputDirs, e);
        }
        return new Listing(normal, empty, named, unread);
    }

    /** The reason a hidden file is listed and not read. */
    static final String HIDDEN_REASON = "hidden file (a name starting with '.'): not read; rename it to read it";
    /** The reason a link that leaves the input folder (or leads nowhere) is listed and not read. */
    static final String OUTSIDE_REASON = LocalListing.OUTSIDE_REASON;

    /** Rows of files listed and not read, made on the driver: rejected, with the reason. */
    static Dataset<Row> unreadFileRows(SparkSession spark, List<String> inputDirs, Map<String, String> reasons) {
        List<String> roots = roots(inputDirs);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> file : reasons.entrySet()) {
            String name = relativeName(file.getKey(), roots);
            String planId = PlanExtractor.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            rows.add(ExtractRows.toRow(ExtractionResult.rejected(planId, name, "", DocumentReader.formatOf(name), 0,
                    file.getValue())));
        }
        return spark.createDataFrame(rows, ExtractRows.SCHEMA);
    }

    /**
     * Every file below {@code dir} on a distributed file system, by plain listings: FileSystem.listFiles builds
     * LocatedFileStatus, which reads each file's permissions one by one.
     */
    private static LocalListing.Result remoteFilesBelow(FileSystem fs, Path dir) throws IOException {
        List<LocalListing.Entry> files = new ArrayList<>();
        ArrayDeque<Path> pending = new ArrayDeque<>(List.of(dir));
        while (!pending.isEmpty()) {
            for (FileStatus f : fs.listStatus(pending.pop())) {
                if (f.isDirectory()) {
                    pending.push(f.getPath());
                } else {
                    files.add(new LocalListing.Entry(f.getPath().toString(), f.getPath().toUri().getPath(), f.getLen()));
                }
            }
        }
        return new LocalListing.Result(files, Map.of());
    }

    /** Whether an entry listed and not read lies under a hidden name (then that is the reason given). */
    private static boolean relativeIsHidden(String uri, String rootPath) {
        String path = uri.startsWith("file:") ? uri.substring("file:".length()) : uri;
        String relative = path.startsWith(rootPath) ? path.substring(rootPath.length()) : path;
        return Arrays.stream(relative.split("/")).anyMatch(part -> part.startsWith("."));
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
        return extract(read(spark, inputDirs, files), inputDirs, progress, mapping);
    }

    /** (path, content) of the given files: by Spark's binaryFile source, or by name where it cannot read them. */
    static Dataset<Row> read(SparkSession spark, List<String> inputDirs, List<String> files) {
        List<String> roots = roots(inputDirs);
        List<String> named = files.stream().filter(f -> readByName(relativeName(f, roots))).toList();
        List<String> listed = files.stream().filter(f -> !readByName(relativeName(f, roots))).toList();
        Dataset<Row> read = listed.isEmpty() ? readNamed(spark, List.of()) : spark.read().format("binaryFile")
                .load(listed.stream().map(ExtractStage::escapeGlob).toArray(String[]::new)).select("path", "content");
        return named.isEmpty() ? read : read.unionByName(readNamed(spark, named));
    }

    /**
     * A name below the input folder that Spark's file sources never read (a part starting with '_') or fail on (a
     * ':' anywhere): such files are read through Hadoop's FileSystem instead.
     */
    static boolean readByName(String relative) {
        return relative.contains(":") || Arrays.stream(relative.split("/")).anyMatch(part -> part.startsWith("_"));
    }

    private static final StructType PATH_CONTENT = new StructType().add("path", DataTypes.StringType)
            .add("content", DataTypes.BinaryType);

    /**
     * Files read by name on the executors through Hadoop's FileSystem, as (path, content): Spark's binaryFile
     * source drops names starting with '_' even when they are named one by one.
     */
    static Dataset<Row> readNamed(SparkSession spark, List<String> uris) {
        MapFunction<String, Row> read = uri -> {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(new Configuration());
            if (fs instanceof ChecksumFileSystem checksummed) {
                // no ".name.crc" side file: a ':' in the name breaks that file's path, and inputs carry none
                fs = checksummed.getRawFileSystem();
            }
            try (InputStream in = fs.open(path)) {
                return RowFactory.create(uri, in.readAllBytes());
            }
        };
        return spark.createDataset(uris, Encoders.STRING()).map(read, Encoders.row(PATH_CONTENT));
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
