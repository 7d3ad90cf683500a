package io.dxrank.extract;

import io.dxrank.core.VnText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a text states twice ("đã thu nhận 52.000/62.600 tài khoản ... đến ngày 30/6 đã thu nhận 52.000 tài
 * khoản") is one statement, at its first mention. Only figures too particular to recur by chance count as repeats:
 * a count of a thousand or more, a place in a ranking ("xếp thứ 15/63", "nhóm 30 tỉnh dẫn đầu") or a move in it
 * ("tăng 5 bậc"); a "100%" of another sentence is another figure.
 */
final class Repeats {

    private Repeats() {
    }

    /** The statements split in one pass: the first mentions (every statement but repeats) and the later ones. */
    record Mentions(List<Statement> first, List<Statement> later) {
    }

    static Mentions of(List<Statement> statements) {
        Set<String> seen = new HashSet<>();
        List<Statement> first = new ArrayList<>(statements.size());
        List<Statement> later = new ArrayList<>();
        for (Statement s : statements) {
            (!particular(s) || seen.add(key(s)) ? first : later).add(s);
        }
        return new Mentions(first, later);
    }

    private static boolean particular(Statement s) {
        if (!"prose".equals(s.source())) {
            return false;
        }
        // a place in a ranking and a move in it: one locality has one of each per year
        boolean rank = QuantityScanner.RANK_UNIT.equals(s.unit()) || QuantityScanner.RANK_MOVE_UNIT.equals(s.unit());
        return rank || !Statement.PERCENT.equals(s.unit()) && s.value() >= 1000;
    }

    private static String key(Statement s) {
        // not the kind: a restatement without its cue word ("... đạt trong nhóm 30 tỉnh") is the same figure
        // a rank's places ranked tell two rankings apart ("15/63" of the provinces, "15/34" after the reform); a
        // count's whole may go unsaid the second time ("52.000/62.600 tài khoản", later "52.000 tài khoản")
        boolean rank = QuantityScanner.RANK_UNIT.equals(s.unit());
        return s.value() + "|" + VnText.fold(Objects.toString(s.unit(), "")) + "|" + s.year() + "|" + s.comparator()
                + (rank ? "|" + s.denominator() : "");
    }
}
