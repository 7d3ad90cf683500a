package io.dxrank.bench;

import java.util.SplittableRandom;

/**
 * The true values of one indicator for one locality over the years: a start drawn from the indicator's range
 * (counts scaled by the locality's size), steady growth with a little noise, percentages capped at 100.
 * Targets are the previous year's result plus some ambition, rounded the way plans round them.
 */
final class Trajectory {

    static final int BASE_YEAR = 2020;

    private final IndicatorSpec spec;
    private final double start;
    private final double growth;
    private final long noiseSeed;
    private final double scale;

    Trajectory(IndicatorSpec spec, SyntheticLocality locality, long seed) {
        this.spec = spec;
        SplittableRandom r = new SplittableRandom(Seeds.mix(seed, locality.id(), spec.code()));
        this.scale = spec.percent() ? 1 : locality.scale();
        this.start = (spec.low() + r.nextDouble() * (spec.high() - spec.low())) * scale;
        this.growth = spec.growth() * (0.4 + 1.2 * r.nextDouble()) * scale;
        this.noiseSeed = r.nextLong();
    }

    /** The result reported for a year. */
    double actual(int year) {
        SplittableRandom r = new SplittableRandom(noiseSeed + year);
        double v = start + growth * (year - BASE_YEAR) + (r.nextDouble() - 0.5) * growth * 0.6;
        if (spec.percent()) {
            v = Math.min(100, Math.max(1, v));
            return r.nextInt(5) == 0 && v < 99.5 ? Math.round(v * 10) / 10.0 : Math.round(v);
        }
        return Math.max(1, Math.round(v));
    }

    /** The target set for a year in that year's plan. */
    double target(int year) {
        SplittableRandom r = new SplittableRandom(noiseSeed ^ (year * 31L));
        double v = actual(year - 1) + growth * (0.8 + r.nextDouble());
        if (spec.percent()) {
            v = Math.min(100, Math.ceil(v / 5) * 5);
            return Math.max(5, v);
        }
        return Math.max(1, v >= 50 ? Math.ceil(v / 10) * 10 : Math.ceil(v));
    }
}
