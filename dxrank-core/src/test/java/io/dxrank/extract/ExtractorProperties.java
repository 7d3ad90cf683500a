package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Property-based tests of the reader and the extractor (issue 21, part 5): whatever the bytes and whatever the
 * Vietnamese-like text, a document ends as ok or rejected, never as an exception, and every statement's figure is in
 * its quote, and no document takes longer than its read budget. A thousand cases each in {@code mvn verify}
 * ({@code jqwik.tries.default} in junit-platform.properties; {@code bench/fuzz.sh} runs a long campaign); the
 * generators are seeded by jqwik (a failing case is shrunk and printed with its seed).
 */
class ExtractorProperties {

    private static final List<String> NAMES = List.of("ke-hoach.txt", "bao-cao.md", "ke-hoach.docx", "bang.xlsx",
            "bang.csv", "van-ban.pdf", "tin.html", "tin.htm", "khong-ro.bin");

    /** Far above the milliseconds a case takes: a case near it has met catastrophic backtracking or a loop. */
    private static final long BUDGET_MS = 10_000;

    @Property
    void anyBytesUnderAnyNameEndOkOrRejectedWithinTheBudget(@ForAll @Size(max = 4096) byte[] bytes,
                                                            @ForAll("names") String name) {
        ExtractionResult r = withinBudget(name, bytes);
        assertNotNull(r);
        assertTrue(ExtractionResult.OK.equals(r.status()) || !r.reason().isBlank(), r.status() + " " + r.reason());
    }

    @Property
    void everyFigureReadFromVietnameseLikeTextIsInItsQuoteWithinTheBudget(@ForAll("documents") String text) {
        ExtractionResult r = withinBudget("ke-hoach.txt", text.getBytes(StandardCharsets.UTF_8));
        Statistics.collect(r.statements().isEmpty() ? "no statement" : "statements");
        // not vacuous: most generated documents state figures the extractor reads
        Statistics.coverage(c -> c.check("statements").percentage(p -> p > 50));
        for (Statement s : r.statements()) {
            assertTrue(s.quote().contains(s.valueText().strip()), "'" + s.valueText() + "' not in '" + s.quote() + "'");
        }
    }

    /** The document read under the budget, failing the case when it took the budget or more. */
    private static ExtractionResult withinBudget(String name, byte[] bytes) {
        long start = System.nanoTime();
        ExtractionResult r = PlanExtractor.extract(name, bytes, new ReadBudget(BUDGET_MS));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < BUDGET_MS, name + " took " + ms + " ms");
        return r;
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    /** Lines of plan-like Vietnamese: headings, cue words, subjects, figures in every written form, noise. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> words = Arbitraries.of("UBND", "xã", "Tĩnh Hải", "huyện", "Thanh Hà", "tỉnh", "Kế hoạch",
                "chuyển đổi số", "năm 2024", "năm 2025", "đến năm 2030", "phấn đấu", "đạt", "đã", "tỷ lệ",
                "hồ sơ", "trực tuyến", "toàn trình", "cán bộ", "được", "tập huấn", "mục tiêu", "kết quả", "trên",
                "khoảng", "tối thiểu", "hơn", "Số:", "/KH-UBND", "ngày", "tháng", "I.", "1.", "a)", "-", ";", ".", ",",
                ":", "(", ")", "Đến nay", "tài khoản", "lượt", "tin, bài", "Mục tiêu cụ thể:", "\t", "|");
        Arbitrary<String> figures = Arbitraries.of("99,9%", "100%", "80 %", "15-20%", "20/20 xã", "1.234", "01 lớp",
                "3.500 điểm", "0,652", "12/2006", "31/12/2024", "2.05", "9 9 9 9 9", "1,5 triệu", "50%;", "7/63",
                "tăng 22 bậc", "xếp thứ 5", "41,096", "...", "1.522.000", "85,5 %", "-3", "2021 - 2025");
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(3, words), Tuple.of(1, figures));
        Arbitrary<String> line = token.list().ofMinSize(0).ofMaxSize(30).map(l -> String.join(" ", l));
        return line.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("\n", l));
    }
}
