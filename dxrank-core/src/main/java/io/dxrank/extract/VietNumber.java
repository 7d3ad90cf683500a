package io.dxrank.extract;

import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents write them: "99,9" and "99.9" are 99.9, "01" is 1, "1.522" is 1522
 * (a dot followed by exactly three digits is a thousands separator), "1.234.567" is 1234567.
 */
public final class VietNumber {
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3}){2,}");

    private VietNumber() {
    }

    public static double parse(String text) {
        String t = text.trim().replace(" ", "");
        if (DOT_GROUPS.matcher(t).matches()) {
            return Double.parseDouble(t.replace(".", ""));
        }
        if (COMMA_GROUPS.matcher(t).matches()) {
            return Double.parseDouble(t.replace(",", ""));
        }
        return Double.parseDouble(t.replace(',', '.'));
    }
}
