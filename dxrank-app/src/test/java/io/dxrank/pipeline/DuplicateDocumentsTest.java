package io.dxrank.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.charts.ChartFormat;
import io.dxrank.SparkTestSession;
import io.dxrank.TestFiles;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Fact;
import io.dxrank.normalize.FactStatus;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Normalizer;
import io.dxrank.run.RunOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Order;

/** The same plan twice loses nothing (issue 21): copies (same bytes, or same text in another encoding or format) count once, and say which file they repeat. */
@Order(4) // a long class: started early (junit-platform.properties)
class DuplicateDocumentsTest {

    static final String SEED = "000_94ef183eb1e07201.txt";

    @TempDir
    Path tmp;

    @Test
    void aPlanTwoIdenticalCopiesAndOneInAnotherEncodingGiveThePlansFactsOnce() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("plans"));
        byte[] plan = TestFiles.plan(SEED);
        Files.write(input.resolve(SEED), plan);
        Files.write(input.resolve("ke-hoach (1).txt"), plan);
        Files.write(input.resolve("ke-hoach-copy.txt"), plan);
        // the same plan saved as UTF-16 (other bytes, the same text; its name sorts first, so it is not the kept file): a copy too, not a revision
        Files.writeString(input.resolve("a-ke-hoach-utf16.txt"), "\uFEFF" + new String(plan, StandardCharsets.UTF_8),
                StandardCharsets.UTF_16LE);
        Path out = tmp.resolve("out");
        RunOptions options = RunOptions.builder().jobName("dup").inputs(List.of(input.toString())).out(out)
                .charts(tmp.resolve("charts")).weightDraws(20).chartFormat(ChartFormat.SVG).build(); // facts are asked, not charts
        new Pipeline(SparkTestSession.get(), options).run();

        // what the plan alone gives: its normalized facts (no other plan or table to pick between)
        List<Fact> seedFacts = new Normalizer(Catalog.load(RunOptions.DEFAULT_CATALOG),
                Gazetteer.load(RunOptions.DEFAULT_GAZETTEER)).normalize(PlanExtractor.extract(SEED, plan)).facts();
        long usedInSeed = seedFacts.stream().filter(f -> FactStatus.USED.equals(f.status())).count();
        List<CSVRecord> facts = TestFiles.readCsv(out.resolve("facts.csv"));
        assertTrue(usedInSeed > 10, "the seed has facts in the goldens: " + usedInSeed);
        List<CSVRecord> used = facts.stream().filter(r -> "used".equals(r.get("status"))).toList();
        assertEquals(usedInSeed, used.size(), "the plan's facts, once");
        assertEquals(1, used.stream().map(r -> r.get("source_file")).distinct().count(), "from one file");
        assertEquals(4 * seedFacts.size(), facts.size(), "every statement of every copy is listed");
        assertEquals(3 * usedInSeed, facts.stream().filter(r -> "superseded".equals(r.get("status"))).count(),
                "the copies' facts are set aside as superseded");
        assertTrue(facts.stream().filter(r -> "superseded".equals(r.get("status")))
                .allMatch(r -> r.get("flags").endsWith(";superseded")), "and flagged so");
        List<CSVRecord> duplicates = TestFiles.readCsv(out.resolve("quality.csv")).stream()
                .filter(r -> r.get("code").equals("duplicate_document")).toList();
        assertEquals(3, duplicates.size(), duplicates.toString());
        assertEquals(2, duplicates.stream().filter(r -> r.get("detail").contains("the same document as")).count());
        assertTrue(duplicates.stream().anyMatch(r -> r.get("detail").contains("the same statements as")
                && r.get("detail").contains("another format or encoding")), duplicates.toString());
        assertEquals(4, TestFiles.readCsv(out.resolve("plans.csv")).size(), "every file is listed");
    }

    /** A commune's plan for a year and its report on that year are no revisions of each other: targets and results. */
    @Test
    void aPlanAndTheReportOnItsYearBothCountAndTwoArticlesOfAYearToo() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("pair"));
        Files.writeString(input.resolve("kh-2025.txt"), "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nTân Lập, ngày 10 tháng 01 năm 2025\n"
                + "KẾ HOẠCH\nChuyển đổi số xã Tân Lập, tỉnh Phú Thọ năm 2025\nI. MỤC TIÊU\n"
                + "- Phấn đấu 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("bc-2025.txt"), "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nTân Lập, ngày 15 tháng 12 năm 2025\n"
                + "BÁO CÁO\nKết quả chuyển đổi số xã Tân Lập, tỉnh Phú Thọ năm 2025\nI. KẾT QUẢ\n"
                + "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 85%.\n", StandardCharsets.UTF_8);
        String news = "Xã Tân Lập, tỉnh Phú Thọ đẩy mạnh chuyển đổi số\nNăm 2025, xã Tân Lập có %d tổ công nghệ số cộng đồng.\n";
        Files.writeString(input.resolve("tin-1.txt"), String.format(Locale.ROOT, news, 12), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("tin-2.txt"), String.format(Locale.ROOT, news, 14), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("tin-2-copy.txt"), String.format(Locale.ROOT, news, 14), StandardCharsets.UTF_8);
        // a second report on the year from another office: another document, not a revision of the first
        Files.writeString(input.resolve("bc-2025-van-phong.txt"), "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\n"
                + "Tân Lập, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả cải cách hành chính xã Tân Lập, tỉnh Phú Thọ năm 2025\n"
                + "I. KẾT QUẢ\n- Đã thành lập 16 tổ công nghệ số cộng đồng.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("pair-out");
        new Pipeline(SparkTestSession.get(), RunOptions.builder().jobName("pair").inputs(List.of(input.toString())).out(out)
                .charts(tmp.resolve("pair-charts")).weightDraws(20).chartFormat(ChartFormat.SVG).build()).run();
        List<CSVRecord> facts = TestFiles.readCsv(out.resolve("facts.csv"));
        for (String file : List.of("kh-2025.txt", "bc-2025.txt", "bc-2025-van-phong.txt")) {
            assertTrue(facts.stream().anyMatch(r -> r.get("source_file").equals(file) && "used".equals(r.get("status"))),
                    file + " contributes: " + facts);
        }
        List<CSVRecord> quality = TestFiles.readCsv(out.resolve("quality.csv"));
        assertTrue(quality.stream().noneMatch(r -> r.get("code").equals("superseded_revision")), quality.toString());
        assertEquals(1, quality.stream().filter(r -> r.get("code").equals("duplicate_document")).count(),
                "the copied article, and only it, is a duplicate");
        assertTrue(facts.stream().anyMatch(r -> r.get("source_file").equals("tin-1.txt") && !"superseded".equals(r.get("status"))),
                "the other article of the year is no revision: " + facts);
    }
}
