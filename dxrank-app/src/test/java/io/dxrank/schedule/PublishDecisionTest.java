package io.dxrank.schedule;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which finished runs are published: a run with nothing to rank never replaces a good report (issue 23). */
class PublishDecisionTest {

    private static final Map<String, Long> RANKED = Map.of("files", 6L, "facts", 157L, "rankings", 269L, "composite", 2L);
    private static final Map<String, Long> NOTHING = Map.of("files", 3L, "facts", 0L, "rankings", 0L, "composite", 0L);

    @Test
    void aRunWithRankingsIsPublished() {
        assertNull(JobRunner.withheld(RANKED, 0, false, true));
        assertNull(JobRunner.withheld(RANKED, 2, false, true), "rejects alone do not withhold a run");
    }

    @Test
    void nothingToRankKeepsTheLastReportButAFirstRunStillShowsWhatWasRead() {
        String reason = JobRunner.withheld(NOTHING, 3, false, true);
        assertTrue(reason != null && reason.startsWith("nothing to rank") && reason.contains("3 rejected"), reason);
        assertNull(JobRunner.withheld(NOTHING, 3, false, false), "the first run publishes its plans.csv of rejects");
    }

    @Test
    void failOnRejectWithholdsAnyRunWithRejects() {
        String reason = JobRunner.withheld(RANKED, 1, true, false);
        assertTrue(reason != null && reason.contains("fail-on-reject"), reason);
    }
}
