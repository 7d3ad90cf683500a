package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A heading that names two pillars takes the one it names first, the same in every run. */
class SectionPillarTest {

    private static String pillarOf(String heading) {
        SectionTracker tracker = new SectionTracker(false);
        tracker.accept(heading);
        return tracker.context().pillar();
    }

    @Test
    void thePillarNamedFirstWins() {
        // devset/dev a05: its pillar changed from run to run while a map's iteration order decided
        assertEquals("infrastructure", pillarOf("3. Hạ tầng dữ liệu và điện toán đám mây"));
        assertEquals("data", pillarOf("4. Dữ liệu số và hạ tầng"));
        assertEquals("economy", pillarOf("II. PHÁT TRIỂN KINH TẾ SỐ"));
    }
}
