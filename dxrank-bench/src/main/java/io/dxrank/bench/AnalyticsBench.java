package io.dxrank.bench;

import io.dxrank.pipeline.analyze.AnalyticsStage;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Indicator;
import io.dxrank.core.Pillar;
import io.dxrank.run.SparkSessions;
import io.dxrank.analytics.Weights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The analytics against a peer: the same rankings and composite computed by dxrank's Spark stage and by DuckDB
 * on the same synthetic facts, each in its own JVM so each one's memory is its own. Modes:
 * <pre>
 *   facts   ROWS CATALOG OUT.parquet                     synthetic facts rows (written by DuckDB, deterministic)
 *   spark   FACTS CATALOG WEIGHTS OUTDIR METRICS [DRAWS] AnalyticsStage, rankings + composite to Parquet
 *                                                        (DRAWS weight draws for rank stability, default 0)
 *   duckdb  FACTS CATALOG WEIGHTS OUTDIR METRICS         the same SQL in DuckDB, to Parquet
 *   compare SPARKDIR DUCKDIR METRICS                     do both agree, row for row?
 * </pre>
 * DuckDB is reached through JDBC only, so this compiles without it; the bench profile puts it on the class path.
 */
public final class AnalyticsBench {

    private static final int YEARS = 5;
    private static final int FIRST_YEAR = 2022;

    private AnalyticsBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "facts" -> facts(Long.parseLong(args[1]), Catalog.load(Path.of(args[2])), Path.of(args[3]));
            case "spark" -> spark(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                    Path.of(args[5]), args.length > 6 ? Integer.parseInt(args[6]) : 0);
            case "duckdb" -> duckdb(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                    Path.of(args[5]));
            case "compare" -> compare(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /**
     * Facts rows in the facts schema: localities x catalog indicators x 5 years x {actual, target}, cut at ROWS.
     * Levels mix communes, districts and a few provinces; every 20th cell is stated twice (prose and table) so
     * the best-fact pick has work to do; values are whole numbers half the time, so ranks tie.
     */
    static void facts(long rows, Catalog catalog, Path out) throws SQLException {
        int indicators = catalog.size();
        long localities = (rows + indicators * YEARS * 2L - 1) / (indicators * YEARS * 2L);
        try (Connection c = duck(); Statement st = c.createStatement()) {
            loadCatalog(c, catalog);
            String sql = String.format(Locale.ROOT, """
                    COPY (
                      WITH cells AS (
                        SELECT l.i AS li, c.code, c.pillar, c.unit, y.y AS year, k.kind,
                               hash(l.i, c.code, y.y, k.kind) AS h
                        FROM range(%d) l(i) CROSS JOIN catalog c CROSS JOIN range(%d, %d) y(y)
                             CROSS JOIN (VALUES ('actual'), ('target')) k(kind)
                        LIMIT %d
                      ), stated AS (
                        SELECT *, 'prose' AS source FROM cells
                        UNION ALL SELECT *, 'table' AS source FROM cells WHERE h %% 20 = 0
                      )
                      SELECT 'p' || li || '-' || year AS plan_id,
                             'loc' || lpad(CAST(li AS VARCHAR), 7, '0') AS locality_id,
                             'Locality ' || li AS locality_name,
                             CASE WHEN li %% 100 < 2 THEN 'tinh' WHEN li %% 100 < 14 THEN 'huyen'
                                  WHEN li %% 100 < 30 THEN 'phuong' ELSE 'xa' END AS level,
                             'Province ' || (li %% 40) AS province,
                             code AS indicator_code, code AS indicator_name, pillar, kind,
                             CAST(year AS INTEGER) AS year, CAST(year AS VARCHAR) AS period,
                             CAST(CASE WHEN unit = 'percent'
                                       THEN CASE WHEN h %% 2 = 0 THEN (h // 7) %% 101 ELSE ((h // 7) %% 1001) / 10.0 END
                                       ELSE (h // 7) %% 500 + CASE WHEN source = 'table' THEN 1 ELSE 0 END END
                                  AS DOUBLE) AS value,
                             CAST(NULL AS DOUBLE) AS value_high, unit, 'eq' AS comparator,
                             'f' || li || '_' || year || '.txt' AS source_file,
                             CAST((h // 13) %% 600 + 1 AS INTEGER) AS source_line,
                             'quote ' || code AS quote, code AS subject, '' AS section,
                             CAST((h // 7) %% 101 AS VARCHAR) AS value_text,
                             CAST(NULL AS DOUBLE) AS denominator, source, CAST(NULL AS VARCHAR) AS as_of,
                             -- counts per 1,000 inhabitants of a population that grows with the level
                             CASE WHEN unit = 'percent' THEN CAST(NULL AS DOUBLE)
                                  ELSE round(((h // 7) %% 500 + CASE WHEN source = 'table' THEN 1 ELSE 0 END) * 1000.0
                                       / (CASE WHEN li %% 100 < 2 THEN 2000000 WHEN li %% 100 < 14 THEN 150000
                                               ELSE 8000 END + (li %% 997) * 10), 4) END AS value_per_1000,
                             'used' AS status,
                             CASE WHEN source = 'table' THEN 'table' ELSE 'prose' END AS flags,
                             -- the facts contract's later columns: every figure read, populations of 2024
                             CAST(1.0 AS DOUBLE) AS confidence,
                             CASE WHEN unit = 'percent' THEN CAST(NULL AS INTEGER) ELSE 2024 END AS population_year
                      FROM stated
                    ) TO '%s' (FORMAT parquet)
                    """, localities, FIRST_YEAR, FIRST_YEAR + YEARS, rows, out.toAbsolutePath());
            st.execute(sql);
        }
        System.err.printf(Locale.ROOT, "facts: %d rows (+5%% restated) for %d localities in %s%n", rows, localities,
                out);
    }

    /**
     * {@code weightDraws} 0 computes what DuckDB's side computes (no rank-stability pass, whose columns stay
     * empty on both sides); 1000 is the product's default, timed apart to show what stability costs.
     */
    static void spark(Path facts, Path catalogFile, Path weightsFile, Path outDir, Path metrics, int weightDraws)
            throws Exception {
        long t0 = System.nanoTime();
        SparkSession spark = SparkSessions.open(null);
        long started = System.nanoTime();
        try {
            Catalog catalog = Catalog.load(catalogFile);
            Weights weights = Weights.load(weightsFile);
            Dataset<Row> f = spark.read().parquet(facts.toAbsolutePath().toString());
            AnalyticsStage.Options d = AnalyticsStage.Options.DEFAULT;
            long tablesDone;
            long rankingsDone;
            try (AnalyticsStage.Tables t = AnalyticsStage.run(spark, f, catalog, weights, new AnalyticsStage.Options(
                    d.minIndicators(), d.minPillars(), d.normalization(), weightDraws, d.seed()))) {
                // run() computes the cached tables the outputs share (best fact, normalized, overlap, pillar
                // scores): timed apart, so rankings_ms is the rankings' own windows and write
                tablesDone = System.nanoTime();
                t.rankings().write().mode(SaveMode.Overwrite).parquet(outDir.resolve("rankings").toString());
                rankingsDone = System.nanoTime();
                t.composite().write().mode(SaveMode.Overwrite).parquet(outDir.resolve("composite").toString());
            }
            long done = System.nanoTime();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("startup_ms", (started - t0) / 1_000_000);
            m.put("analytics_ms", (done - started) / 1_000_000);
            m.put("weight_draws", weightDraws);
            m.put("tables_ms", (tablesDone - started) / 1_000_000);
            m.put("rankings_ms", (rankingsDone - tablesDone) / 1_000_000);
            m.put("composite_ms", (done - rankingsDone) / 1_000_000);
            BenchFiles.writeMetrics(metrics, m);
            System.err.printf(Locale.ROOT, "spark analytics: %d ms (session %d ms)%n", (done - started) / 1_000_000,
                    (started - t0) / 1_000_000);
        } finally {
            spark.stop();
        }
    }

    static void duckdb(Path facts, Path catalogFile, Path weightsFile, Path outDir, Path metrics) throws Exception {
        Catalog catalog = Catalog.load(catalogFile);
        Weights weights = Weights.load(weightsFile);
        Files.createDirectories(outDir);
        long t0 = System.nanoTime();
        try (Connection c = duck(); Statement st = c.createStatement()) {
            loadCatalog(c, catalog);
            loadWeights(c, weights);
            long started = System.nanoTime();
            st.execute("CREATE OR REPLACE TEMP VIEW facts AS SELECT * FROM read_parquet('" + facts.toAbsolutePath()
                    + "')");
            st.execute(DuckAnalytics.best());
            st.execute(DuckAnalytics.grouped());
            st.execute(DuckAnalytics.normalized());
            st.execute("COPY (" + DuckAnalytics.rankings() + ") TO '" + outDir.resolve("rankings.parquet")
                    .toAbsolutePath() + "' (FORMAT parquet)");
            st.execute("COPY (" + DuckAnalytics.composite(AnalyticsStage.Options.DEFAULT.minIndicators(),
                    AnalyticsStage.Options.DEFAULT.minPillars(), AnalyticsStage.Options.DEFAULT.minOverlap(),
                    catalog.size()) + ") TO '"
                    + outDir.resolve("composite.parquet").toAbsolutePath() + "' (FORMAT parquet)");
            long done = System.nanoTime();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("startup_ms", (started - t0) / 1_000_000);
            m.put("analytics_ms", (done - started) / 1_000_000);
            BenchFiles.writeMetrics(metrics, m);
            System.err.printf(Locale.ROOT, "duckdb analytics: %d ms%n", (done - started) / 1_000_000);
        }
    }

    /** Row-for-row agreement on the keys and the figures that matter: values, ranks, counts, scores, status. */
    static void compare(Path sparkDir, Path duckDir, Path metrics) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = duck(); Statement st = c.createStatement()) {
            String sr = "read_parquet('" + sparkDir.resolve("rankings").toAbsolutePath() + "/*.parquet')";
            String dr = "read_parquet('" + duckDir.resolve("rankings.parquet").toAbsolutePath() + "')";
            String sc = "read_parquet('" + sparkDir.resolve("composite").toAbsolutePath() + "/*.parquet')";
            String dc = "read_parquet('" + duckDir.resolve("composite.parquet").toAbsolutePath() + "')";
            m.put("rankings_spark", scalar(st, "SELECT count(*) FROM " + sr));
            m.put("rankings_duckdb", scalar(st, "SELECT count(*) FROM " + dr));
            m.put("rankings_mismatch", scalar(st, """
                    SELECT count(*) FROM %s s FULL OUTER JOIN %s d
                      ON s.indicator_code = d.indicator_code AND s.year = d.year AND s.period = d.period
                     AND s.kind = d.kind AND s.level_group = d.level_group AND s.locality_id = d.locality_id
                    WHERE s.locality_id IS NULL OR d.locality_id IS NULL OR abs(s.value - d.value) > 1e-9
                       OR s.rank <> d.rank OR s.n <> d.n OR abs(s.percentile - d.percentile) > 0.011
                       OR s.rank_change IS DISTINCT FROM d.rank_change
                    """.transform(t -> String.format(Locale.ROOT, t, sr, dr))));
            m.put("composite_spark", scalar(st, "SELECT count(*) FROM " + sc));
            m.put("composite_duckdb", scalar(st, "SELECT count(*) FROM " + dc));
            m.put("composite_mismatch", scalar(st, """
                    SELECT count(*) FROM %s s FULL OUTER JOIN %s d
                      ON s.locality_id = d.locality_id AND s.year = d.year AND s.kind = d.kind
                     AND s.level_group = d.level_group
                    WHERE s.locality_id IS NULL OR d.locality_id IS NULL OR abs(s.score - d.score) > 0.011
                       OR s.rank IS DISTINCT FROM d.rank OR s.status <> d.status OR s.band IS DISTINCT FROM d.band
                       OR abs(s.coverage - d.coverage) > 1e-6 OR abs(s.overlap - d.overlap) > 1e-4
                    """.transform(t -> String.format(Locale.ROOT, t, sc, dc))));
        }
        boolean agree = (long) m.get("rankings_mismatch") == 0 && (long) m.get("composite_mismatch") == 0
                && m.get("rankings_spark").equals(m.get("rankings_duckdb"))
                && m.get("composite_spark").equals(m.get("composite_duckdb"));
        m.put("agree", agree);
        BenchFiles.writeMetrics(metrics, m);
        System.err.println("compare: " + m);
    }

    private static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection duck() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static void loadCatalog(Connection c, Catalog catalog) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE catalog (code VARCHAR, pillar VARCHAR, unit VARCHAR, direction VARCHAR, "
                    + "national_target DOUBLE)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog VALUES (?, ?, ?, ?, ?)")) {
            for (Indicator i : catalog.indicators()) {
                ps.setString(1, i.code());
                ps.setString(2, i.pillar());
                ps.setString(3, i.unit());
                ps.setString(4, i.direction());
                ps.setObject(5, i.nationalTarget());
                ps.executeUpdate();
            }
        }
    }

    private static void loadWeights(Connection c, Weights weights) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE weights (pillar VARCHAR, weight DOUBLE)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO weights VALUES (?, ?)")) {
            for (Pillar p : Pillar.values()) {
                ps.setString(1, p.code());
                ps.setDouble(2, weights.weight(p));
                ps.executeUpdate();
            }
        }
    }
}
