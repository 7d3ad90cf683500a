package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The text budget (memory): a plan twice its size is read up to the last line break within it, and says so. */
    @Test
    void aTextOverItsBudgetIsReadUpToTheLastLineBreakWithinIt() throws Exception {
        byte[] plan = seedPlan();
        String text = new String(plan, StandardCharsets.UTF_8);
        int limit = text.length() / 2;
        ExtractionResult half = PlanExtractor.extract("plan.txt", plan, new ReadBudget(ReadBudget.DEFAULT_MS, limit));
        ExtractionResult whole = PlanExtractor.extract("plan.txt", plan);
        assertEquals(ExtractionResult.OK, half.status(), half.reason());
        List<Finding> spent = half.findings().stream().filter(f -> f.code().equals("text_budget_spent")).toList();
        assertEquals(1, spent.size());
        int linesRead = text.substring(0, text.lastIndexOf('\n', limit)).split("\n", -1).length;
        assertEquals(linesRead, spent.get(0).line(), spent.get(0).detail());
        assertTrue(spent.get(0).detail().contains("-Ddxrank.extract.maxChars"), spent.get(0).detail());
        assertTrue(!half.statements().isEmpty() && half.statements().size() < whole.statements().size());
        assertTrue(half.statements().stream().allMatch(s -> s.line() <= linesRead), "nothing below the cut is read");
        assertTrue(whole.findings().stream().noneMatch(f -> f.code().equals("text_budget_spent")));
    }

    @Test
    void aRealPlanIsReadWholeWithinTheDefaultBudget() throws Exception {
        ExtractionResult r = PlanExtractor.extract("plan.txt", seedPlan());
        assertTrue(r.statements().size() > 10, "the seed states many figures");
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("read_budget_spent")));
    }
}
