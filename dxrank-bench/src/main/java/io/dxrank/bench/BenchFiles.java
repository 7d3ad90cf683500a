package io.dxrank.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared by the harness mains: the plan files of a corpus and the metrics files they leave for the report. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** Every regular file below {@code dir}, sorted, so all harness steps see the same corpus in the same order. */
    static List<Path> plans(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Writes {@code metrics} as a sorted properties file (one step's figures). */
    static void writeMetrics(Path file, Map<String, ?> metrics) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties p = new Properties();
        new TreeMap<>(metrics).forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }

    static Properties readMetrics(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
