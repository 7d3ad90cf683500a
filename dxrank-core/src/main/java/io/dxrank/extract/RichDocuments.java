package io.dxrank.extract;

import io.dxrank.core.FailureReasons;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Text of html, docx and pdf documents, or the reason they cannot be read.
 * Tables of a docx become tab-separated lines so {@link AppendixTable} reads them like typed tables.
 */
final class RichDocuments {

    /** The most pages a PDF may have to be read (documented in docs/operations.md). */
    static final int MAX_PDF_PAGES = 1000;

    private RichDocuments() {
    }

    static DocumentReader.Read html(byte[] bytes) {
        String decoded = TextDecoder.decode(bytes).text();
        Document doc = Jsoup.parse(decoded);
        doc.select("script, style, head").remove();
        // Block elements end a line; table cells are tab-separated so appendix tables survive.
        for (Element cell : doc.select("td, th")) {
            cell.appendText("\t");
        }
        for (Element block : doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, br, table")) {
            block.appendText("\n");
        }
        String text = doc.body() == null ? "" : doc.body().wholeText();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.replaceAll("[ \\u00A0]+", " ").replaceAll("\t+$", "").strip();
            out.append(trimmed).append('\n');
        }
        return nonBlank(out.toString(), "html");
    }

    static DocumentReader.Read docx(byte[] bytes) {
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OLE2) {
                return DocumentReader.Read.fail("docx",
                        "password-protected or legacy .doc: cannot read an OLE2 container as docx");
            }
            if (magic != FileMagic.OOXML) {
                return DocumentReader.Read.fail("docx", "corrupt docx: not a zip/OOXML container");
            }
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                StringBuilder out = new StringBuilder();
                for (IBodyElement element : doc.getBodyElements()) {
                    if (element instanceof XWPFParagraph p) {
                        out.append(p.getText()).append('\n');
                    } else if (element instanceof XWPFTable t) {
                        appendTable(t, out);
                    }
                }
                return nonBlank(out.toString(), "docx");
            }
        } catch (EncryptedDocumentException e) {
            return DocumentReader.Read.fail("docx", "password-protected docx");
        } catch (IOException | RuntimeException e) {
            return DocumentReader.Read.fail("docx", "corrupt or truncated docx: " + FailureReasons.of(e));
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("\\s+", " ").strip());
            }
            out.append(String.join("\t", cells)).append('\n');
        }
    }

    static DocumentReader.Read pdf(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return DocumentReader.Read.fail("pdf", "corrupt pdf: no %PDF- header");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() > MAX_PDF_PAGES) {
                // a plan or report runs to tens of pages; thousands are a dump or a trap, and cost minutes to strip
                return DocumentReader.Read.fail("pdf", "pdf of " + doc.getNumberOfPages() + " pages > limit "
                        + MAX_PDF_PAGES + ": not read");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            return text.isBlank()
                    ? DocumentReader.Read.fail("pdf", "pdf without a text layer (scanned image?)")
                    : DocumentReader.Read.ok(text, "pdf");
        } catch (InvalidPasswordException e) {
            return DocumentReader.Read.fail("pdf", "password-protected pdf");
        } catch (IOException | RuntimeException e) {
            return DocumentReader.Read.fail("pdf", "corrupt or truncated pdf: " + FailureReasons.of(e));
        }
    }

    private static DocumentReader.Read nonBlank(String text, String format) {
        return text.isBlank() ? DocumentReader.Read.fail(format, "empty document: no text")
                : DocumentReader.Read.ok(text, format);
    }
}
