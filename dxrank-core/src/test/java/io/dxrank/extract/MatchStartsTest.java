package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A pattern tried only where one of its words can start finds exactly what {@link Matcher#find()} finds, on real
 * documents of every split and on letters whose case mappings are odd.
 */
class MatchStartsTest {

    /** Words of the extractor's own kinds: several per first letter, capitals, "đ", a bracket, a digit. */
    private static final Pattern LEGAL = Pattern.compile(
            "(?iu)(?:số|nghị quyết|quyết định|thông tư|chỉ thị|công văn|chương trình|kết luận|luật|văn bản|khóa|khoá)\\s*\\d*");
    private static final Pattern SECTION = Pattern.compile(
            "(?iu)(?:điều|khoản|mục|phần|chương|(?<!thí\\s)điểm|phụ lục|biểu|bảng|trang|page|tiết|tuần thứ|stt)\\s*:?\\s*\\d");
    private static final Pattern DATE = Pattern.compile("(?iu)(?:ngày|tháng|\\(|\\d{1,2}/)\\s*\\d{1,4}");
    private static final Pattern CASED = Pattern.compile("(?:Đảng|UBND|ĐẢNG)\\s+\\p{L}+");

    private static final List<Pattern> PATTERNS = List.of(LEGAL, SECTION, DATE, CASED);
    /** {@link #PATTERNS}, each with the words its matches start with. */
    private static final List<MatchStarts> RULES = List.of(
            MatchStarts.ofWords(LEGAL, "số nghị quyết thông chỉ công chương kết luật văn khóa khoá"),
            MatchStarts.ofWords(SECTION, "điều khoản mục phần chương điểm phụ biểu bảng trang page tiết tuần stt"),
            MatchStarts.ofWords(DATE, "0 1 2 3 4 5 6 7 8 9 ngày tháng ("),
            MatchStarts.ofWords(CASED, "Đảng UBND ĐẢNG"));

    private static List<String> matches(MatchStarts rule, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = rule.matcher(text);
        for (int from = 0; from <= text.length() && rule.next(m, text, from);
                from = m.end() == m.start() ? m.end() + 1 : m.end()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> expected(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsWhatTheRegexFindsInEveryRealDocument() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(Path.of("devset"))) {
            documents = files.filter(p -> p.toString().endsWith(".txt") && p.getParent().endsWith("plans")).sorted().toList();
        }
        assertTrue(documents.size() > 400, "the dev set's documents: " + documents.size());
        long compared = 0;
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            for (int r = 0; r < RULES.size(); r++) {
                List<String> want = expected(PATTERNS.get(r), text);
                assertEquals(want, matches(RULES.get(r), text), document + " rule " + r);
                compared += want.size();
            }
        }
        assertTrue(compared > 5_000, "matches compared: " + compared);
    }

    @Test
    void lettersWhoseCaseMappingsAreOddStartWhatTheyStartInTheRegex() {
        // "İ" and "ı" fold to "i" one way only; "ǅ" is title case; "K" (Kelvin) folds to "k"; a surrogate pair
        String text = "İ SỐ 1, ı số 2, Số 3 ǅ KHOÁ 4 \uD83D\uDE00 Nghị Quyết 5 khóa 6 Trang 7 Thí điểm 8 điểm 9 (10) 3/2024"
                + " UBND xã Đảng ủy ĐẢNG ỦY đảng bộ";
        for (int r = 0; r < RULES.size(); r++) {
            assertEquals(expected(PATTERNS.get(r), text), matches(RULES.get(r), text), "rule " + r);
        }
        assertEquals(List.of("2:SỐ 1", "10:số 2", "16:Số 3", "23:KHOÁ 4", "33:Nghị Quyết 5", "46:khóa 6"), matches(RULES.get(0), text));
    }
}
