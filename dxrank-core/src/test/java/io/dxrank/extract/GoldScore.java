package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Matches extracted statements to hand-labelled gold rows of one plan and counts hits.
 * A hit is the same line (±1), the same value, kind and year; every statement and gold row is used once.
 */
final class GoldScore {

    /** One labelled statement (columns of src/test/resources/gold/&lt;seed&gt;.csv). */
    record Gold(int line, String kind, Integer year, double value, String valueText) {
    }

    /** An extracted statement reduced to what gold labels: year already resolved from the metadata. */
    record Found(int line, String kind, Integer year, double value, String valueText) {

        static Found of(Statement s, PlanMetadata meta) {
            Integer year = s.year() != null ? s.year()
                    : Statement.ACTUAL.equals(s.kind()) ? meta.resultsYear() : meta.planYear();
            return new Found(s.line(), s.kind(), year, s.value(), s.valueText());
        }
    }

    final int gold;
    final int found;
    final int hits;
    final List<String> misses = new ArrayList<>();
    final List<String> extras = new ArrayList<>();

    GoldScore(List<Gold> goldRows, List<Found> extracted) {
        boolean[] used = new boolean[extracted.size()];
        int h = 0;
        for (Gold g : goldRows) {
            int match = -1;
            for (int i = 0; i < extracted.size() && match < 0; i++) {
                Found f = extracted.get(i);
                if (!used[i] && Math.abs(f.line() - g.line()) <= 1 && Math.abs(f.value() - g.value()) < 1e-9
                        && g.kind().equals(f.kind()) && Objects.equals(g.year(), f.year())) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                h++;
            } else {
                misses.add(g.toString());
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used[i]) {
                extras.add(extracted.get(i).toString());
            }
        }
        this.gold = goldRows.size();
        this.found = extracted.size();
        this.hits = h;
    }

    double recall() {
        return gold == 0 ? 1.0 : (double) hits / gold;
    }

    double precision() {
        return found == 0 ? 1.0 : (double) hits / found;
    }
}
