package io.dxrank.normalize;

import io.dxrank.core.VnText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a statement's subject to the best catalog indicator. Accent- and case-insensitive, independent of line
 * breaks, tolerant of word order: a phrase scores by the share of its words found in the subject, with a
 * bonus when they stand in order. Below {@link #THRESHOLD} the statement stays unmapped.
 */
public final class IndicatorMatcher implements Serializable {

    private static final long serialVersionUID = 1L;
    static final double THRESHOLD = 0.75;
    private static final int[] NONE = {};

    /** {@code spaced}: the folded phrase with separators as spaces, computed once (matching is a hot path). */
    private record Phrase(Indicator indicator, String folded, Set<String> words, String spaced)
            implements Serializable {
    }

    /** A match and its score in [0, 1.1]. */
    public record Match(Indicator indicator, double score) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /** Word to the indexes of the phrases containing it: a subject's hits are counted from its own words. */
    private final Map<String, int[]> phrasesByWord = new HashMap<>();

    public IndicatorMatcher(Catalog catalog) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (Indicator indicator : catalog.indicators()) {
            for (String p : indicator.phrases()) {
                String folded = VnText.fold(p);
                Phrase phrase = new Phrase(indicator, folded, new HashSet<>(Arrays.asList(words(folded).split(" "))),
                        " " + words(folded) + " ");
                for (String w : phrase.words()) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(phrases.size());
                }
                phrases.add(phrase);
            }
        }
        byWord.forEach((w, list) -> phrasesByWord.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile(
            "[,;:/()\\[\\]\"“”‘’!?…]|\\.(?!\\d)");

    /**
     * Folded text as words separated by single spaces: punctuation is no part of a word ("kỹ năng số." ends
     * with "số"), a decimal point is ("4.0").
     */
    static String words(String folded) {
        return PUNCTUATION.matcher(folded).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    /** The best indicator for the subject with a compatible unit, or null. */
    public Match match(String subject, boolean percent) {
        String folded = " " + words(VnText.fold(subject)) + " ";
        Set<String> words = new HashSet<>(Arrays.asList(folded.trim().split(" ")));
        int[] hits = new int[phrases.size()];
        for (String w : words) {
            for (int i : phrasesByWord.getOrDefault(w, NONE)) {
                hits[i]++;
            }
        }
        Match best = null;
        int bestWords = 0;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            if (p.indicator().percent() != percent) {
                continue;
            }
            long hit = hits[i];
            double score = (double) hit / p.words().size();
            if (folded.contains(p.spaced())) {
                score += 0.1 + 0.001 * p.words().size();
            }
            // on equal scores the longer (more specific) phrase wins
            if (score >= THRESHOLD && (best == null || score > best.score()
                    || score == best.score() && p.words().size() > bestWords)) {
                best = new Match(p.indicator(), score);
                bestWords = p.words().size();
            }
        }
        return best;
    }
}
