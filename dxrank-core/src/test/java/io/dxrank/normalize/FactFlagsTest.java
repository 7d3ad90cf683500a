package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One fact of each flag kind (issue 19, part 2): what facts.csv's flags column says. */
class FactFlagsTest {

    private static Fact fact(double value, Double high, String unit, String comparator, String source) {
        return new Fact("p", "l", "L", "xa", "P", "a", "A", "government", "actual", 2024, "2024", value, high, unit,
                comparator, "f.txt", 1, "q", "s", "", "v", null, source, null, null);
    }

    @Test
    void eachFlagKind() {
        assertEquals("prose", FactFlags.of(fact(80, null, "percent", "eq", "prose")));
        assertEquals("table", FactFlags.of(fact(80, null, "percent", "eq", "table")));
        assertEquals("table", FactFlags.of(fact(80, null, "percent", "eq", "table_file")));
        assertEquals("prose;approx", FactFlags.of(fact(50, null, "percent", "approx", "prose")));
        assertEquals("prose;range", FactFlags.of(fact(15, 20.0, "percent", "range", "prose")));
        assertEquals("prose;out_of_range", FactFlags.of(fact(120, null, "percent", "eq", "prose")));
        assertEquals("table;out_of_range", FactFlags.of(fact(-3, null, "tài khoản", "eq", "table")));
        assertEquals("prose", FactFlags.of(fact(1200, null, "tài khoản", "eq", "prose")));
        assertEquals("prose;conflict", FactFlags.of(fact(80, null, "percent", "eq", "prose")
                .withStatus(FactStatus.CONFLICT_OTHER)), "the value that lost to another of its document");
    }

    @Test
    void guessesMakeALowConfidenceFact() {
        Fact sure = fact(80, null, "percent", "eq", "prose");
        assertEquals(1.0, sure.confidence());
        Fact guessed = sure.withDoubts("kind;year", 0.58);
        assertEquals("prose;guessed_kind;guessed_year", FactFlags.of(guessed));
        Fact later = guessed.withStatus(FactStatus.HELD).withFigures(1, null, null);
        assertEquals(0.58, later.confidence(), "the doubts travel with the fact");
        assertEquals("prose;guessed_kind;guessed_year", FactFlags.of(later));
    }
}
