package io.dxrank.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The administrative levels of Vietnam with their codes (as in plans.csv and the gazetteer), their Vietnamese
 * words and the group they are ranked in. The one home of "which words name a level" and "which levels are
 * ranked together"; districts (huyện, quận, thị xã, thành phố thuộc tỉnh) were abolished on 1 July 2025.
 * <pre>
 *   Level.ofWords("Thị trấn").code()   // "thi_tran"
 *   Level.ofCode("phuong").group()     // "commune"
 * </pre>
 */
public enum Level {
    XA("xã", Group.COMMUNE),
    PHUONG("phường", Group.COMMUNE),
    THI_TRAN("thị trấn", Group.COMMUNE),
    /** island special zones, communal level since 1 July 2025 (Phú Quốc, Côn Đảo, Vân Đồn, ...) */
    DAC_KHU("đặc khu", Group.COMMUNE),
    HUYEN("huyện", Group.DISTRICT),
    QUAN("quận", Group.DISTRICT),
    THI_XA("thị xã", Group.DISTRICT),
    THANH_PHO("thành phố", Group.DISTRICT),
    TINH("tỉnh", Group.PROVINCE);

    /** The groups localities are ranked in; {@link #ALL} pools every level (percents, counts per 1,000). */
    public static final class Group {
        public static final String COMMUNE = "commune";
        public static final String DISTRICT = "district";
        public static final String PROVINCE = "province";
        public static final String ALL = "all";
        public static final String UNKNOWN = "unknown";

        private Group() {
        }
    }

    /**
     * The level words as a regex alternation, longest first so "thị xã" wins over "xã" (case-insensitivity is
     * the caller's flag).
     */
    public static final String WORDS_REGEX = Arrays.stream(values()).map(Level::words)
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));

    private final String words;
    private final String group;

    Level(String words, String group) {
        this.words = words;
        this.group = group;
    }

    /** xa, phuong, thi_tran, dac_khu, huyen, quan, thi_xa, thanh_pho or tinh. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Vietnamese words, in lower case with diacritics: "thị trấn". */
    public String words() {
        return words;
    }

    /** commune, district or province. */
    public String group() {
        return group;
    }

    /** The level of a code, or null for null or an unknown code. */
    public static Level ofCode(String code) {
        for (Level l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }

    /** The level named by words in any case, with or without diacritics ("Thị Trấn", "thi tran"); null if none. */
    public static Level ofWords(String text) {
        String folded = text == null ? "" : VnText.fold(text.trim());
        for (Level l : values()) {
            if (VnText.fold(l.words).equals(folded)) {
                return l;
            }
        }
        return null;
    }

    /** The code of the level named by words, or null: {@code codeOfWords("Phường")} is "phuong". */
    public static String codeOfWords(String text) {
        Level l = ofWords(text);
        return l == null ? null : l.code();
    }
}
