package io.dxrank.analytics;

import java.util.Random;

/**
 * Random pillar-weight sets around the base weights: Dirichlet draws with mean equal to the base weights and
 * concentration {@code k} (larger k, smaller spread). Seeded, so every run draws the same sets.
 * Example: {@code WeightDraws.draw(new double[] {0.4, 0.3, 0.3}, 1000, 50, 7)}.
 */
public final class WeightDraws {

    private WeightDraws() {
    }

    /** {@code count} rows of weights, each summing to 1; pillars with base weight 0 stay 0. */
    public static double[][] draw(double[] base, int count, double concentration, long seed) {
        Random random = new Random(seed);
        double[][] out = new double[count][base.length];
        for (int d = 0; d < count; d++) {
            double sum = 0;
            for (int p = 0; p < base.length; p++) {
                double g = base[p] <= 0 ? 0 : gamma(concentration * base[p], random);
                out[d][p] = g;
                sum += g;
            }
            for (int p = 0; p < base.length; p++) {
                out[d][p] = sum == 0 ? base[p] : out[d][p] / sum;
            }
        }
        return out;
    }

    /** Marsaglia-Tsang gamma(shape, 1) sampler; shape below 1 by the boost gamma(a+1) * U^(1/a). */
    static double gamma(double shape, Random random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
