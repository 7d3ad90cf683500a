package io.dxrank.pipeline.analyze;

import io.dxrank.core.Pillar;
import io.dxrank.analytics.RankStability;
import io.dxrank.analytics.WeightDraws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rank stability: per comparison group (year, kind, level group) the ranked localities' pillar scores under the
 * three normalizations are gathered on the driver and {@link RankStability} reranks them under every weight draw.
 * Reads the temp views {@code ps} and {@code ranked_localities}, and {@code weights}.
 */
final class StabilityStage {

    static final StructType SCHEMA = new StructType()
            .add("locality_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("kind", DataTypes.StringType).add("level_group", DataTypes.StringType)
            .add("rank_median", DataTypes.DoubleType).add("rank_p05", DataTypes.DoubleType)
            .add("rank_p95", DataTypes.DoubleType);
    private static final String[] VARIANTS = {"s_minmax", "s_goalpost", "s_zscore"};

    private StabilityStage() {
    }

    static Dataset<Row> run(SparkSession spark, AnalyticsStage.Options options) {
        double[] base = new double[Pillar.values().length];
        for (Row w : spark.table("weights").collectAsList()) {
            base[Pillar.fromCode(w.getString(0)).ordinal()] = w.getDouble(1);
        }
        // concentration 50: a pillar weighted 0.26 varies roughly between 0.15 and 0.38 (5-95 %)
        double[][] draws = WeightDraws.draw(base, options.weightDraws(), 50, options.seed());
        Dataset<Row> scores = spark.sql("""
                SELECT ps.year, ps.kind, ps.level_group, ps.locality_id, ps.pillar, ps.s_minmax, ps.s_goalpost,
                       ps.s_zscore, ps.n, ps.doubtful
                FROM ps JOIN ranked_localities r ON ps.locality_id = r.locality_id AND ps.year = r.year
                     AND ps.kind = r.kind AND ps.level_group = r.level_group
                """);
        // a few thousand rows: gathered on the driver and reranked there, a group per core, instead of a shuffle
        // into the one task adaptive execution coalesces them to (the same rows: a group's result depends on its
        // rows only, not their order or thread)
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row r : scores.collectAsList()) {
            groups.computeIfAbsent(r.getInt(0) + "|" + r.getString(1) + "|" + r.getString(2), k -> new ArrayList<>())
                    .add(r);
        }
        long seed = options.seed();
        List<Row> out = groups.entrySet().parallelStream()
                .flatMap(g -> {
                    List<Row> rows = new ArrayList<>();
                    group(g.getKey(), g.getValue().iterator(), draws, seed).forEachRemaining(rows::add);
                    return rows.stream();
                })
                .toList();
        return spark.createDataFrame(out, SCHEMA);
    }

    /** One locality's pillar scores per variant, values per pillar, and doubtful values as read from ps. */
    private static final class Gathered {
        final double[][] pillars = nanMatrix();
        final int[] sizes = new int[Pillar.values().length];
        final List<RankStability.Doubtful> doubtful = new ArrayList<>();
    }

    private static Iterator<Row> group(String key, Iterator<Row> rows, double[][] draws, long seed) {
        Map<String, Gathered> byLocality = new LinkedHashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            Gathered g = byLocality.computeIfAbsent(r.getString(3), k -> new Gathered());
            int pillar = Pillar.fromCode(r.getString(4)).ordinal();
            for (int v = 0; v < VARIANTS.length; v++) {
                g.pillars[v][pillar] = r.isNullAt(5 + v) ? Double.NaN : r.getDouble(5 + v);
            }
            g.sizes[pillar] = (int) r.getLong(8);
            for (Row d : r.<Row>getList(9)) {
                // locality index set below, once the order is fixed
                g.doubtful.add(new RankStability.Doubtful(-1, pillar, new double[] {d.getDouble(0), d.getDouble(1),
                        d.getDouble(2)}, 1 - d.getDouble(3)));
            }
        }
        List<String> localities = new ArrayList<>(byLocality.keySet());
        localities.sort(null); // deterministic order whatever the shuffle delivered
        double[][][] matrix = new double[VARIANTS.length][localities.size()][];
        int[][] sizes = new int[localities.size()][];
        List<RankStability.Doubtful> doubtful = new ArrayList<>();
        for (int l = 0; l < localities.size(); l++) {
            Gathered g = byLocality.get(localities.get(l));
            for (int v = 0; v < VARIANTS.length; v++) {
                matrix[v][l] = g.pillars[v];
            }
            sizes[l] = g.sizes;
            List<RankStability.Doubtful> own = new ArrayList<>(g.doubtful);
            own.sort(DOUBTFUL_ORDER);
            for (RankStability.Doubtful d : own) {
                doubtful.add(new RankStability.Doubtful(l, d.pillar(), d.scores(), d.misread()));
            }
        }
        RankStability.Interval[] intervals = RankStability.intervals(matrix, sizes, doubtful, draws,
                seed ^ key.hashCode());
        String[] parts = key.split("\\|", -1);
        List<Row> out = new ArrayList<>();
        for (int l = 0; l < localities.size(); l++) {
            out.add(RowFactory.create(localities.get(l), Integer.parseInt(parts[0]), parts[1], parts[2],
                    intervals[l].median(), intervals[l].p05(), intervals[l].p95()));
        }
        return out.iterator();
    }

    /** Rows of one pillar may arrive in any order: the draws follow the values' order, so it is fixed here. */
    private static final Comparator<RankStability.Doubtful> DOUBTFUL_ORDER = Comparator
            .comparingInt(RankStability.Doubtful::pillar)
            .thenComparingDouble(d -> d.scores()[0]).thenComparingDouble(d -> d.scores()[1])
            .thenComparingDouble(d -> d.scores()[2]).thenComparingDouble(RankStability.Doubtful::misread);

    private static double[][] nanMatrix() {
        double[][] m = new double[VARIANTS.length][Pillar.values().length];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
