package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table-driven fold gives exactly what the rule (NFD, marks out, đ to d, lower case, spaces) gives. */
class VnTextFoldTest {

    @Test
    void everyLineOfTheRealDocumentsFoldsAsTheRuleSays() throws Exception {
        int lines = 0;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("data/plans")),
                Files.walk(Path.of("devset")).filter(p -> p.toString().endsWith(".txt")))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    assertEquals(VnText.slowFold(line), VnText.fold(line), file + ": " + line);
                    lines++;
                }
            }
        }
        assertEquals(true, lines > 1_000, lines + " lines");
    }

    @Test
    void decomposedMarksOddSpacesAndCharactersBeyondTheTable() {
        for (String s : List.of("Hoa\u0300 Bi\u0300nh", "  THANH\tHÓA \n", "İstanbul ǅ ß", "“Đạt” 99,9 % – …",
                "\uD835\uDC00 math A", "ĐẮK LẮK", "Cư M’gar", "")) {
            assertEquals(VnText.slowFold(s), VnText.fold(s), s);
        }
        assertEquals(VnText.fold("Cư M'gar"), VnText.fold("Cư M’gar"), "a typographic apostrophe is the register's");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x2100) : 0x1E00 + random.nextInt(0x100)));
            }
            String text = s.toString();
            if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                assertEquals(VnText.slowFold(text), VnText.fold(text), text);
            }
        }
    }
}
