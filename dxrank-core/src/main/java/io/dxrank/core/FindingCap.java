package io.dxrank.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bounds the findings of one document: the first {@value #PER_CODE} of each code are listed, the rest become one
 * row per code with their count and line range. One 19 MB line repeating a sentence made 594,713 findings (a 120 MB
 * quality.csv) that no analyst reads one by one.
 */
public final class FindingCap {

    /** Findings of one code listed per document before the rest are counted. */
    public static final int PER_CODE = 50;

    private FindingCap() {
    }

    public static List<Finding> cap(List<Finding> findings) {
        return cap(findings, PER_CODE);
    }

    static List<Finding> cap(List<Finding> findings, int perCode) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Finding[]> overflow = new LinkedHashMap<>(); // {first, last, worst} of the findings not listed
        Map<String, Integer> overflowCount = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            int n = seen.merge(f.code(), 1, Integer::sum);
            if (n <= perCode) {
                out.add(f);
                continue;
            }
            Finding[] range = overflow.computeIfAbsent(f.code(), k -> new Finding[] {f, f, f});
            range[1] = f;
            range[2] = f.severity().compareTo(range[2].severity()) > 0 ? f : range[2];
            overflowCount.merge(f.code(), 1, Integer::sum);
        }
        for (Map.Entry<String, Finding[]> e : overflow.entrySet()) {
            Finding[] range = e.getValue();
            out.add(new Finding(range[0].planId(), range[0].sourceFile(), range[0].line(), range[2].severity(),
                    e.getKey(), String.format(Locale.ROOT, "%d more %s findings in this document (lines %d-%d) are not "
                            + "listed one by one; the first %d are above", overflowCount.get(e.getKey()), e.getKey(),
                            range[0].line(), range[1].line(), perCode)));
        }
        return out;
    }
}
