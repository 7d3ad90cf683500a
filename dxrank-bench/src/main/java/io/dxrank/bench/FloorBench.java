package io.dxrank.bench;

import java.util.ArrayList;
import java.util.Locale;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor: the pure-Java extractor over every file of a corpus, one JVM, one thread per core, no Spark.
 * What dxrank's Spark extract stage could at best approach on the same machine.
 * <pre>
 *   java ... io.dxrank.bench.FloorBench bench/work/corpus/plans bench/work/metrics/floor.properties
 * </pre>
 */
public final class FloorBench {

    private FloorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path plans = Path.of(args[0]);
        Path metrics = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        List<Path> files = BenchFiles.plans(plans);
        AtomicLong bytes = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        Path f = files.get(i);
                        try {
                            byte[] content = Files.readAllBytes(f);
                            ExtractionResult r = PlanExtractor.extract(plans.relativize(f).toString(), content);
                            bytes.addAndGet(content.length);
                            statements.addAndGet(r.statements().size());
                            if (!r.ok()) {
                                rejected.incrementAndGet();
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.size());
        m.put("bytes", bytes.get());
        m.put("statements", statements.get());
        m.put("rejected", rejected.get());
        m.put("threads", threads);
        m.put("extract_ms", ms);
        BenchFiles.writeMetrics(metrics, m);
        System.err.printf(Locale.ROOT, "floor: %d files, %.1f MB, %d statements in %d ms on %d threads%n",
                files.size(), bytes.get() / 1e6, statements.get(), ms, threads);
    }
}
