package io.dxrank.charts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable ASCII file stems for charts: Vietnamese letters lose their marks (đ becomes d), anything else that is
 * not a letter, digit, '.', '-' or '_' becomes '_'. Example: {@code stem("ranking", "Tỉnh", "2024")} gives
 * {@code ranking_tinh_2024}.
 */
public final class ChartNames {

    private ChartNames() {
    }

    public static String stem(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(ascii(part));
        }
        return out.toString();
    }

    static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    }
}
