package io.dxrank.reference;

import java.util.List;
import java.util.Locale;

/** Official names as the registers write them ("Thành phố Hà Nội", "Phường Phúc Xá"): bare name and level code. */
final class UnitNames {

    /** Level words a register puts before a name, longest first, with the level code they mean. */
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"thành phố", "thanh_pho"}, new String[] {"thị trấn", "thi_tran"},
            new String[] {"thị xã", "thi_xa"}, new String[] {"đặc khu", "dac_khu"}, new String[] {"thủ đô", "tinh"},
            new String[] {"phường", "phuong"}, new String[] {"huyện", "huyen"}, new String[] {"quận", "quan"},
            new String[] {"tỉnh", "tinh"}, new String[] {"xã", "xa"});

    private UnitNames() {
    }

    /** "Phường Phúc Xá" -> "Phúc Xá"; a name without a level word is returned trimmed. */
    static String bare(String official) {
        String name = official.trim();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] p : PREFIXES) {
            if (lower.startsWith(p[0] + " ")) {
                return name.substring(p[0].length()).trim();
            }
        }
        return name;
    }

    /** The level code of a register's type word ("Thị trấn" -> thi_tran, "Đặc khu" -> dac_khu); null if unknown. */
    static String level(String typeWord) {
        String lower = typeWord.trim().toLowerCase(Locale.ROOT);
        for (String[] p : PREFIXES) {
            if (lower.equals(p[0])) {
                return p[1];
            }
        }
        return null;
    }

    /** A GSO code with its leading zeros: "1.0" -> "00001" for a commune (width 5). */
    static String code(String raw, int width) {
        String digits = raw.trim();
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            digits = digits.substring(0, dot);
        }
        long value = Long.parseLong(digits);
        return String.format(Locale.ROOT, "%0" + width + "d", value);
    }

    /** A count written with Vietnamese thousands dots ("8.718.000" people) or without ("102136"). */
    static Long count(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A measure: Vietnamese "3.359,80" (dots group thousands, a comma marks decimals) or plain "28.69", "106.046". */
    static Double decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
