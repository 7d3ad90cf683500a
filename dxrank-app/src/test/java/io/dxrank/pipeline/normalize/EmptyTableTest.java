package io.dxrank.pipeline.normalize;

import io.dxrank.normalize.Catalog;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.tables.InputFile;
import io.dxrank.normalize.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A table template sent out but not filled in: no figure, no plan metadata; the run must go on. */
class EmptyTableTest {

    @Test
    void aTableWithoutFiguresIsNormalizedAsATableNotAPlan() throws Exception {
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
        for (String csv : List.of("Tên đơn vị;Chỉ tiêu;ĐVT;Năm;Thực hiện\r\nXã Khánh Sơn;Nhóm Zalo;nhóm;2024;-\r\n",
                "Tên đơn vị;Chỉ tiêu;ĐVT;Năm;Thực hiện\r\nXã Khánh Sơn;Nhóm Zalo;nhóm;2024;đang cập nhật\r\n")) {
            ExtractionResult r = InputFile.extract("mau.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertEquals(ExtractionResult.OK, r.status(), r.reason());
            assertTrue(r.statements().isEmpty());
            // this threw a NullPointerException (no plan metadata) inside the Spark map: the whole run failed
            Row row = NormalizeStage.normalizeOne(r, normalizer);
            assertEquals(0, row.getList(1).size());
            assertTrue(Normalizer.isTable(r));
        }
    }
}
