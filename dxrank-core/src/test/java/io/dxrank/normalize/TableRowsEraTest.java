package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document's rows of other units (a ranking of the provinces) are resolved on the side of the reform their figures'
 * years lie on: "Gia Lai" of a 2022 ranking is the old province (64), not the one formed on 1 July 2025 (52).
 */
class TableRowsEraTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    private static Statement row(int line, String province, int rank, Integer year) {
        String text = rank + " " + province;
        return new Statement(line, text, text, "", null, Statement.ACTUAL, "Xếp hạng chuyển đổi số", Integer.toString(rank),
                rank, null, null, "hạng", "eq", year, "table",
                new Statement.RowLocality(province, "tinh", province));
    }

    private static Normalizer.Result ranking(Integer year, String issueDate) {
        PlanMetadata meta = new PlanMetadata(null, null, null, null, null, PlanMetadata.FULL_YEAR, null, issueDate, "table");
        return normalizer.normalizeTable(new ExtractionResult("p1", "xep-hang.txt", "0", "txt", 10, ExtractionResult.OK, "",
                meta, List.of(row(3, "Gia Lai", 62, year), row(4, "Đồng Tháp", 39, year)), List.of()));
    }

    @Test
    void theFiguresYearsChooseTheEraOfTheUnitsTheRowsName() {
        List<Fact> facts = ranking(2022, "2026-02-01").facts();
        assertEquals("64", facts.get(0).localityId(), "a 2022 figure is of the old Gia Lai, read in 2026 or not");
        assertEquals("87", facts.get(1).localityId());
        assertEquals("52", ranking(2026, null).facts().get(0).localityId(), "a 2026 figure is of the new Gia Lai");
    }

    @Test
    void figuresOfBothSidesOrOfNoYearTakeTheDocumentsDate() {
        assertEquals("2023-06-30", DocumentLocalities.rowsDate(List.of(row(3, "Gia Lai", 62, 2022), row(4, "Gia Lai", 60, 2023)),
                null));
        assertEquals("2026-03-01", DocumentLocalities.rowsDate(List.of(row(3, "Gia Lai", 62, 2024), row(4, "Gia Lai", 9, 2026)),
                new PlanMetadata(null, null, null, null, null, PlanMetadata.FULL_YEAR, null, "2026-03-01")));
        assertNull(DocumentLocalities.rowsDate(List.of(row(3, "Gia Lai", 62, null)), null));
    }
}
