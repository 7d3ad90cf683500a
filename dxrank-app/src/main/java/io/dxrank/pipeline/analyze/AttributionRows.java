package io.dxrank.pipeline.analyze;

import io.dxrank.analytics.Attribution;
import io.dxrank.analytics.Normalization;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** attribution.csv: the scored indicators of one locality, kind and level group, year by year, to parts of changes. */
final class AttributionRows {

    static final StructType SCHEMA = new StructType().add("locality_id", DataTypes.StringType)
            .add("locality_name", DataTypes.StringType).add("level_group", DataTypes.StringType)
            .add("kind", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("previous_year", DataTypes.IntegerType).add("indicator_code", DataTypes.StringType)
            .add("pillar", DataTypes.StringType).add("effect", DataTypes.StringType)
            .add("contribution", DataTypes.DoubleType).add("score_change", DataTypes.DoubleType)
            .add("normalization", DataTypes.StringType);

    /** The columns {@link #of} reads, as the analyze stage's normalized view names them. */
    static final String TERMS_SQL = "SELECT locality_id, locality_name, kind, level_group, year, indicator_code, period, "
            + "pillar, value, mn, mx, mean, sd, direction, unit_kind FROM normalized";

    private AttributionRows() {
    }

    /** Rows of {@link #TERMS_SQL} of one locality, kind and level group to the parts of each year-on-year change. */
    static Iterator<Row> of(Iterator<Row> terms, Map<String, Double> weights, Normalization method) {
        TreeMap<Integer, List<Attribution.Term>> byYear = new TreeMap<>();
        String id = null;
        String name = null;
        String group = null;
        String kind = null;
        while (terms.hasNext()) {
            Row r = terms.next();
            id = r.getAs("locality_id");
            name = r.getAs("locality_name");
            kind = r.getAs("kind");
            group = r.getAs("level_group");
            String period = r.getAs("period");
            String code = r.getAs("indicator_code");
            double sd = r.isNullAt(r.fieldIndex("sd")) ? 0.0 : r.<Double>getAs("sd");
            byYear.computeIfAbsent(r.<Integer>getAs("year"), y -> new ArrayList<>()).add(new Attribution.Term(
                    part(period).isEmpty() ? code : code + "@" + part(period), r.getAs("pillar"),
                    r.<Double>getAs("value"), new Attribution.Group(r.<Double>getAs("mn"), r.<Double>getAs("mx"),
                    r.<Double>getAs("mean"), sd), "lower".equals(r.getAs("direction")), "percent".equals(r.getAs("unit_kind"))));
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Attribution.Term>> after : byYear.entrySet()) {
            List<Attribution.Term> before = byYear.get(after.getKey() - 1);
            if (before == null) {
                continue; // the change from the year before, as rank_change: none without it
            }
            double change = Attribution.composite(after.getValue(), weights, method)
                    - Attribution.composite(before, weights, method);
            for (Attribution.Part p : Attribution.of(before, after.getValue(), weights, method)) {
                out.add(RowFactory.create(id, name, group, kind, after.getKey(), after.getKey() - 1, p.indicator(),
                        p.pillar(), p.effect(), round(p.contribution()), round(change), method.code()));
            }
        }
        return out.iterator();
    }

    /** The part of the year a period names ("2025 H2" -> "H2"); empty for the whole year ("2025"). */
    static String part(String period) {
        return period == null ? "" : period.replaceFirst("^\\d{4}\\s*", "").strip();
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
