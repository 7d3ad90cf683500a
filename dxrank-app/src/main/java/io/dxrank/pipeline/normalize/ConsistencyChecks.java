package io.dxrank.pipeline.normalize;

import io.dxrank.core.CrossChecks;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Indicator;
import io.dxrank.pipeline.analyze.AnalyticsStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Findings across one locality's documents (issue 19): a target below the locality's own result of the year
 * before (for an indicator where higher is better, or above it where lower is), a share that moves by more
 * than {@value #JUMP_POINTS} points in a year, a year's result that two documents state differently, and a
 * district's own count below the sum of its communes' counts for the same indicator and year. All are
 * WARN rows of quality.csv on the later figure's line (for two documents, the file whose name sorts last); the
 * facts stay used, the analyst decides.
 */
final class ConsistencyChecks {

    /** A share moving by more than this many points in one year is more likely a misread than a change. */
    static final int JUMP_POINTS = 50;

    private ConsistencyChecks() {
    }

    /** The facts of {@code alias} whose indicator counts things ({@link Indicator#counts()}): only those add up. */
    private static String counted(String alias, Catalog catalog) {
        String codes = catalog.indicators().stream().filter(Indicator::counts).map(i -> "'" + i.code().replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        return codes.isEmpty() ? "FALSE" : alias + ".indicator_code IN (" + codes + ")";
    }

    /** Without the gazetteer's districts (no commune totals compared). */
    static Dataset<Row> run(Dataset<Row> used, Catalog catalog) {
        return run(used, catalog, Map.of());
    }

    /**
     * @param used       facts.csv rows with status used (the contract columns)
     * @param districtOf commune id to district id (the gazetteer's districtOfCommune)
     */
    static Dataset<Row> run(Dataset<Row> used, Catalog catalog, Map<String, String> districtOf) {
        used.createOrReplaceTempView("check_facts");
        AnalyticsStage.catalogFrame(used.sparkSession(), catalog).createOrReplaceTempView("check_catalog");
        List<Row> parents = new ArrayList<>();
        districtOf.forEach((commune, district) -> parents.add(RowFactory.create(commune, district)));
        used.sparkSession().createDataFrame(parents, new StructType().add("commune_id", DataTypes.StringType)
                .add("district_id", DataTypes.StringType)).createOrReplaceTempView("check_parents");
        // the facts with their catalog entry are read by each check below: joined once, not again in each
        used.sparkSession().sql("""
                SELECT f.plan_id, f.source_file, f.source_line, f.locality_id, f.locality_name,
                       f.indicator_code, f.kind, f.year, f.value, c.direction, c.unit AS catalog_unit
                FROM check_facts f JOIN check_catalog c ON f.indicator_code = c.code
                WHERE f.locality_id IS NOT NULL AND f.period = CAST(f.year AS STRING)
                  AND f.kind IN ('target', 'actual')
                """).localCheckpoint(true, StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView("check_catalogued");
        // one DISTINCT over the four checks instead of one each (one shuffle, not four): a row's code names its
        // check, so no row of one check can repeat another's
        return used.sparkSession().sql("""
                WITH t AS (SELECT * FROM check_catalogued WHERE kind = 'target'),
                a AS (SELECT * FROM check_catalogued WHERE kind = 'actual')
                SELECT DISTINCT * FROM (
                SELECT t.plan_id, t.source_file, t.source_line AS line, 'WARN' AS severity,
                       '{BELOW}' AS code,
                       concat(t.indicator_code, ' target ', CAST(t.year AS STRING), ' of ', t.locality_name,
                              ': ', CAST(t.value AS STRING),
                              CASE WHEN t.direction = 'lower' THEN ' is above' ELSE ' is below' END,
                              ' its own result of ', CAST(a.year AS STRING), ': ', CAST(a.value AS STRING),
                              ' (', a.source_file, ' line ', CAST(a.source_line AS STRING), ')') AS detail
                FROM t JOIN a ON t.locality_id = a.locality_id AND t.indicator_code = a.indicator_code
                             AND a.year = t.year - 1
                WHERE (t.direction = 'lower' AND t.value > a.value)
                   OR (t.direction <> 'lower' AND t.value < a.value)
                UNION ALL
                SELECT b.plan_id, b.source_file, b.source_line AS line, 'WARN' AS severity,
                       '{JUMPCODE}' AS code,
                       concat(b.indicator_code, ' result of ', b.locality_name, ' moves from ',
                              CAST(p.value AS STRING), '% in ', CAST(p.year AS STRING),
                              ' (', p.source_file, ' line ', CAST(p.source_line AS STRING), ') to ',
                              CAST(b.value AS STRING), '% in ', CAST(b.year AS STRING),
                              ': more than {JUMP} points in a year; check both figures') AS detail
                FROM a b JOIN a p ON b.locality_id = p.locality_id AND b.indicator_code = p.indicator_code
                                 AND p.year = b.year - 1
                WHERE b.catalog_unit = 'percent' AND abs(b.value - p.value) > {JUMP}
                UNION ALL
                SELECT b.plan_id, b.source_file, b.source_line AS line, 'WARN' AS severity,
                       '{RESTATED}' AS code,
                       concat(b.indicator_code, ' result ', CAST(b.year AS STRING), ' of ', b.locality_name, ': ',
                              CAST(b.value AS STRING), ' here, ', CAST(p.value AS STRING), ' in ', p.source_file,
                              ' line ', CAST(p.source_line AS STRING),
                              '; the rankings take one of them: check which is right') AS detail
                FROM a b JOIN a p ON b.locality_id = p.locality_id AND b.indicator_code = p.indicator_code
                                 AND b.year = p.year AND p.source_file < b.source_file
                WHERE abs(b.value - p.value) > 1e-9
                UNION ALL
                SELECT t.plan_id, t.source_file, t.source_line AS line, 'WARN' AS severity,
                       '{EXCEED}' AS code,
                       concat(t.indicator_code, ' result ', CAST(t.year AS STRING), ' of ', t.locality_name, ': ',
                              CAST(t.value AS STRING), ' for the district, but its ', CAST(c.communes AS STRING),
                              ' reporting communes add up to ', CAST(c.total AS STRING), ' (', c.example, ')',
                              '; a part cannot exceed the whole: check both') AS detail
                FROM a t
                JOIN (SELECT d.district_id, f.indicator_code, f.year, SUM(f.value) AS total, COUNT(*) AS communes,
                             MIN(concat(f.source_file, ' line ', CAST(f.source_line AS STRING))) AS example
                      FROM a f JOIN check_parents d ON f.locality_id = d.commune_id
                      WHERE {COUNTED_F}
                      GROUP BY d.district_id, f.indicator_code, f.year) c
                  ON t.locality_id = c.district_id AND t.indicator_code = c.indicator_code AND t.year = c.year
                WHERE {COUNTED_T} AND c.total > t.value + 1e-9
                )
                """.replace("{COUNTED_F}", counted("f", catalog)).replace("{COUNTED_T}", counted("t", catalog))
                .replace("{JUMP}", Integer.toString(JUMP_POINTS)).replace("{BELOW}", CrossChecks.TARGET_BELOW_LAST_RESULT)
                .replace("{JUMPCODE}", CrossChecks.IMPLAUSIBLE_JUMP)
                .replace("{RESTATED}", CrossChecks.RESULT_STATED_DIFFERENTLY)
                .replace("{EXCEED}", CrossChecks.COMMUNES_EXCEED_DISTRICT));
    }
}
