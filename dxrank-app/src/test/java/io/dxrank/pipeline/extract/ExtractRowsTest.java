package io.dxrank.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The extract cache's rows give back what was read (no Spark session needed: rows are plain values). */
class ExtractRowsTest {

    @Test
    void aDocumentNamingNeitherLocalityNorYearKeepsItsMetadataThroughTheCache() {
        // a one-cell-per-line appendix of an undated commune plan (the shape of devset/fresh f04): numbers only
        ExtractionResult read = PlanExtractor.extract("phu-luc.txt", """
                STT
                Tên chỉ tiêu
                Chỉ tiêu cụ thể
                1
                Tỷ lệ cán bộ, công chức được đào tạo kỹ năng số
                %
                100
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractionResult.OK, read.status());
        assertNull(read.metadata().localityName());
        ExtractionResult back = ExtractRows.fromRow(ExtractRows.toRow(read));
        assertNotNull(back.metadata(), "normalizing a read document needs its metadata");
        assertEquals(read.statements().size(), back.statements().size());
    }
}
