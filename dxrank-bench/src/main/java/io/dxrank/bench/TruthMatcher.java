package io.dxrank.bench;

import io.dxrank.extract.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs one plan's extracted statements with its ground truth: a truth row is found when a statement stands on
 * the same line with the same value; it is found exactly when kind and unit class (percent or count) agree too.
 * Each statement pairs at most once, so a figure read twice counts once as found and once as a false positive.
 */
final class TruthMatcher {

    /** One ground-truth row as read from truth/&lt;file&gt;.csv. */
    record Truth(int line, String kind, int year, double value, String unit, String indicatorCode, String template,
                 String valueText) {
        boolean percent() {
            return Statement.PERCENT.equals(unit);
        }
    }

    /** A truth row and the statement that found it (null when missed). */
    record Pair(Truth truth, Statement statement) {
        boolean found() {
            return statement != null;
        }

        boolean exact() {
            return found() && truth.kind().equals(statement.kind())
                    && truth.percent() == Statement.PERCENT.equals(statement.unit());
        }
    }

    /** Pairs in truth order, and the statements no truth row claimed. */
    record Result(List<Pair> pairs, List<Statement> unclaimed) {
    }

    private TruthMatcher() {
    }

    static Result match(List<Truth> truth, List<Statement> statements) {
        boolean[] used = new boolean[statements.size()];
        List<Pair> pairs = new ArrayList<>(truth.size());
        for (Truth t : truth) {
            int best = -1;
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                if (used[i] || s.line() != t.line() || Math.abs(s.value() - t.value()) > 0.005) {
                    continue;
                }
                // prefer the statement that also agrees on kind, so two figures on one line pair correctly
                if (best < 0 || s.kind().equals(t.kind()) && !statements.get(best).kind().equals(t.kind())) {
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
            }
            pairs.add(new Pair(t, best < 0 ? null : statements.get(best)));
        }
        List<Statement> unclaimed = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!used[i]) {
                unclaimed.add(statements.get(i));
            }
        }
        return new Result(pairs, unclaimed);
    }
}
