package io.dxrank;

import io.dxrank.run.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark context of the test JVM (local[2], UI off, few shuffle partitions, UTC, 127.0.0.1, no
 * generated code as for any small input), so the suite pays Spark's start-up once. Test classes run two at a time
 * (junit-platform.properties): each thread gets its own session on that context, so one class's temporary views and
 * settings never meet another's.
 */
public final class SparkTestSession {

    private static SparkSession root;
    private static final ThreadLocal<SparkSession> PER_THREAD = ThreadLocal.withInitial(SparkTestSession::newSession);

    private SparkTestSession() {
    }

    /** The calling thread's session (the same one for every call of a test class). */
    public static SparkSession get() {
        return PER_THREAD.get();
    }

    private static synchronized SparkSession newSession() {
        if (root == null) {
            root = SparkSession.builder()
                    .master("local[2]")
                    .appName("dxrank-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(root::stop));
        }
        SparkSession session = root.newSession();
        // test inputs are small: the settings a run of a small input gets (SparkSessions.fitToInput)
        SparkSessions.fitToInput(session, 0);
        return session;
    }
}
