package io.dxrank.analytics;

import io.dxrank.core.Pillar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Perturbed weight sets for the rank-stability analysis: draws from a Dirichlet distribution centred on the base
 * weights, alpha_p = concentration * w_p. Pillars with base weight 0 stay 0. A fixed seed makes the draws (and so
 * rank_p05/rank_p95/rank_median) identical across runs. Example: {@code DirichletDraws.draw(base, 1000, 50, 42)}.
 */
public final class DirichletDraws {

    /** Number of draws, concentration and seed used by the pipeline. */
    public static final int DEFAULT_DRAWS = 1000;
    public static final double DEFAULT_CONCENTRATION = 50.0;
    public static final long DEFAULT_SEED = 20240601L;

    private DirichletDraws() {
    }

    /** Returns {@code count} weight maps; each sums to 1 over the pillars with positive base weight. */
    public static List<Map<Pillar, Double>> draw(Map<Pillar, Double> base, int count, double concentration,
                                                 long seed) {
        if (count < 1 || concentration <= 0) {
            throw new IllegalArgumentException("Cannot draw weights: count " + count + ", concentration "
                    + concentration);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<Pillar, Double>> draws = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EnumMap<Pillar, Double> g = new EnumMap<>(Pillar.class);
            double sum = 0;
            for (Pillar p : Pillar.values()) {
                double w = base.getOrDefault(p, 0.0);
                double x = w > 0 ? gamma(concentration * w, random) : 0.0;
                g.put(p, x);
                sum += x;
            }
            for (Map.Entry<Pillar, Double> e : g.entrySet()) {
                e.setValue(sum > 0 ? e.getValue() / sum : 0.0);
            }
            draws.add(g);
        }
        return draws;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape below 1 boosted by U^(1/shape). */
    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, random) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** Standard normal by Box-Muller (one value per call keeps the stream simple and deterministic). */
    private static double normal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
