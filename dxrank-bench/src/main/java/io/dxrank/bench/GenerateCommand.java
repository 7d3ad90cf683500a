package io.dxrank.bench;

import io.dxrank.normalize.Catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark's corpus generator: synthetic plans with their ground truth. Not a product command; run it
 * with the bench module's class path ({@code bench/run.sh} does), e.g.
 * {@code java -cp ... io.dxrank.bench.GenerateCommand --localities 300 --out /tmp/corpus}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic plans (one per locality and year) with ground truth beside them.")
public final class GenerateCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Option(names = "--localities", paramLabel = "N", description = "Provinces, districts and communes in all "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int localities;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "Plan years (default: ${DEFAULT-VALUE}).",
            defaultValue = "2022-2026")
    String years;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "bench/work/corpus")
    Path out;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalog whose phrases to use as well "
            + "(default: ${DEFAULT-VALUE}; skipped when missing).", defaultValue = "data/catalog/indicators.csv")
    Path catalog;

    @Override
    public Integer call() throws Exception {
        String[] range = years.split("-");
        if (range.length != 2 || !range[0].matches("\\d{4}") || !range[1].matches("\\d{4}")) {
            throw new IllegalArgumentException("--years must look like 2022-2026, got '" + years + "'");
        }
        Catalog cat = Files.isRegularFile(catalog) ? Catalog.load(catalog) : null;
        long t0 = System.nanoTime();
        CorpusGenerator.Result r = CorpusGenerator.generate(new CorpusGenerator.Options(localities,
                Integer.parseInt(range[0]), Integer.parseInt(range[1]), seed, out, cat));
        System.err.printf(Locale.ROOT, "dxrank: generated %d plans (%.1f MB, %d statements) in %d ms under %s%n",
                r.plans(), r.bytes() / 1e6, r.statements(), (System.nanoTime() - t0) / 1_000_000, out);
        return 0;
    }
}
