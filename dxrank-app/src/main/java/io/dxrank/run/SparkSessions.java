package io.dxrank.run;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the session: embedded local[*] by default, the given master when asked, or whatever spark-submit
 * configured (spark.master already set). Quiet and small-data friendly defaults.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession open(String master) {
        return SparkSession.builder().config(conf(master)).getOrCreate();
    }

    /**
     * The session's settings: the JVM's {@code spark.*} properties and spark-submit's first (an operator's setting
     * always wins), then dxrank's defaults for what is not set.
     */
    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf(true);
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "dxrank");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "500");
        // plans are small files (~40 KB): Spark's default open cost (4 MB, sized for HDFS) cut 10,000 plans into
        // 300+ tasks and as many Parquet files; this packs them into a few tasks per core
        conf.setIfMissing("spark.sql.files.openCostInBytes", "65536");
        conf.setIfMissing("spark.sql.files.maxPartitionBytes", "33554432");
        // the analytics' GROUP BYs with collect_list (a trend's and a pillar score's flags) keep a map entry per
        // group: past Spark's default of 128 entries a task fell back to sorting its rows by their string keys (11 %
        // of the samples of a profile of analytics on 1M facts); a task holds about ROWS_PER_PARTITION rows at most
        conf.setIfMissing("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", String.valueOf(ROWS_PER_PARTITION));
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            // one JVM does all the writing: folders get their permissions without a chmod process each
            conf.setIfMissing("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName());
        }
        return conf;
    }

    /** Inputs up to this size run on interpreted expressions (measured: docs/performance.md, "Small inputs"). */
    public static final long SMALL_INPUT_BYTES = 32L << 20;

    /** @return whether inputs of this many bytes ({@link InputSize#UNKNOWN}: not known) are a small input */
    public static boolean isSmallInput(long inputBytes) {
        return inputBytes >= 0 && inputBytes <= SMALL_INPUT_BYTES;
    }

    /**
     * Input rows per shuffle partition that analytics' window sorts hold under the default 4 GB heap: with 8
     * partitions for 10M facts (1.25M wide rows a task) the rankings' sort failed (UNABLE_TO_ACQUIRE_MEMORY), with
     * 32 it finished (docs/performance.md, "Thirty-fifth stop").
     */
    public static final long ROWS_PER_PARTITION = 250_000;
    /** The most partitions {@link #partitionsFor} asks for: beyond it the per-task overhead outweighs the sorts'. */
    public static final int MAX_PARTITIONS = 2_000;

    /**
     * The shuffle partitions for {@code rows} input rows: one per {@link #ROWS_PER_PARTITION} rows, never fewer than
     * {@code current} (the default's or what the operator set) and never more than {@link #MAX_PARTITIONS} unless
     * {@code current} is.
     */
    public static int partitionsFor(long rows, int current) {
        long n = Math.max(0, rows);
        long wanted = Math.min(MAX_PARTITIONS, n / ROWS_PER_PARTITION + (n % ROWS_PER_PARTITION == 0 ? 0 : 1));
        return (int) Math.max(current, wanted);
    }

    private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";
    private static final String EXPLAIN_MODE = "spark.sql.ui.explainMode";

    /**
     * Fits the session to the input: a run of a few MB spends more time compiling Spark's generated code (a few
     * hundred queries, each compiled once) than running it, so small inputs are evaluated without code generation.
     * Each query's plan is also described for the listeners (UI, event log) when it starts and again at every
     * adaptive re-plan; the one-line-per-node "simple" description costs a small run less CPU than the
     * "formatted" one (docs/performance.md). What the operator set (spark-submit, a job file, -Dspark.*) is left as set.
     *
     * @return true when the small-input settings were applied
     */
    public static boolean fitToInput(SparkSession spark, long inputBytes) {
        if (!isSmallInput(inputBytes)) {
            return false;
        }
        SparkConf set = spark.sparkContext().getConf();
        if (!set.contains(WHOLE_STAGE)) {
            spark.conf().set(WHOLE_STAGE, "false");
        }
        if (!set.contains(FACTORY_MODE)) {
            spark.conf().set(FACTORY_MODE, "NO_CODEGEN");
        }
        if (!set.contains(EXPLAIN_MODE)) {
            spark.conf().set(EXPLAIN_MODE, "simple");
        }
        return true;
    }
}
