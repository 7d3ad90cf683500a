package io.dxrank.normalize;

import io.dxrank.core.Finding;
import io.dxrank.core.VnText;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import java.util.List;

/**
 * A document's locality in the gazetteer, and the date it is resolved on: units before and after 1 July 2025 are
 * told apart by the document's date (its issue date, else its plan year), a table's rows by their figures' years.
 */
public final class DocumentLocalities {

    private DocumentLocalities() {
    }

    /**
     * The id a document's figures are filed under: the gazetteer's code of its unit, else a derived id with a finding
     * that says why (unknown name with the nearest known ones, namesakes with their candidates, a unit of another
     * province than the text names).
     */
    static String localityId(Gazetteer gazetteer, ExtractionResult plan, Gazetteer.Resolution resolution,
                             List<Finding> findings) {
        PlanMetadata meta = plan.metadata();
        Locality match = resolution.match();
        if (match != null) {
            if (meta.province() != null && !meta.province().isBlank() && match.province() != null
                    && !VnText.fold(meta.province()).equals(VnText.fold(match.province()))) {
                // "huyện Kỳ Sơn" of Hòa Bình (merged into its city in 2019): only a namesake of another province is known
                findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "locality_in_other_province",
                        "locality '" + meta.localityName() + "' (" + meta.level() + ") is no unit of " + meta.province()
                                + " in the gazetteer; taken as " + match.id() + " " + match.level() + " " + match.name() + ", "
                                + match.province() + ", the only unit of that name: check the document"));
            }
            return match.id();
        }
        String id = Gazetteer.derivedId(meta.province(), meta.parent(), meta.level(), meta.localityName());
        if (resolution.candidates().isEmpty()) {
            StringBuilder near = new StringBuilder();
            for (Locality c : gazetteer.nearest(meta.localityName(), meta.level(), meta.province(), 3)) {
                near.append(near.length() == 0 ? "; nearest known: " : ", ").append(c.name()).append(" (")
                        .append(c.id()).append(' ').append(c.level()).append(", ").append(c.province()).append(')');
            }
            findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "unknown_locality",
                    "locality '" + meta.localityName() + "' (" + meta.level() + ", " + meta.province()
                            + ") not in the gazetteer; derived id " + id + near));
        } else {
            StringBuilder names = new StringBuilder();
            for (Locality c : resolution.candidates().subList(0, Math.min(MAX_CANDIDATES, resolution.candidates().size()))) {
                names.append(names.length() == 0 ? "" : "; ").append(c.id()).append(' ').append(c.level()).append(' ')
                        .append(c.name()).append(c.parent() == null || c.parent().isBlank() ? "" : ", " + c.parent())
                        .append(", ").append(c.province());
            }
            findings.add(Finding.warn(plan.planId(), plan.sourceFile(), 0, "ambiguous_locality",
                    "locality '" + meta.localityName() + "' (" + meta.level() + ", " + meta.province() + ") fits "
                            + resolution.candidates().size() + " units of the gazetteer (" + names
                            + (resolution.candidates().size() > MAX_CANDIDATES ? "; ..." : "")
                            + "); name the district or province in the document or in data/reference/localities.csv;"
                            + " derived id " + id));
        }
        return id;
    }

    private static final int MAX_CANDIDATES = 8;

    /**
     * The document's locality in the gazetteer. A text of 2025 without its date fits both eras; where the name is
     * that of one unit before the reform and one after it in the same province ("tỉnh An Giang", 89 and 91), the unit
     * at the year's end is taken, as its figures are filed there (ReformFiling).
     */
    public static DocumentLocality resolveLocality(Gazetteer gazetteer, PlanMetadata meta) {
        Gazetteer.Resolution asDated = gazetteer.resolve(meta.localityName(), meta.level(), meta.parent(), meta.province(),
                documentDate(meta));
        Gazetteer.Resolution atYearEnd = atYearEnd(gazetteer, meta, asDated);
        return atYearEnd != null ? new DocumentLocality(atYearEnd, true) : new DocumentLocality(asDated, false);
    }

    /** A document's locality as resolved, and whether the unit at the end of 2025 was taken for an undated text. */
    public record DocumentLocality(Gazetteer.Resolution resolution, boolean atYearEnd) {
    }

    /** The resolution at the end of 2025 when {@link #resolveLocality}'s rule applies to {@code asDated}, else null. */
    private static Gazetteer.Resolution atYearEnd(Gazetteer gazetteer, PlanMetadata meta, Gazetteer.Resolution asDated) {
        if (asDated.match() != null || documentDate(meta) != null || !Integer.valueOf(REFORM_YEAR).equals(meta.planYear())
                || asDated.candidates().size() < 2 || asDated.candidates().stream()
                .map(l -> VnText.fold(l.province() + "|" + l.level() + "|" + l.name())).distinct().count() > 1) {
            return null;
        }
        Gazetteer.Resolution atYearEnd = gazetteer.resolve(meta.localityName(), meta.level(), meta.parent(),
                meta.province(), REFORM_YEAR + "-12-31");
        return atYearEnd.match() != null ? atYearEnd : null;
    }

    /**
     * The date a document speaks for, to tell units before and after 1 July 2025 apart: its issue date, else a day
     * of its plan year when that year lies wholly on one side of the reform, else null (both eras fit).
     */
    public static String documentDate(PlanMetadata meta) {
        if (meta.issueDate() != null && meta.issueDate().length() == MONTH_DATE) {
            return meta.issueDate() + "-15"; // a page dated to the month: a day within it
        }
        if (meta.issueDate() != null && !meta.issueDate().isBlank()) {
            return meta.issueDate();
        }
        Integer year = meta.planYear();
        if (year == null || year == REFORM_YEAR) {
            return null;
        }
        return dayOnItsSide(year);
    }

    /** A day of a year that lies wholly before or after the reform (not 2025), on that side of 1 July 2025. */
    private static String dayOnItsSide(int year) {
        return year < REFORM_YEAR ? year + "-06-30" : year + "-07-01";
    }

    private static final int REFORM_YEAR = 2025;
    private static final int MONTH_DATE = "2025-07".length();

    /**
     * The date a table's rows of one locality speak for, to tell the units before and after 1 July 2025 apart: a day
     * of their figures' years when all lie on one side of the reform (a 2022 ranking of provinces read in 2026 is of
     * the 63 provinces), else the document's date; null when neither tells.
     */
    static String rowsDate(List<Statement> rows, PlanMetadata document) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Statement s : rows) {
            if (s.year() != null) {
                first = Math.min(first, s.year());
                last = Math.max(last, s.year());
            }
        }
        if (last != Integer.MIN_VALUE && last < REFORM_YEAR) {
            return dayOnItsSide(last);
        }
        if (first != Integer.MAX_VALUE && first > REFORM_YEAR) {
            return dayOnItsSide(first);
        }
        return document == null ? null : documentDate(document);
    }
}
