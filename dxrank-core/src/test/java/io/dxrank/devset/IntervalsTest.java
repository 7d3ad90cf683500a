package io.dxrank.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    private static DevSetScore.Tally document(int gold, int hits) {
        DevSetScore.Tally t = new DevSetScore.Tally();
        t.docs = 1;
        t.gold = gold;
        t.found = gold;
        t.hits = hits;
        return t;
    }

    @Test
    void documentsAlikeLeaveNoRoomAndDocumentsApartLeaveMuch() {
        List<DevSetScore.Tally> alike = Collections.nCopies(40, document(5, 4));
        double[] narrow = Intervals.of(alike, DevSetScore.Tally::recall);
        assertEquals(0.8, narrow[0], 1e-9);
        assertEquals(0.8, narrow[1], 1e-9);
        List<DevSetScore.Tally> apart = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            apart.add(document(5, 5));
            apart.add(document(5, 3));
        }
        double[] wide = Intervals.of(apart, DevSetScore.Tally::recall);
        assertTrue(wide[0] < 0.8 && 0.8 < wide[1], "the pooled recall lies inside: " + wide[0] + ".." + wide[1]);
        assertTrue(wide[1] - wide[0] > 0.05, "forty documents of 1.0 and 0.6 leave a wide interval");
        assertEquals(wide[0], Intervals.of(apart, DevSetScore.Tally::recall)[0], 0.0, "seeded: the same draws each time");
    }
}
