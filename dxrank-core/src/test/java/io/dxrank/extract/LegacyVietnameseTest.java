package io.dxrank.extract;

import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** TCVN3 (ABC) and VNI text, as typed with the legacy ".Vn" and "VNI-" fonts, is detected and converted. */
class LegacyVietnameseTest {

    private static final String SEED = "004_8c4c35e57e02ea51.txt";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void handTypedLegacyBytesConvert() {
        assertEquals("Việt Nam", LegacyVietnamese.fromTcvn3("Vi\u00D6t Nam"));
        assertEquals("Chuyển đổi số", LegacyVietnamese.fromTcvn3("Chuy\u00D3n \u00AE\u00E6i s\u00E8"));
        assertEquals("Đảng ủy, người dân", LegacyVietnamese.fromTcvn3("\u00A7\u00B6ng \u00F1y, ng\u00AD\u00EAi d\u00A9n"));
        assertEquals("Việt Nam", LegacyVietnamese.fromVni("Vieät Nam"));
        assertEquals("Chuyển đổi số", LegacyVietnamese.fromVni("Chuyeån ñoåi soá"));
        assertEquals("CHUYỂN ĐỔI SỐ", LegacyVietnamese.fromVni("CHUYEÅN ÑOÅI SOÁ"));
        assertEquals("người dân được hướng dẫn", LegacyVietnamese.fromVni("ngöôøi daân ñöôïc höôùng daãn"));
        assertEquals("ắ ặ ĩ ị ỉ ý", LegacyVietnamese.fromVni("aé aë ó ò æ yù"));
    }

    @Test
    void seedSentencesInVniFilesGiveTheSameStatements() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        ExtractionResult unicode = PlanExtractor.extract(SEED, TestFiles.plan(SEED));
        byte[] vni = toVni(text).getBytes(CP1252);
        assertEquals("VNI", TextDecoder.decode(vni).charset());
        ExtractionResult fromVni = PlanExtractor.extract(SEED, vni);
        assertEquals(values(unicode), values(fromVni));
        assertEquals(unicode.metadata(), fromVni.metadata());
        // Legacy letters pasted into a UTF-8 file are converted too.
        assertEquals(values(unicode), values(PlanExtractor.extract(SEED, toVni(text).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void seedSentencesInTcvn3FilesGiveTheSameStatements() throws Exception {
        // TCVN3 has no accented capitals (headings used the ".VnTimeH" font with the lowercase codes):
        // compare with the seed written in lower case.
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                .replace('–', '-').replace("…", "...");
        ExtractionResult unicode = PlanExtractor.extract(SEED, text.getBytes(StandardCharsets.UTF_8));
        byte[] tcvn3 = toTcvn3(text);
        assertEquals("TCVN3", TextDecoder.decode(tcvn3).charset());
        assertEquals(text.replace("\r", ""), TextDecoder.decode(tcvn3).text().replace("\r", ""));
        assertEquals(values(unicode), values(PlanExtractor.extract(SEED, tcvn3)));
        assertTrue(!unicode.statements().isEmpty());
    }

    @Test
    void unicodeVietnameseIsRecognizedWithoutTrialConversions() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        assertTrue(TextDecoder.isUnicodeVietnamese(text));
        assertFalse(TextDecoder.isUnicodeVietnamese(toVni(text)), "VNI letters read as Latin-1 are not Unicode");
        assertFalse(TextDecoder.isUnicodeVietnamese("Café crème brûlée"), "French is no Vietnamese");
        assertEquals("UTF-8", TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).charset());
    }

    @Test
    void plainWindows1258StaysWindows1258() throws Exception {
        String text = new String(TestFiles.plan(SEED), StandardCharsets.UTF_8);
        byte[] cp1258 = Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(Charset.forName("windows-1258"));
        // Characters windows-1258 cannot encode precomposed become '?', but the decision must still be 1258.
        assertEquals("windows-1258", TextDecoder.decode(cp1258).charset());
    }

    private static List<String> values(ExtractionResult r) {
        return r.statements().stream().map(s -> s.line() + ":" + s.valueText() + ":" + s.kind()).toList();
    }

    /** VNI writer built from Unicode decomposition, independent of the reader's tables. */
    static String toVni(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            boolean upper = Character.isUpperCase(base);
            String marks = nfd.substring(1);
            if (c == 'đ' || c == 'Đ') {
                out.append(upper ? 'Ñ' : 'ñ');
                continue;
            }
            if (marks.isEmpty() || "aeiouyAEIOUY".indexOf(base) < 0) {
                out.append(c);
                continue;
            }
            int tone = -1;
            for (char m : marks.toCharArray()) {
                tone = Math.max(tone, "\u0301\u0300\u0309\u0303\u0323".indexOf(m));
            }
            char lower = Character.toLowerCase(base);
            String mark;
            if (tone < 0 && !marks.contains("\u031B") && !marks.contains("\u0302")
                    && !marks.contains("\u0306")) {
                out.append(c);
                continue;
            }
            if (lower == 'i') {
                out.append(cased("íìæóò".charAt(tone), upper));
                continue;
            } else if (marks.contains("\u031B")) {
                out.append(cased(lower == 'o' ? 'ô' : 'ö', upper));
                mark = tone < 0 ? "" : String.valueOf("ùøûõï".charAt(tone));
            } else if (marks.contains("\u0302")) {
                out.append(base);
                mark = String.valueOf(tone < 0 ? 'â' : "áàåãä".charAt(tone));
            } else if (marks.contains("\u0306")) {
                out.append(base);
                mark = String.valueOf(tone < 0 ? 'ê' : "éèúüë".charAt(tone));
            } else {
                out.append(base);
                mark = String.valueOf("ùøûõï".charAt(tone));
            }
            out.append(upper ? mark.toUpperCase(Locale.ROOT) : mark);
        }
        return out.toString();
    }

    private static char cased(char c, boolean upper) {
        return upper ? Character.toUpperCase(c) : c;
    }

    /** TCVN3 writer: the published byte order (grave, hook, tilde, acute, dot per vowel), typed here again. */
    static byte[] toTcvn3(String text) {
        String letters = "àảãáạ" + "ằẳẵắặ" + "ầẩẫấậ" + "èẻẽéẹ" + "ềểễếệ" + "ìỉĩíị" + "òỏõóọ" + "ồổỗốộ" + "ờởỡớợ"
                + "ùủũúụ" + "ừửữứự" + "ỳỷỹýỵ" + "ăâêôơưđ";
        int[] codes = {0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
            0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
            0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
            0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
            0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (char c : nfc.toCharArray()) {
            int i = letters.indexOf(c);
            out.write(i >= 0 ? codes[i] : c < 0x80 ? c : '?');
        }
        return out.toByteArray();
    }
}
