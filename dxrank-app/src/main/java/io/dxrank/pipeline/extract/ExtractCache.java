package io.dxrank.pipeline.extract;

import io.dxrank.pipeline.ParquetTables;

import java.util.Arrays;
import java.util.Comparator;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.run.RunDirectory;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction cache of a job: the extract stage's rows (schema {@link ExtractRows#SCHEMA}) of the files the
 * last run read, in Parquet under {@code <out>/state/extracted}, with the fingerprint of the extractor code
 * that made them. A file whose path and sha256 are in the cache, made by this very extractor, is not read again.
 * The cache is replaced by write-then-rename; a run killed in between leaves the previous cache (or none, which
 * only costs a full extraction).
 */
public final class ExtractCache {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCache.class);
    static final String EXTRACTOR = "extractor";
    /** The fingerprint of the extractor that made every row of the cache ('_': no part of the table for Spark). */
    static final String FINGERPRINT_FILE = "_extractor";

    private final Path dir;
    private final String fingerprint;

    public ExtractCache(Path stateDir) {
        this(stateDir, extractorFingerprint());
    }

    ExtractCache(Path stateDir, String fingerprint) {
        this.dir = stateDir.toAbsolutePath().normalize().resolve("extracted");
        this.fingerprint = fingerprint;
    }

    public Path dir() {
        return dir;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The cached rows this extractor made, or empty when there is no usable cache. */
    Optional<Dataset<Row>> rows(SparkSession spark) throws IOException {
        recover();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String damaged = damagedPart(dir);
        if (damaged != null) {
            LOG.warn("extraction cache {} damaged ({}), extracting every file (the cache is rebuilt)", dir, damaged);
            return Optional.empty();
        }
        try {
            Dataset<Row> cached = ParquetTables.read(spark, dir.toString());
            // reads every part's footer now (not its data): a cache a crash or a full disk left truncated is found
            // here, once, instead of failing the run at its first read
            cached.count();
            Column[] columns = Arrays.stream(ExtractRows.SCHEMA.fieldNames()).map(c -> col(c))
                    .toArray(Column[]::new);
            // a cache replace() wrote names its extractor in a side file (all its rows are that extractor's); an older
            // one, in a column
            Path named = dir.resolve(FINGERPRINT_FILE);
            Column mine = Files.isRegularFile(named) ? lit(fingerprint.equals(Files.readString(named)))
                    : col(EXTRACTOR).equalTo(fingerprint);
            return Optional.of(cached.filter(mine).select(columns));
        } catch (Exception unreadable) { // SparkException is checked but thrown undeclared from Scala
            // a damaged cache is not an error: it only means extracting everything again
            LOG.warn("extraction cache {} unreadable, extracting every file (the cache is rebuilt): {}", dir,
                    firstLine(unreadable.getMessage()));
            return Optional.empty();
        }
    }

    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /**
     * The first part file that is no whole Parquet file (it must open and end with "PAR1" around a footer that fits),
     * or null: what a crash or a full disk during the cache's write leaves, found without Spark's stack traces.
     */
    static String damagedPart(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path part : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                try (RandomAccessFile in = new RandomAccessFile(part.toFile(), "r")) {
                    long length = in.length();
                    byte[] head = new byte[4];
                    byte[] tail = new byte[8];
                    if (length < 12) {
                        return part.getFileName() + ": " + length + " bytes";
                    }
                    in.readFully(head);
                    in.seek(length - 8);
                    in.readFully(tail);
                    long footer = (tail[0] & 0xFFL) | (tail[1] & 0xFFL) << 8 | (tail[2] & 0xFFL) << 16 | (tail[3] & 0xFFL) << 24;
                    if (!Arrays.equals(head, PARQUET_MAGIC) || !Arrays.equals(Arrays.copyOfRange(tail, 4, 8), PARQUET_MAGIC)
                            || footer > length - 12) {
                        return part.getFileName() + ": not a whole Parquet file";
                    }
                }
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Replaces the cache with the Parquet table a run just wrote in {@code extractedDir}: its files linked (copied
     * where links fail), not read and written again by Spark. Parquet files are never changed once written.
     */
    void replaceWith(Path extractedDir, String runId) throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + runId);
        Path old = dir.resolveSibling(dir.getFileName() + ".old-" + runId);
        Files.createDirectories(tmp);
        try (Stream<Path> files = Files.list(extractedDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    Files.createLink(tmp.resolve(f.getFileName()), f);
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.copy(f, tmp.resolve(f.getFileName()));
                }
            }
        }
        Files.writeString(tmp.resolve(FINGERPRINT_FILE), fingerprint);
        if (Files.isDirectory(dir)) {
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        RunDirectory.deleteTree(old);
    }

    /** After a kill between the two renames of {@link #replaceWith}: put the previous cache back, drop half-writes. */
    void recover() throws IOException {
        Path parent = dir.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> olds = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(dir.getFileName() + ".tmp-")) {
                    RunDirectory.deleteTree(p);
                } else if (name.startsWith(dir.getFileName() + ".old-")) {
                    olds.add(p);
                }
            }
        }
        if (!Files.exists(dir) && !olds.isEmpty()) {
            Files.move(olds.remove(olds.size() - 1), dir, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path p : olds) {
            RunDirectory.deleteTree(p);
        }
    }

    /**
     * What the extracted rows depend on, as class-file path prefixes: the document readers, the shared value
     * types, the indicator-table readers (every input file goes through {@code tables.InputFile}) and the stage
     * that turns results into rows. Normalization runs on every run and is not cached, so it is not here.
     */
    static final List<String> FINGERPRINTED = List.of("io/dxrank/extract/", "io/dxrank/core/", "io/dxrank/tables/",
            "io/dxrank/pipeline/extract/ExtractStage", "io/dxrank/pipeline/extract/ExtractRows");

    /**
     * A digest of the extraction code ({@link #FINGERPRINTED}), so that a new dxrank build re-extracts instead
     * of reusing rows an older extractor made.
     */
    static String extractorFingerprint() {
        try {
            // the rules live in dxrank-core, the stage in dxrank-app: two class folders or jars when run from a
            // build, one shaded jar on a cluster
            Set<Path> sources = new LinkedHashSet<>();
            for (Class<?> c : List.of(PlanExtractor.class, ExtractStage.class)) {
                sources.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            }
            return fingerprint(sources.toArray(Path[]::new));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("cannot fingerprint the extractor ({}); the cache is keyed by file hash only", e.toString());
            return "unknown";
        }
    }

    /** The digest of the {@link #FINGERPRINTED} classes in classes folders or jars. */
    static String fingerprint(Path... sources) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path source : sources) {
            digest(source, digest);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void digest(Path source, MessageDigest digest) throws IOException {
        if (Files.isDirectory(source)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).filter(f -> fingerprinted(source.relativize(f)))
                        .sorted().toList();
            }
            for (Path f : files) {
                digest.update(source.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                List<JarEntry> entries = new ArrayList<>();
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (!entry.isDirectory() && FINGERPRINTED.stream().anyMatch(entry.getName()::startsWith)) {
                        entries.add(entry);
                    }
                }
                entries.sort(Comparator.comparing(JarEntry::getName));
                for (JarEntry entry : entries) {
                    digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = jar.getInputStream(entry)) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
        }
    }

    private static boolean fingerprinted(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return FINGERPRINTED.stream().anyMatch(name::startsWith);
    }
}
