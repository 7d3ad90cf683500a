package io.dxrank.normalize;

import io.dxrank.extract.Doubts;
import java.util.ArrayList;
import java.util.List;

/**
 * What an analyst should know about how a value was read, in the spirit of SDMX observation status (issue 19,
 * part 2): facts.csv and rankings.csv carry them in {@code flags}, ";"-separated, always starting with the source.
 * <ul>
 *   <li>{@code table} or {@code prose}: read from a table (an indicator table file or a table inside a document)
 *       or from running text;</li>
 *   <li>{@code approx}: the text says "khoảng" (about);</li>
 *   <li>{@code range}: the text gives a range ("15-20%"): the low end is the value;</li>
 *   <li>{@code out_of_range}: a share above 100 % or below 0, or a negative count: likely a misread;</li>
 *   <li>{@code per_capita} (rankings only): ranked as a count per 1,000 inhabitants;</li>
 *   <li>{@code restated} (rankings only): another document states another value for the same figure (the one used
 *       is the analytics' pick; quality.csv's result_stated_differently names both);</li>
 *   <li>{@code conflict}: the same document states another value for the figure; in facts.csv on the value that lost
 *       (status conflict_other), in rankings on the one used;</li>
 *   <li>{@code superseded} (facts.csv): a value of a document that a revision or an identical copy replaced;
 *       {@code revised} (rankings): the value used replaced such an earlier value;</li>
 *   <li>{@code guessed_kind}, {@code guessed_year}: the extractor guessed the kind (no cue near the figure or in the
 *       headings above it) or took the document's year (the text names none for the figure); such a value is of low
 *       confidence (facts.csv's {@code confidence} is the measured chance that the guesses are right), and the
 *       rank-stability pass drops it at the rate these guesses are wrong;</li>
 *   <li>{@code successor:<old id>}: a figure of a unit that the 1 July 2025 reform merged into another, filed under
 *       that one; {@code predecessor:<new id>}: a figure of before the reform that a new unit's text gives to one of
 *       the old units it was formed from, filed under that one; {@code outside_era}: a figure of a unit for a period it
 *       did not exist in, not ranked ({@link ReformFiling}).</li>
 * </ul>
 */
public final class FactFlags {

    public static final String TABLE = "table";
    public static final String PROSE = "prose";
    public static final String APPROX = "approx";
    public static final String RANGE = "range";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String PER_CAPITA = "per_capita";
    public static final String RESTATED = "restated";
    /** Rankings only: the same document states another value for the figure (facts.csv: conflict_other). */
    public static final String CONFLICT = "conflict";
    /** Rankings only: an earlier document, replaced by a revision, stated another value (facts.csv: superseded). */
    public static final String REVISED = "revised";
    /** facts.csv only: a value of a document that a revision (or an identical copy) replaced. */
    public static final String SUPERSEDED = "superseded";
    /** Prefix of a guess's flag: {@code guessed_} and the doubt ({@link Doubts#KIND}, {@link Doubts#YEAR}). */
    public static final String GUESSED = "guessed_";

    private FactFlags() {
    }

    /** The flags of a fact, ";"-separated. */
    public static String of(Fact f) {
        List<String> flags = new ArrayList<>();
        flags.add(f.source() != null && f.source().startsWith("table") ? TABLE : PROSE);
        if (APPROX.equals(f.comparator())) {
            flags.add(APPROX);
        }
        if (f.valueHigh() != null) {
            flags.add(RANGE);
        }
        boolean percent = "percent".equals(f.unit()) || "%".equals(f.unit());
        if (f.value() < 0 || percent && f.value() > 100) {
            flags.add(OUT_OF_RANGE);
        }
        if (FactStatus.CONFLICT_OTHER.equals(f.status())) {
            flags.add(CONFLICT); // this value lost to another of the same document
        }
        for (String doubt : doubts(f)) {
            flags.add(GUESSED + doubt);
        }
        if (f.era() != null && !f.era().isEmpty()) {
            flags.add(f.era()); // the 1 July 2025 reform filed it under a successor, or outside its unit's era
        }
        return String.join(";", flags);
    }

    private static List<String> doubts(Fact f) {
        return f.doubts() == null || f.doubts().isEmpty() ? List.of() : List.of(f.doubts().split(";"));
    }
}
