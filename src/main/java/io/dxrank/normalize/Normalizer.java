package io.dxrank.normalize;

import io.dxrank.core.Finding;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one plan's statements into facts: indicator, unit, year and period, locality id; collapses duplicates
 * and records conflicts. Pure and serializable so the Spark stage can ship it to executors.
 */
public final class Normalizer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Catalog catalog;
    private final IndicatorMatcher matcher;
    private final Gazetteer gazetteer;

    public Normalizer(Catalog catalog, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.matcher = new IndicatorMatcher(catalog);
        this.gazetteer = gazetteer;
    }

    /** The facts of one plan and the findings made while normalizing it. */
    public record Result(String localityId, List<Fact> facts, List<Finding> findings) {
    }

    public Result normalize(ExtractionResult plan) {
        List<Finding> findings = new ArrayList<>();
        PlanMetadata meta = plan.metadata();
        String localityId = localityId(plan, findings);
        Map<String, Fact> kept = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (Statement s : plan.statements()) {
            Fact fact = toFact(plan, meta, localityId, s);
            if (Indicator.UNMAPPED.equals(fact.indicatorCode())) {
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "unmapped_statement",
                        "no catalog indicator for \"" + s.subject() + "\" (" + s.valueText() + ")"));
                facts.add(fact);
                continue;
            }
            String key = fact.indicatorCode() + "|" + fact.kind() + "|" + fact.period();
            Fact previous = kept.get(key);
            if (previous == null) {
                kept.put(key, fact);
                facts.add(fact);
            } else if (previous.value() == fact.value()) {
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "duplicate_collapsed",
                        fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + " = " + fact.value()
                                + " stated again (first at line " + previous.sourceLine() + ")"));
            } else {
                Fact winner = prefer(previous, fact);
                Fact loser = winner == previous ? fact : previous;
                if (winner != previous) {
                    facts.set(facts.indexOf(previous), winner);
                    kept.put(key, winner);
                }
                findings.add(Finding.warn(plan.planId(), plan.sourceFile(), s.line(), "conflicting_values",
                        fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + ": kept " + winner.value()
                                + " (line " + winner.sourceLine() + ", \"" + winner.quote() + "\") over "
                                + loser.value() + " (line " + loser.sourceLine() + ", \"" + loser.quote() + "\")"));
            }
        }
        return new Result(localityId, facts, findings);
    }

    /** Appendix tables beat prose for targets; otherwise the first statement stands. */
    static Fact prefer(Fact first, Fact second) {
        if ("table".equals(second.source()) && !"table".equals(first.source())) {
            return second;
        }
        return first;
    }

    private String localityId(ExtractionResult plan, List<Finding> findings) {
        PlanMetadata meta = plan.metadata();
        Locality known = meta.localityName() == null ? null
                : gazetteer.find(meta.localityName(), meta.level(), meta.province());
        if (known != null) {
            return known.id();
        }
        String id = Gazetteer.derivedId(meta.province(), meta.parent(), meta.level(), meta.localityName());
        findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "unknown_locality",
                "locality '" + meta.localityName() + "' (" + meta.level() + ", " + meta.province()
                        + ") not in the gazetteer; derived id " + id));
        return id;
    }

    private Fact toFact(ExtractionResult plan, PlanMetadata meta, String localityId, Statement s) {
        boolean fraction = s.denominator() != null;
        boolean percent = Statement.PERCENT.equals(s.unit()) || fraction;
        // a count's unit words ("01 nhóm Zalo", "10 tin, bài") often name the indicator themselves
        String subject = percent ? s.subject() : s.subject() + " " + s.unit();
        IndicatorMatcher.Match match = matcher.match(subject, percent);
        if (match == null && fraction) {
            match = matcher.match(s.subject() + " " + s.unit(), false);
        }
        Indicator indicator = match == null ? null : match.indicator();
        double value = s.value();
        String unit = s.unit();
        if (fraction && (indicator == null || indicator.percent())) {
            value = 100.0 * s.value() / s.denominator();
            unit = Statement.PERCENT;
        } else if (indicator != null) {
            unit = indicator.unit();
        }
        int year = year(meta, s);
        String period = Statement.TARGET.equals(s.kind()) && meta.planYear() != null && year == meta.planYear()
                ? meta.periodLabel(year) : Integer.toString(year);
        return new Fact(plan.planId(), localityId, meta.localityName(), meta.level(), meta.province(),
                indicator == null ? Indicator.UNMAPPED : indicator.code(),
                indicator == null ? "" : indicator.nameVi(), indicator == null ? nz(s.pillar()) : indicator.pillar(),
                s.kind(), year, period, value, s.valueHigh(), unit, s.comparator(), plan.sourceFile(), s.line(),
                s.quote(), s.subject(), s.sectionPath(), s.valueText(), s.denominator(), s.source());
    }

    /** Results take the results year, targets the plan year; a horizon named in the text wins. */
    static int year(PlanMetadata meta, Statement s) {
        if (s.year() != null) {
            return s.year();
        }
        Integer plan = meta.planYear();
        if (Statement.ACTUAL.equals(s.kind())) {
            if (meta.resultsYear() != null) {
                return meta.resultsYear();
            }
            return plan == null ? 0 : plan - 1;
        }
        return plan == null ? 0 : plan;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Catalog catalog() {
        return catalog;
    }
}
