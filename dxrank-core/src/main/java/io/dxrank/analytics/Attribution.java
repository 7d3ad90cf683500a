package io.dxrank.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Why a locality's composite score moved from one year to the next, split exactly into parts that add up to the
 * change (docs/methods.md, "Attribution"). The composite is S = sum over indicators of b_i * n_i, where n_i is the
 * indicator's normalized score and b_i = (w_p / W) / k_p its share (its pillar's weight over the weights of the
 * pillars the locality covers, shared by the k_p indicators of the pillar). For an indicator in both years
 * b1*n1 - b0*n0 = mean(b)*dn + mean(n)*db exactly; dn is split again into the locality's own value change (scored
 * against both years' peer groups, averaged) and the rest, the peer group's move (a min-max score falls when the
 * best peer improves). An indicator reported in one year only adds or removes its whole term. So:
 * {@code value + peers + coverage = S1 - S0}, to rounding.
 */
public final class Attribution {

    /** Effect of the locality's own value of an indicator (its peers held as they were). */
    public static final String VALUE = "value";
    /** Effect of the peer group's values on the indicator's normalized score. */
    public static final String PEERS = "peers";
    /** Effect of indicators or pillars appearing or disappearing, which shifts every share. */
    public static final String COVERAGE = "coverage";

    private Attribution() {
    }

    /** The peer group of an indicator in a year: what the normalization scores a value against. */
    public record Group(double min, double max, double mean, double sd) {
    }

    /**
     * One indicator of a locality's composite in one year.
     *
     * @param percent whether the indicator is a share (goalposts 0-100 under {@link Normalization#GOALPOST})
     */
    public record Term(String indicator, String pillar, double value, Group group, boolean lowerIsBetter,
                       boolean percent) {
    }

    /** One part of the change: an indicator's {@link #VALUE}, {@link #PEERS} or {@link #COVERAGE} effect. */
    public record Part(String indicator, String pillar, String effect, double contribution) {
    }

    /** The indicator's score as the composite computes it (the SQL of the analyze stage, in Java). */
    public static double score(double value, Group g, boolean lowerIsBetter, boolean percent, Normalization method) {
        return switch (method) {
            case ZSCORE -> g.sd() == 0 || Double.isNaN(g.sd()) ? 0.0
                    : (lowerIsBetter ? g.mean() - value : value - g.mean()) / g.sd();
            case GOALPOST -> percent ? (lowerIsBetter ? 100.0 - clamp(value) : clamp(value))
                    : minMax(value, g, lowerIsBetter);
            case MINMAX -> minMax(value, g, lowerIsBetter);
        };
    }

    private static double minMax(double value, Group g, boolean lowerIsBetter) {
        if (g.max() == g.min()) {
            return 100.0;
        }
        return 100.0 * (lowerIsBetter ? g.max() - value : value - g.min()) / (g.max() - g.min());
    }

    private static double clamp(double value) {
        return Math.min(Math.max(value, 0.0), 100.0);
    }

    /** The composite of one year's terms: pillar averages weighted by the covered pillars' weights. */
    public static double composite(List<Term> terms, Map<String, Double> weights, Normalization method) {
        Map<String, Double> shares = shares(terms, weights);
        double s = 0;
        for (Term t : terms) {
            s += shares.get(t.indicator()) * score(t.value(), t.group(), t.lowerIsBetter(), t.percent(), method);
        }
        return s;
    }

    /** b_i per indicator: (w_p / W) / k_p; 0 when no covered pillar has weight. */
    static Map<String, Double> shares(List<Term> terms, Map<String, Double> weights) {
        Map<String, Integer> perPillar = new HashMap<>();
        for (Term t : terms) {
            perPillar.merge(t.pillar(), 1, Integer::sum);
        }
        double total = 0;
        for (String p : perPillar.keySet()) {
            total += weights.getOrDefault(p, 0.0);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Term t : terms) {
            double w = weights.getOrDefault(t.pillar(), 0.0);
            shares.put(t.indicator(), total == 0 ? 0.0 : w / total / perPillar.get(t.pillar()));
        }
        return shares;
    }

    /** The parts of S(after) - S(before), indicator by indicator, zero parts left out. */
    public static List<Part> of(List<Term> before, List<Term> after, Map<String, Double> weights,
                                Normalization method) {
        Map<String, Term> b = byIndicator(before);
        Map<String, Term> a = byIndicator(after);
        Map<String, Double> b0 = shares(before, weights);
        Map<String, Double> b1 = shares(after, weights);
        TreeSet<String> all = new TreeSet<>(b.keySet());
        all.addAll(a.keySet());
        List<Part> parts = new ArrayList<>();
        for (String code : all) {
            Term t0 = b.get(code);
            Term t1 = a.get(code);
            if (t0 == null) {
                add(parts, t1, COVERAGE, b1.get(code) * scoreOf(t1, t1.group(), method));
            } else if (t1 == null) {
                add(parts, t0, COVERAGE, -b0.get(code) * scoreOf(t0, t0.group(), method));
            } else {
                double n0 = scoreOf(t0, t0.group(), method);
                double n1 = scoreOf(t1, t1.group(), method);
                // the own value's move, scored against each year's peers and averaged; the rest is the peers'
                double own = 0.5 * (scoreOf(t1, t0.group(), method) - n0 + n1 - scoreOf(t0, t1.group(), method));
                double meanShare = 0.5 * (b0.get(code) + b1.get(code));
                add(parts, t1, VALUE, meanShare * own);
                add(parts, t1, PEERS, meanShare * (n1 - n0 - own));
                add(parts, t1, COVERAGE, 0.5 * (n0 + n1) * (b1.get(code) - b0.get(code)));
            }
        }
        return parts;
    }

    private static double scoreOf(Term t, Group g, Normalization method) {
        return score(t.value(), g, t.lowerIsBetter(), t.percent(), method);
    }

    private static void add(List<Part> parts, Term t, String effect, double contribution) {
        if (contribution != 0.0) {
            parts.add(new Part(t.indicator(), t.pillar(), effect, contribution));
        }
    }

    private static Map<String, Term> byIndicator(List<Term> terms) {
        Map<String, Term> out = new LinkedHashMap<>();
        for (Term t : terms) {
            out.put(t.indicator(), t);
        }
        return out;
    }
}
