package io.dxrank.bench;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The normalizer alone: the files of a corpus are extracted once, then normalized in rounds on one thread, no Spark;
 * the last round's time is kept (the first ones warm the JIT). With a dump file, every fact of the first round is
 * written as text, one a line, so that two builds' facts can be compared byte for byte.
 * <pre>
 *   java ... io.dxrank.bench.NormalizeBench CORPUS/plans data/catalog/indicators.csv CORPUS/reference/localities.csv \
 *       normalize.properties [facts.txt]
 * </pre>
 */
public final class NormalizeBench {

    private static final int ROUNDS = 4;

    private NormalizeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path plans = Path.of(args[0]);
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of(args[1])), Gazetteer.load(Path.of(args[2])));
        Path metrics = Path.of(args[3]);
        Path dump = args.length > 4 ? Path.of(args[4]) : null;
        List<ExtractionResult> extracted = new ArrayList<>();
        for (Path f : BenchFiles.plans(plans)) {
            ExtractionResult r = PlanExtractor.extract(plans.relativize(f).toString(), Files.readAllBytes(f));
            if (r.ok()) {
                extracted.add(r);
            }
        }
        StringBuilder facts = new StringBuilder();
        long ms = 0;
        long count = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            count = 0;
            for (ExtractionResult r : extracted) {
                List<Fact> out = normalizer.normalize(r).facts();
                count += out.size();
                if (round == 0 && dump != null) {
                    out.forEach(f -> facts.append(f).append('\n'));
                }
            }
            ms = (System.nanoTime() - t0) / 1_000_000;
        }
        if (dump != null) {
            Files.writeString(dump, facts.toString());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plans", extracted.size());
        m.put("facts", count);
        m.put("normalize_ms", ms);
        BenchFiles.writeMetrics(metrics, m);
        System.err.printf(Locale.ROOT, "normalize: %d plans, %d facts in %d ms (round %d of %d, one thread)%n",
                extracted.size(), count, ms, ROUNDS, ROUNDS);
    }
}
