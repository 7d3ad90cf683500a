package io.dxrank;

import io.dxrank.run.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the test JVM (local[2], UI off, few shuffle partitions, UTC, 127.0.0.1, no
 * generated code as for any small input).
 * Every Spark test uses it, so the suite pays Spark's start-up once.
 */
public final class SparkTestSession {

    private static SparkSession session;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("dxrank-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            // test inputs are small: the settings a run of a small input gets (SparkSessions.fitToInput)
            SparkSessions.fitToInput(session, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
