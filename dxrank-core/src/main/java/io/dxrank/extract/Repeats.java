package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A figure a text states twice ("đã thu nhận 52.000/62.600 tài khoản ... đến ngày 30/6 đã thu nhận 52.000 tài
 * khoản") is one statement, at its first mention. Only figures too particular to recur by chance count as repeats:
 * a count of a thousand or more, a place in a ranking ("xếp thứ 15/63", "nhóm 30 tỉnh dẫn đầu") or a move in it
 * ("tăng 5 bậc"); a "100%" of another sentence is another figure unless the same words follow it.
 */
final class Repeats {

    private Repeats() {
    }

    /** The statements split in one pass: the first mentions (every statement but repeats) and the later ones. */
    record Mentions(List<Statement> first, List<Statement> later) {
    }

    static Mentions of(List<Statement> statements) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> seenTimes = new HashMap<>();
        List<Statement> first = new ArrayList<>(statements.size());
        List<Statement> later = new ArrayList<>();
        Map<String, Integer> inSentence = new HashMap<>(); // how often a sentence's figure text came before
        for (Statement s : statements) {
            String restated = restated(s);
            boolean particular = particular(s);
            int nth = particular ? inSentence.merge(s.sentence() + "|" + s.valueText(), 1, Integer::sum) - 1 : 0;
            // a figure stated without a year and again in the same paragraph with one ("đến nay ... 52.000/62.600 tài
            // khoản. Trong đó, đến ngày 30/6/2023 đã thu nhận 52.000 tài khoản") is the same figure
            String undated = particular ? key(s, null, nth) + "|" + s.line() : null;
            boolean repeat = particular && (!seen.add(key(s, nth)) || s.year() != null && seen.contains(undated))
                    || restated != null && !seen.add(restated)
                    || copied(s, seenTimes);
            if (particular && s.year() == null) {
                seen.add(undated);
            }
            (repeat ? later : first).add(s);
        }
        return new Mentions(first, later);
    }

    private static final int SAME_WORDS = 6;
    private static final int WINDOW = 160;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words a restatement adds or drops ("phủ sóng bởi mạng di động"): not counted. */
    private static final Set<String> FUNCTION_WORDS = Set.of("boi", "duoc", "cac", "cua", "va", "tren", "tai", "co",
            "da", "la", "dat", "nhung", "voi", "trong");

    /**
     * Any other figure is a repeat when the words after it are the same too: "100% dân số được phủ sóng mạng di động"
     * (a news item's heading) and "100% dân số được phủ sóng bởi mạng di động" below it; a key of value, unit, kind,
     * year and the next six words that are no function words, or null when fewer words follow or
     * the sentence states the value more than once.
     */
    private static String restated(Statement s) {
        if (!"prose".equals(s.source()) || s.sentence() == null || s.valueText() == null) {
            return null;
        }
        int at = s.sentence().indexOf(s.valueText());
        if (at < 0 || s.sentence().indexOf(s.valueText(), at + 1) >= 0) {
            return null; // a sentence stating "100%" of several things: which one is this?
        }
        int from = at + s.valueText().length();
        // six words and the function words between them fit in a few hundred characters: fold no more
        String[] words = NOT_A_WORD.split(VnText.fold(s.sentence().substring(from, Math.min(s.sentence().length(),
                from + WINDOW))));
        StringBuilder next = new StringBuilder();
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w) && n < SAME_WORDS) {
                next.append(w).append(' ');
                n++;
            }
        }
        return n < SAME_WORDS ? null : "said|" + key(s, 0) + "|" + s.kind() + "|" + next;
    }

    /** A sentence long enough to be no formula. */
    private static final int COPIED_SENTENCE = 60;

    /**
     * A sentence the page prints again word for word (devset/fresh44 zs03: a paragraph copied below itself): its
     * figures are said once. A figure whose text the sentence holds k times is a copy from its (k+1)-th statement on,
     * so two "100%" of one sentence stay two.
     */
    private static boolean copied(Statement s, Map<String, Integer> seenTimes) {
        if (!"prose".equals(s.source()) || s.sentence() == null || s.valueText() == null
                || s.sentence().strip().length() < COPIED_SENTENCE) {
            return false;
        }
        String sentence = s.sentence().strip();
        // under another year's heading the same words set another target ("- 100% cơ quan ... chuyên dùng;" for 2030 and 2035)
        int times = seenTimes.merge(sentence + "|" + s.valueText() + "|" + s.kind() + "|" + s.year(), 1, Integer::sum);
        int held = 0;
        for (int at = sentence.indexOf(s.valueText()); at >= 0; at = sentence.indexOf(s.valueText(), at + 1)) {
            held++;
        }
        return held > 0 && times > held;
    }

    private static boolean particular(Statement s) {
        if (!"prose".equals(s.source())) {
            return false;
        }
        if (Statement.PERCENT.equals(s.unit())) {
            return decimals(s.value()) >= 2;
        }
        // a place in a ranking and a move in it: one locality has one of each per year
        return placeOrMove(s) || s.value() >= 1000;
    }

    private static int decimals(double v) {
        for (int d = 0; d < 3; d++) {
            double scaled = v * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return d;
            }
        }
        return 3;
    }

    private static String key(Statement s, int nth) {
        return key(s, s.year(), nth);
    }

    private static String key(Statement s, Integer year, int nth) {
        // not the kind: a restatement without its cue word ("... đạt trong nhóm 30 tỉnh") is the same figure
        // a rank's places ranked tell two rankings apart ("15/63" of the provinces, "15/34" after the reform); a
        // count's whole may go unsaid the second time ("52.000/62.600 tài khoản", later "52.000 tài khoản")
        // a place of the index's part is another ranking's ("Chính quyền số ... xếp thứ 15/63" beside the overall 15/63)
        boolean rank = QuantityScanner.RANK_UNIT.equals(s.unit());
        return s.value() + "|" + VnText.fold(Objects.toString(s.unit(), "")) + "|" + year + "|" + s.comparator()
                + (rank ? "|" + s.denominator() : "") + (placeOrMove(s) ? "|" + RankSubjects.of(s, nth) : "");
    }

    private static boolean placeOrMove(Statement s) {
        return QuantityScanner.RANK_UNIT.equals(s.unit()) || QuantityScanner.RANK_MOVE_UNIT.equals(s.unit());
    }
}
