package io.dxrank.run;

import io.dxrank.analytics.Weights;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.tables.TableMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The options of a run with the data files they name, loaded and checked once before any lock or Spark: the
 * only preflight. A file that cannot be used is an {@link IllegalArgumentException} naming it (exit code 2).
 * <pre>
 *   RunContext context = RunContext.load(options);
 *   new Pipeline(spark, context).run();
 * </pre>
 *
 * @param warnings catalog rows skipped, for stderr and manifest.json
 */
public record RunContext(RunOptions options, Catalog catalog, Gazetteer gazetteer, Weights weights,
                         TableMapping mapping, List<String> warnings) {

    public static RunContext load(RunOptions options) throws IOException {
        Weights weights;
        try {
            weights = Weights.load(options.weights());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(options.weights() + ": not a readable CSV weights file: "
                    + rootMessage(e), e);
        }
        Catalog catalog;
        try {
            catalog = Catalog.load(options.catalog());
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a file it cannot parse at all (an unclosed quote) this way
            throw new IllegalArgumentException(options.catalog() + ": not a readable CSV catalog: " + rootMessage(e), e);
        }
        Gazetteer gazetteer;
        try {
            gazetteer = Gazetteer.load(options.gazetteer());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + options.gazetteer(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(options.gazetteer() + ": not a readable CSV gazetteer: "
                    + rootMessage(e), e);
        }
        TableMapping mapping;
        try {
            mapping = options.tableMapping() == null ? TableMapping.NONE : TableMapping.load(options.tableMapping());
        } catch (IOException e) {
            throw new IllegalArgumentException("table mapping not readable: " + options.tableMapping(), e);
        }
        return new RunContext(options, catalog, gazetteer, weights, mapping, catalog.problems());
    }

    /** The same data files under other options (a run's own output folder). */
    public RunContext withOptions(RunOptions other) {
        return new RunContext(other, catalog, gazetteer, weights, mapping, warnings);
    }

    /** The first line of the first message in a cause chain: what an operator reads on the last stderr line. */
    public static String rootMessage(Throwable t) {
        String msg = t.getMessage();
        Throwable c = t;
        while (c.getCause() != null && (msg == null || msg.isBlank())) {
            c = c.getCause();
            msg = c.getMessage();
        }
        return msg == null ? t.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }
}
