package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.tables.TableExtractor;
import io.dxrank.tables.TableMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A broken file's reject says what is wrong and where, never only an exception's class name (issue 23, part 7). */
class FailureReasonsTest {

    private static void readable(String reason) {
        assertFalse(reason.matches(".*\\b\\w+(Exception|Error)\\b.*"), "no exception class: " + reason);
    }

    @Test
    void anUnclosedQuoteInACsvNamesItsLine() {
        byte[] csv = "locality,indicator,year,value\nxã A,dvc,2024,5\n\"xã B,dvc,2024,6\nxã C,dvc,2024,7\n"
                .getBytes(StandardCharsets.UTF_8);
        ExtractionResult r = TableExtractor.extract("bang.csv", csv, TableMapping.NONE);
        assertEquals("rejected", r.status());
        assertTrue(r.reason().contains("unclosed quote") && r.reason().contains("line 3"), r.reason());
        readable(r.reason());
    }

    @Test
    void aDocxThatIsNoOfficeZipAndATruncatedOneSayWhat() throws IOException {
        ExtractionResult garbage = PlanExtractor.extract("kh.docx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(garbage.reason().startsWith("corrupt or truncated docx: "), garbage.reason());
        readable(garbage.reason());
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 200; i++) {
                doc.createParagraph().createRun().setText("Tỷ lệ hồ sơ trực tuyến đạt " + i + "% năm 2024.");
            }
            doc.write(docx);
        }
        byte[] bytes = docx.toByteArray();
        ExtractionResult truncated = PlanExtractor.extract("kh2.docx", Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertEquals("rejected", truncated.status(), truncated.reason());
        readable(truncated.reason());
    }

    @Test
    void aTruncatedWorkbookAndPdfSayWhat() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("CDS");
            for (int i = 0; i < 300; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("xã " + i);
                row.createCell(1).setCellValue(i);
            }
            wb.write(xlsx);
        }
        byte[] bytes = xlsx.toByteArray();
        ExtractionResult table = TableExtractor.extract("bang.xlsx", Arrays.copyOf(bytes, bytes.length / 2),
                TableMapping.NONE);
        assertEquals("rejected", table.status());
        readable(table.reason());
        ExtractionResult pdf = PlanExtractor.extract("kh.pdf", "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        assertEquals("rejected", pdf.status());
        readable(pdf.reason());
    }

    @Test
    void anExceptionWithoutAMessageIsDescribedInWords() {
        assertEquals("illegal state (no detail given)", FailureReasons.of(new IllegalStateException()));
        assertEquals("nested too deeply to read", FailureReasons.of(new StackOverflowError()));
    }
}
