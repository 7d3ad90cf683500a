package io.dxrank.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its matches can start. java.util.regex tries every position of a text, and at each
 * a case-insensitive alternation of many words folds the character once per word: that was a large share of the
 * extractor's time. The matches found are the pattern's own, as {@link Matcher#find()} finds them: the pattern is
 * tried at each position whose character may start a match, with transparent, non-anchoring bounds (look-behinds,
 * {@code \b}, {@code ^} and {@code $} see the whole text).
 */
final class MatchStarts {

    private final Pattern pattern;
    /** First characters as (?iu) folds them: upper case, then lower case, as the regex engine compares them. */
    private final int[] folded;
    /** The words a match starts with, folded so; null when the first character is all that is known. */
    private final char[][] prefixes;
    /**
     * {@link #prefixes} by their first character below {@link #TABLED} (null where none starts so), then those whose
     * first character lies above it: a position is compared with the words that can start there, not with all.
     */
    private final char[][][] prefixesByFirst;
    private final char[][] prefixesAboveTabled;

    /** Below this, whether a character can start a match is looked up, not folded: Latin and Vietnamese letters. */
    private static final int TABLED = 0x2000;
    private final long[] startsBelowTabled = new long[TABLED / 64];
    /** {@link #fold} of the characters below {@link #TABLED}: the case mappings are lookups of their own. */
    private static final char[] FOLDED_BELOW_TABLED = new char[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            FOLDED_BELOW_TABLED[c] = (char) fold(c);
        }
    }

    private MatchStarts(Pattern pattern, int[] folded, char[][] prefixes) {
        this.pattern = pattern;
        this.folded = folded;
        this.prefixes = prefixes;
        this.prefixesByFirst = prefixes == null ? null : new char[TABLED][][];
        this.prefixesAboveTabled = prefixes == null ? null : Arrays.stream(prefixes).filter(w -> w[0] >= TABLED)
                .toArray(char[][]::new);
        if (prefixes != null) {
            for (char[] prefix : prefixes) {
                if (prefix[0] < TABLED) {
                    char[][] bucket = prefixesByFirst[prefix[0]];
                    bucket = bucket == null ? new char[1][] : Arrays.copyOf(bucket, bucket.length + 1);
                    bucket[bucket.length - 1] = prefix;
                    prefixesByFirst[prefix[0]] = bucket;
                }
            }
        }
        for (int c = 0; c < TABLED; c++) {
            if (foldsToAStart(c)) {
                startsBelowTabled[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * {@code pattern} and every character one of its matches can start with, in any case when the pattern is
     * case-insensitive (a listed character stands for all that (?iu) takes for it). Missing one loses matches:
     * list the first letter of every alternative.
     */
    static MatchStarts of(Pattern pattern, String firstCharacters) {
        int[] folded = firstCharacters.codePoints().map(MatchStarts::fold).distinct().toArray();
        return new MatchStarts(pattern, folded, null);
    }

    /**
     * {@code pattern} and the letters every match starts with, space-separated ("xế đứ vị hạ"): the first letters of
     * each alternative's first word as the pattern writes it, compared as (?iu) compares them (so for a
     * case-insensitive pattern only). Listing fewer letters is safe; a letter the pattern does not require loses
     * matches.
     */
    static MatchStarts ofWords(Pattern pattern, String wordStarts) {
        String[] words = wordStarts.trim().split(" +");
        char[][] prefixes = new char[words.length][];
        for (int w = 0; w < words.length; w++) {
            prefixes[w] = new char[words[w].length()];
            for (int k = 0; k < words[w].length(); k++) {
                char c = words[w].charAt(k);
                if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("letters of the Basic Multilingual Plane only: " + words[w]);
                }
                prefixes[w][k] = (char) fold(c);
            }
        }
        int[] folded = Arrays.stream(words).mapToInt(w -> fold(w.charAt(0))).distinct().toArray();
        return new MatchStarts(pattern, folded, prefixes);
    }

    /**
     * Whether one of the words a match starts with stands at {@code at}, each letter compared as SliceU does: as
     * written or folded. Only the words whose first letter is one of those two are compared.
     */
    private boolean wordAt(CharSequence text, int at) {
        char c = text.charAt(at);
        if (c >= TABLED) {
            return wordAt(text, at, prefixes);
        }
        char f = FOLDED_BELOW_TABLED[c];
        return wordAt(text, at, prefixesByFirst[c]) || f != c && f < TABLED && wordAt(text, at, prefixesByFirst[f])
                || f >= TABLED && wordAt(text, at, prefixesAboveTabled);
    }

    private static boolean wordAt(CharSequence text, int at, char[][] words) {
        if (words == null) {
            return false;
        }
        for (char[] prefix : words) {
            if (at + prefix.length > text.length()) {
                continue;
            }
            int k = 0;
            while (k < prefix.length) {
                char c = text.charAt(at + k);
                if (prefix[k] != c && prefix[k] != (c < TABLED ? FOLDED_BELOW_TABLED[c] : fold(c))) {
                    break;
                }
                k++;
            }
            if (k == prefix.length) {
                return true;
            }
        }
        return false;
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether a match can start with the character: folded, as (?iu) compares; as written, as a case-sensitive one. */
    private boolean foldsToAStart(int c) {
        int f = fold(c);
        for (int x : folded) {
            if (x == f || x == c) {
                return true;
            }
        }
        return false;
    }

    /** As {@code pattern.matcher(text).find()}. */
    boolean in(CharSequence text) {
        return next(pattern.matcher(text), text, 0);
    }

    /** A matcher over the text for {@link #next}. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** As {@code pattern.matcher(text).replaceAll(replacement)} for a replacement without group references. */
    String replaceAll(String text, String replacement) {
        Matcher m = matcher(text);
        StringBuilder out = null;
        int copied = 0;
        for (int from = 0; from <= text.length() && next(m, text, from); from = m.end() == m.start() ? m.end() + 1 : m.end()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(replacement);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The next match starting at or after {@code from}, left in {@code m} (a matcher of this pattern over {@code text}),
     * as the next {@link Matcher#find()} would find it; false when there is none.
     */
    boolean next(Matcher m, CharSequence text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        // char by char, as Matcher.find tries positions; a lone surrogate folds to itself and starts nothing listed
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if ((c < TABLED ? (startsBelowTabled[c >>> 6] & 1L << c) != 0 : foldsToAStart(Character.codePointAt(text, i)))
                    && (prefixes == null || wordAt(text, i))) {
                m.region(i, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
