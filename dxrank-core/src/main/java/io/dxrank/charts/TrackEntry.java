package io.dxrank.charts;

/**
 * One row of trajectory.csv: a locality's path to a national target, as its page shows it.
 *
 * @param status     the label's code (reached, on_track, at_risk, off_track, missed, insufficient_data)
 * @param latestYear the latest result's year, null without a result
 * @param reachYear  the year the current pace meets the target (or met it), null when it cannot be told
 */
public record TrackEntry(String localityId, String indicatorCode, String levelGroup, double nationalTarget,
                         int targetYear, String status, Integer latestYear, Double latestValue, Integer reachYear,
                         Integer ownTargetYear, Double ownTarget) {
}
