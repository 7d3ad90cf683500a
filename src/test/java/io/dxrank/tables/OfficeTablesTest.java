package io.dxrank.tables;

import static io.dxrank.tables.TableExtractorTest.facts;
import static io.dxrank.tables.TableExtractorTest.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Finding;
import io.dxrank.extract.QuantityScanner;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tables of {@link OfficeTables}, as Vietnamese offices make them, checked value by value. */
class OfficeTablesTest {

    @BeforeAll
    static void load() throws Exception {
        TableExtractorTest.normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    @Test
    void figureCellsTakeThePlansComparatorWords() {
        assertEquals(new TableExtractor.Figure(80, null, true, "gte"), TableExtractor.figure("≥ 80%"));
        assertEquals(new TableExtractor.Figure(80, null, true, "gte"), TableExtractor.figure(">=80%"));
        assertEquals(new TableExtractor.Figure(90, null, true, "gt"), TableExtractor.figure("Trên 90%"));
        assertEquals(new TableExtractor.Figure(70, null, true, "gte"), TableExtractor.figure("Từ 70% trở lên"));
        assertEquals(new TableExtractor.Figure(98, null, true, "gte"), TableExtractor.figure("Không dưới 98%"));
        assertEquals(new TableExtractor.Figure(90, null, true, "gt"), TableExtractor.figure("Hơn 90%"));
        assertEquals(new TableExtractor.Figure(5, null, true, "lte"), TableExtractor.figure("Dưới 5%"));
        assertEquals(new TableExtractor.Figure(50, null, true, "approx"), TableExtractor.figure("khoảng 50 %"));
        assertEquals(new TableExtractor.Figure(15, 20.0, true, "range"), TableExtractor.figure("15-20%"));
        assertEquals(new TableExtractor.Figure(1234, null, false, "eq"), TableExtractor.figure("1.234"));
        assertEquals(new TableExtractor.Figure(98.5, null, true, "eq"), TableExtractor.figure("98,5%"));
        assertNull(TableExtractor.figure("đang cập nhật"));
        assertNull(TableExtractor.figure("12/15"));
        assertNull(TableExtractor.figure("Tăng 10%"), "a change is not a level");
        // one rule for both: the plans' scanner reads the same words the same way
        String sentence = "phấn đấu từ 70% trở lên";
        assertEquals("gte", QuantityScanner.comparator(sentence, sentence.indexOf("70"), sentence.indexOf("%") + 1));
        assertEquals("gte", QuantityScanner.scan("tỷ lệ đạt ≥ 80%").get(0).comparator());
    }
}
