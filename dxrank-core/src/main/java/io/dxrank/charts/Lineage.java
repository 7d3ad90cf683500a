package io.dxrank.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The 1 July 2025 reform as the report shows it: for a commune formed then, the old units it was formed from; for
 * an old unit, the new one(s) it went into (data/reference/lineage.csv, limited to the report's localities).
 */
public record Lineage(Map<String, List<Unit>> formedFrom, Map<String, List<Unit>> wentInto) {

    /** A unit named on a locality page: its code, name and level code. */
    public record Unit(String id, String name, String level) {
    }

    public static final Lineage NONE = new Lineage(Map.of(), Map.of());

    /**
     * From the rows of data/reference/lineage.csv (old id, old name, old level, new id, new name, new level), the
     * links that touch one of {@code ids}; a unit that kept its code is no successor of itself.
     */
    public static Lineage of(List<String[]> rows, Set<String> ids) {
        Map<String, List<Unit>> formedFrom = new TreeMap<>();
        Map<String, List<Unit>> wentInto = new TreeMap<>();
        for (String[] r : rows) {
            if (ids.contains(r[3])) {
                formedFrom.computeIfAbsent(r[3], k -> new ArrayList<>()).add(new Unit(r[0], r[1], r[2]));
            }
            if (ids.contains(r[0]) && !r[0].equals(r[3])) {
                wentInto.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Unit(r[3], r[4], r[5]));
            }
        }
        return new Lineage(formedFrom, wentInto);
    }

    public Lineage {
        formedFrom = Map.copyOf(formedFrom);
        wentInto = Map.copyOf(wentInto);
    }
}
