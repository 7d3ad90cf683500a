package io.dxrank.pipeline.analyze;

import io.dxrank.analytics.OnTrack;
import io.dxrank.analytics.OnTrack.Assessment;
import io.dxrank.analytics.OnTrack.Point;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** trajectory.csv: one locality's full-year figures of one indicator against one national target, to its label. */
final class TrajectoryRows {

    static final StructType SCHEMA = new StructType().add("locality_id", DataTypes.StringType)
            .add("locality_name", DataTypes.StringType).add("level_group", DataTypes.StringType)
            .add("indicator_code", DataTypes.StringType).add("national_target", DataTypes.DoubleType)
            .add("target_year", DataTypes.IntegerType).add("status", DataTypes.StringType)
            .add("baseline_year", DataTypes.IntegerType).add("baseline_value", DataTypes.DoubleType)
            .add("latest_year", DataTypes.IntegerType).add("latest_value", DataTypes.DoubleType)
            .add("path_value", DataTypes.DoubleType).add("pace_per_year", DataTypes.DoubleType)
            .add("projected_value", DataTypes.DoubleType).add("reach_year", DataTypes.IntegerType)
            .add("own_target_year", DataTypes.IntegerType).add("own_target", DataTypes.DoubleType)
            .add("plan_meets_national", DataTypes.BooleanType).add("results", DataTypes.IntegerType)
            .add("direction", DataTypes.StringType);

    /**
     * Each locality's full-year results and own targets (the analyze stage's best fact per year) beside every
     * national target of the indicator: the target set for the locality's level group, else the one for all
     * groups (national_targets.csv), else the catalog's single figure.
     */
    static final String FACTS_SQL = """
            WITH t AS (
              SELECT indicator_code, level_group, year AS target_year, target FROM national
              UNION ALL
              SELECT c.code, 'all', c.national_target_year, c.national_target FROM catalog c
              WHERE c.national_target IS NOT NULL AND c.national_target_year IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM national n WHERE n.indicator_code = c.code AND n.level_group = 'all'
                                AND n.year = c.national_target_year)
            ), f AS (
              SELECT locality_id, locality_name, %s AS level_group, indicator_code, kind, year, value, direction
              FROM best WHERE period = CAST(year AS STRING)
            ), k AS (
              SELECT DISTINCT f.locality_id, f.level_group, f.indicator_code, t.target_year
              FROM f JOIN t ON t.indicator_code = f.indicator_code
            ), chosen AS (
              SELECT k.*, COALESCE(g.target, a.target) AS national_target
              FROM k
              LEFT JOIN t g ON g.indicator_code = k.indicator_code AND g.level_group = k.level_group
                   AND g.target_year = k.target_year
              LEFT JOIN t a ON a.indicator_code = k.indicator_code AND a.level_group = 'all'
                   AND a.target_year = k.target_year
            )
            SELECT f.*, c.target_year, c.national_target
            FROM f JOIN chosen c ON c.locality_id = f.locality_id AND c.level_group = f.level_group
                 AND c.indicator_code = f.indicator_code
            WHERE c.national_target IS NOT NULL
            """;

    private TrajectoryRows() {
    }

    /** The grouping key of {@link #of}: one locality, indicator and national target year. */
    static String key(Row r) {
        return r.getAs("locality_id") + "|" + r.getAs("indicator_code") + "|" + r.getAs("target_year");
    }

    /** Rows of {@link #FACTS_SQL} of one locality, indicator and target year to one trajectory.csv row. */
    static Iterator<Row> of(Iterator<Row> facts) {
        List<Point> results = new ArrayList<>();
        List<Point> targets = new ArrayList<>();
        Row first = null;
        while (facts.hasNext()) {
            Row r = facts.next();
            first = first == null ? r : first;
            Point p = new Point(r.<Integer>getAs("year"), r.<Double>getAs("value"));
            ("target".equals(r.getAs("kind")) ? targets : results).add(p);
        }
        if (first == null) {
            return List.<Row>of().iterator();
        }
        String direction = first.getAs("direction");
        double target = first.<Double>getAs("national_target");
        int targetYear = first.<Integer>getAs("target_year");
        Assessment a = OnTrack.assess("lower".equals(direction), target, targetYear, results, targets);
        Point own = a.ownTarget();
        return List.of(RowFactory.create(first.getAs("locality_id"), first.getAs("locality_name"),
                first.getAs("level_group"), first.getAs("indicator_code"), target, targetYear, a.status().code(),
                a.baseline() == null ? null : a.baseline().year(), a.baseline() == null ? null : a.baseline().value(),
                a.latest() == null ? null : a.latest().year(), a.latest() == null ? null : a.latest().value(),
                round(a.pathValue()), round(a.pacePerYear()), round(a.projected()), a.reachYear(),
                own == null ? null : own.year(), own == null ? null : own.value(), a.planMeetsNational(),
                a.results(), direction)).iterator();
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100.0) / 100.0;
    }
}
