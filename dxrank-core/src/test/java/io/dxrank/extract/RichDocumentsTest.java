package io.dxrank.extract;

import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** html, docx and pdf files built inside the test read like the plain-text plan; broken ones are rejects. */
class RichDocumentsTest {

    private static final String SEED = "004_8c4c35e57e02ea51.txt";
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void docxParagraphsGiveTheSameStatementsAsTheText() throws Exception {
        List<String> lines = seedLines();
        byte[] docx = docx(lines, null);
        ExtractionResult fromDocx = PlanExtractor.extract("plan.docx", docx);
        assertEquals(ExtractionResult.OK, fromDocx.status(), fromDocx.reason());
        assertEquals(values(PlanExtractor.extract(SEED, TestFiles.plan(SEED))), values(fromDocx));
        assertEquals(PlanExtractor.extract(SEED, TestFiles.plan(SEED)).metadata().localityName(),
                fromDocx.metadata().localityName());
    }

    @Test
    void docxTableBecomesAnAppendixTable() throws Exception {
        List<String> lines = seedLines();
        List<List<String>> table = List.of(
                List.of("TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Mức đạt năm 2026"),
                List.of("1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "77"));
        ExtractionResult r = PlanExtractor.extract("plan.docx", docx(lines, table));
        assertTrue(r.statements().stream().anyMatch(s -> "table".equals(s.source()) && s.value() == 77.0
                && Integer.valueOf(2026).equals(s.year()) && Statement.TARGET.equals(s.kind())), values(r).toString());
    }

    @Test
    void htmlTextIsReadWithoutMarkup() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>x</title><style>p{}</style></head><body>");
        for (String line : seedLines()) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        html.append("<script>var x = 99;</script></body></html>");
        ExtractionResult r = PlanExtractor.extract("plan.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        List<String> expected = PlanExtractor.extract(SEED, TestFiles.plan(SEED)).statements().stream()
                .map(Statement::valueText).toList();
        assertEquals(expected, r.statements().stream().map(Statement::valueText).toList());
    }

    /** A web page saved as .txt (a portal's article cut inside its head, as stored excerpts are) reads as html. */
    @Test
    void aWebPageSavedAsTextIsReadAsHtmlWithItsTitle() {
        String cut = "<!DOCTYPE html>\n\t<html lang=\"vi\">\n\t<head>\n<title>Nghệ An&#x3A; Kết quả chuyển đổi số của huyện"
                + " Yên Thành năm 2024</title>\n<meta name=\"description\" content=\"Savefile - Tin Tức -...\">\n<link rel=\"canon";
        DocumentReader.Read head = DocumentReader.read("page.txt", cut.getBytes(StandardCharsets.UTF_8));
        assertTrue(head.ok(), head.reason());
        assertEquals("Nghệ An: Kết quả chuyển đổi số của huyện Yên Thành năm 2024", head.text().strip());
        String page = "<html><head><title>Yên Thành: kết quả chuyển đổi số năm 2024</title></head><body>"
                + "<h1>Yên Thành: kết quả chuyển đổi số năm 2024</h1><p>Năm 2024, huyện Yên Thành có 98,5% hồ sơ được"
                + " tiếp nhận trực tuyến.</p></body></html>";
        ExtractionResult r = PlanExtractor.extract("page.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        assertEquals(List.of("98,5%"), r.statements().stream().map(Statement::valueText).toList());
        assertEquals(2, r.statements().get(0).line(), "the title is not repeated above the body's own heading");
        assertTrue(DocumentReader.read("note.txt", "Ghi chú: <html> trong văn bản".getBytes(StandardCharsets.UTF_8))
                .text().startsWith("Ghi chú"), "markup inside prose is not a web page");
    }

    @Test
    void pdfTextLayerIsRead() throws Exception {
        List<String> lines = List.of("KẾ HOẠCH", "Chuyển đổi số xã An Bình năm 2026", "I. MỤC TIÊU",
                "- Phấn đấu 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.",
                "- Tổ chức tối thiểu 02 lớp tập huấn kỹ năng số cho người dân.");
        ExtractionResult r = PlanExtractor.extract("plan.pdf", pdf(lines, null));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        assertEquals(Integer.valueOf(2026), r.metadata().planYear());
        assertEquals("xa", r.metadata().level());
        List<String> found = r.statements().stream().map(Statement::valueText).toList();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("90")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("02")), found.toString());
    }

    @Test
    void brokenProtectedAndEmptyRichFilesAreRejectedWithAReason() throws Exception {
        byte[] docx = docx(seedLines(), null);
        byte[] pdf = pdf(List.of("KẾ HOẠCH Chuyển đổi số năm 2026"), null);
        assertReject(PlanExtractor.extract("cut.docx", Arrays.copyOf(docx, docx.length / 2)), "corrupt");
        assertReject(PlanExtractor.extract("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3)), "pdf");
        assertReject(PlanExtractor.extract("notpdf.pdf", "hello".getBytes(StandardCharsets.UTF_8)), "corrupt pdf");
        assertReject(PlanExtractor.extract("locked.pdf", pdf(List.of("KẾ HOẠCH năm 2026"), "secret")),
                "password-protected pdf");
        assertReject(PlanExtractor.extract("locked.docx", encryptedDocx(docx)), "password-protected");
        assertReject(PlanExtractor.extract("empty.docx", docx(List.of(), null)), "empty document");
        assertReject(PlanExtractor.extract("empty.html", "<html><body> </body></html>"
                .getBytes(StandardCharsets.UTF_8)), "empty document");
    }

    @Test
    void aPdfOfThousandsOfPagesIsRejectedUnreadWithItsPageCount() throws Exception {
        byte[] pages;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i <= RichDocuments.MAX_PDF_PAGES; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            pages = out.toByteArray();
        }
        assertReject(PlanExtractor.extract("dump.pdf", pages), "pdf of " + (RichDocuments.MAX_PDF_PAGES + 1)
                + " pages > limit " + RichDocuments.MAX_PDF_PAGES + ": not read");
    }

    @Test
    void aPdfWhosePageInflatesFarBeyondItsSizeIsRejectedUnread() throws Exception {
        // a decompression bomb: 256 MB of text operators in a file of about 300 KB (a 20 MB file inflates to gigabytes,
        // which PDFBox would inflate in memory and strip for minutes)
        byte[] zipped = zippedOperators();
        byte[] bomb;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream raw = contents.createRawOutputStream()) {
                raw.write(zipped);
            }
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.addPage(page);
            doc.save(out);
            bomb = out.toByteArray();
        }
        assertTrue(bomb.length < DocumentReader.MAX_BYTES, "the bomb passes the file size limit: " + bomb.length);
        assertReject(PlanExtractor.extract("bomb.pdf", bomb), "pdf page contents inflate to more than "
                + (RichDocuments.MAX_PDF_CONTENT_BYTES >> 20) + " MB");
    }

    @Test
    void aPdfWhoseFormXObjectInflatesFarBeyondItsSizeIsRejectedUnread() throws Exception {
        // the same bomb inside a form XObject the page draws ("/Fm1 Do"): page contents by another name
        byte[] bomb;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream formStream = doc.getDocument().createCOSStream();
            try (OutputStream raw = formStream.createRawOutputStream()) {
                raw.write(zippedOperators());
            }
            formStream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            PDFormXObject form = new PDFormXObject(new PDStream(formStream));
            form.setBBox(new PDRectangle(0, 0, 100, 100));
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            COSName name = resources.add(form);
            page.setResources(resources);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream raw = contents.createRawOutputStream()) {
                raw.write(("q /" + name.getName() + " Do Q\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.addPage(page);
            doc.save(out);
            bomb = out.toByteArray();
        }
        assertReject(PlanExtractor.extract("form-bomb.pdf", bomb), "pdf page contents inflate to more than "
                + (RichDocuments.MAX_PDF_CONTENT_BYTES >> 20) + " MB");
    }

    private static byte[] bombBytes;

    /** 256 MB of text operators, deflated (about 300 KB); made once per test class. */
    private static synchronized byte[] zippedOperators() throws IOException {
        if (bombBytes == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] operators = "BT /F1 12 Tf 10 10 Td (x) Tj ET\n".repeat(1 << 15).getBytes(StandardCharsets.US_ASCII);
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
                for (long written = 0; written < (256L << 20); written += operators.length) {
                    deflate.write(operators);
                }
            }
            bombBytes = out.toByteArray();
        }
        return bombBytes;
    }

    private static void assertReject(ExtractionResult r, String reason) {
        assertEquals(ExtractionResult.REJECTED, r.status(), r.sourceFile());
        assertTrue(r.reason().contains(reason), r.sourceFile() + ": " + r.reason());
    }

    private static List<String> seedLines() throws IOException {
        return List.of(new String(TestFiles.plan(SEED), StandardCharsets.UTF_8).split("\\r?\\n", -1));
    }

    private static List<String> values(ExtractionResult r) {
        return r.statements().stream().map(s -> s.line() + ":" + s.valueText() + ":" + s.kind()).toList();
    }

    private static byte[] docx(List<String> lines, List<List<String>> table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            if (table != null) {
                XWPFTable t = doc.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedDocx(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(List<String> lines, String password) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.setLeading(14);
                cs.newLineAtOffset(40, 750);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
