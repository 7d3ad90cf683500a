package io.dxrank.extract;

import java.nio.charset.CharsetEncoder;
import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is a reject with a reason; encodings, NFD and line wrapping do not change what is extracted. */
class DocumentReaderTest {

    private static final String SEED = "004_8c4c35e57e02ea51.txt";

    @Test
    void emptyBinaryOversizedAndUnknownFormatsAreRejectedWithAReason() {
        assertReject(PlanExtractor.extract("empty.txt", new byte[0]), "empty file");
        assertReject(PlanExtractor.extract("blank.txt", "  \n \n".getBytes(StandardCharsets.UTF_8)), "empty file");
        assertReject(PlanExtractor.extract("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}),
                "binary");
        assertReject(PlanExtractor.extract("big.txt", new byte[(int) DocumentReader.MAX_BYTES + 1]), "too large");
        assertReject(PlanExtractor.extract("sheet.ods", "x".getBytes(StandardCharsets.UTF_8)), "unsupported format");
        assertReject(PlanExtractor.extract("note.txt", "Biên bản họp chi bộ.".getBytes(StandardCharsets.UTF_8)),
                "nothing to read");
    }

    private static void assertReject(ExtractionResult r, String reason) {
        assertEquals(ExtractionResult.REJECTED, r.status(), r.sourceFile());
        assertTrue(r.reason().contains(reason), r.sourceFile() + ": " + r.reason());
        assertTrue(r.statements().isEmpty());
        assertEquals("rejected", r.findings().get(0).code());
    }

    @Test
    void utf16Windows1258AndBomDecodeToTheSameStatements() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        List<String> expected = values(PlanExtractor.extract(SEED, TestFiles.plan(SEED)));
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] utf8Bom = concat(bom, text.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] cp1258 = windows1258(text);
        assertEquals(expected, values(PlanExtractor.extract(SEED, utf8Bom)), "UTF-8 with BOM");
        assertEquals(expected, values(PlanExtractor.extract(SEED, utf16)), "UTF-16LE with BOM");
        assertEquals(expected, values(PlanExtractor.extract(SEED, cp1258)), "Windows-1258");
    }

    /** Some Windows editors save UTF-16 without a byte order mark: it is text, not binary (issue 21). */
    @Test
    void utf16WithoutAByteOrderMarkIsReadAsText() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        List<String> expected = values(PlanExtractor.extract(SEED, TestFiles.plan(SEED)));
        assertEquals(expected, values(PlanExtractor.extract(SEED, text.getBytes(StandardCharsets.UTF_16LE))), "LE");
        assertEquals(expected, values(PlanExtractor.extract(SEED, text.getBytes(StandardCharsets.UTF_16BE))), "BE");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 3 == 0 ? 0 : i * 7); // NULs without the one-sided pattern of UTF-16 text
        }
        assertTrue(DocumentReader.looksBinary(binary), "binary stays binary");
    }

    @Test
    void nfdAndExtraWhitespaceDoNotChangeTheStatements() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        List<String> expected = values(PlanExtractor.extract(SEED, TestFiles.plan(SEED)));
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replace(" ", "  ").replace("\n", " \r\n");
        assertEquals(expected, values(PlanExtractor.extract(SEED, nfd.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<String> values(ExtractionResult r) {
        return r.statements().stream().map(s -> s.line() + ":" + s.valueText() + ":" + s.kind()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** As Vietnamese Windows files store text: vowel letters precomposed, tone marks as combining characters. */
    static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        CharsetEncoder enc = cp.newEncoder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (enc.canEncode(c)) {
                out.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char m : d.toCharArray()) {
                boolean isTone = m == '\u0300' || m == '\u0301' || m == '\u0303' || m == '\u0309' || m == '\u0323';
                (isTone ? tone : base).append(m);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        assertTrue(enc.canEncode(out), "every character representable in Windows-1258");
        return out.toString().getBytes(cp);
    }
}
