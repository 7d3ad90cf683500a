package io.dxrank.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reading a file, in words a person can act on ("unclosed quote from line 4", "the zip is
 * truncated") rather than a library's exception class: known library messages are rephrased, others are passed on
 * as their innermost message.
 */
public final class FailureReasons {

    private static final Pattern CSV_UNCLOSED = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern CSV_AFTER_QUOTE = Pattern.compile(
            "\\(line (\\d+)\\) invalid char between encapsulated token and delimiter");
    private static final Pattern ZIP_ENTRY = Pattern.compile("(?i)\\b((?:word|xl|ppt)/[\\w./-]+\\.xml)\\b");
    private static final int LONGEST = 200;

    private FailureReasons() {
    }

    public static String of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        String all = String.join(" | ", chain.stream().map(t -> String.valueOf(t.getMessage())).toList());
        Matcher unclosed = CSV_UNCLOSED.matcher(all);
        if (unclosed.find()) {
            return "unclosed quote: a cell opened with \" at line " + unclosed.group(1) + " never closes";
        }
        Matcher afterQuote = CSV_AFTER_QUOTE.matcher(all);
        if (afterQuote.find()) {
            return "text after a closing quote at line " + afterQuote.group(1) + " (a \" inside a cell must be doubled)";
        }
        for (Throwable t : chain) {
            String kind = t.getClass().getSimpleName();
            if (t instanceof StackOverflowError) {
                return "nested too deeply to read";
            }
            if (t instanceof OutOfMemoryError) {
                return "too large to read in the memory given (raise DXRANK_JAVA_OPTS, e.g. -Xmx8g)";
            }
            if ("NotOfficeXmlFileException".equals(kind)) {
                return "not an Office document: the zip holds no Office parts (truncated, or another kind of zip)";
            }
            if ("ZipException".equals(kind) || "EOFException".equals(kind)
                    || all.contains("Unexpected end of ZLIB input stream") || all.contains("Truncated")) {
                return "the zip container is truncated or damaged";
            }
            if ("SAXParseException".equals(kind) || "XmlException".equals(kind)) {
                Matcher part = ZIP_ENTRY.matcher(all);
                return (part.find() ? part.group(1) : "an XML part") + " is truncated or malformed: " + firstLine(t);
            }
        }
        Throwable innermost = chain.get(chain.size() - 1);
        String message = firstLine(innermost);
        return message.isEmpty() ? describe(innermost.getClass().getSimpleName()) : message;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        String line = message.lines().findFirst().orElse("");
        return line.length() > LONGEST ? line.substring(0, LONGEST) + "..." : line;
    }

    /** "IllegalStateException" -> "illegal state" when nothing better is known. */
    private static String describe(String simpleName) {
        String words = simpleName.replaceAll("(Exception|Error)$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return words.toLowerCase(Locale.ROOT).strip() + " (no detail given)";
    }
}
