package io.dxrank.cli;

/** Documented exit codes (README, "Exit codes"). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;
    /** Spark's code for an out-of-memory error in its task threads; the process ends before dxrank can choose. */
    public static final int OUT_OF_MEMORY = 52;

    /** The last line of a process stopped before its command returned (out of memory, killed). */
    static final String STOPPED_MESSAGE = "dxrank: failed: stopped before the run finished; nothing new was published"
            + " (exit 52: out of memory, raise DXRANK_JAVA_OPTS, e.g. DXRANK_JAVA_OPTS=-Xmx8g; 137 or 143: killed)";

    private ExitCodes() {
    }
}
