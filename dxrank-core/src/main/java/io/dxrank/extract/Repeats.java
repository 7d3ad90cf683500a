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
 * a count of a thousand or more, or a place among the leaders ("nhóm 30 tỉnh dẫn đầu"); a "100%" of another
 * sentence is another figure.
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
        boolean rankBound = QuantityScanner.RANK_UNIT.equals(s.unit()) && "lte".equals(s.comparator());
        return rankBound || !Statement.PERCENT.equals(s.unit()) && s.value() >= 1000;
    }

    private static String key(Statement s) {
        // not the kind: a restatement without its cue word ("... đạt trong nhóm 30 tỉnh") is the same figure
        return s.value() + "|" + VnText.fold(Objects.toString(s.unit(), "")) + "|" + s.year() + "|" + s.comparator();
    }
}
