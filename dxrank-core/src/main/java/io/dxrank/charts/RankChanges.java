package io.dxrank.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs each locality's composite rank in an earlier year with its rank in a later year. */
public final class RankChanges {

    private RankChanges() {
    }

    /** Localities ranked in both years (entries of one kind and level group), in the order of the later year. */
    public static List<RankChange> between(List<CompositeEntry> entries, int before, int after) {
        Map<String, Integer> earlier = new HashMap<>();
        for (CompositeEntry e : entries) {
            if (e.year() == before) {
                earlier.put(e.localityId(), e.rank());
            }
        }
        List<RankChange> out = new ArrayList<>();
        for (CompositeEntry e : entries) {
            Integer was = earlier.get(e.localityId());
            if (e.year() == after && was != null) {
                out.add(new RankChange(e.localityId(), e.localityName(), was, e.rank()));
            }
        }
        return out;
    }
}
