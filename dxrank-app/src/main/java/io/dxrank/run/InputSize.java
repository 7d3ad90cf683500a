package io.dxrank.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** How many bytes a run's inputs hold, when they are local files: what the engine's settings are fitted to. */
public final class InputSize {

    /** The size is unknown: an input on a cluster's file system, or one that cannot be read. */
    public static final long UNKNOWN = -1;

    private InputSize() {
    }

    /** The bytes of every regular file under the inputs, or {@link #UNKNOWN}. */
    public static long of(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.contains("://") && !input.startsWith("file:")) {
                return UNKNOWN;
            }
            Path root = Paths.get(input.startsWith("file:") ? input.substring("file:".length()) : input);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                total += files.filter(Files::isRegularFile).mapToLong(InputSize::bytes).sum();
            } catch (IOException | UncheckedIOException e) {
                return UNKNOWN;
            }
        }
        return total;
    }

    private static long bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
