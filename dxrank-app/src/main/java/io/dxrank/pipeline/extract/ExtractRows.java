package io.dxrank.pipeline.extract;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import io.dxrank.extract.Candidates;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.core.Finding;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of the extract stage's output (one row per input file, statements and findings nested)
 * and the conversions between it and {@link ExtractionResult}. Kept in one place so the Parquet written by
 * {@code dxrank extract} is exactly what {@code dxrank normalize} reads.
 */
public final class ExtractRows {

    static final StructType FINDING = new StructType()
            .add("plan_id", DataTypes.StringType).add("source_file", DataTypes.StringType)
            .add("line", DataTypes.IntegerType).add("severity", DataTypes.StringType)
            .add("code", DataTypes.StringType).add("detail", DataTypes.StringType);

    static final StructType STATEMENT = new StructType()
            .add("line", DataTypes.IntegerType).add("sentence", DataTypes.StringType)
            .add("quote", DataTypes.StringType).add("section", DataTypes.StringType)
            .add("pillar", DataTypes.StringType).add("kind", DataTypes.StringType)
            .add("subject", DataTypes.StringType).add("value_text", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("value_high", DataTypes.DoubleType)
            .add("denominator", DataTypes.DoubleType).add("unit", DataTypes.StringType)
            .add("comparator", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("source", DataTypes.StringType).add("row_locality", DataTypes.StringType)
            .add("row_level", DataTypes.StringType).add("row_province", DataTypes.StringType);

    /** The nested number scan: read by the candidates table only. */
    public static final String CANDIDATES = "candidates";

    static final StructType CANDIDATE = new StructType()
            .add("line", DataTypes.IntegerType).add("column", DataTypes.IntegerType)
            .add("text", DataTypes.StringType).add("fate", DataTypes.StringType)
            .add("reason", DataTypes.StringType);

    public static final StructType SCHEMA = new StructType()
            .add("plan_id", DataTypes.StringType).add("source_file", DataTypes.StringType)
            .add("sha256", DataTypes.StringType).add("format", DataTypes.StringType)
            .add("bytes", DataTypes.LongType).add("status", DataTypes.StringType)
            .add("reason", DataTypes.StringType).add("locality_name", DataTypes.StringType)
            .add("level", DataTypes.StringType).add("parent", DataTypes.StringType)
            .add("province", DataTypes.StringType).add("plan_year", DataTypes.IntegerType)
            .add("period", DataTypes.StringType).add("results_year", DataTypes.IntegerType)
            .add("issue_date", DataTypes.StringType)
            .add("statements", DataTypes.createArrayType(STATEMENT))
            .add("findings", DataTypes.createArrayType(FINDING))
            .add("doc_type", DataTypes.StringType)
            .add(CANDIDATES, DataTypes.createArrayType(CANDIDATE));

    private ExtractRows() {
    }

    public static Row toRow(ExtractionResult r) {
        PlanMetadata m = r.metadata();
        List<Row> statements = new ArrayList<>();
        for (Statement s : r.statements()) {
            Statement.RowLocality l = s.rowLocality();
            statements.add(RowFactory.create(s.line(), s.sentence(), s.quote(), s.sectionPath(), s.pillar(), s.kind(),
                    s.subject(), s.valueText(), s.value(), s.valueHigh(), s.denominator(), s.unit(), s.comparator(),
                    s.year(), s.source(), l == null ? null : l.name(), l == null ? null : l.level(),
                    l == null ? null : l.province()));
        }
        List<Row> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(findingRow(f));
        }
        return RowFactory.create(r.planId(), r.sourceFile(), r.sha256(), r.format(), r.bytes(), r.status(),
                r.reason(), m == null ? null : m.localityName(), m == null ? null : m.level(),
                m == null ? null : m.parent(), m == null ? null : m.province(), m == null ? null : m.planYear(),
                m == null ? null : m.period(), m == null ? null : m.resultsYear(), m == null ? null : m.issueDate(),
                seq(statements), seq(findings), m == null ? null : m.docType(), seq(candidateRows(r)));
    }

    private static List<Row> candidateRows(ExtractionResult r) {
        List<Row> rows = new ArrayList<>(r.candidates().size());
        for (Candidates.Candidate c : r.candidates()) {
            rows.add(RowFactory.create(c.line(), c.column(), c.text(), c.fate(), c.reason()));
        }
        return rows;
    }

    /** Spark's external type for arrays is a Scala Seq. */
    public static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }

    public static Row findingRow(Finding f) {
        return RowFactory.create(f.planId(), f.sourceFile(), f.line(), f.severity().name(), f.code(), f.detail());
    }

    public static Finding finding(Row f) {
        return new Finding(f.getString(0), f.getString(1), f.getInt(2), Finding.Severity.valueOf(f.getString(3)),
                f.getString(4), f.getString(5));
    }

    public static ExtractionResult fromRow(Row row) {
        // a read document always has metadata, even when it names neither locality nor year
        PlanMetadata meta = row.isNullAt(7) && row.isNullAt(11) && !ExtractionResult.OK.equals(row.getString(5)) ? null
                : new PlanMetadata(row.getString(7),
                row.getString(8), row.getString(9), row.getString(10), integer(row, 11), row.getString(12),
                integer(row, 13), row.getString(14), row.length() > 17 ? row.getString(17) : null);
        List<Statement> statements = new ArrayList<>();
        for (Row s : row.<Row>getList(15)) {
            statements.add(new Statement(s.getInt(0), s.getString(1), s.getString(2), s.getString(3), s.getString(4),
                    s.getString(5), s.getString(6), s.getString(7), s.getDouble(8), dbl(s, 9), dbl(s, 10),
                    s.getString(11), s.getString(12), integer(s, 13), s.getString(14),
                    s.isNullAt(15) ? null : new Statement.RowLocality(s.getString(15), s.getString(16), s.getString(17))));
        }
        List<Finding> findings = new ArrayList<>();
        for (Row f : row.<Row>getList(16)) {
            findings.add(finding(f));
        }
        // the number scan (column 18) is for readers of out/parquet/candidates; normalizing does not need it
        return new ExtractionResult(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                row.getLong(4), row.getString(5), row.getString(6), meta, statements, findings);
    }

    private static Integer integer(Row r, int i) {
        return r.isNullAt(i) ? null : r.getInt(i);
    }

    private static Double dbl(Row r, int i) {
        return r.isNullAt(i) ? null : r.getDouble(i);
    }
}
