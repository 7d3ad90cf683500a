package io.dxrank.pipeline.extract;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * "files done of total" on stderr while extraction runs: executors add to a Spark accumulator as they finish
 * each file, the driver prints its value every few seconds when it moved. Spark merges accumulator updates as
 * tasks end, so the count advances task by task.
 */
final class ExtractProgress implements AutoCloseable {

    private final LongAccumulator done;
    private final long total;
    private final PrintStream err;
    private final ScheduledExecutorService timer;
    private long lastPrinted = -1;

    private ExtractProgress(LongAccumulator done, long total, PrintStream err, long periodSeconds) {
        this.done = done;
        this.total = total;
        this.err = err;
        if (periodSeconds > 0) {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dxrank-extract-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::report, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        } else {
            this.timer = null;
        }
    }

    /** Starts reporting on stderr every {@code periodSeconds} (0: only when {@link #report} is called). */
    static ExtractProgress start(SparkSession spark, long total, long periodSeconds) {
        LongAccumulator acc = spark.sparkContext().longAccumulator("dxrank files extracted");
        return new ExtractProgress(acc, total, System.err, periodSeconds);
    }

    static ExtractProgress forTest(LongAccumulator acc, long total, PrintStream err) {
        return new ExtractProgress(acc, total, err, 0);
    }

    LongAccumulator accumulator() {
        return done;
    }

    /** Prints the count if it moved since the last line. */
    synchronized void report() {
        long now = Math.min(done.value(), total);
        if (now != lastPrinted) {
            err.println(line(now, total));
            err.flush();
            lastPrinted = now;
        }
    }

    static String line(long done, long total) {
        return String.format(Locale.ROOT, "dxrank: extract: %d of %d files (%d%%)", done, total,
                total == 0 ? 100 : 100 * done / total);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
