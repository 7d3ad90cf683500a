package io.dxrank.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import io.dxrank.core.VnText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Maps a statement's subject to the best catalog indicator. Accent- and case-insensitive, independent of line
 * breaks, tolerant of word order: a phrase scores by the share of its words found in the subject, with a
 * bonus when they stand in order. Below {@link #THRESHOLD} the statement stays unmapped. A phrase may bind two words
 * with an underscore ("giải quyết đúng_hạn"): they count, as two, only where they stand side by side, so that
 * "trước hạn" does not lend its "hạn" to "đúng hạn".
 */
public final class IndicatorMatcher implements Serializable {

    private static final long serialVersionUID = 1L;
    static final double THRESHOLD = 0.75;
    /** Unit of a catalog count of places (communes, villages): only counts written with a place noun match it. */
    public static final String PLACES = "places";
    private static final int[] NONE = {};

    /**
     * {@code spaced}: the folded phrase with separators as spaces, computed once (matching is a hot path);
     * {@code toned}: its words with their tones ({@link #toned(String)}).
     */
    private record Phrase(Indicator indicator, String folded, Set<String> words, String spaced, Set<String> toned,
                          int size) implements Serializable {

        /** {@code size}: its words, a bound pair counting as the two it binds (the score is the share a text has). */
        Phrase(Indicator indicator, String folded, Set<String> words, String spaced, Set<String> toned) {
            this(indicator, folded, words, spaced, toned, words.stream().mapToInt(IndicatorMatcher::syllables).sum());
        }
    }

    /** What binds two words of a catalog phrase into one that counts only where they stand side by side. */
    static final char BOUND = '_';

    /** 1 for a word, 2 for a bound pair ("dung_han"). */
    static int syllables(String word) {
        int n = 1;
        for (int i = 0; i < word.length(); i++) {
            n += word.charAt(i) == BOUND ? 1 : 0;
        }
        return n;
    }

    /** A text's words and, as {@code a_b}, each pair of adjacent ones: what the phrases' words are looked up in. */
    static Set<String> wordsAndPairs(String spacedWords) {
        String[] w = spacedWords.trim().split(" ");
        Set<String> out = new HashSet<>(Arrays.asList(w));
        for (int i = 0; i + 1 < w.length; i++) {
            out.add(w[i] + BOUND + w[i + 1]);
        }
        return out;
    }

    /** A match and its score in [0, 1.1]. */
    public record Match(Indicator indicator, double score) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /**
     * Subjects already matched: plans repeat their phrasings (10,000 generated plans: 381,032 figures, 16,661
     * distinct subjects and units), and a match depends on its arguments alone. Per JVM (not serialized), bounded.
     */
    private transient volatile Map<MatchKey, Optional<Match>> memo;
    private static final int MEMO_LIMIT = 50_000;

    private record MatchKey(String subject, boolean percent, boolean places) {
    }
    /**
     * Per kind of figure a phrase can match ({@link #kindOf}: a percentage, a count of places, another count), the
     * indexes of its phrases in catalog order, and each word to the indexes of those containing it: a subject's hits
     * are counted from its own words, among the phrases its figure can match only.
     */
    private final int[][] phrasesOfKind = new int[3][];
    private final List<Map<String, int[]>> phrasesByWord = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

    public IndicatorMatcher(Catalog catalog) {
        List<List<Integer>> ofKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Map<String, List<Integer>>> byWord = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Indicator indicator : catalog.indicators()) {
            int kind = kindOf(indicator.percent(), PLACES.equals(indicator.unit()));
            for (String p : indicator.phrases()) {
                String folded = VnText.fold(p);
                Phrase phrase = new Phrase(indicator, folded, new HashSet<>(Arrays.asList(words(folded).split(" "))),
                        " " + words(folded).replace(BOUND, ' ') + " ", tonedWords(p, false));
                for (String w : phrase.words()) {
                    byWord.get(kind).computeIfAbsent(w, k -> new ArrayList<>()).add(phrases.size());
                }
                ofKind.get(kind).add(phrases.size());
                phrases.add(phrase);
            }
        }
        for (int k = 0; k < 3; k++) {
            phrasesOfKind[k] = ofKind.get(k).stream().mapToInt(Integer::intValue).toArray();
            Map<String, int[]> index = phrasesByWord.get(k);
            byWord.get(k).forEach((w, list) -> index.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    /** 0 for a percentage, 1 for a count of places, 2 for any other count. */
    private static int kindOf(boolean percent, boolean places) {
        return percent ? 0 : places ? 1 : 2;
    }

    private static final Pattern PUNCTUATION = Pattern.compile(
            "[,;:/()\\[\\]\"“”‘’!?…]|\\.(?!\\d)");

    /**
     * Folded text as words separated by single spaces: punctuation is no part of a word ("kỹ năng số." ends
     * with "số"), a decimal point is ("4.0").
     */
    static String words(String folded) {
        return PUNCTUATION.matcher(folded).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    /** Words of a text as {@link #toned(String)} keys, and its pairs of adjacent words bound so. */
    static Set<String> tonedWords(String text) {
        return tonedWords(text, true);
    }

    /** Words of a text as {@link #toned(String)} keys (a bound pair's words each so, bound again). */
    private static Set<String> tonedWords(String text, boolean withPairs) {
        List<String> toned = new ArrayList<>();
        for (String w : words(Normalizer.normalize(text.toLowerCase(Locale.ROOT),
                Normalizer.Form.NFC)).split(" ")) {
            if (!w.isEmpty()) {
                toned.add(tonedBound(w));
            }
        }
        Set<String> out = new HashSet<>(toned);
        for (int i = 0; withPairs && i + 1 < toned.size(); i++) {
            out.add(toned.get(i) + BOUND + toned.get(i + 1));
        }
        return out;
    }

    private static String tonedBound(String word) {
        int bound = word.indexOf(BOUND);
        return bound < 0 ? toned(word) : toned(word.substring(0, bound)) + BOUND + tonedBound(word.substring(bound + 1));
    }

    /**
     * A word with its tone: letters and vowel marks as written, the tone mark moved to the end, so the old and new
     * tone placements ("hoá", "hóa") are one word while "cập" and "cáp" stay two.
     */
    static String toned(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        StringBuilder tone = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                tone.append(c);
            } else {
                letters.append(c);
            }
        }
        return Normalizer.normalize(letters, Normalizer.Form.NFC) + tone;
    }

    /**
     * The best indicator for the subject with a compatible unit, or null. A subject written with diacritics matches a
     * phrase's word only with the same tone (old or new placement alike); one written without them, folded.
     */
    public Match match(String subject, boolean percent) {
        return match(subject, percent, false, false);
    }

    /**
     * As {@link #match(String, boolean)}; with {@code tones}, a phrase's word counts only when the text has it with
     * the same tone. For a whole sentence: its many words make chance hits of folded syllables likely ("cập nhật",
     * "phụ huynh", "hỗ trợ", "trên" fold to most of "cáp quang phủ trên hộ gia đình").
     */
    public Match match(String subject, boolean percent, boolean tones) {
        return match(subject, percent, tones, false);
    }

    /**
     * As {@link #match(String, boolean, boolean)}; a count ({@code percent} false) of {@code places} ("20 xã",
     * "12 thôn") matches only indicators counting {@link #PLACES}, any other count only the others.
     */
    public Match match(String subject, boolean percent, boolean tones, boolean places) {
        if (tones) {
            // whole sentences (the tones pass): long and seldom repeated, not worth keeping
            return matchUncached(subject, percent, true, places);
        }
        Map<MatchKey, Optional<Match>> known = memo();
        MatchKey key = new MatchKey(subject, percent, places);
        Optional<Match> hit = known.get(key);
        if (hit == null) {
            // a subject written with its diacritics is compared with them: "hộ" is no "hồ" (sơ), "kỹ năng" no "chữ ký"
            hit = Optional.ofNullable(matchUncached(subject, percent, written(subject), places));
            if (known.size() < MEMO_LIMIT) {
                known.put(key, hit);
            }
        }
        return hit.orElse(null);
    }

    /** Whether a text carries Vietnamese letters beyond ASCII (its tones and vowel marks): one without is compared folded. */
    static boolean written(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00c0' && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private Map<MatchKey, Optional<Match>> memo() {
        Map<MatchKey, Optional<Match>> m = memo;
        if (m == null) {
            synchronized (phrases) {
                if (memo == null) {
                    memo = new ConcurrentHashMap<>();
                }
                m = memo;
            }
        }
        return m;
    }

    /**
     * As {@link #match(String, boolean, boolean, boolean)} with tones, among the indicators {@code admissible} takes
     * only: the best of those, not the best of all when that one is not admissible.
     */
    public Match matchAmong(String sentence, boolean percent, boolean places, Predicate<Indicator> admissible) {
        return matchUncached(sentence, percent, true, places, admissible);
    }

    private Match matchUncached(String subject, boolean percent, boolean tones, boolean places) {
        return matchUncached(subject, percent, tones, places, null);
    }

    private Match matchUncached(String subject, boolean percent, boolean tones, boolean places,
                                Predicate<Indicator> admissible) {
        subject = Abbreviations.expand(subject);
        String folded = " " + words(VnText.fold(subject)) + " ";
        Set<String> words = wordsAndPairs(folded);
        int kind = kindOf(percent, places);
        Map<String, int[]> index = phrasesByWord.get(kind);
        int[] hits = new int[phrases.size()];
        for (String w : words) {
            for (int i : index.getOrDefault(w, NONE)) {
                hits[i] += syllables(w);
            }
        }
        Match best = null;
        int bestWords = 0;
        Set<String> textTones = null;
        for (int i : phrasesOfKind[kind]) {
            Phrase p = phrases.get(i);
            long hit = hits[i];
            if (hit == 0 || admissible != null && !admissible.test(p.indicator())) {
                continue; // no word in common, or a phrase of an indicator not asked for
            }
            // the phrase stands in the text only when all its words do: the search is spared for the others
            int size = p.size();
            boolean inOrder = hit == size && folded.contains(p.spaced());
            int of = size;
            if (tones && hit >= THRESHOLD * size) {
                if (textTones == null) {
                    textTones = tonedWords(subject);
                }
                hit = p.toned().stream().filter(textTones::contains).mapToInt(IndicatorMatcher::syllables).sum();
                // out of the phrase's toned words: "công" and "cộng" fold to one word and stay two with their tones
                of = p.toned().stream().mapToInt(IndicatorMatcher::syllables).sum();
            }
            double score = (double) hit / of;
            if (inOrder) {
                score += 0.1 + 0.001 * size;
            }
            // on equal scores the longer (more specific) phrase wins
            if (score >= THRESHOLD && (best == null || score > best.score()
                    || score == best.score() && size > bestWords)) {
                best = new Match(p.indicator(), score);
                bestWords = size;
            }
        }
        return best;
    }
}
