package io.dxrank.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * What the extractor guessed about a statement rather than read (issue 19, part 3): its kind when no cue words
 * stand near the figure or above it, its year when the text names none for the figure and the document's year is
 * taken. A statement without doubts rests on a cue and a named year (or on a table's column). How often a guess is
 * wrong is measured on the labelled documents (docs/methods.md, "Extraction confidence").
 */
public final class Doubts {

    public static final String KIND = "kind";
    public static final String YEAR = "year";
    /** Words after the figure that still speak of it ("80% trở lên theo kế hoạch"). */
    private static final int AFTER = 24;
    /** How often each guess is wrong on the labelled real documents (misread_rates.properties). */
    private static final Properties RATES = loadRates();

    private Doubts() {
    }

    /** The doubts of a statement, in a fixed order ({@link #KIND}, {@link #YEAR}); empty when none. */
    public static List<String> of(Statement s) {
        List<String> doubts = new ArrayList<>(2);
        if (kindGuessed(s)) {
            doubts.add(KIND);
        }
        if (s.year() == null) {
            doubts.add(YEAR);
        }
        return doubts;
    }

    /**
     * A table's column, a rank or an index score decide the kind; in running text a target or result cue in the
     * figure's clause or in the headings above it does. Otherwise the kind is the part's default.
     */
    static boolean kindGuessed(Statement s) {
        if (!"prose".equals(s.source()) || PlanExtractor.isResult(s.unit(), s.comparator())) {
            return false;
        }
        String window = clauseAround(s);
        String section = s.sectionPath() == null ? "" : s.sectionPath();
        // the cue words' first letters are looked for before any pattern runs: this is asked of every figure (the
        // normalize stage's largest cost at 10,000 plans when each call ran both patterns over clause and headings)
        return !PlanExtractor.TARGET_CUE_WORDS.in(window) && !PlanExtractor.ACTUAL_CUE_WORDS.in(window)
                && !PlanExtractor.TARGET_CUE_WORDS.in(section) && !PlanExtractor.ACTUAL_CUE_WORDS.in(section);
    }

    /** The sentence's words from the last ";" before the figure to a few words after it. */
    private static String clauseAround(Statement s) {
        String sentence = s.sentence() == null ? s.quote() : s.sentence();
        if (sentence == null) {
            return "";
        }
        int at = s.valueText() == null ? -1 : sentence.indexOf(s.valueText());
        if (at < 0) {
            return sentence;
        }
        int from = sentence.lastIndexOf(';', at) + 1;
        int to = Math.min(sentence.length(), at + s.valueText().length() + AFTER);
        return sentence.substring(from, to);
    }

    /**
     * How often a guess of this kind is wrong in documents of this type (plan, news, ...), measured on the labelled
     * documents; the figure over all types where a type had too few guesses to measure; 0 for an unknown doubt.
     */
    public static double errorRate(String doubt, String docType) {
        String rate = RATES.getProperty(doubt + "." + docType, RATES.getProperty(doubt, "0"));
        return Double.parseDouble(rate);
    }

    /**
     * The chance that every guess is right (guesses taken as independent), rounded to two decimals as facts.csv shows
     * it; 1 when nothing was guessed.
     */
    public static double confidence(Collection<String> doubts, String docType) {
        double allRight = 1;
        for (String d : doubts) {
            allRight *= 1 - errorRate(d, docType);
        }
        return Math.round(allRight * 100) / 100.0;
    }

    private static Properties loadRates() {
        Properties p = new Properties();
        try (InputStream in = Doubts.class.getResourceAsStream("misread_rates.properties")) {
            if (in == null) {
                throw new IllegalStateException("misread_rates.properties is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
