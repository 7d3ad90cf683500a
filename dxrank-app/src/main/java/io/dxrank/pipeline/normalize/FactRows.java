package io.dxrank.pipeline.normalize;

import io.dxrank.normalize.Fact;
import io.dxrank.normalize.FactFlags;
import io.dxrank.core.Table;

import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark schemas of the contract tables built from pure records: facts, plans and quality. */
public final class FactRows {

    private static final Set<String> INTS = Set.of("year", "source_line", "plan_year", "results_year", "line",
            "statements", "population_year");
    private static final Set<String> DOUBLES = Set.of("value", "value_high", "denominator", "value_per_1000",
            "confidence");
    private static final Set<String> LONGS = Set.of("bytes");

    public static final StructType FACTS = schema(Table.FACTS);
    public static final StructType PLANS = schema(Table.PLANS);
    public static final StructType QUALITY = schema(Table.QUALITY);

    private FactRows() {
    }

    /** Columns in contract order; numeric columns typed, the rest strings. */
    public static StructType schema(Table table) {
        StructType s = new StructType();
        for (String c : table.columns()) {
            DataType t = INTS.contains(c) ? DataTypes.IntegerType
                    : DOUBLES.contains(c) ? DataTypes.DoubleType
                    : LONGS.contains(c) ? DataTypes.LongType : DataTypes.StringType;
            s = s.add(c, t);
        }
        return s;
    }

    public static Row toRow(Fact f) {
        return RowFactory.create(f.planId(), f.localityId(), f.localityName(), f.level(), f.province(),
                f.indicatorCode(), f.indicatorName(), f.pillar(), f.kind(), f.year(), f.period(), f.value(),
                f.valueHigh(), f.unit(), f.comparator(), f.sourceFile(), f.sourceLine(), f.quote(), f.subject(),
                f.section(), f.valueText(), f.denominator(), f.source(), f.asOf(), f.valuePer1000(), f.status(),
                FactFlags.of(f), f.confidence(), f.populationYear());
    }
}
