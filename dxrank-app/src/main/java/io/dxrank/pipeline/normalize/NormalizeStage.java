package io.dxrank.pipeline.normalize;

import io.dxrank.pipeline.extract.ExtractRows;
import io.dxrank.extract.DocType;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.FactFlags;
import io.dxrank.normalize.FactStatus;
import io.dxrank.core.Finding;
import io.dxrank.core.FindingCap;
import io.dxrank.normalize.Normalizer;
import io.dxrank.extract.PlanMetadata;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Spark stage 2: applies the pure {@link Normalizer} to every extracted plan, then resolves what needs more
 * than one plan: revisions of the same locality and period (the later issue wins, with a finding).
 */
public final class NormalizeStage {

    /** plans.csv, facts.csv and quality.csv as Spark tables, read from one cached pass: close once written. */
    public record Tables(Dataset<Row> plans, Dataset<Row> facts, Dataset<Row> quality, Dataset<Row> normalized,
                         Dataset<Row> used) implements AutoCloseable {

        /** Drops the cached per-plan results and the cached used facts. */
        @Override
        public void close() {
            used.unpersist();
            normalized.unpersist();
        }
    }

    /** {@link ExtractionResult#statementsKey()}: tells one plan in two formats from two revisions of it. */
    private static final String STATEMENTS_KEY = "statements_key";
    private static final StructType PER_PLAN = new StructType()
            .add("plan", FactRows.PLANS)
            .add("facts", DataTypes.createArrayType(FactRows.FACTS))
            .add("findings", DataTypes.createArrayType(FactRows.QUALITY))
            .add(STATEMENTS_KEY, DataTypes.StringType);

    private NormalizeStage() {
    }

    public static Tables run(Dataset<Row> extracted, Normalizer normalizer) {
        return run(extracted, normalizer, "table");
    }

    /** @param precedence table or plan: which source keeps a fact that an indicator table and a plan both state */
    public static Tables run(Dataset<Row> extracted, Normalizer normalizer, String precedence) {
        extracted.sparkSession().sparkContext().setJobDescription("dxrank normalize");
        // the normalizer carries the national gazetteer (14,000 units): shipped once per executor, not per task
        Broadcast<Normalizer> shared = JavaSparkContext.fromSparkContext(extracted.sparkSession().sparkContext())
                .broadcast(normalizer);
        MapFunction<Row, Row> perPlan = row -> normalizeOne(ExtractRows.fromRow(row), shared.value());
        Dataset<Row> normalized = extracted.map(perPlan, Encoders.row(PER_PLAN)).localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> plans = normalized.select("plan.*");
        // every fact keeps its place in its file (source_file, fact_pos): the key that tells used from set aside
        Dataset<Row> all = normalized.select(posexplode(col("facts")).as(new String[] {FACT_POS, "f"}))
                .select(col("f.*"), col(FACT_POS));
        Dataset<Row> facts = all.filter(col("status").equalTo(FactStatus.USED));
        Dataset<Row> findings = normalized.select(explode(col("findings")).as("q")).select("q.*");

        // revisions: two ok plans (or decisions) of one kind, locality and period; the later issue date (then file name)
        // wins. A plan and the report on its year are no revisions of each other (the plan's targets and the report's
        // results are both the year's), and two reports or news items of a year are two documents: only copies go
        WindowSpec samePeriod = Window.partitionBy("locality_id", "plan_year", "period", "doc_type")
                .orderBy(col("issue_date").desc_nulls_last(), col("source_file").desc());
        // indicator table files name many localities (locality_id empty): they are no revisions of anything
        Dataset<Row> ranked = normalized.select(col("plan.*"), col(STATEMENTS_KEY)).filter(col("status").equalTo("ok").and(col("locality_id").isNotNull()))
                .withColumn("revision_rank", row_number().over(samePeriod))
                .withColumn("kept_file", first("source_file").over(samePeriod))
                .withColumn("kept_sha", first("sha256").over(samePeriod))
                .withColumn("kept_key", first(STATEMENTS_KEY).over(samePeriod))
                .withColumn("revisions", count(lit(1)).over(Window.partitionBy("locality_id", "plan_year", "period",
                        "doc_type")));
        // superseded, the table-table losers and the table-plan pairs are each read by the used facts, facts.csv and
        // quality.csv: computed once (a few rows), not re-planned and re-run in each of those queries
        // a byte-identical copy (downloaded twice, saved under two names) is a duplicate of the kept file, and so is
        // the same plan in another format or encoding: other bytes, the same statements
        Column identical = col("sha256").equalTo(col("kept_sha"));
        Column sameStatements = col(STATEMENTS_KEY).equalTo(col("kept_key"));
        Column copy = identical.or(sameStatements);
        // plans and decisions are issued again as revisions; two reports or articles of a year are two documents
        Column revisable = coalesce(col("doc_type"), lit("")).isin(DocType.PLAN, DocType.MULTI_YEAR_PLAN, DocType.DECISION);
        Dataset<Row> superseded = ranked.filter(col("revision_rank").gt(1).and(copy.or(revisable)))
                .select("plan_id", "source_file",
                "locality_name", "plan_year", "period", "sha256", "kept_file", "kept_sha", STATEMENTS_KEY, "kept_key")
                .localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
        Column detail = when(identical, concat(lit("the same document as "), col("kept_file"),
                lit(" (identical content); its facts are counted once, from that file")))
                .when(sameStatements, concat(lit("the same statements as "), col("kept_file"),
                        lit(" (the same document in another format or encoding); its facts are counted once, from that file")))
                .otherwise(concat(lit("superseded by a later revision of the same locality and period ("),
                        col("locality_name"), lit(" "), col("plan_year").cast("string"), lit(" "), col("period"),
                        lit(", kept "), col("kept_file"), lit("); its facts are not used")));
        Dataset<Row> revisionFindings = superseded.select(col("plan_id"), col("source_file"),
                lit(0).as("line"), when(copy, lit(Finding.Severity.INFO.name()))
                        .otherwise(lit(Finding.Severity.WARN.name())).as("severity"),
                when(copy, lit("duplicate_document")).otherwise(lit("superseded_revision")).as("code"),
                detail.as("detail"));
        // by file, not by plan id alone: identical copies share their plan id (a hash of the content)
        Dataset<Row> supersededFiles = superseded.select(col("plan_id").as("s_plan"), col("source_file").as("s_file"));
        Dataset<Row> keptFacts = facts.join(supersededFiles, facts.col("plan_id").equalTo(supersededFiles.col("s_plan"))
                .and(facts.col("source_file").equalTo(supersededFiles.col("s_file"))), "left_anti");
        Dataset<Row>[] tables = tableOverTable(keptFacts);
        Dataset<Row>[] resolved = tableOverPlan(tables[0], precedence);
        // on disk, not in memory: under the default heap its rows (10,000 plans: 215 MB) do not fit beside the
        // per-plan results, and unrolling them there evicted those to disk, to be read back by each write after
        Dataset<Row> used = resolved[0].localCheckpoint(true, StorageLevel.DISK_ONLY());
        return new Tables(plans, everyFact(all, used, supersededFiles), findings.unionByName(revisionFindings)
                .unionByName(tables[1]).unionByName(resolved[1])
                .unionByName(ConsistencyChecks.run(used.drop(FACT_POS), normalizer.catalog(),
                        normalizer.gazetteer().districtOfCommune())), normalized, used);
    }

    private static final String FACT_POS = "fact_pos";

    /**
     * facts.csv keeps every statement read: the used facts, the used-as-read facts set aside here (superseded when
     * their file is a superseded revision or copy, else overridden by an indicator table), and the facts the
     * normalizer already set aside (duplicate, conflict_other, unmapped, held).
     */
    private static Dataset<Row> everyFact(Dataset<Row> all, Dataset<Row> used, Dataset<Row> supersededFiles) {
        Dataset<Row> read = all.filter(col("status").equalTo(FactStatus.USED));
        Dataset<Row> usedKeys = used.select(col("source_file").as("u_file"), col(FACT_POS).as("u_pos"));
        Dataset<Row> setAside = read.join(usedKeys, read.col("source_file").equalTo(usedKeys.col("u_file"))
                .and(read.col(FACT_POS).equalTo(usedKeys.col("u_pos"))), "left_anti");
        Dataset<Row> marked = setAside.join(supersededFiles, setAside.col("plan_id").equalTo(supersededFiles.col("s_plan"))
                        .and(setAside.col("source_file").equalTo(supersededFiles.col("s_file"))), "left")
                .withColumn("status", when(col("s_file").isNotNull(), lit(FactStatus.SUPERSEDED))
                        .otherwise(lit(FactStatus.TABLE_OVERRIDE)))
                .withColumn("flags", when(col("s_file").isNotNull(), concat_ws(";", col("flags"), lit(FactFlags.SUPERSEDED)))
                        .otherwise(col("flags")))
                .drop("s_plan", "s_file");
        return used.unionByName(marked).unionByName(all.filter(col("status").notEqual(FactStatus.USED)))
                .drop(FACT_POS);
    }

    /**
     * A fact (locality, indicator, kind, period) stated by two indicator tables (or twice in one, under two
     * spellings of the locality): the file whose name sorts last keeps it (in one file the first cell), the others
     * leave facts.csv, and quality.csv names both (WARN table_table_conflict when they differ, INFO
     * table_table_agree when they agree). Without this the analysis took one of them by plan id, a hash.
     *
     * @return the facts kept and the findings
     */
    @SuppressWarnings("unchecked")
    static Dataset<Row>[] tableOverTable(Dataset<Row> facts) {
        WindowSpec sameFact = Window.partitionBy("locality_id", "indicator_code", "kind", "period")
                .orderBy(col("source_file").desc(), col("source_line"), col("section"));
        Dataset<Row> ranked = facts.filter(col("source").equalTo("table_file")
                        .and(col("indicator_code").notEqual("unmapped")))
                .withColumn("tt_rank", row_number().over(sameFact))
                .withColumn("w_file", org.apache.spark.sql.functions.first("source_file").over(sameFact))
                .withColumn("w_section", org.apache.spark.sql.functions.first("section").over(sameFact))
                .withColumn("w_value", org.apache.spark.sql.functions.first("value").over(sameFact));
        Dataset<Row> losers = ranked.filter(col("tt_rank").gt(1)).localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> keys = losers.select(col("plan_id").as("l_plan"), col("source_file").as("l_file"),
                col("section").as("l_section"), col("indicator_code").as("l_indicator"), col("kind").as("l_kind"),
                col("period").as("l_period"), col("locality_id").as("l_locality"));
        Column same = facts.col("plan_id").equalTo(keys.col("l_plan"))
                .and(facts.col("source_file").equalTo(keys.col("l_file")))
                .and(facts.col("section").eqNullSafe(keys.col("l_section")))
                .and(facts.col("indicator_code").equalTo(keys.col("l_indicator")))
                .and(facts.col("kind").equalTo(keys.col("l_kind")))
                .and(facts.col("period").equalTo(keys.col("l_period")))
                .and(facts.col("locality_id").equalTo(keys.col("l_locality")));
        Dataset<Row> kept = facts.join(keys, same, "left_anti");
        Column agree = col("value").equalTo(col("w_value"));
        Column detail = concat(col("indicator_code"), lit(" "), col("kind"), lit(" "), col("period"), lit(" of "),
                col("locality_name"), lit(": indicator table "), col("w_file"), lit(" "), col("w_section"),
                lit(" says "), col("w_value").cast("string"), lit(", indicator table "), col("source_file"), lit(" "),
                col("section"), lit(" says "), col("value").cast("string"),
                lit("; kept the first (the file whose name sorts last, in one file the first cell)"));
        Dataset<Row> findings = agreeOrConflict(losers, col("plan_id"), col("source_file"), col("source_line"),
                agree, "table_table", detail);
        return new Dataset[] {kept, findings};
    }

    /**
     * A fact (locality, indicator, kind, period) stated by an indicator table and by a plan: the {@code precedence}
     * source keeps it, the other's fact leaves facts.csv, and quality.csv gets both values and where they stand
     * (WARN table_plan_conflict when they differ, INFO table_plan_agree when they agree).
     *
     * @return the facts kept and the findings
     */
    @SuppressWarnings("unchecked")
    static Dataset<Row>[] tableOverPlan(Dataset<Row> facts, String precedence) {
        facts.createOrReplaceTempView("precedence_facts");
        boolean tableWins = !"plan".equals(precedence);
        Dataset<Row> pairs = facts.sparkSession().sql("""
                SELECT p.plan_id AS p_plan, p.source_file AS p_file, p.source_line AS p_line, p.section AS p_section,
                       p.value AS p_value, p.quote AS p_quote,
                       t.plan_id AS t_plan, t.source_file AS t_file, t.source_line AS t_line, t.section AS t_section,
                       t.value AS t_value,
                       p.indicator_code, p.kind, p.period, p.locality_name
                FROM precedence_facts p JOIN precedence_facts t
                  ON p.locality_id = t.locality_id AND p.indicator_code = t.indicator_code AND p.kind = t.kind
                 AND p.period = t.period
                WHERE t.source = 'table_file' AND p.source <> 'table_file' AND p.indicator_code <> 'unmapped'
                """).localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
        String loser = tableWins ? "p" : "t";
        Dataset<Row> losers = pairs.select(col(loser + "_plan").as("plan_id"), col(loser + "_line").as("source_line"),
                col(loser + "_section").as("section"), col("indicator_code"), col("kind"), col("period"));
        Column same = facts.col("plan_id").equalTo(losers.col("plan_id"))
                .and(facts.col("source_line").equalTo(losers.col("source_line")))
                .and(facts.col("section").eqNullSafe(losers.col("section")))
                .and(facts.col("indicator_code").equalTo(losers.col("indicator_code")))
                .and(facts.col("kind").equalTo(losers.col("kind")))
                .and(facts.col("period").equalTo(losers.col("period")));
        Dataset<Row> kept = facts.join(losers, same, "left_anti");
        Column agree = col("p_value").equalTo(col("t_value"));
        Column detail = concat(col("indicator_code"), lit(" "), col("kind"), lit(" "), col("period"), lit(" of "),
                col("locality_name"), lit(": indicator table "), col("t_file"), lit(" "), col("t_section"),
                lit(" says "), col("t_value").cast("string"), lit(", plan "), col("p_file"), lit(" line "),
                col("p_line").cast("string"), lit(" says "), col("p_value").cast("string"), lit(" (\""),
                col("p_quote"), lit("\"); kept the " + (tableWins ? "table's" : "plan's") + " (precedence "
                        + (tableWins ? "table" : "plan") + ")"));
        Dataset<Row> findings = agreeOrConflict(pairs, col(loser + "_plan"), col(loser + "_file"), col(loser + "_line"),
                agree, "table_plan", detail);
        return new Dataset[] {kept, findings};
    }

    /** Findings on the losing facts: INFO {@code <prefix>_agree} when the values agree, else WARN {@code _conflict}. */
    private static Dataset<Row> agreeOrConflict(Dataset<Row> losers, Column plan, Column file, Column line,
                                                Column agree, String prefix, Column detail) {
        return losers.select(plan.as("plan_id"), file.as("source_file"), line.as("line"),
                org.apache.spark.sql.functions.when(agree, lit(Finding.Severity.INFO.name()))
                        .otherwise(lit(Finding.Severity.WARN.name())).as("severity"),
                org.apache.spark.sql.functions.when(agree, lit(prefix + "_agree"))
                        .otherwise(lit(prefix + "_conflict")).as("code"),
                detail.as("detail"));
    }

    /**
     * The most frequent unmapped phrasings, for analysts extending the catalog: subjects of unmapped facts
     * grouped by their first six words, with an example quote to judge them by.
     */
    public static Dataset<Row> catalogSuggestions(Dataset<Row> facts) {
        facts.createOrReplaceTempView("suggest_facts");
        return facts.sparkSession().sql("""
                WITH u AS (
                  SELECT *, array_join(slice(split(lower(trim(subject)), ' +'), 1, 6), ' ') AS phrase
                  FROM suggest_facts WHERE status = 'unmapped' AND subject IS NOT NULL
                )
                SELECT phrase, unit, COUNT(*) AS occurrences, COUNT(DISTINCT plan_id) AS plans,
                       MIN(source_file) AS example_file,
                       MIN_BY(source_line, source_file) AS example_line, MIN_BY(quote, source_file) AS example_quote
                FROM u GROUP BY phrase, unit
                """);
    }

    static Row normalizeOne(ExtractionResult r, Normalizer normalizer) {
        List<Row> facts = new ArrayList<>();
        List<Finding> all = new ArrayList<>(r.findings());
        String localityId = null;
        PlanMetadata m = r.metadata();
        String name = m == null ? null : m.localityName();
        String province = m == null ? null : m.province();
        if (r.ok()) {
            Normalizer.Result n = Normalizer.isTable(r) ? normalizer.normalizeTable(r) : normalizer.normalize(r);
            localityId = n.localityId();
            name = n.localityName();
            province = n.province();
            for (Fact f : n.facts()) {
                facts.add(FactRows.toRow(f));
            }
            all.addAll(n.findings());
        }
        List<Row> cappedFindings = new ArrayList<>();
        for (Finding f : FindingCap.cap(all)) {
            cappedFindings.add(ExtractRows.findingRow(f));
        }
        Row plan = RowFactory.create(r.planId(), r.sourceFile(), r.sha256(), r.status(), r.reason(), localityId,
                name, m == null ? null : m.localityName(), m == null ? null : m.level(),
                m == null ? null : m.parent(), province, m == null ? null : m.planYear(),
                m == null ? null : m.period(), m == null ? null : m.resultsYear(), m == null ? null : m.issueDate(),
                r.format(), r.bytes(), r.statements().size(), m == null ? null : m.docType());
        return RowFactory.create(plan, ExtractRows.seq(facts), ExtractRows.seq(cappedFindings),
                r.ok() ? r.statementsKey() : null);
    }
}
