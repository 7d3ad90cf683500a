package io.dxrank;


import io.dxrank.extract.DocumentReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds the fault corpus of the operations tests in a folder: good plans beside every kind of bad input an
 * unattended run meets. Nothing large is committed; the oversized file is generated here.
 */
public final class FaultCorpus {

    public static final String GOOD_PLAIN = "000_94ef183eb1e07201.txt";
    /** A good plan under a name with a space, brackets and Vietnamese letters (Spark reads paths as globs). */
    public static final String GOOD_ODD_NAME = "Tây Hiếu [bản chính].txt";
    public static final String WINDOWS_1258 = "cp1258.txt";
    public static final String UTF_16 = "utf16.txt";
    public static final String EMPTY = "empty.txt";
    public static final String BINARY = "binary.txt";
    public static final String TRUNCATED_DOCX = "truncated.docx";
    public static final String OVERSIZED = "oversized.txt";
    public static final String NO_YEAR = "no-year.txt";
    public static final String NO_LOCALITY = "no-locality.txt";
    public static final String REVISION_1 = "revisions/004_first.txt";
    public static final String REVISION_2 = "revisions/004_second.txt";

    private FaultCorpus() {
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("revisions"));
        Files.write(dir.resolve(GOOD_PLAIN), TestFiles.plan(GOOD_PLAIN));
        Files.write(dir.resolve(GOOD_ODD_NAME), TestFiles.plan("002_00799ebcae702b90.txt"));
        Files.write(dir.resolve(WINDOWS_1258), windows1258(seed("003_9feb9f5d2063bb0c.txt")));
        Files.write(dir.resolve(UTF_16), seed("001_a7123551a21b73dd.txt").getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve(EMPTY), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve(BINARY), binary);
        byte[] docx = docx("Kế hoạch chuyển đổi số năm 2024");
        Files.write(dir.resolve(TRUNCATED_DOCX), Arrays.copyOf(docx, docx.length / 2));
        byte[] big = new byte[(int) DocumentReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        Files.write(dir.resolve(OVERSIZED), big);
        // the title carries locality and plan year; the committee header can name the locality alone
        String khanhSon = seed("004_8c4c35e57e02ea51.txt");
        Files.writeString(dir.resolve(NO_YEAR), """
                ỦY BAN NHÂN DÂN
                XÃ HÒA BÌNH
                ----------

                KẾ HOẠCH
                Chuyển đổi số trên địa bàn xã Hòa Bình

                I. KẾT QUẢ ĐẠT ĐƯỢC
                - Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 80%.
                II. MỤC TIÊU
                - Phấn đấu 100% cán bộ, công chức được tập huấn kỹ năng số.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(NO_LOCALITY), """
                KẾ HOẠCH
                Chuyển đổi số năm 2024

                I. MỤC TIÊU
                - Phấn đấu tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90%.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REVISION_1), khanhSon, StandardCharsets.UTF_8);
        // a revision revises: one figure changed (a copy with the same statements is a duplicate, not a revision)
        String revised = khanhSon.replaceFirst("(?<![\\d,])20%", "25%");
        if (revised.equals(khanhSon)) {
            throw new IllegalStateException("the seed no longer has the figure the revision changes");
        }
        Files.writeString(dir.resolve(REVISION_2), revised + "\nBản sửa đổi.\n", StandardCharsets.UTF_8);
    }

    static String seed(String name) throws IOException {
        return new String(TestFiles.plan(name), StandardCharsets.UTF_8);
    }

    /** Replaces the line after "KẾ HOẠCH" (the plan's title) with {@code title}. */
    static String withTitle(String plan, String title) {
        String[] lines = plan.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].strip().equals("KẾ HOẠCH")) {
                lines[i + 1] = title;
                return String.join("\n", lines);
            }
        }
        throw new IllegalArgumentException("no title line");
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 200; i++) {
                doc.createParagraph().createRun().setText(text + " " + i);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** As Vietnamese Windows files store text: vowel letters precomposed, tone marks as combining characters. */
    public static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        CharsetEncoder enc = cp.newEncoder();
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (enc.canEncode(c)) {
                out.append(c);
                continue;
            }
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char m : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                boolean isTone = m == '\u0300' || m == '\u0301' || m == '\u0303' || m == '\u0309' || m == '\u0323';
                (isTone ? tone : base).append(m);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        if (!enc.canEncode(out)) {
            throw new IllegalStateException("text not representable in Windows-1258");
        }
        return out.toString().getBytes(cp);
    }
}
