package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's findings stay readable: the first of each code listed, the rest counted in one row. */
class FindingCapTest {

    @Test
    void theFindingsOfOneCodeBeyondTheCapBecomeOneCountedRow() {
        List<Finding> many = new ArrayList<>();
        for (int line = 1; line <= 1_000; line++) {
            many.add(Finding.info("p", "f.txt", line, "unmapped_statement", "no indicator"));
        }
        many.add(Finding.warn("p", "f.txt", 7, "conflicting_values", "kept 1 over 2"));
        List<Finding> capped = FindingCap.cap(many, 50);
        assertEquals(52, capped.size(), "50 listed, 1 other code, 1 summary");
        Finding summary = capped.get(capped.size() - 1);
        assertEquals("unmapped_statement", summary.code());
        assertEquals(51, summary.line());
        assertTrue(summary.detail().startsWith("950 more unmapped_statement findings in this document (lines 51-1000)"),
                summary.detail());
        assertTrue(capped.stream().anyMatch(f -> f.code().equals("conflicting_values")), "other codes untouched");
    }

    @Test
    void fewFindingsPassUnchanged() {
        List<Finding> few = List.of(Finding.info("p", "f", 1, "a", "x"), Finding.warn("p", "f", 2, "b", "y"));
        assertEquals(few, FindingCap.cap(few));
    }
}
