package io.dxrank.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations reports write in capitals for the words the catalog's phrases spell out ("8.450 TK ĐDĐT mức 2", "Tỷ lệ VB
 * đi được ký số", "người dân trưởng thành có ĐTTM"): the subject a figure is filed by is read with them written out.
 * Only abbreviations no catalog phrase uses are listed, so a phrase and a text always meet in the same spelling.
 */
final class Abbreviations {

    private static final String[][] WRITTEN_OUT = {
        {"VB", "văn bản"},
        {"ĐTTM", "điện thoại thông minh"},
        {"TK", "tài khoản"},
        {"ĐDĐT", "định danh điện tử"},
        {"TTKDTM", "thanh toán không dùng tiền mặt"},
        {"SXKD", "sản xuất kinh doanh"},
        {"CĐS", "chuyển đổi số"},
    };
    /** Any of them as a word of its own, in capitals as written (a lower-case "tk" is no abbreviation). */
    private static final Pattern ANY = Pattern.compile("(?<![\\p{L}\\d])(VB|ĐTTM|TK|ĐDĐT|TTKDTM|SXKD|CĐS)(?![\\p{L}\\d])");

    private Abbreviations() {
    }

    /** The text with each listed abbreviation written out; the text itself when it holds none. */
    static String expand(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ANY.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        do {
            out.append(text, copied, m.start()).append(writtenOut(m.group(1)));
            copied = m.end();
        } while (m.find());
        return out.append(text, copied, text.length()).toString();
    }

    private static String writtenOut(String abbreviation) {
        for (String[] pair : WRITTEN_OUT) {
            if (pair[0].equals(abbreviation)) {
                return pair[1];
            }
        }
        return abbreviation;
    }
}
