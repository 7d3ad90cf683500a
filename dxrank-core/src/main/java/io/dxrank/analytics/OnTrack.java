package io.dxrank.analytics;

import java.util.Comparator;
import java.util.List;

/**
 * Whether a locality is on its way to a national target (docs/methods.md, "On track"), in the spirit of the
 * EU Digital Decade trajectories. The straight path runs from the locality's first result (the baseline) to the
 * national target in its year; the current pace is the change per year from the baseline to the latest result.
 * The locality is on track when that pace reaches the target by the target year, which is the same as its latest
 * result lying on or ahead of the straight path. Only results of the target year or before count.
 */
public final class OnTrack {

    /** A pace reaching the target at most this many years late is "at risk", later is "off track". */
    public static final int AT_RISK_YEARS = 2;

    private OnTrack() {
    }

    /** The label, with its code in trajectory.csv. */
    public enum Status {
        /** The latest result meets the target. */
        REACHED("reached"),
        /** The current pace reaches the target by the target year. */
        ON_TRACK("on_track"),
        /** The current pace reaches it, but up to {@link #AT_RISK_YEARS} years late. */
        AT_RISK("at_risk"),
        /** Later than that, or the results do not move towards the target. */
        OFF_TRACK("off_track"),
        /** The target year's own result falls short. */
        MISSED("missed"),
        /** One result year before the target year: no pace to judge. */
        INSUFFICIENT_DATA("insufficient_data");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A figure of one year (a result or one of the locality's own targets). */
    public record Point(int year, double value) {
    }

    /**
     * The assessment of one locality against one national target. Fields that cannot be told are null: no pace
     * from one result, no reach year when the results move away from the target, no own target for a year up to
     * the target year.
     *
     * @param pathValue     the straight path's value in the latest result's year
     * @param projected     the latest result carried on at the current pace to the target year
     * @param reachYear     the first year at which the current pace meets the target (or the result that did)
     * @param ownTarget     the locality's own target for the latest year up to the target year
     * @param planMeetsNational whether that own target meets the national one
     */
    public record Assessment(Status status, Point baseline, Point latest, Double pathValue, Double pacePerYear,
                             Double projected, Integer reachYear, Point ownTarget, Boolean planMeetsNational,
                             int results) {
    }

    /**
     * @param lowerIsBetter the indicator's direction (a processing time falls towards its target)
     * @param results       the locality's results, one per year (any order)
     * @param ownTargets    the locality's own targets, one per year (any order)
     */
    public static Assessment assess(boolean lowerIsBetter, double target, int targetYear, List<Point> results,
                                    List<Point> ownTargets) {
        List<Point> counted = results.stream().filter(p -> p.year() <= targetYear)
                .sorted(Comparator.comparingInt(Point::year)).toList();
        Point own = ownTargets.stream().filter(p -> p.year() <= targetYear)
                .max(Comparator.comparingInt(Point::year)).orElse(null);
        Boolean planMeets = own == null ? null : meets(own.value(), target, lowerIsBetter);
        if (counted.isEmpty()) {
            return new Assessment(Status.INSUFFICIENT_DATA, null, null, null, null, null, null, own, planMeets, 0);
        }
        Point baseline = counted.get(0);
        Point latest = counted.get(counted.size() - 1);
        Double path = baseline.year() == targetYear ? null : baseline.value()
                + (target - baseline.value()) * (latest.year() - baseline.year()) / (targetYear - baseline.year());
        if (meets(latest.value(), target, lowerIsBetter)) {
            int first = counted.stream().filter(p -> meets(p.value(), target, lowerIsBetter))
                    .mapToInt(Point::year).min().orElse(latest.year());
            return new Assessment(Status.REACHED, baseline, latest, path, pace(baseline, latest), null, first, own,
                    planMeets, counted.size());
        }
        if (latest.year() == targetYear) {
            return new Assessment(Status.MISSED, baseline, latest, path, pace(baseline, latest), latest.value(), null,
                    own, planMeets, counted.size());
        }
        Double pace = pace(baseline, latest);
        if (pace == null) {
            return new Assessment(Status.INSUFFICIENT_DATA, baseline, latest, path, null, null, null, own, planMeets,
                    counted.size());
        }
        double projected = latest.value() + pace * (targetYear - latest.year());
        boolean towards = lowerIsBetter ? pace < 0 : pace > 0;
        if (!towards) {
            return new Assessment(Status.OFF_TRACK, baseline, latest, path, pace, projected, null, own, planMeets,
                    counted.size());
        }
        // the whole years the pace needs from the latest result; the tolerance keeps an exact hit on its year
        int reach = latest.year() + (int) Math.ceil((target - latest.value()) / pace - 1e-9);
        Status status = reach <= targetYear ? Status.ON_TRACK
                : reach <= targetYear + AT_RISK_YEARS ? Status.AT_RISK : Status.OFF_TRACK;
        return new Assessment(status, baseline, latest, path, pace, projected, reach, own, planMeets, counted.size());
    }

    /** Whether a value meets a target in the indicator's direction. */
    public static boolean meets(double value, double target, boolean lowerIsBetter) {
        return lowerIsBetter ? value <= target : value >= target;
    }

    private static Double pace(Point baseline, Point latest) {
        return latest.year() == baseline.year() ? null
                : (latest.value() - baseline.value()) / (latest.year() - baseline.year());
    }
}
