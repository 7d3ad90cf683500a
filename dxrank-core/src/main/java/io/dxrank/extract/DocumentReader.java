package io.dxrank.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input file into text, or says why it cannot.
 * Formats are chosen by file extension; text formats are decoded by {@link TextDecoder}.
 */
public final class DocumentReader {

    /** Files above this size are rejected unread (plans are tens of kilobytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private DocumentReader() {
    }

    /** Text of a document, or the reason it could not be read. Exactly one of the two is present. */
    public record Read(String text, String format, String reason) {
        static Read ok(String text, String format) {
            return new Read(text, format, null);
        }

        static Read fail(String format, String reason) {
            return new Read(null, format, reason);
        }

        public boolean ok() {
            return reason == null;
        }
    }

    public static String formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "" : lower.substring(dot + 1);
    }

    public static Read read(String fileName, byte[] bytes) {
        String format = formatOf(fileName);
        Optional<String> precheck = precheck(bytes);
        if (precheck.isPresent()) {
            return Read.fail(format, precheck.get());
        }
        switch (format) {
            case "txt", "md", "text" -> {
                if (looksBinary(bytes)) {
                    return Read.fail(format, "binary content: not a text document");
                }
                String text = TextDecoder.decode(bytes).text();
                if (savedWebPage(text)) {
                    return RichDocuments.html(text); // a web page saved under a text name: its markup is not prose
                }
                return text.isBlank() ? Read.fail(format, "empty file: no text") : Read.ok(text, format);
            }
            case "html", "htm" -> {
                return RichDocuments.html(bytes);
            }
            case "docx" -> {
                return RichDocuments.docx(bytes);
            }
            case "pdf" -> {
                return RichDocuments.pdf(bytes);
            }
            default -> {
                return Read.fail(format, "unsupported format '" + format
                        + "': expected .txt, .md, .html, .docx or .pdf (plans) or .csv, .xlsx, .xls (indicator tables)");
            }
        }
    }

    private static final Pattern WEB_PAGE = Pattern.compile("(?i)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]");

    /** A text file holding a whole web page ("&lt;!DOCTYPE html&gt;", "&lt;html&gt;" first), as a browser saves one. */
    static boolean savedWebPage(String text) {
        return WEB_PAGE.matcher(text.length() > 512 ? text.substring(0, 512) : text).lookingAt();
    }

    /** Why no reader should open these bytes at all (empty, over the size limit), if so. */
    public static Optional<String> precheck(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of("empty file: 0 bytes");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("file too large: " + bytes.length + " bytes > limit " + MAX_BYTES);
        }
        return Optional.empty();
    }

    /** NUL bytes outside UTF-16 text (with or without a byte order mark) mean the content is not text. */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
        if (TextDecoder.utf16WithoutBom(bytes) != null) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
