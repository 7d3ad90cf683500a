package io.dxrank.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes of a text file to NFC text: BOMs (UTF-8, UTF-16 LE/BE) first, then strict UTF-8, then Windows-1258,
 * the legacy Vietnamese Windows code page. Decomposed input (NFD, or Windows-1258's combining tone marks)
 * is composed to NFC so that every later rule sees one spelling.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

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
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return nfc(utf8, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return nfc(new String(bytes, WINDOWS_1258), "windows-1258");
        }
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
