package io.dxrank.pipeline.extract;

import io.dxrank.core.FailureReasons;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A folder on the local disk walked by java.nio rather than Hadoop: Hadoop's listing drops links that lead nowhere
 * and names it cannot decode, and follows link loops. Here every entry is either a file to read or a reason:
 * a link leaving the folder or leading nowhere, a folder or file that cannot be read. A real folder is walked once.
 */
final class LocalListing {

    /** A file to read: its URI as Hadoop writes it ("file:/..."), its path and length. */
    record Entry(String uri, String path, long length) {
    }

    /** The files to read, and the entries listed but not read (URI to reason). */
    record Result(List<Entry> files, Map<String, String> unread) {
    }

    static final String OUTSIDE_REASON = "a link to a file or folder outside the input folder, or to nothing: not read";
    static final String UNREADABLE_FOLDER = "folder cannot be listed (%s): its files are not read; check its permissions";
    static final String UNREADABLE_FILE = "file cannot be read (permission denied): not read; check its permissions";
    static final String UNDECODABLE_NAME = "file name is not valid UTF-8 (shown with \uFFFD): not read; rename it to read it";

    private LocalListing() {
    }

    static Result of(File dir) throws IOException {
        Path start = dir.toPath();
        Path root = start.toRealPath();
        List<Entry> files = new ArrayList<>();
        Map<String, String> unread = new LinkedHashMap<>();
        Set<Path> visited = new HashSet<>(Set.of(root));
        ArrayDeque<Path> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            Path folder = pending.pop();
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                unread.put(uri(folder), String.format(Locale.ROOT, UNREADABLE_FOLDER, cause(e)));
                continue;
            }
            entries.sort(Comparator.comparing(Path::toString));
            for (Path entry : entries) {
                Path real;
                try {
                    real = entry.toRealPath();
                } catch (IOException e) {
                    unread.put(uri(entry), OUTSIDE_REASON); // a link that leads nowhere
                    continue;
                }
                if (!real.startsWith(root)) {
                    unread.put(uri(entry), OUTSIDE_REASON);
                } else if (Files.isDirectory(real)) {
                    if (visited.add(real)) {
                        pending.push(entry);
                    }
                } else if (!decodable(entry)) {
                    // the name's bytes are not text in the process's encoding: no string names the file
                    unread.put(uri(entry), UNDECODABLE_NAME);
                } else if (!Files.isReadable(real)) {
                    unread.put(uri(entry), UNREADABLE_FILE);
                } else {
                    files.add(new Entry(uri(entry), entry.toAbsolutePath().toString(), Files.size(real)));
                }
            }
        }
        return new Result(files, unread);
    }

    /** Whether the entry's name, as a string, names the same file again (false for bytes that are not UTF-8). */
    private static boolean decodable(Path entry) {
        return Files.exists(Path.of(entry.toAbsolutePath().toString()), LinkOption.NOFOLLOW_LINKS);
    }

    private static String uri(Path path) {
        // Hadoop's form of a local path ("file:/a/b c.txt", not percent-escaped), as its own listing writes it
        return "file:" + path.toAbsolutePath();
    }

    private static String cause(IOException e) {
        return e instanceof NoSuchFileException ? "it is gone"
                : e instanceof AccessDeniedException ? "permission denied" : FailureReasons.of(e);
    }
}
