package io.dxrank.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Converts text typed with the legacy Vietnamese font encodings TCVN3 (ABC, ".Vn" fonts) and VNI to Unicode,
 * and tells which reading of a text is Vietnamese. Both encodings are 8-bit: TCVN3 gives each accented lowercase
 * letter its own byte; VNI writes an ASCII base letter followed by one mark byte (read here as Windows-1252).
 * <pre>
 *   LegacyVietnamese.fromTcvn3("Vi\u00D6t Nam")  // "Việt Nam"
 *   LegacyVietnamese.fromVni("Vieät Nam")        // "Việt Nam"
 * </pre>
 */
public final class LegacyVietnamese {

    /** TCVN3 bytes 0xA1..0xFE as Unicode; '\0' where the byte is not a Vietnamese letter. */
    private static final char[] TCVN3 = new char[256];

    private static final String GRAVE = "\u0300";
    private static final String ACUTE = "\u0301";
    private static final String TILDE = "\u0303";
    private static final String HOOK = "\u0309";
    private static final String DOT = "\u0323";
    private static final String CIRCUMFLEX = "\u0302";
    private static final String BREVE = "\u0306";
    private static final String HORN = "\u031B";

    /** Frequent words of any plan; the reading with most of them is the right one. */
    private static final Set<String> COMMON_WORDS = Set.of("của", "và", "các", "được", "năm", "thực", "hiện",
            "chuyển", "đổi", "số", "người", "trên", "xã", "huyện", "tỉnh", "việc", "cho", "những", "một", "đã",
            "theo", "kế", "hoạch", "dân", "chính", "quyền", "tin", "phát", "triển", "đạt", "tỷ", "lệ", "về");

    static {
        put(0xA1, "ĂÂÊÔƠƯĐăâêôơưđ");
        put(0xB5, "àảãáạ");
        put(0xBB, "ằẳẵắ");
        put(0xC6, "ặầẩẫấậè");
        put(0xCE, "ẻẽéẹềểễếệìỉ");
        put(0xDC, "ĩíịò");
        put(0xE1, "ỏõóọồổỗốộờởỡớợù");
        put(0xF1, "ủũúụừửữứựỳỷỹýỵ");
    }

    private LegacyVietnamese() {
    }

    private static void put(int from, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            TCVN3[from + i] = letters.charAt(i);
        }
    }

    /** Text whose chars U+0000..U+00FF are TCVN3 bytes (e.g. bytes read as ISO-8859-1) to Unicode NFC. */
    public static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 256 && TCVN3[c] != 0 ? TCVN3[c] : c);
        }
        return out.toString();
    }

    /** Text whose chars are VNI bytes read as Windows-1252 to Unicode NFC. */
    public static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = vniBase(c);
            String mark = i + 1 < text.length() && base != null ? vniMark(text.charAt(i + 1)) : null;
            if (base != null && mark != null && compatible(base, mark)) {
                out.append(base).append(mark);
                i++;
            } else if (base != null && base.length() > 1) {
                out.append(base);
            } else {
                out.append(vniSingle(c));
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Letters that take a VNI mark byte after them (ơ and ư are single bytes that still take a tone). */
    private static String vniBase(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y' -> String.valueOf(c);
            case 'ô' -> "o" + HORN;
            case 'ö' -> "u" + HORN;
            case 'Ô' -> "O" + HORN;
            case 'Ö' -> "U" + HORN;
            default -> null;
        };
    }

    /** The combining marks a VNI mark byte stands for, or null. */
    private static String vniMark(char m) {
        return switch (Character.toLowerCase(m)) {
            case 'ù' -> ACUTE;
            case 'ø' -> GRAVE;
            case 'û' -> HOOK;
            case 'õ' -> TILDE;
            case 'ï' -> DOT;
            case 'â' -> CIRCUMFLEX;
            case 'á' -> CIRCUMFLEX + ACUTE;
            case 'à' -> CIRCUMFLEX + GRAVE;
            case 'å' -> CIRCUMFLEX + HOOK;
            case 'ã' -> CIRCUMFLEX + TILDE;
            case 'ä' -> CIRCUMFLEX + DOT;
            case 'ê' -> BREVE;
            case 'é' -> BREVE + ACUTE;
            case 'è' -> BREVE + GRAVE;
            case 'ú' -> BREVE + HOOK;
            case 'ü' -> BREVE + TILDE;
            case 'ë' -> BREVE + DOT;
            default -> null;
        };
    }

    /** Circumflex only on a, e, o; breve only on a; horn letters and i, y take tones only. */
    private static boolean compatible(String base, String mark) {
        char b = Character.toLowerCase(base.charAt(0));
        boolean shape = mark.startsWith(CIRCUMFLEX) || mark.startsWith(BREVE);
        if (!shape) {
            return true;
        }
        if (base.length() > 1 || b == 'i' || b == 'u' || b == 'y') {
            return false;
        }
        return mark.startsWith(CIRCUMFLEX) ? b != 'u' : b == 'a';
    }

    private static String vniSingle(char c) {
        return switch (c) {
            case 'ñ' -> "đ";
            case 'Ñ' -> "Đ";
            case 'í' -> "í";
            case 'ì' -> "ì";
            case 'æ' -> "ỉ";
            case 'ó' -> "ĩ";
            case 'ò' -> "ị";
            case 'Í' -> "Í";
            case 'Ì' -> "Ì";
            case 'Æ' -> "Ỉ";
            case 'Ó' -> "Ĩ";
            case 'Ò' -> "Ị";
            default -> String.valueOf(c);
        };
    }

    /** How many frequent Vietnamese words the text holds: the score that picks an encoding. */
    public static int vietnameseScore(String text) {
        int score = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (COMMON_WORDS.contains(word)) {
                score++;
            }
        }
        return score;
    }
}
