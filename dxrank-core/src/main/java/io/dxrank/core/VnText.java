package io.dxrank.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers shared by every stage: accent folding for matching and title casing for names.
 * Example: {@code VnText.fold("An  Phú") -> "an phu"}.
 */
public final class VnText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VnText() {
    }

    /** Lower case, no diacritics, đ to d, whitespace folded: the key every matcher compares. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** NFC, whitespace folded and trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return collapseSpaces(Normalizer.normalize(s, Normalizer.Form.NFC)).trim();
    }

    /** Runs of [ \t\n\x0B\f\r] to one space, as SPACES.replaceAll(" ") would, without a regex (a hot path). */
    private static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && (!isSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 >= n || !isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "nghi sơn" / "NGHI SƠN" to "Nghi Sơn": the consistent case of locality names. */
    public static String titleCase(String s) {
        String c = clean(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(c.length());
        boolean start = true;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return out.toString();
    }

    /** ASCII slug for ids and file names: "An Phú" to "an-phu". */
    public static String slug(String s) {
        String f = fold(s).replaceAll("[^a-z0-9]+", "-");
        return f.replaceAll("^-+|-+$", "");
    }
}
