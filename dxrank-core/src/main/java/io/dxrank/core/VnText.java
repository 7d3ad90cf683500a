package io.dxrank.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers shared by every stage: accent folding for matching and title casing for names.
 * Example: {@code VnText.fold("An  Phú") -> "an phu"}.
 */
public final class VnText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VnText() {
    }

    /** Lower case, no diacritics, đ to d, whitespace folded: the key every matcher compares. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        // one table lookup per character instead of a normalization and two regex passes (a hot path of
        // extraction); the table holds what slowFold gives each character alone, so the results are the same
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FOLDED.length || c == GREEK_CAPITAL_SIGMA) {
                if (Character.isSurrogate(c) || c == GREEK_CAPITAL_SIGMA) {
                    return slowFold(s); // lower-cased by its context (final sigma)
                }
                out.append(foldOne(c));
            } else {
                out.append(FOLDED[c]);
            }
        }
        return collapseSpaces(out.toString()).trim();
    }

    /** Each character below U+2000 (Latin, Vietnamese, combining marks, general punctuation aside) folded alone. */
    private static final String[] FOLDED = new String[0x2000];
    private static final char GREEK_CAPITAL_SIGMA = '\u03A3';

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldOne(c);
        }
    }

    private static String foldOne(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return "'"; // "Cư M’gar" is "Cư M'gar": a typographic apostrophe is the register's
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static final Pattern TONE_MARKS = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    /**
     * A name without its tone marks, lower case, the shapes of its vowels kept: "Hoà" and "Hòa" are one name (old and
     * new tone placement), "Văn" and "Vạn" are two ({@link #fold} makes them one).
     */
    public static String toneless(String s) {
        String d = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return Normalizer.normalize(TONE_MARKS.matcher(d).replaceAll(""), Normalizer.Form.NFC);
    }

    /**
     * A name with each word's tone kept apart from where it sits: "Hoà" and "Hòa" are one name, "Đông" and "Đồng" two
     * ({@link #toneless} makes them one).
     */
    public static String toneKey(String s) {
        String d = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (String word : SPACES.split(d.trim())) {
            Matcher tone = TONE_MARKS.matcher(word);
            String mark = tone.find() ? tone.group() : "";
            out.append(out.length() == 0 ? "" : " ").append(Normalizer.normalize(tone.replaceAll(""), Normalizer.Form.NFC))
                    .append(mark.isEmpty() ? "" : "#" + (int) mark.charAt(0));
        }
        return out.toString();
    }

    /** The rule itself: NFD, marks removed, đ to d, lower case, whitespace folded. */
    static String slowFold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** NFC, whitespace folded and trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return collapseSpaces(Normalizer.normalize(s, Normalizer.Form.NFC)).trim();
    }

    /** Runs of [ \t\n\x0B\f\r] to one space, as SPACES.replaceAll(" ") would, without a regex (a hot path). */
    private static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && (!isSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 >= n || !isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "nghi sơn" / "NGHI SƠN" to "Nghi Sơn": the consistent case of locality names. */
    public static String titleCase(String s) {
        String c = clean(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(c.length());
        boolean start = true;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return out.toString();
    }

    /** ASCII slug for ids and file names: "An Phú" to "an-phu". */
    public static String slug(String s) {
        String f = fold(s).replaceAll("[^a-z0-9]+", "-");
        return f.replaceAll("^-+|-+$", "");
    }
}
