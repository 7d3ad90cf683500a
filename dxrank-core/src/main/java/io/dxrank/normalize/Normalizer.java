package io.dxrank.normalize;

import io.dxrank.core.VnText;
import io.dxrank.tables.TableReader;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.dxrank.extract.Doubts;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.HeaderParser;
import io.dxrank.core.Finding;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.QuantityScanner;
import io.dxrank.extract.Statement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * The facts of one plan and the findings made while normalizing it.
     *
     * @param localityName the gazetteer's spelling when it knows the locality, else as the plan writes it
     * @param province     likewise
     */
    public record Result(String localityId, String localityName, String province, List<Fact> facts,
                         List<Finding> findings) {
    }

    public Result normalize(ExtractionResult plan) {
        List<Finding> findings = new ArrayList<>();
        PlanMetadata meta = plan.metadata() != null ? plan.metadata()
                : new PlanMetadata(null, null, null, null, null, PlanMetadata.FULL_YEAR, null, null);
        if (meta.localityName() == null) {
            // a figure without its locality cannot be ranked: the document is read and listed, its figures held
            findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "facts_held", plan.statements().size()
                    + " statement(s) read but not ranked: the document names no locality (add it to the title or"
                    + " to data/reference/localities.csv); facts.csv lists them as held"));
            List<Fact> held = new ArrayList<>();
            for (Statement s : plan.statements()) {
                held.add(toFact(plan, meta, null, null, meta.province(), s, 0, false, null).withStatus(FactStatus.HELD));
            }
            return new Result(null, null, meta.province(), held, findings);
        }
        DocumentLocalities.DocumentLocality resolved = DocumentLocalities.resolveLocality(gazetteer, meta);
        Gazetteer.Resolution resolution = resolved.resolution();
        Locality locality = resolution.match();
        if (resolved.atYearEnd()) {
            findings.add(Finding.info(plan.planId(), plan.sourceFile(), 0, "locality_at_year_end", "'"
                    + meta.localityName() + "' names a unit before the reform and one after it, and the text gives no date:"
                    + " taken as " + locality.id() + ", the unit at the end of 2025, where its figures are filed"));
        }
        String localityId = DocumentLocalities.localityId(gazetteer, plan, resolution, findings);
        // one spelling per locality across plans ("Thanh Hoá" and "Thanh Hóa" are one province)
        String name = locality == null ? meta.localityName() : locality.name();
        String province = resolution.province(meta.province());
        Map<String, Fact> kept = new LinkedHashMap<>();
        Map<String, Integer> lastPartLine = new HashMap<>(); // a breakdown's list goes on line by line
        List<Fact> facts = new ArrayList<>();
        Map<String, Integer> figuresPerSentence = new HashMap<>();
        for (Statement s : plan.statements()) {
            figuresPerSentence.merge(s.sentence(), 1, Integer::sum);
        }
        Map<String, Indicator> lastInSentence = new HashMap<>();
        boolean yearUncertain = plan.findings().stream().anyMatch(f -> HeaderParser.PLAN_YEAR_UNCERTAIN.equals(f.code()));
        int heldForYear = 0;
        // "xếp thứ 17/63 về chính quyền số, xếp thứ 17/63 về kinh tế số": which of a sentence's equal figures this is
        Map<String, Integer> sameFigureBefore = new HashMap<>();
        ReformFiling.Formed formed = ReformFiling.formedAtTheReform(locality, gazetteer);
        for (Statement s : plan.statements()) {
            int nth = sameFigureBefore.merge(s.sentence() + "|" + s.valueText(), 1, Integer::sum) - 1;
            Finding denominator = DenominatorCheck.of(s, locality, gazetteer, DocumentLocalities.documentDate(meta), plan.planId(),
                    plan.sourceFile());
            if (denominator != null) {
                findings.add(denominator);
            }
            Fact fact = annualized(toFact(plan, meta, localityId, name, province, s, nth,
                    figuresPerSentence.getOrDefault(s.sentence(), 0) == 1, lastInSentence.get(s.sentence())), plan,
                    findings);
            if (yearUncertain && s.year() == null || fact.year() == 0) {
                // its year would be the document's, which rests on nothing (or there is none): listed, not ranked
                facts.add(fact.withStatus(FactStatus.HELD));
                heldForYear++;
                continue;
            }
            Indicator matched = catalog.get(fact.indicatorCode());
            if (matched != null && s.sentence() != null) {
                lastInSentence.put(s.sentence(), matched);
            }
            fact = per1000(fact, catalog.get(fact.indicatorCode()), locality);
            if (Indicator.UNMAPPED.equals(fact.indicatorCode())) {
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "unmapped_statement",
                        cell(s) + "no catalog indicator for \"" + s.subject() + "\" (" + s.valueText() + ")"));
                facts.add(fact);
                continue;
            }
            String whole = ClauseLevels.wholeOfAHigherLevel(fact, meta.level());
            if (whole != null) {
                // "Toàn tỉnh hiện có 1.250 tổ công nghệ số cộng đồng" in a commune's news: the province's count
                facts.add(fact.withStatus(FactStatus.OTHER_LEVEL));
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "other_level", fact.indicatorCode()
                        + " " + fact.kind() + " " + fact.period() + ": " + fact.value() + " (\"" + fact.valueText()
                        + "\") is the whole " + whole + "'s, not the document's own"));
                continue;
            }
            Locality predecessor = ReformFiling.predecessorOf(fact, formed);
            if (predecessor != null) {
                // "năm 2024, xã Tân Lập (cũ) đạt 41%": an old unit's figure, no second value of the new unit's
                fact = fact.filedUnder(predecessor, ReformFiling.PREDECESSOR + ":" + fact.localityId());
            }
            // an old unit keeps its code in the new era's gazetteer when a namesake was formed from it: the era tells them apart
            String key = (predecessor == null ? "" : "before:" + predecessor.id() + "|") + fact.indicatorCode() + "|"
                    + fact.kind() + "|" + fact.period();
            Fact previous = kept.get(key);
            if (previous == null) {
                kept.put(key, fact);
                facts.add(fact);
            } else if (previous.value() == fact.value() || SameFigure.sameShare(previous, fact)) {
                facts.add(fact.withStatus(FactStatus.DUPLICATE));
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "duplicate_collapsed",
                        fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + " = " + fact.value()
                                + " stated again (first at " + (Statement.TABLE_FILE.equals(previous.source())
                                ? previous.section() : "line " + previous.sourceLine()) + ")"));
            } else if (SameFigure.partOfTheFigureBefore(previous, fact, s) || SameFigure.continuesABreakdown(lastPartLine.get(key), previous, fact)) {
                lastPartLine.put(key, fact.sourceLine());
                facts.add(fact.withStatus(FactStatus.PART));
                findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "part_of_figure",
                        fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + ": " + fact.value() + " (\""
                                + fact.valueText() + "\") is a part of " + previous.value() + " (\"" + previous.valueText()
                                + "\") stated before it; the whole is used"));
            } else {
                Fact winner = prefer(previous, fact, meta.level());
                Fact loser = winner == previous ? fact : previous;
                if (winner != previous) {
                    facts.set(facts.indexOf(previous), winner);
                    kept.put(key, winner);
                }
                String loserLevel = ClauseLevels.levelOfClause(loser);
                if (loserLevel != null && !loserLevel.equals(ClauseLevels.groupOf(meta.level()))) {
                    // "01 nhóm Zalo toàn huyện, 20 ... cấp xã, 89 ... cấp thôn": the others count other levels' groups
                    facts.add(loser.withStatus(FactStatus.OTHER_LEVEL));
                    findings.add(Finding.info(plan.planId(), plan.sourceFile(), s.line(), "other_level",
                            fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + ": " + loser.value()
                                    + " (\"" + loser.valueText() + "\") counts at " + loserLevel + " level; the "
                                    + "document's own figure is " + winner.value()));
                    continue;
                }
                facts.add(loser.withStatus(FactStatus.CONFLICT_OTHER));
                findings.add(Finding.warn(plan.planId(), plan.sourceFile(), s.line(), "conflicting_values",
                        fact.indicatorCode() + " " + fact.kind() + " " + fact.period() + ": kept " + winner.value()
                                + " (line " + winner.sourceLine() + ", \"" + winner.quote() + "\") over "
                                + loser.value() + " (line " + loser.sourceLine() + ", \"" + loser.quote() + "\")"));
            }
        }
        if (heldForYear > 0) {
            findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "facts_held", heldForYear
                    + " statement(s) read but not ranked: neither they nor the document name a year that can be trusted"
                    + " (add the year to its title);"
                    + " facts.csv lists them as held"));
        }
        ReformFiling.Result filed = ReformFiling.file(facts, locality, gazetteer, plan.planId(), plan.sourceFile());
        findings.addAll(filed.findings());
        return new Result(localityId, name, province, filed.facts(), findings);
    }

    /**
     * An indicator table file: its rows grouped by the locality they name, each group normalized as a plan of that
     * locality would be (same matcher, gazetteer, units, years, duplicate rules).
     */
    public Result normalizeTable(ExtractionResult table) {
        Map<Statement.RowLocality, List<Statement>> byLocality = new LinkedHashMap<>();
        for (Statement s : table.statements()) {
            byLocality.computeIfAbsent(s.rowLocality(), k -> new ArrayList<>()).add(s);
        }
        List<Fact> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // a text document whose rows name other units (a district's report with its communes' table, a news item's
        // ranking of provinces) is still its own locality's document: plans.csv keeps that locality
        boolean ownDocument = !TableReader.isTable(table.format()) && table.metadata() != null
                && table.metadata().localityName() != null;
        if (ownDocument && !byLocality.containsKey(null)) {
            byLocality.put(null, List.of());
        }
        Map<Statement.RowLocality, Result> resolved = new LinkedHashMap<>();
        for (Map.Entry<Statement.RowLocality, List<Statement>> group : byLocality.entrySet()) {
            resolved.put(group.getKey(), normalizeRows(table, group.getKey(), group.getValue(), null));
        }
        withinTheProvinceOfTheOtherRows(table, byLocality, resolved);
        Result own = null;
        for (Map.Entry<Statement.RowLocality, List<Statement>> group : byLocality.entrySet()) {
            Statement.RowLocality l = group.getKey();
            Result r = resolved.get(l);
            if (l == null) {
                own = r;
            }
            if (group.getValue().isEmpty()) {
                continue; // the document's own locality read for plans.csv: no facts, its findings are the plan's
            }
            facts.addAll(r.facts());
            Statement first = group.getValue().get(0);
            for (Finding f : r.findings()) {
                // a table's locality stands in a row: the finding names the sheet and the row's first figure cell
                findings.add(f.line() == 0 && f.code().equals("unknown_locality") ? new Finding(f.planId(),
                        f.sourceFile(), first.line(), f.severity(), f.code(), cell(first) + f.detail()) : f);
            }
        }
        if (ownDocument && own != null) {
            if (byLocality.get(null).isEmpty()) {
                findings.addAll(own.findings());
            }
            return new Result(own.localityId(), own.localityName(), own.province(), facts, findings);
        }
        return new Result(null, null, null, facts, findings);
    }

    /** The rows of one locality of a table, read as a document of that locality ({@code province}: the row's, else this). */
    private Result normalizeRows(ExtractionResult table, Statement.RowLocality l, List<Statement> rows, String province) {
        // a document's own statements beside its ranking rows (a text ranking) keep the document's locality
        PlanMetadata meta = l == null && table.metadata() != null ? table.metadata()
                : new PlanMetadata(l == null ? null : l.name(), l == null ? null : l.level(), null,
                l == null || l.province() == null ? province : l.province(), null, PlanMetadata.FULL_YEAR, null,
                DocumentLocalities.rowsDate(rows, table.metadata()));
        return normalize(new ExtractionResult(table.planId(), table.sourceFile(), table.sha256(),
                table.format(), table.bytes(), ExtractionResult.OK, "", meta, rows, List.of()));
    }

    private static final String AMBIGUOUS = "ambiguous_locality";

    /**
     * A table of one province's communes names its rows without their province ("Phường Hoa Lư", "Xã Gia Viễn"): a row
     * whose name several provinces have is the one in the province every row resolved without doubt lies in, when at
     * least two rows did and all in one province; an INFO finding says so. Rows of several provinces decide nothing.
     */
    private void withinTheProvinceOfTheOtherRows(ExtractionResult table, Map<Statement.RowLocality, List<Statement>> byLocality,
                                                 Map<Statement.RowLocality, Result> resolved) {
        Set<String> provinces = new HashSet<>();
        int sure = 0;
        for (Map.Entry<Statement.RowLocality, Result> e : resolved.entrySet()) {
            Result r = e.getValue();
            if (e.getKey() != null && !byLocality.get(e.getKey()).isEmpty() && r.province() != null
                    && r.findings().stream().noneMatch(f -> AMBIGUOUS.equals(f.code()))) {
                provinces.add(r.province());
                sure++;
            }
        }
        if (sure < 2 || provinces.size() != 1) {
            return;
        }
        String province = provinces.iterator().next();
        for (Map.Entry<Statement.RowLocality, Result> e : resolved.entrySet()) {
            Statement.RowLocality l = e.getKey();
            if (l == null || l.province() != null || e.getValue().findings().stream().noneMatch(f -> AMBIGUOUS.equals(f.code()))) {
                continue;
            }
            Result again = normalizeRows(table, l, byLocality.get(l), province);
            if (again.province() != null && again.findings().stream().noneMatch(f -> AMBIGUOUS.equals(f.code()))) {
                List<Finding> findings = new ArrayList<>(again.findings());
                findings.add(Finding.info(table.planId(), table.sourceFile(), byLocality.get(l).get(0).line(),
                        "locality_in_the_tables_province", cell(byLocality.get(l).get(0)) + "'" + l.name() + "' is the "
                        + again.localityName() + " (" + again.localityId() + ") of " + province
                        + ", the province of the table's other " + sure + " rows; several provinces have a unit so named"));
                e.setValue(new Result(again.localityId(), again.localityName(), again.province(), again.facts(), findings));
            }
        }
    }

    /** "sheet 'Tổng hợp' cell E12: " for a statement of an indicator table file, "" for a plan's. */
    private static String cell(Statement s) {
        if (!Statement.TABLE_FILE.equals(s.source()) || s.sectionPath() == null) {
            return "";
        }
        int bang = s.sectionPath().lastIndexOf('!');
        return "sheet '" + s.sectionPath().substring(0, bang) + "' cell " + s.sectionPath().substring(bang + 1) + ": ";
    }

    /**
     * Whether an extraction is an indicator table file (its statements name their own localities). A table with no
     * figure (a template not filled in, every cell "-" or "đang cập nhật") is one too: it has no plan metadata, and
     * normalizing it as a plan failed the whole run.
     */
    public static boolean isTable(ExtractionResult r) {
        return TableReader.isTable(r.format())
                || r.statements().stream().anyMatch(s -> s.rowLocality() != null);
    }

    private static final Pattern RATE = Pattern.compile(
            "/\\s*(tuần|tháng|quý|ngày)\\s*$");

    /** Rates ("1-2 tin, bài/ tuần") become yearly figures; the conversion is recorded as a finding. */
    static Fact annualized(Fact f, ExtractionResult plan, List<Finding> findings) {
        Matcher m = RATE.matcher(f.valueText() == null ? "" : f.valueText());
        if (!m.find()) {
            return f;
        }
        int factor = switch (m.group(1)) {
            case "tuần" -> 52;
            case "tháng" -> 12;
            case "quý" -> 4;
            default -> 365;
        };
        findings.add(Finding.info(plan.planId(), plan.sourceFile(), f.sourceLine(), "rate_annualized",
                "\"" + f.valueText() + "\" converted to a yearly figure: x" + factor + " per " + m.group(1)));
        return f.withFigures(f.value() * factor, f.valueHigh() == null ? null : f.valueHigh() * factor,
                f.valuePer1000());
    }

    /**
     * Appendix tables beat prose for targets; then the subject that names the plan's own level ("cấp xã" in a
     * commune's plan) beats one that names only another level ("cấp huyện"); otherwise the first statement stands.
     */
    static Fact prefer(Fact first, Fact second, String level) {
        if ("table".equals(second.source()) && !"table".equals(first.source())) {
            return second;
        }
        if ("table".equals(first.source()) && !"table".equals(second.source())) {
            return first;
        }
        if (ClauseLevels.namesOwnLevel(second.subject(), level) && ClauseLevels.namesOtherLevel(first.subject(), level)) {
            return second;
        }
        String own = ClauseLevels.groupOf(level);
        String firstLevel = ClauseLevels.levelOfClause(first);
        if (own != null && own.equals(ClauseLevels.levelOfClause(second)) && firstLevel != null && !own.equals(firstLevel)) {
            return second;
        }
        return first;
    }

    private Fact toFact(ExtractionResult plan, PlanMetadata meta, String localityId, String name, String province,
                        Statement s, int nth, boolean onlyFigureOfSentence, Indicator previousInSentence) {
        // "9/63" of a rank is a place out of 63, not a share: it stays a rank
        // "512,5/1000 điểm" of a score is points out of the most there are, not a share either
        boolean fraction = s.denominator() != null && !QuantityScanner.RANK_UNIT.equals(s.unit())
                && !"diem".equals(VnText.fold(String.valueOf(s.unit())));
        boolean percent = Statement.PERCENT.equals(s.unit()) || fraction;
        // a count's unit words ("01 nhóm Zalo", "10 tin, bài") often name the indicator themselves
        String subject = percent ? s.subject() : s.subject() + " " + s.unit();
        boolean places = countsPlaces(s.unit());
        // "Chính quyền số đạt 0,6674, xếp thứ 30/63", "xếp thứ 18/63 về kinh tế số": a DTI pillar's place or score
        String pillarCode = AssessmentPillars.code(s, nth);
        Indicator pillar = pillarCode == null ? null : catalog.get(pillarCode);
        String leading = percent && !fraction ? FilingClues.shareNamedBefore(s) : null;
        // a table row whose name wraps onto the next line ("Tỷ lệ hồ sơ thủ tục hành chính được / tiếp nhận, giải quyết
        // trực tuyến"): its line holds the name's first words only, the row's subject the whole name
        leading = leading != null && "table".equals(s.source()) && FilingClues.firstWordsOf(leading, s.subject()) ? null : leading;
        IndicatorMatcher.Match match = pillar != null ? new IndicatorMatcher.Match(pillar, 1.0) : null;
        if (match == null && percent && !fraction && FilingClues.bracketedAfterItsCount(s)) {
            // "trong đó trực tuyến 20.120 hồ sơ (79,1%), giải quyết đúng hạn 99,2%": alone in its bracket after a count, a
            // share is the count's; the words after the bracket name the next figure
            match = firstShareNamed(FilingClues.namingTheCountBefore(s), places);
        }
        if (match == null && leading != null) {
            // "tỷ lệ người dân có CCCD đạt 99,51%, tỷ lệ tài khoản VNeID đã kích hoạt đạt 72,5%": a share named before
            // its figure is that share; the words after it, past its clause, name the next one
            match = matcher.match(leading, true, false, places);
            if (match == null && FilingClues.namesItsConcept(leading)) {
                match = matcher.match(leading + " " + FilingClues.clauseAfter(s), true, false, places);
                subject = null; // named, and no catalog share: the next figure's words lend it none
            }
        }
        if (match == null && pillar == null && subject != null) {
            match = matcher.match(subject, percent, false, places);
        }
        if (match == null && fraction) {
            // "01 người / 01 máy" names its concept in the unit; "20/20 xã" may be a count of communes
            match = matcher.match(s.subject() + " " + s.unit(), true);
            if (match == null) {
                match = matcher.match(s.subject() + " " + s.unit(), false, false, places);
            }
        }
        if (match == null && onlyFigureOfSentence && s.sentence() != null) {
            // a long sentence may name its concept beyond the subject window; with one figure it is unambiguous
            match = matcher.match(percent ? s.sentence() : s.sentence() + " " + s.unit(), percent, true, places);
        }
        if (match == null && s.sentence() != null && (QuantityScanner.RANK_UNIT.equals(s.unit())
                || QuantityScanner.INDEX_UNIT.equals(s.unit()) || "diem".equals(VnText.fold(String.valueOf(s.unit()))))) {
            // "dẫn đầu bảng xếp hạng Chỉ số Chuyển đổi số (DTI) cấp tỉnh năm 2024, với 0,8241 điểm, xếp thứ nhất trên 34
            // tỉnh": a place or an index score names its ranking anywhere in its sentence, and fits only a rank or a score
            IndicatorMatcher.Match ranking = matcher.match(s.sentence() + " " + s.unit(), false, true, places);
            match = ranking != null && unitFits(ranking.indicator(), s) ? ranking : null;
        }
        if (match == null && previousInSentence == null && s.sentence() != null && s.valueText() != null
                && continuesPreviousFigure(s.subject())) {
            // "Tỷ lệ hộ có cáp quang: năm 2022 đã đạt 75%": the label before the colon names the concept
            int at = s.sentence().indexOf(s.valueText());
            if (at > 0) {
                String label = s.sentence().substring(0, at);
                match = matcher.match(percent ? label : label + " " + s.unit(), percent, false, places);
            }
        }
        Indicator indicator = match == null ? null : match.indicator();
        if (indicator == null && percent && !fraction && continuesPreviousFigure(s.subject())) {
            // "năm 2026 đạt 60%, năm 2027 đạt 70%, năm 2028 đạt 80% người dân trưởng thành có chữ ký số cá nhân": a share
            // of a series whose own words name nothing is of what the words after the series' last share name
            String named = FilingClues.namedAfterTheSeries(s);
            IndicatorMatcher.Match series = named == null ? null : matcher.match(named, true, false, places);
            indicator = series == null ? null : series.indicator();
        }
        if (indicator == null && previousInSentence != null && previousInSentence.percent() == percent
                && continuesPreviousFigure(s.subject())) {
            // "Tỷ lệ ... năm 2022 đạt 60%, phấn đấu năm 2023 đạt 80%": the second figure names no concept
            indicator = previousInSentence;
        }
        if (indicator == null && percent && !fraction && previousInSentence != null && !previousInSentence.percent()) {
            // "trong đó có 1.485 hồ sơ tiếp nhận trực tuyến (chiếm 98,87%)", "Số tài khoản định danh điện tử được kích
            // hoạt: 21.356 tài khoản, đạt 91,3% dân số từ 14 tuổi trở lên": the share of what the count before it counted
            IndicatorMatcher.Match share = firstShareNamed(FilingClues.namingTheCountBefore(s), places);
            indicator = share == null ? null : share.indicator();
        }
        if (indicator != null && !indicator.percent() && places != IndicatorMatcher.PLACES.equals(indicator.unit())) {
            // "hướng dẫn 20 xã, thị trấn thành lập tổ công nghệ số": a count of communes or villages is no count of
            // the teams, groups or posts the sentence goes on to name (nor, inherited from the figure before, the
            // other way round); it maps only to a catalog count of places
            indicator = null;
        }
        if (indicator != null && !unitFits(indicator, s)) {
            // "thu nhận 3.175 tài khoản định danh ...; mở 04 lớp tập huấn kỹ năng số": the sentence's first concept
            // is not this count's; its own clause may name the right one
            String clause = ownClause(s);
            IndicatorMatcher.Match again = clause == null ? null : matcher.match(clause, percent, false, places);
            indicator = again != null && unitFits(again.indicator(), s)
                    && places == IndicatorMatcher.PLACES.equals(again.indicator().unit()) ? again.indicator() : null;
        }
        if (indicator == null && !percent && s.sentence() != null && FilingClues.countsMembers(s)) {
            // "thành lập 1.500 tổ công nghệ số hỗ trợ cộng đồng với 12.000 thành viên": members are counted after the
            // group they belong to is named, in the words before them (a count of people fits only a count of people);
            // "mỗi tổ gồm 06 thành viên", "chia thành từng nhóm từ 3 - 5 người" give a group's size, no total
            String clause = ownClause(s);
            String upTo = clause != null && FilingClues.sizeOfEachGroup(clause) ? null : FilingClues.sentenceUpTo(s);
            IndicatorMatcher.Match members = upTo == null ? null
                    : matcher.matchAmong(upTo + " " + s.unit(), false, places, i -> unitFits(i, s));
            indicator = members == null ? null : members.indicator();
        }
        if (indicator != null && !percent && indicator.counts() && FilingClues.countOfEachUnit(clauseBefore(s))) {
            // "Bình quân mỗi xã, phường có 12 thành viên tổ công nghệ số cộng đồng": each unit's count, no total
            indicator = null;
        }
        if (indicator != null && QuantityScanner.RANK_UNIT.equals(indicator.unit()) && s.sentence() != null
                && FilingClues.rankedByAnotherIndex(s)) {
            // "Chỉ số DTI xếp thứ 9/63; chỉ số ... (ICT Index) xếp thứ 5": a place in another index is no place in the
            // assessment of digital transformation
            indicator = null;
        }
        boolean growthIndicator = indicator != null && indicator.code().endsWith(GROWTH);
        boolean change = isChange(s);
        if (!change && growthIndicator) {
            indicator = null; // a level is no growth, whatever the words around it
        } else if (change && !growthIndicator && previousInSentence != null && previousInSentence.percent()
                && continuesPreviousFigure(COMPARED_WITH.matcher(String.valueOf(s.subject())).replaceAll(" "))) {
            // "tỷ lệ ... toàn trình đạt 68,5%, tăng 12,3% so với năm 2023": the rise of the share just named, in points,
            // is no growth of a count (the catalog holds no rise of a share)
            indicator = null;
        } else if (change && !growthIndicator) {
            // "số hồ sơ nộp trực tuyến tăng 33% so với cùng kỳ" is the growth of a count, not a level: it maps only to
            // the catalog's growth indicator (code "<indicator>_growth") of what its own clause counts, if there is one
            String clause = ownClause(s);
            IndicatorMatcher.Match of = clause == null ? null : matcher.match(clause, false, false, false);
            Indicator grown = of != null ? of.indicator() : indicator;
            Indicator growth = percent && grown != null ? catalog.get(grown.code() + GROWTH) : null;
            indicator = growth == null && percent && indicator != null ? catalog.get(indicator.code() + GROWTH) : growth;
        }
        double value = s.value();
        String unit = s.unit();
        if (fraction && (indicator == null || indicator.percent())) {
            value = 100.0 * s.value() / s.denominator();
            unit = Statement.PERCENT;
        } else if (indicator != null) {
            unit = indicator.unit();
        }
        int year = year(meta, s);
        List<String> doubts = Doubts.of(s);
        String period = Statement.TARGET.equals(s.kind()) && meta.planYear() != null && year == meta.planYear()
                ? meta.periodLabel(year) : Integer.toString(year);
        return new Fact(plan.planId(), localityId, name, meta.level(), province,
                indicator == null ? Indicator.UNMAPPED : indicator.code(),
                indicator == null ? "" : indicator.nameVi(), indicator == null ? nz(s.pillar()) : indicator.pillar(),
                s.kind(), year, period, value, s.valueHigh(), unit, s.comparator(), plan.sourceFile(), s.line(),
                s.quote(), s.subject(), s.sectionPath(), s.valueText(), s.denominator(), s.source(),
                asOf(s.sentence()), null).withDoubts(String.join(";", doubts), Doubts.confidence(doubts, meta.docType()));
    }

    private static final Pattern PLACE_UNIT = Pattern.compile(
            "(?iu)(xã|phường|thị trấn|thôn|xóm|bản|tổ dân phố|tdp|khối|khu dân cư|cụm dân cư|địa phương|huyện|quận|thị xã)"
                    + "([,\\s].*)?");

    /**
     * A place in a ranking maps only to a catalog rank and a catalog rank only takes places ("15/16 mục tiêu" and
     * "5.240 người tham gia" are no DTI rank); a catalog count of points ("điểm cầu", a score's "điểm") takes only
     * figures counted in points or read as an index score ("2 huyện" is none).
     */
    static boolean unitFits(Indicator indicator, Statement s) {
        boolean rankIndicator = QuantityScanner.RANK_UNIT.equals(indicator.unit());
        if (rankIndicator != QuantityScanner.RANK_UNIT.equals(s.unit())) {
            return false;
        }
        if (!indicator.percent() && s.unit() != null && PEOPLE_UNIT.matcher(VnText.clean(s.unit())).matches()
                && !"people".equals(indicator.unit())
                // "4.215 người dân được kích hoạt tài khoản định danh điện tử": one account each, a count of accounts
                && !("accounts".equals(indicator.unit()) && FilingClues.givenAnAccount(s))) {
            return false; // "1.680 tổ công nghệ cộng đồng, với trên 7.770 thành viên": members are no count of teams
        }
        if (!indicator.percent() && !CountUnits.fits(indicator.unit(), s.unit())) {
            return false; // "2.156 thủ tục hành chính" is no count of e-mail accounts
        }
        if (indicator.counts() && s.value() != Math.rint(s.value())) {
            return false; // "đạt 569,8 điểm", "19,35 điểm": a score with decimals counts no places, things or people
        }
        return !"points".equals(indicator.unit()) || QuantityScanner.INDEX_UNIT.equals(s.unit())
                || VnText.fold(String.valueOf(s.unit())).contains("diem");
    }

    /** A count unit naming people: it maps only to a catalog count of people. */
    private static final Pattern PEOPLE_UNIT = Pattern.compile(
            "(?iu)(thành viên|người|lượt người|cán bộ|công chức|viên chức|học viên|đoàn viên|hội viên|đảng viên|người dân|tình nguyện viên)"
                    + "([,\\s].*)?");

    static final String GROWTH = "_growth";
    /** What a change is measured against: "so với năm 2023", "so với cùng kỳ năm trước". */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?iu)so\\s+với\\s+(?:cùng\\s+kỳ\\s*)?(?:năm\\s+(?:\\d{4}|trước|ngoái))?");
    private static final Pattern RISE_BEFORE = Pattern.compile(
            "(?iu)(?:tăng|giảm)(?:\\s+(?:trưởng|thêm|hơn|gần|khoảng|trên|được))*\\s*$");
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?iu)^\\s*(?:%\\s*)?so\\s+(?:với|cùng\\s+kỳ)");

    /** "tăng 33% so với cùng kỳ", "tăng trưởng 26%", "giảm 5%": a figure of change, not of a level. */
    static boolean isChange(Statement s) {
        if (s.sentence() == null || s.valueText() == null || QuantityScanner.RANK_UNIT.equals(s.unit())
                || QuantityScanner.RANK_MOVE_UNIT.equals(s.unit())) {
            return false;
        }
        int at = s.sentence().indexOf(s.valueText());
        if (at < 0) {
            return false;
        }
        return RISE_BEFORE.matcher(s.sentence().substring(Math.max(0, at - 30), at)).find()
                || COMPARED_AFTER.matcher(s.sentence().substring(at + s.valueText().length())).find();
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[;]|\\.(?:\\s|$)");

    /** The clause of the sentence a count stands in, between semicolons or a colon and a full stop; null if not found. */
    static String ownClause(Statement s) {
        if (s.sentence() == null || s.valueText() == null) {
            return null;
        }
        int at = s.sentence().indexOf(s.valueText());
        if (at < 0) {
            return null;
        }
        int from = Math.max(s.sentence().lastIndexOf(';', at), s.sentence().lastIndexOf(':', at)) + 1;
        Matcher end = CLAUSE_END.matcher(s.sentence());
        int to = end.find(at + s.valueText().length()) ? end.start() : s.sentence().length();
        return s.sentence().substring(from, to);
    }

    /** The share the first of these words that names one names, in their order; null when none does. */
    private IndicatorMatcher.Match firstShareNamed(List<String> words, boolean places) {
        for (String w : words) {
            IndicatorMatcher.Match share = matcher.match(w, true, false, places);
            if (share != null) {
                return share;
            }
        }
        return null;
    }

    /** The words of the figure's clause before it (from a semicolon or colon), or null when the figure is not found. */
    static String clauseBefore(Statement s) {
        int at = s.sentence() == null || s.valueText() == null ? -1 : s.sentence().indexOf(s.valueText());
        if (at < 0) {
            return null;
        }
        return s.sentence().substring(Math.max(s.sentence().lastIndexOf(';', at), s.sentence().lastIndexOf(':', at)) + 1, at);
    }

    /** A count unit naming administrative places ("20 xã, thị trấn", "12 thôn"), not things done or owned. */
    static boolean countsPlaces(String unit) {
        return unit != null && PLACE_UNIT.matcher(VnText.clean(unit)).matches();
    }

    /** Words that frame a figure (time, cue, comparator) but name no concept. */
    private static final Set<String> FRAMING_WORDS = Set.of("nam", "da", "dat", "phan", "dau",
            "den", "het", "tren", "toi", "thieu", "it", "nhat", "uoc", "khoang", "va", "tu", "tro", "len", "hon",
            "con", "la", "muc", "voi", "cung", "ky", "thang", "cuoi", "nay", "hien", "se", "can", "tang", "giam",
            "trong", "o",
            // "đạt 99% (chỉ tiêu giao cả năm là 95%)", "đạt 80%, chưa đạt kế hoạch đề ra 100 %": the plan's figure of the
            // same concept
            "chi", "tieu", "giao", "ca", "ke", "hoach", "de", "ra", "chua", "vuot");

    /** A subject made only of framing words and numbers continues the concept of the figure before it. */
    static boolean continuesPreviousFigure(String subject) {
        if (subject == null) {
            return true;
        }
        for (String word : VnText.fold(subject).split("[^a-z]+")) {
            if (!word.isEmpty() && !FRAMING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern AS_OF = Pattern.compile(
            "(?iu)tính\\s+đến\\s+(?:hết\\s+)?(?:thời\\s+điểm\\s+)?(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * "tính đến ngày 15/12/2023", "Tính đến hết 15/12/2023", "tính đến thời điểm 30/9/2025" as an ISO date, kept
     * beside the year the fact refers to.
     */
    static String asOf(String sentence) {
        Matcher m = AS_OF.matcher(sentence == null ? "" : sentence);
        return m.find() ? String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))) : null;
    }

    /**
     * Counts per 1,000 inhabitants (counts of households per 1,000 households), so communes and districts
     * compare; null without the locality's population (households).
     */
    static Fact per1000(Fact f, Indicator indicator, Locality locality) {
        // a place in a ranking or an index's score per inhabitant means nothing
        if (indicator == null || !indicator.counts() || locality == null) {
            return f;
        }
        Long base = countsHouseholds(indicator) ? locality.households() : locality.population();
        if (base == null || base <= 0) {
            return f;
        }
        // four decimals keep 0.0073 Zalo groups per 1,000 readable without faking precision
        double per1000 = Math.round(f.value() * 1000.0 / base * 10_000.0) / 10_000.0;
        return f.withFigures(f.value(), f.valueHigh(), per1000).withPopulationYear(locality.populationYear());
    }

    /** An indicator that counts households is denominated by households, never by inhabitants. */
    public static boolean countsHouseholds(Indicator indicator) {
        return "households".equals(indicator.unit());
    }

    /** Results take the results year, targets the plan year; a horizon named in the text wins. */
    public static int year(PlanMetadata meta, Statement s) {
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

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Catalog catalog() {
        return catalog;
    }
}
