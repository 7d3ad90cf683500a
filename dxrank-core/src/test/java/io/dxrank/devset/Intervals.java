package io.dxrank.devset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * How far a dev-set figure would move with other documents of the same kind: the documents are drawn again with
 * replacement many times and the figure recomputed each time (a percentile bootstrap over documents, since one
 * document's statements share its writer, its layout and its labeller). A bar above the upper end is out of reach
 * of a change of documents alone.
 */
final class Intervals {

    static final int DRAWS = 2000;
    private static final long SEED = 20261207L;

    private Intervals() {
    }

    /** The figure's 2.5th and 97.5th percentiles over {@link #DRAWS} draws of the documents. */
    static double[] of(List<DevSetScore.Tally> documents, ToDoubleFunction<DevSetScore.Tally> figure) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[DRAWS];
        for (int d = 0; d < DRAWS; d++) {
            DevSetScore.Tally pooled = new DevSetScore.Tally();
            for (int i = 0; i < documents.size(); i++) {
                pooled.add(documents.get(random.nextInt(documents.size())));
            }
            values[d] = figure.applyAsDouble(pooled);
        }
        Arrays.sort(values);
        return new double[] {values[(int) Math.floor(0.025 * (DRAWS - 1))], values[(int) Math.ceil(0.975 * (DRAWS - 1))]};
    }

    /** One line: each figure with its interval, "recall 0.906 [0.880, 0.931]". */
    static String line(String label, List<DevSetScore.Tally> documents) {
        DevSetScore.Tally all = new DevSetScore.Tally();
        documents.forEach(all::add);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%d document%s, %d labelled statements):", label,
                documents.size(), documents.size() == 1 ? "" : "s", all.gold));
        figure(b, "recall", documents, all, DevSetScore.Tally::recall);
        figure(b, "precision", documents, all, DevSetScore.Tally::precision);
        figure(b, "kind", documents, all, DevSetScore.Tally::kind);
        figure(b, "year", documents, all, DevSetScore.Tally::year);
        figure(b, "metadata", documents, all, DevSetScore.Tally::metadata);
        return b.toString();
    }

    private static void figure(StringBuilder b, String name, List<DevSetScore.Tally> documents, DevSetScore.Tally all,
                               ToDoubleFunction<DevSetScore.Tally> figure) {
        double[] interval = of(documents, figure);
        b.append(String.format(Locale.ROOT, " %s %.3f [%.3f, %.3f]", name, figure.applyAsDouble(all), interval[0],
                interval[1]));
    }
}
