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
import java.nio.file.Files;
import java.nio.file.Paths;
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
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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
        return run(spark, inputDirs, listing.readable(), null, mapping).unionByName(emptyFileRows(spark, inputDirs, listing.empty()))
                .unionByName(unreadFileRows(spark, inputDirs, listing.unread()));
    }

    /**
     * Every file below the input folders, by what reading it takes: {@code readable} files, read one by one by name;
     * zero-length files (nothing to read); {@code unread}: files under a name starting with '.' (hidden: editor locks
     * and .DS_Store cost nothing), files over the size limit and links that leave the input folder, listed as
     * rejected with their reason (uri to reason) and never read.
     */
    record Listing(List<String> readable, List<String> empty, Map<String, String> unread) {
    }

    static Listing listing(SparkSession spark, List<String> inputDirs) {
        List<String> readable = new ArrayList<>();
        List<String> empty = new ArrayList<>();
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
                    } else {
                        readable.add(f.uri());
                    }
                }
                below.unread().forEach((uri, reason) -> unread.put(uri, relativeIsHidden(uri, rootPath)
                        ? HIDDEN_REASON : reason));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputDirs, e);
        }
        return new Listing(readable, empty, unread);
    }

    /** The reason a hidden file is listed and not read. */
    static final String HIDDEN_REASON = "hidden file (a name starting with '.'): not read; rename it to read it";
    /** The reason a link that leaves the input folder (or leads nowhere) is listed and not read. */
    static final String OUTSIDE_REASON = LocalListing.OUTSIDE_REASON;

    /** The rejected result of a file listed and then not readable. */
    static ExtractionResult unreadable(String name, String reason) {
        String planId = PlanExtractor.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return ExtractionResult.rejected(planId, name, "", DocumentReader.formatOf(name), 0, reason);
    }

    /** Rows of files listed and not read, made on the driver: rejected, with the reason. */
    static Dataset<Row> unreadFileRows(SparkSession spark, List<String> inputDirs, Map<String, String> reasons) {
        List<String> roots = roots(inputDirs);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> file : reasons.entrySet()) {
            rows.add(ExtractRows.toRow(unreadable(relativeName(file.getKey(), roots), file.getValue())));
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
        return extract(read(spark, files), inputDirs, progress, mapping);
    }

    /** Files per read task: a few MB of plans, so both cores stay busy and progress moves in small steps. */
    static final int FILES_PER_TASK = 256;

    private static final StructType PATH_CONTENT = new StructType().add("path", DataTypes.StringType)
            .add("content", DataTypes.BinaryType).add("unreadable", DataTypes.StringType);

    /**
     * (path, content) of the given files, read by name on the executors through Hadoop's FileSystem, in slices of
     * {@link #FILES_PER_TASK} files. Not Spark's binaryFile source: given 10,000 paths it lists them in a job of
     * 10,000 tasks (about a minute here, more than a third of the extraction), and it drops or fails on names that
     * start with '_' or hold a ':'. A file that cannot be read (removed since the listing, no permission) has no
     * content and the reason in {@code unreadable}: it becomes a rejected row, not a failed run.
     */
    static Dataset<Row> read(SparkSession spark, List<String> uris) {
        int parallelism = spark.sparkContext().defaultParallelism();
        // four tasks a core when there are files enough (64 a task): with one task a core more, the last one ran
        // alone while the other core idled (1,000 plans: 4 tasks on 2 cores, one core idle 1.7 s of the job's 16 s)
        int slices = Math.max(1, Math.min(uris.size(), Math.max(Math.max(parallelism,
                (uris.size() + FILES_PER_TASK - 1) / FILES_PER_TASK), Math.min(4 * parallelism, uris.size() / 64))));
        MapPartitionsFunction<String, Row> read = slice -> {
            // one Configuration per task: each new one parses Hadoop's XML resources again (milliseconds a file)
            Configuration conf = new Configuration();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return slice.hasNext();
                }

                @Override
                public Row next() {
                    return readOne(slice.next(), conf);
                }
            };
        };
        JavaRDD<String> named = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(uris, slices);
        return spark.createDataset(named.rdd(), Encoders.STRING()).mapPartitions(read, Encoders.row(PATH_CONTENT));
    }

    /** (path, content, null) of one file, or (path, null, reason) when it cannot be read. */
    private static Row readOne(String uri, Configuration conf) {
        try {
            Path path = new Path(uri);
            if ("file".equals(path.toUri().getScheme())) {
                return RowFactory.create(uri, Files.readAllBytes(Paths.get(path.toUri())), null);
            }
            FileSystem fs = path.getFileSystem(conf);
            if (fs instanceof ChecksumFileSystem checksummed) {
                // no ".name.crc" side file: a ':' in the name breaks that file's path, and inputs carry none
                fs = checksummed.getRawFileSystem();
            }
            try (InputStream in = fs.open(path)) {
                return RowFactory.create(uri, in.readAllBytes(), null);
            }
        } catch (IOException | RuntimeException e) {
            return RowFactory.create(uri, null, "cannot read the file: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        }
    }

    private static Dataset<Row> extract(Dataset<Row> binaryFiles, List<String> inputDirs, LongAccumulator progress,
                                        TableMapping mapping) {
        binaryFiles.sparkSession().sparkContext().setJobDescription("dxrank extract");
        Dataset<Row> files = binaryFiles.select("path", "content", "unreadable");
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
                ExtractionResult result = file.isNullAt(1) ? unreadable(name, file.getString(2))
                        : InputFile.extract(name, (byte[]) file.get(1), mapping);
                if (progress != null) {
                    progress.add(1);
                }
                return ExtractRows.toRow(result);
            }
        };
        return files.mapPartitions(extract, Encoders.row(ExtractRows.SCHEMA));
    }

    /**
     * The file's path below the input folder it came from, '/'-separated: the source_file of every table. A control
     * character of the name (a newline, a tab, an escape a terminal would obey) is shown as U+FFFD, so that every
     * CSV row stays one line and no page or terminal runs it.
     */
    static String relativeName(String uri, List<String> roots) {
        String path = new Path(uri).toUri().getPath();
        for (String root : roots) {
            String prefix = root.endsWith("/") ? root : root + "/";
            if (path.startsWith(prefix)) {
                return shown(path.substring(prefix.length()));
            }
        }
        return shown(new Path(uri).getName());
    }

    static String shown(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return out.toString();
    }
}
