package io.dxrank.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes of a text file to NFC text: BOMs (UTF-8, UTF-16 LE/BE) first, then strict UTF-8, then Windows-1258,
 * the legacy Vietnamese Windows code page, or the legacy font encodings VNI and TCVN3 (see
 * {@link LegacyVietnamese}), whichever reads as Vietnamese. Decomposed input (NFD, or Windows-1258's combining tone marks)
 * is composed to NFC so that every later rule sees one spelling.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return nfc(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return nfc(new String(bytes, utf16), utf16.name());
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            // the String constructor replaces each malformed sequence with U+FFFD: without one the bytes are valid
            // UTF-8 and read as the strict decoder reads them (which is several times slower)
            return legacyOrSelf(nfc(lenient), "UTF-8");
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return legacyOrSelf(nfc(utf8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return eightBit(bytes);
        }
    }

    /**
     * UTF-16 saved without a byte order mark (some Windows editors do): in text, the zero high bytes of ASCII
     * letters, digits and spaces fall on one side of every byte pair and almost never on the other; the pairs
     * must then decode as UTF-16 without control characters. Null when the bytes do not look so.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += bytes[2 * i] == 0 ? 1 : 0;
            zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        Charset guess = zeroOdd * 10 >= pairs * 3 && zeroEven * 50 <= pairs ? StandardCharsets.UTF_16LE
                : zeroEven * 10 >= pairs * 3 && zeroOdd * 50 <= pairs ? StandardCharsets.UTF_16BE : null;
        if (guess == null) {
            return null;
        }
        try {
            String text = guess.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean controls = text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
            return controls ? null : guess;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * An 8-bit file is Windows-1258, VNI or TCVN3: the reading with the most common Vietnamese words wins,
     * Windows-1258 on ties (it is the only one of the three a text editor names).
     */
    private static Decoded eightBit(byte[] bytes) {
        Decoded best = nfc(new String(bytes, WINDOWS_1258), "windows-1258");
        int bestScore = LegacyVietnamese.vietnameseScore(best.text());
        Decoded vni = nfc(LegacyVietnamese.fromVni(new String(bytes, WINDOWS_1252)), "VNI");
        Decoded tcvn3 = nfc(LegacyVietnamese.fromTcvn3(new String(bytes, StandardCharsets.ISO_8859_1)), "TCVN3");
        for (Decoded candidate : new Decoded[] {vni, tcvn3}) {
            int score = LegacyVietnamese.vietnameseScore(candidate.text());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Legacy-font text pasted into a Unicode file keeps its 8-bit letters as Latin-1 code points
     * ("Vieät Nam"); it is converted when the converted reading is clearly more Vietnamese.
     */
    private static Decoded legacyOrSelf(String text, String charset) {
        if (text.chars().noneMatch(c -> c >= 0xA0 && c <= 0xFF) || isUnicodeVietnamese(text)) {
            return new Decoded(text, charset);
        }
        int own = LegacyVietnamese.vietnameseScore(text);
        String vni = nfc(LegacyVietnamese.fromVni(text));
        String tcvn3 = nfc(LegacyVietnamese.fromTcvn3(text));
        int vniScore = LegacyVietnamese.vietnameseScore(vni);
        int tcvn3Score = LegacyVietnamese.vietnameseScore(tcvn3);
        if (vniScore > 2 * own + 2 && vniScore >= tcvn3Score) {
            return new Decoded(vni, charset + "+VNI");
        }
        if (tcvn3Score > 2 * own + 2) {
            return new Decoded(tcvn3, charset + "+TCVN3");
        }
        return new Decoded(text, charset);
    }

    /**
     * Unicode Vietnamese writes ơ, ư, đ, ă and the precomposed letters of U+1EA0-U+1EF9 (about one letter in ten);
     * legacy-font text read as Latin-1 has none of them. With at least one in a hundred letters the text is
     * Unicode already, and the costly trial conversions are skipped (they were most of the extraction time).
     */
    static boolean isUnicodeVietnamese(String text) {
        int letters = 0;
        long vietnamese = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= 0x1EA0 && c <= 0x1EF9 || c == 0x0103 || c == 0x0102 || c == 0x0111 || c == 0x0110
                        || c == 0x01A1 || c == 0x01A0 || c == 0x01B0 || c == 0x01AF) {
                    vietnamese++;
                    // decided already: even if every character left were a letter, the share would hold
                    if (vietnamese * 100 >= letters + (length - i - 1)) {
                        return true;
                    }
                }
            }
        }
        return letters > 0 && vietnamese * 100 >= letters;
    }

    /** NFC, the one Unicode form every rule downstream expects. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Decoded nfc(String text, String charset) {
        return new Decoded(nfc(text), charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
