package io.dxrank.normalize;

import io.dxrank.core.Finding;
import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Files a figure under the units of its period (issue 17, part 3). A figure belongs to the units that existed on the
 * last day of its period: a full year or its second half ends on 31 December, so 2025 is a year of the 34 provinces
 * and their communes; a first half ends on 30 June.
 * <ul>
 *   <li>An old unit's figure for a later period is filed under the one unit it went into on 1 July 2025 (flag
 *       {@code successor:<old id>}): a 2024 plan's target for 2026 is found under the commune of 2026.</li>
 *   <li>A unit's figure for a period it did not exist in stays with it, flagged {@code outside_era}: an old unit
 *       split across several, an abolished district (no district exists after the reform), a new commune's figure of
 *       2024. Trends and facts.csv show it; the rankings and composite of that year, which compare the units of that
 *       year, leave it out.</li>
 * </ul>
 * A unit the reform kept (same code, level and name) is one unit across the eras. A unit without dates (a hand-kept
 * row the national gazetteer does not list, a locality the gazetteer does not know) belongs to every era.
 */
public final class ReformFiling {

    /** Flag prefix of a figure of an old unit filed under its successor: {@code successor:16642}. */
    public static final String SUCCESSOR = "successor";
    /** Flag of a figure of a unit for a period it did not exist in: listed, not ranked. */
    public static final String OUTSIDE_ERA = "outside_era";
    /** Flag prefix of a figure of before the reform filed under the old unit its text names: {@code predecessor:08611}. */
    public static final String PREDECESSOR = "predecessor";

    private ReformFiling() {
    }

    /** The facts of one document of {@code unit}, filed; a finding says what moved and what stays unranked. */
    public record Result(List<Fact> facts, List<Finding> findings) {
    }

    public static Result file(List<Fact> facts, Locality unit, Gazetteer gazetteer, String planId, String sourceFile) {
        if (unit == null) {
            return new Result(facts, List.of());
        }
        Locality dated = gazetteer.dated(unit);
        List<Locality> next = dated.validTo().isEmpty() ? List.of() : gazetteer.successors(dated);
        List<Fact> out = new ArrayList<>(facts.size());
        List<String> moved = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (Fact f : facts) {
            if (f.era() != null && f.era().startsWith(PREDECESSOR + ":")) {
                out.add(f); // filed under the old unit its text names (predecessorOf)
                before.add(f.level() + " " + f.localityName() + " (" + f.localityId() + ")");
                continue;
            }
            if (f.year() == 0 || dated.validOn(periodEnd(f.year(), f.period()))) {
                out.add(f);
                continue;
            }
            boolean later = !dated.validTo().isEmpty() && dated.validTo().compareTo(periodEnd(f.year(), f.period())) < 0;
            if (later && next.size() == 1) {
                Locality successor = next.get(0);
                if (sameUnit(dated, successor)) {
                    out.add(f);
                } else {
                    out.add(f.filedUnder(successor, SUCCESSOR + ":" + dated.id()));
                    moved.add(f.period());
                }
            } else {
                out.add(f.withEra(OUTSIDE_ERA));
                outside.add(f.period());
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!before.isEmpty()) {
            findings.add(Finding.info(planId, sourceFile, 0, "filed_under_predecessor", before.size() + " figure(s) before 1"
                    + " July 2025 filed under the unit the text names them of, one of those " + dated.level() + " "
                    + dated.name() + " (" + dated.id() + ") was formed from: " + before.stream().distinct().sorted()
                    .collect(Collectors.joining(", "))));
        }
        if (!moved.isEmpty()) {
            Locality s = next.get(0);
            findings.add(Finding.info(planId, sourceFile, 0, "filed_under_successor", moved.size() + " figure(s) of "
                    + periods(moved) + " filed under " + s.level() + " " + s.name() + " (" + s.id() + "), which "
                    + dated.level() + " " + dated.name() + " (" + dated.id() + ") went into on 1 July 2025"));
        }
        if (!outside.isEmpty()) {
            findings.add(Finding.info(planId, sourceFile, 0, "outside_era", outside.size() + " figure(s) of "
                    + periods(outside) + " not ranked: " + dated.level() + " " + dated.name() + " (" + dated.id() + ") "
                    + why(dated, next) + "; facts.csv lists them, flagged " + OUTSIDE_ERA));
        }
        return new Result(out, findings);
    }

    /** A unit formed on 1 July 2025 as the gazetteer dates it, and the old units it was formed from. */
    record Formed(Locality unit, List<Locality> predecessors) {
    }

    /** The unit and its predecessors, looked up once per document; null for a unit not formed from old ones. */
    static Formed formedAtTheReform(Locality unit, Gazetteer gazetteer) {
        if (unit == null) {
            return null;
        }
        Locality dated = gazetteer.dated(unit);
        List<Locality> predecessors = dated.validFrom().isEmpty() ? List.of() : gazetteer.predecessors(dated);
        return predecessors.isEmpty() ? null : new Formed(dated, predecessors);
    }

    /**
     * The old unit a figure of before the reform is of, when the words before it in its quote name one of those the
     * document's unit was formed from (the one named last): "năm 2024, xã Tân Lập (cũ) đạt 41%" in a text of the commune
     * formed from it. A namesake of the new unit counts only as written "(cũ)" or "cũ": its name alone is the new
     * unit's. Null for any other figure.
     */
    static Locality predecessorOf(Fact f, Formed formed) {
        if (formed == null || f.year() == 0 || f.quote() == null || f.valueText() == null) {
            return null;
        }
        Locality dated = formed.unit();
        if (dated.validOn(periodEnd(f.year(), f.period())) || dated.validFrom().compareTo(periodEnd(f.year(), f.period())) < 0) {
            return null;
        }
        int value = f.quote().indexOf(f.valueText());
        if (value < 0) {
            return null;
        }
        String before = " " + words(f.quote().substring(0, value)) + " ";
        String own = words(dated.name());
        Locality named = null;
        int last = -1;
        for (Locality p : formed.predecessors()) {
            Level level = Level.ofCode(p.level());
            String name = words(p.name());
            String written = " " + (level == null ? "" : words(level.words()) + " ") + name + " ";
            int at = before.lastIndexOf(written);
            boolean former = at >= 0 && before.startsWith("cu ", at + written.length());
            if (at > last && (former || !name.equals(own))) {
                named = p;
                last = at;
            }
        }
        return named;
    }

    private static String words(String text) {
        return VnText.fold(text).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static String why(Locality unit, List<Locality> next) {
        if (unit.validTo().isEmpty()) {
            return "was formed on " + unit.validFrom() + ", after their period";
        }
        if (next.isEmpty()) {
            return "ended on " + unit.validTo() + " and went into no single unit the gazetteer lists";
        }
        return "was divided on 1 July 2025 among " + next.stream().map(l -> l.name() + " (" + l.id() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String periods(List<String> periods) {
        return periods.stream().distinct().sorted().collect(Collectors.joining(", "));
    }

    /** A unit the reform kept as it was: the same code, level and name on both sides. */
    private static boolean sameUnit(Locality old, Locality successor) {
        return old.id().equals(successor.id()) && String.valueOf(old.level()).equals(String.valueOf(successor.level()))
                && VnText.fold(old.name()).equals(VnText.fold(successor.name()));
    }

    /**
     * The last day of a period: "2025 H1" and "2025 Q2" end on 30 June, "2025 Q1" on 31 March, "2025 Q3" on 30
     * September, a full year ("2025"), "2025 H2" and "2025 Q4" on 31 December.
     */
    static String periodEnd(int year, String period) {
        String part = period == null ? "" : period.substring(period.lastIndexOf(' ') + 1);
        return year + switch (part) {
            case "H1", "Q2" -> "-06-30";
            case "Q1" -> "-03-31";
            case "Q3" -> "-09-30";
            default -> "-12-31";
        };
    }
}
