package io.dxrank.normalize;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locality's name as documents write it: "Phường Phúc Xá", "TT. Xuân Mai", "TP. Vinh", "xa tan lap" (no
 * diacritics), "Hoà"/"Hòa" (old or new tone placement): the level it names and the bare name.
 *
 * @param level the level code, null when the text names none
 */
public record WrittenName(String level, String name) {

    private static final Pattern ABBREVIATION = Pattern.compile("(?iu)^(tt|tp|tx|p|x|q|h)\\s*\\.\\s*(\\S.*)$");
    /**
     * "TP Hồ Chí Minh", "TX Sơn Tây", "TT cam xuyen": the two-letter ones need no dot (no Vietnamese syllable is
     * spelt so, and what is resolved is a unit's name).
     */
    private static final Pattern WITHOUT_DOT = Pattern.compile("(?iu)^(tt|tp|tx)\\s+(\\p{L}.*)$");
    private static final Map<String, String> ABBREVIATED = Map.of("tt", "thi_tran", "tp", "thanh_pho", "tx", "thi_xa",
            "p", "phuong", "x", "xa", "q", "quan", "h", "huyen");
    /** Longest words first so "thị xã" wins over "xã". */
    private static final List<Level> BY_LENGTH = Arrays.stream(Level.values())
            .sorted(Comparator.comparingInt((Level l) -> l.words().length()).reversed()).toList();

    public static WrittenName parse(String written) {
        String text = VnText.clean(written);
        Matcher m = ABBREVIATION.matcher(text);
        if (!m.matches()) {
            m = WITHOUT_DOT.matcher(text);
        }
        if (m.matches()) {
            return new WrittenName(ABBREVIATED.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2).trim());
        }
        String folded = VnText.fold(text);
        for (Level l : BY_LENGTH) {
            String words = VnText.fold(l.words());
            if (folded.startsWith(words + " ") && folded.length() == text.length()) {
                return new WrittenName(l.code(), text.substring(words.length()).trim());
            }
        }
        return new WrittenName(null, text);
    }
}
