package io.dxrank.extract;

import io.dxrank.core.FailureReasons;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Text of html, docx and pdf documents, or the reason they cannot be read.
 * Tables of a docx become tab-separated lines so {@link AppendixTable} reads them like typed tables.
 */
final class RichDocuments {

    /** The most pages a PDF may have to be read (documented in docs/operations.md). */
    static final int MAX_PDF_PAGES = 1000;
    /**
     * The most bytes a PDF's page contents may inflate to (documented in docs/operations.md): a real plan's pages
     * hold kilobytes of drawing each; a 500 KB file whose one page inflates to gigabytes of text operators costs
     * minutes to strip and is a decompression bomb.
     */
    static final long MAX_PDF_CONTENT_BYTES = 64L << 20;

    private RichDocuments() {
    }

    static DocumentReader.Read html(byte[] bytes) {
        return html(TextDecoder.decode(bytes).text());
    }

    /** The text of an html page already decoded (a page saved as .txt is decoded once, to be recognised). */
    static DocumentReader.Read html(String decoded) {
        Document doc = Jsoup.parse(decoded);
        // a web page's title names the locality and the kind of document; the body often repeats it as its heading
        String title = doc.title().replaceAll("[ \\u00A0]+", " ").strip();
        doc.select("script, style, head").remove();
        for (Element table : doc.select("table")) {
            if (table.select("table").size() == 1) { // a table holding tables is layout: its cells are read as blocks
                table.replaceWith(new Element("div").text(String.join("\n", TableGrid.lines(htmlRows(table)))));
            }
        }
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
            // leading tabs are a table row's empty first cells: kept, so its figures stay under their columns
            String trimmed = line.replaceAll("[ \\u00A0]+", " ").replaceAll("[\t ]+$", "").replaceAll("^ +", "");
            out.append(trimmed).append('\n');
        }
        if (!title.isEmpty() && !out.toString().contains(title)) {
            out.insert(0, title + "\n");
        }
        return nonBlank(out.toString(), "html");
    }

    /** The rows of an html table as the page writes them: each cell's text and the columns and rows it spans. */
    private static List<List<TableGrid.Cell>> htmlRows(Element table) {
        List<List<TableGrid.Cell>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells.add(new TableGrid.Cell(cell.text().strip(), span(cell.attr("colspan"), MAX_COL_SPAN),
                            span(cell.attr("rowspan"), MAX_ROW_SPAN)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Spans beyond these are a page's mistake (or a trap), not a table: read as one cell. */
    private static final int MAX_COL_SPAN = 30;
    private static final int MAX_ROW_SPAN = 200;

    private static int span(String attribute, int max) {
        try {
            int n = Integer.parseInt(attribute.strip());
            return n >= 1 && n <= max ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
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

    /** A table of at most this many rows whose cells hold several paragraphs lays out a letterhead, not figures. */
    private static final int LAYOUT_ROWS = 2;

    private static void appendTable(XWPFTable table, StringBuilder out) {
        if (layoutTable(table)) {
            // the committee's name over its number beside the motto over the place and date: each a line, as printed
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (!p.getText().isBlank()) {
                            out.append(p.getText().strip()).append('\n');
                        }
                    }
                }
            }
            return;
        }
        List<List<TableGrid.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(MAX_COL_SPAN, pr.getGridSpan().getVal().intValue())) : 1;
                // a vMerge without "restart" continues the cell above it (its own text is empty)
                boolean continues = pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART;
                cells.add(new TableGrid.Cell(continues ? null : paragraphs(cell), span, 1));
            }
            rows.add(cells);
        }
        for (String line : TableGrid.lines(rows)) {
            out.append(line).append('\n');
        }
    }

    /** A cell's paragraphs as one line: "Thực hiện" over "năm 2023" is "Thực hiện năm 2023", not "Thực hiệnnăm 2023". */
    private static String paragraphs(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            text.append(p.getText()).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** One or two rows, a cell of several paragraphs: the letterhead's layout, whose cells are read line by line. */
    private static boolean layoutTable(XWPFTable table) {
        if (table.getRows().size() > LAYOUT_ROWS) {
            return false;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).count() >= 2) {
                    return true;
                }
            }
        }
        return false;
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
            long content = contentBytes(doc, MAX_PDF_CONTENT_BYTES);
            if (content > MAX_PDF_CONTENT_BYTES) {
                return DocumentReader.Read.fail("pdf", "pdf page contents inflate to more than "
                        + (MAX_PDF_CONTENT_BYTES >> 20) + " MB (a decompression bomb?): not read");
            }
            String text = new ColumnStripper().text(doc);
            return text.isBlank()
                    ? DocumentReader.Read.fail("pdf", "pdf without a text layer (scanned image?)")
                    : DocumentReader.Read.ok(text, "pdf");
        } catch (InvalidPasswordException e) {
            return DocumentReader.Read.fail("pdf", "password-protected pdf");
        } catch (IOException | RuntimeException e) {
            return DocumentReader.Read.fail("pdf", "corrupt or truncated pdf: " + FailureReasons.of(e));
        }
    }

    /**
     * The inflated size of the pages' content streams and of the form XObjects they draw (a form's contents are page
     * contents by another name, and may nest), up to just past {@code limit}. A Flate stream (the usual kind, and a
     * bomb's) is inflated here while counting, in constant memory: PDFBox decodes a whole stream into memory first.
     * One that is no well-formed zlib data is left to PDFBox's lenient reading and not counted. Each stream counts
     * once however often it is drawn (PDFBox parses a shared form once per use, but a file may not make us count it
     * a thousand times).
     */
    private static long contentBytes(PDDocument doc, long limit) throws IOException {
        long[] total = {0};
        byte[] buffer = new byte[1 << 16];
        Set<COSBase> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
                if (count(streams.next(), counted, buffer, total, limit)) {
                    return total[0];
                }
            }
            if (countForms(page.getResources(), counted, buffer, total, limit, 0)) {
                return total[0];
            }
        }
        return total[0];
    }

    /** Forms nest: deeper than this is no drawing but a trap. */
    private static final int MAX_FORM_DEPTH = 12;

    /** Counts the form XObjects of {@code resources} and of the forms they hold; true once past the limit. */
    private static boolean countForms(PDResources resources, Set<COSBase> counted, byte[] buffer, long[] total,
                                      long limit, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                continue; // an image's bytes are no text to strip
            }
            if (resources.getXObject(name) instanceof PDFormXObject form
                    && (count(form.getContentStream(), counted, buffer, total, limit)
                    || countForms(form.getResources(), counted, buffer, total, limit, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Adds one stream's inflated size to {@code total} unless counted before; true once past the limit. */
    private static boolean count(PDStream stream, Set<COSBase> counted, byte[] buffer, long[] total, long limit)
            throws IOException {
        if (stream == null || !counted.add(stream.getCOSObject())) {
            return false;
        }
        List<COSName> filters = stream.getFilters();
        boolean flate = filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0));
        try (InputStream in = flate ? new InflaterInputStream(stream.getCOSObject().createRawInputStream())
                : stream.createInputStream()) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total[0] += n;
                if (total[0] > limit) {
                    return true;
                }
            }
        } catch (ZipException notZlib) {
            // counted so far; PDFBox reads what it can of it
        }
        return false;
    }

    private static DocumentReader.Read nonBlank(String text, String format) {
        return text.isBlank() ? DocumentReader.Read.fail(format, "empty document: no text")
                : DocumentReader.Read.ok(text, format);
    }
}
