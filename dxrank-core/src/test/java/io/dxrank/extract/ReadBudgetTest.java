package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A document that outlasts its read budget is read up to where the budget ran out, and says so. */
class ReadBudgetTest {

    /** A real plan: the first of the bundled seeds. */
    private static byte[] seedPlan() throws Exception {
        return Files.readAllBytes(Path.of("data/plans/000_94ef183eb1e07201.txt"));
    }

    @Test
    void aSpentBudgetStopsReadingWithAFindingNamingTheLine() throws Exception {
        ExtractionResult r = PlanExtractor.extract("plan.txt", seedPlan(), new ReadBudget(0));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        assertTrue(r.statements().isEmpty(), "nothing read after the budget");
        assertEquals(1, r.findings().stream().filter(f -> f.code().equals("read_budget_spent")).count());
        assertTrue(r.findings().stream().anyMatch(f -> f.detail().startsWith("reading stopped at line 1 of ")));
    }

    @Test
    void aRealPlanIsReadWholeWithinTheDefaultBudget() throws Exception {
        ExtractionResult r = PlanExtractor.extract("plan.txt", seedPlan());
        assertTrue(r.statements().size() > 10, "the seed states many figures");
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("read_budget_spent")));
    }
}
