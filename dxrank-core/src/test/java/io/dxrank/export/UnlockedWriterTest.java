package io.dxrank.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The workbook's sheet writer gives the bytes the JDK's BufferedWriter gives, whatever the calls' sizes. */
class UnlockedWriterTest {

    @Test
    void theSameBytesAsABufferedWriterAcrossItsBufferAndSurrogatePairs() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer jdk = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8));
             Writer mine = new UnlockedWriter(new OutputStreamWriter(actual, StandardCharsets.UTF_8))) {
            // Vietnamese letters, a character outside the BMP (a surrogate pair) and markup, in calls of every size,
            // some longer than the 64 K buffer, so that pairs and calls straddle its flushes
            String text = "Xã Tân Lập 😀 <a&b> ";
            for (int call = 0; call < 20_000; call++) {
                int kind = random.nextInt(4);
                if (kind == 0) {
                    String s = text.repeat(1 + random.nextInt(3));
                    jdk.write(s);
                    mine.write(s);
                } else if (kind == 1) {
                    char[] chars = text.repeat(random.nextInt(100) == 0 ? 5_000 : 2).toCharArray();
                    int off = random.nextInt(3);
                    jdk.write(chars, off, chars.length - off);
                    mine.write(chars, off, chars.length - off);
                } else {
                    for (char c : text.toCharArray()) {
                        jdk.write(c);
                        mine.write(c);
                    }
                }
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }
}
