package io.dxrank.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder of a job and how runs are published in it:
 * <pre>
 *   &lt;out&gt;/runs/&lt;run-id&gt;/   one folder per run: CSVs, parquet/, charts/, manifest.json (written last)
 *   &lt;out&gt;/latest            symlink to the last published run, swapped by an atomic rename
 *   &lt;out&gt;/plans.csv ...      symlinks into latest/, so the flat files always show the published run
 *   &lt;out&gt;/state/            job state kept between runs (the extraction cache)
 * </pre>
 * A run folder without manifest.json was interrupted; {@link #recover} deletes it. Nothing a run does before
 * {@link #publish} is visible through latest, so a run killed at any point leaves the previous one in place.
 * The caller holds the {@link RunLock} of the folder.
 */
public final class RunDirectory {

    static final String RUNS = "runs";
    public static final String LATEST = "latest";
    static final String STATE = "state";
    public static final String MANIFEST = "manifest.json";
    /** In the charts folder: the files the last mirror copied, so the next one can remove what went away. */
    static final String MIRRORED_LIST = ".dxrank-mirrored";

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path out;

    public RunDirectory(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** A run id that sorts in time order, e.g. 20261122T134512.345Z. */
    public static String newRunId(Instant now) {
        return RUN_ID.format(now);
    }

    public Path out() {
        return out;
    }

    public Path runs() {
        return out.resolve(RUNS);
    }

    public Path state() {
        return out.resolve(STATE);
    }

    public Path run(String runId) {
        return runs().resolve(runId);
    }

    /** The published run's id, if any. */
    public Optional<String> latest() throws IOException {
        Path link = out.resolve(LATEST);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
    }

    /**
     * Clears what an interrupted run left: run folders without a manifest (never the published one) and
     * half-made temporary links. Returns the run ids removed.
     */
    public List<String> recover() throws IOException {
        Files.createDirectories(out);
        List<String> removed = new ArrayList<>();
        Optional<String> latest = latest();
        for (String id : runIds()) {
            if (!Files.exists(run(id).resolve(MANIFEST)) && !latest.equals(Optional.of(id))) {
                deleteTree(run(id));
                removed.add(id);
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
                deleteTree(p);
            }
        }
        return removed;
    }

    /** Creates the folder of a new run. */
    public Path begin(String runId) throws IOException {
        Files.createDirectories(runs());
        return Files.createDirectory(run(runId));
    }

    /** Points latest at the run: a new symlink renamed over the old one, which is atomic on POSIX filesystems. */
    public void publish(String runId) throws IOException {
        if (!Files.exists(run(runId).resolve(MANIFEST))) {
            throw new IllegalStateException("run " + runId + " has no manifest; it cannot be published");
        }
        replaceWithLink(out.resolve(LATEST), Path.of(RUNS, runId));
    }

    /**
     * Makes the published run visible under the names earlier versions wrote: {@code <out>/<file>} and
     * {@code <out>/parquet} become symlinks into latest/ (so they follow every later publish at once), and the
     * charts are copied into {@code charts} with their links to the CSVs rewritten for that folder.
     */
    public void mirror(Path charts) throws IOException {
        String runId = latest().orElseThrow(() -> new IllegalStateException("nothing published in " + out));
        mirror(stageCharts(runId, charts));
    }

    /**
     * The run's charts copied beside the charts folder's files, not yet in their place: the copying (which can fail,
     * e.g. for lack of space) is done before the run is published, so a failure leaves the last good report whole.
     *
     * @return null when there is no charts folder to fill
     */
    public StagedCharts stageCharts(String runId, Path charts) throws IOException {
        Path runCharts = run(runId).resolve("charts");
        if (charts == null || !Files.isDirectory(runCharts)) {
            return new StagedCharts(null, null, List.of());
        }
        Path to = charts.toAbsolutePath().normalize();
        Path staging = to.resolve(".staging-" + runId);
        try {
            return new StagedCharts(to, staging, copyCharts(runCharts, to, staging));
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** Charts copied into {@code staging} for the folder {@code to}; {@code names} relative to both. */
    public record StagedCharts(Path to, Path staging, List<String> names) {
    }

    /** Links the flat views to the published run and moves the staged charts into place (renames only). */
    public void mirror(StagedCharts staged) throws IOException {
        String runId = latest().orElseThrow(() -> new IllegalStateException("nothing published in " + out));
        Path run = run(runId);
        List<String> names;
        try (Stream<Path> files = Files.list(run)) {
            names = files.filter(p -> Files.isRegularFile(p) || p.getFileName().toString().equals("parquet"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            Path flat = out.resolve(name);
            Path target = Path.of(LATEST, name);
            if (Files.isSymbolicLink(flat) && Files.readSymbolicLink(flat).equals(target)) {
                continue;
            }
            if (Files.isDirectory(flat, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(flat); // a parquet folder an ad-hoc stage command wrote before runs were published
            }
            replaceWithLink(flat, target);
        }
        removeDanglingLinks();
        if (staged.to() != null) {
            commitCharts(staged);
        }
    }

    /** Deletes the oldest complete runs beyond {@code keep}; the published run always stays. */
    public List<String> retain(int keep) throws IOException {
        Optional<String> latest = latest();
        List<String> complete = runIds().stream().filter(id -> Files.exists(run(id).resolve(MANIFEST))).toList();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < complete.size() - Math.max(1, keep); i++) {
            String id = complete.get(i);
            if (!latest.equals(Optional.of(id))) {
                deleteTree(run(id));
                removed.add(id);
            }
        }
        return removed;
    }

    /** Run ids in time order. */
    public List<String> runIds() throws IOException {
        if (!Files.isDirectory(runs())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void removeDanglingLinks() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(Files::isSymbolicLink).toList()) {
                Path target = Files.readSymbolicLink(p);
                if (target.startsWith(LATEST) && !target.equals(Path.of(LATEST)) && !Files.exists(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    private List<String> copyCharts(Path from, Path to, Path staging) throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        // index.html links to the CSVs as "../<table>.csv" inside the run folder; from the mirror they are
        // reached through the <out>/<table>.csv links, i.e. through latest
        String csvDir = to.relativize(out).toString().replace('\\', '/');
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("index.html")) {
                    String html = Files.readString(f, StandardCharsets.UTF_8);
                    Files.writeString(staging.resolve(name), relinkCsvs(html, csvDir), StandardCharsets.UTF_8);
                } else {
                    Files.copy(f, staging.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                copied.add(name);
            }
        }
        // the report's own folders one level down (the locality pages), copied the same way
        try (Stream<Path> dirs = Files.list(from)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String folder = d.getFileName().toString();
                Files.createDirectories(staging.resolve(folder));
                try (Stream<Path> files = Files.list(d)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        Files.copy(f, staging.resolve(folder).resolve(f.getFileName().toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                        copied.add(folder + "/" + f.getFileName());
                    }
                }
            }
        }
        return copied;
    }

    private static void commitCharts(StagedCharts staged) throws IOException {
        Path to = staged.to();
        for (String name : staged.names()) {
            Path target = to.resolve(name);
            Files.createDirectories(target.getParent());
            Files.move(staged.staging().resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path list = to.resolve(MIRRORED_LIST);
        if (Files.exists(list)) {
            for (String old : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                // only what an earlier mirror copied: a name, or a name in one of the report's own folders
                boolean ours = !old.startsWith(".") && !old.contains("..") && old.chars().filter(c -> c == '/').count() <= 1;
                if (!old.isBlank() && !staged.names().contains(old) && ours) {
                    Files.deleteIfExists(to.resolve(old));
                }
            }
        }
        Path tmpList = staged.staging().resolve(MIRRORED_LIST);
        Files.write(tmpList, staged.names(), StandardCharsets.UTF_8);
        Files.move(tmpList, list, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(staged.staging());
    }

    /** Points index.html's relative links to the run folder ("../x.csv") at {@code csvDir} instead. */
    static String relinkCsvs(String html, String csvDir) {
        String prefix = csvDir.isEmpty() ? "" : csvDir + "/";
        return html.replace("href=\"../", "href=\"" + prefix).replace("<code>../", "<code>" + prefix);
    }

    private static void replaceWithLink(Path link, Path target) throws IOException {
        Path tmp = link.resolveSibling(".tmp-" + link.getFileName() + "-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        try {
            Files.createSymbolicLink(tmp, target);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create " + tmp, e);
        }
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root)) {
            Files.delete(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
