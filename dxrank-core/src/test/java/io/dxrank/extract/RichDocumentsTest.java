package io.dxrank.extract;

import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

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

    /** An official Word document lays its letterhead out in a table of two cells, each of several paragraphs. */
    @Test
    void aWordLetterheadTableIsReadLineByLine() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(1, 2);
            List<List<String>> cells = List.of(List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 45/KH-UBND"),
                    List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Tân Lập, ngày 10 tháng 01 năm 2025"));
            for (int c = 0; c < 2; c++) {
                t.getRow(0).getCell(c).getParagraphs().get(0).createRun().setText(cells.get(c).get(0));
                for (String line : cells.get(c).subList(1, 3)) {
                    t.getRow(0).getCell(c).addParagraph().createRun().setText(line);
                }
            }
            for (String line : List.of("KẾ HOẠCH", "Chuyển đổi số năm 2025", "I. MỤC TIÊU",
                    "- Phấn đấu 95% hồ sơ thủ tục hành chính được giải quyết trực tuyến.")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            bytes = out.toByteArray();
        }
        ExtractionResult r = PlanExtractor.extract("kh.docx", bytes);
        assertEquals("Tân Lập", r.metadata().localityName(), "the cells' paragraphs ran together: 'NHÂN DÂNXÃ TÂN LẬPSố'");
        assertEquals("xa", r.metadata().level());
        assertEquals("2025-01-10", r.metadata().issueDate());
        assertEquals(2025, r.metadata().planYear());
    }

    /** Word and portal tables merge header cells: "Kế hoạch" over two year columns, "TT" over two rows. */
    @Test
    void mergedHeaderCellsOfHtmlAndDocxTablesKeepEachFigureUnderItsYear() throws Exception {
        String html = "<html><body><p>ỦY BAN NHÂN DÂN XÃ TÂN LẬP</p><p>KẾ HOẠCH chuyển đổi số xã Tân Lập năm 2025</p><table>"
                + "<tr><th rowspan=2>TT</th><th rowspan=2>Chỉ tiêu</th><th rowspan=\"2\">Đơn vị tính</th><th>Thực hiện</th>"
                + "<th colspan=2>Kế hoạch</th></tr><tr><th>năm 2024</th><th>năm 2025</th><th>năm 2026</th></tr>"
                + "<tr><td>1</td><td><p>Tỷ lệ hồ sơ</p><p>trực tuyến toàn trình</p></td><td rowspan=2>%</td>"
                + "<td>65</td><td>80</td><td>90</td></tr>"
                + "<tr><td>2</td><td>Tỷ lệ thanh toán trực tuyến</td><td>40</td><td>50</td><td>60</td></tr></table></body></html>";
        List<String> expected = List.of("65 actual 2024 percent", "80 target 2025 percent", "90 target 2026 percent",
                "40 actual 2024 percent", "50 target 2025 percent", "60 target 2026 percent");
        assertEquals(expected, tableValues(PlanExtractor.extract("plan.html", html.getBytes(StandardCharsets.UTF_8))));
        assertEquals(expected, tableValues(PlanExtractor.extract("plan.docx", mergedDocx())));
    }

    /** A PDF's table: PDFBox writes one space between cells; their gaps must stay columns under the wrapped header. */
    @Test
    void pdfTableColumnsStayUnderTheirYears() throws Exception {
        float[] columns = {40, 60, 290, 360, 425, 490};
        List<List<String>> rows = List.of(List.of("ỦY BAN NHÂN DÂN XÃ TÂN LẬP"), List.of("KẾ HOẠCH"),
                List.of("Chuyển đổi số xã Tân Lập năm 2025"),
                List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Kế hoạch", "Kế hoạch"),
                List.of("", "", "", "năm 2024", "năm 2025", "năm 2026"),
                List.of("1", "Tỷ lệ hồ sơ xử lý trực tuyến", "%", "65", "80", "90"),
                List.of("2", "Số tổ công nghệ số cộng đồng", "tổ", "12", "12", "14"));
        List<List<float[]>> at = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (List<String> row : rows) {
            List<float[]> xs = new ArrayList<>();
            List<String> ws = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    xs.add(new float[] {columns[c]});
                    ws.add(row.get(c));
                }
            }
            at.add(xs);
            words.add(ws);
        }
        assertEquals(List.of("65 actual 2024 percent", "80 target 2025 percent", "90 target 2026 percent",
                "12 actual 2024 tổ", "12 target 2025 tổ", "14 target 2026 tổ"),
                tableValues(PlanExtractor.extract("plan.pdf", placedPdf(words, at))));
    }

    /**
     * A justified paragraph cut at the margin so that a line opens with a name and years ("Lào Cai đến năm 2025, định
     * hướng ...", which reads like a title): the PDF reads as the same text with the paragraph on one line.
     */
    @Test
    void pdfParagraphCutAtTheMarginReadsAsTheParagraph() throws Exception {
        List<String> paragraph = List.of(
                "Năm 2022, Tỉnh ủy Lào Cai đã ban hành Nghị quyết số 20-NQ/TU về chuyển đổi số tỉnh",
                "Lào Cai đến năm 2025, định hướng đến năm 2030 nhằm thúc đẩy sự vào cuộc của cả hệ",
                "thống chính trị. Đến nay, 100% cơ quan nhà nước của tỉnh đã kết nối mạng truyền số",
                "liệu chuyên dùng; tỷ lệ hồ sơ trực tuyến đạt 85,5%.");
        String title = "Lào Cai đẩy mạnh chuyển đổi số";
        List<List<String>> words = new ArrayList<>();
        List<List<float[]>> at = new ArrayList<>();
        words.add(List.of(title));
        at.add(List.of(new float[] {40}));
        try (PDDocument measure = new PDDocument()) {
            PDType0Font font = PDType0Font.load(measure, FONT.toFile());
            for (int i = 0; i < paragraph.size(); i++) {
                List<String> ws = List.of(paragraph.get(i).split(" "));
                float text = 0;
                for (String w : ws) {
                    text += font.getStringWidth(w) / 1000 * 10;
                }
                // justified: the gaps share what the words leave of the 480 points; the last line is set ragged
                float gap = i + 1 < paragraph.size() ? (480 - text) / (ws.size() - 1) : font.getStringWidth(" ") / 100;
                List<float[]> xs = new ArrayList<>();
                float x = 40;
                for (String w : ws) {
                    xs.add(new float[] {x});
                    x += font.getStringWidth(w) / 1000 * 10 + gap;
                }
                words.add(ws);
                at.add(xs);
            }
        }
        String text = title + "\n" + String.join(" ", paragraph) + "\n";
        ExtractionResult fromText = PlanExtractor.extract("tin.txt", text.getBytes(StandardCharsets.UTF_8));
        ExtractionResult fromPdf = PlanExtractor.extract("tin.pdf", placedPdf(words, at));
        assertEquals(fromText.metadata().docType(), fromPdf.metadata().docType());
        assertEquals(fromText.metadata().planYear(), fromPdf.metadata().planYear());
        assertEquals(values(fromText), values(fromPdf));
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

    private static List<String> tableValues(ExtractionResult r) {
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        return r.statements().stream().map(s -> s.valueText() + " " + s.kind() + " " + s.year() + " " + s.unit()).toList();
    }

    /** The html test's table as Word writes it: gridSpan for "Kế hoạch", vMerge for the cells over two rows. */
    private static byte[] mergedDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN XÃ TÂN LẬP");
            doc.createParagraph().createRun().setText("KẾ HOẠCH chuyển đổi số xã Tân Lập năm 2025");
            XWPFTable t = doc.createTable(4, 6);
            List<List<String>> texts = List.of(List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Kế hoạch", ""),
                    List.of("", "", "", "năm 2024", "năm 2025", "năm 2026"),
                    List.of("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "65", "80", "90"),
                    List.of("2", "Tỷ lệ thanh toán trực tuyến", "", "40", "50", "60"));
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 6; c++) {
                    t.getRow(r).getCell(c).setText(texts.get(r).get(c));
                }
            }
            for (int c = 0; c < 3; c++) {
                t.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                t.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
            }
            t.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(3).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            t.getRow(0).getCell(4).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(0).removeCell(5);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose words stand where {@code at} puts them, a line 14 points below the one above. */
    private static byte[] placedPdf(List<List<String>> words, List<List<float[]>> at) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 750;
                for (int line = 0; line < words.size(); line++) {
                    for (int w = 0; w < words.get(line).size(); w++) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(at.get(line).get(w)[0], y);
                        cs.showText(words.get(line).get(w));
                        cs.endText();
                    }
                    y -= 14;
                }
            }
            doc.save(out);
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
