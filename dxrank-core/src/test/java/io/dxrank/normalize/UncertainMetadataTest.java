package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.TestFiles;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.HeaderParser;
import io.dxrank.extract.PlanExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No silent attribution (issue 23, part 2): real seed plans that lost their title's year or their title are filed
 * under their own locality, not the parent whose plan they cite, and a year that rests on nothing holds the figures
 * out of rankings with a finding.
 */
class UncertainMetadataTest {

    private static ExtractionResult read(String seed, String... dropped) throws Exception {
        String text = new String(TestFiles.plan(seed), StandardCharsets.UTF_8);
        for (String d : dropped) {
            assertTrue(text.contains(d), "the seed has " + d);
            text = text.replace(d, "");
        }
        return PlanExtractor.extract("kh.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWardPlanWhoseTitleLostItsYearIsTheWardsWithItsFiguresHeld() throws Exception {
        ExtractionResult plan = read("000_94ef183eb1e07201.txt", "phường Tĩnh Hải năm 2024");
        // the title line now reads "Chuyển đổi số trên địa bàn"; the ward is named where the text speaks of itself
        assertEquals("Tĩnh Hải", plan.metadata().localityName(), "not thị xã Nghi Sơn, whose plan it cites");
        assertEquals("phuong", plan.metadata().level());
        assertTrue(plan.findings().stream().anyMatch(f -> HeaderParser.PLAN_YEAR_UNCERTAIN.equals(f.code())),
                "the year is said to be uncertain: " + plan.findings());
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
        Normalizer.Result result = normalizer.normalize(plan);
        List<Fact> withoutOwnYear = result.facts().stream()
                .filter(f -> plan.statements().stream().anyMatch(s -> s.line() == f.sourceLine() && s.year() == null))
                .toList();
        assertTrue(!withoutOwnYear.isEmpty(), "the plan has figures without a year of their own");
        assertTrue(withoutOwnYear.stream().allMatch(f -> FactStatus.HELD.equals(f.status())),
                "held: " + withoutOwnYear.stream().map(Fact::status).collect(Collectors.toSet()));
        assertTrue(result.findings().stream().anyMatch(f -> "facts_held".equals(f.code())
                && f.detail().contains("year that can be trusted")), "a finding says why");
    }

    @Test
    void aDistrictPlanWithoutItsTitleIsTheDistrictsNotItsProvinces() throws Exception {
        String text = new String(TestFiles.plan("001_a7123551a21b73dd.txt"), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\n", -1));
        // cut the header and title: the text opens mid-sentence on the province's plan it carries out
        String body = String.join("\n", lines.subList(10, lines.size()));
        ExtractionResult plan = PlanExtractor.extract("kh.txt", body.getBytes(StandardCharsets.UTF_8));
        assertEquals("Thanh Hà", plan.metadata().localityName(), "not tỉnh Hải Dương: " + plan.metadata());
        assertEquals("huyen", plan.metadata().level());
    }

    @Test
    void figuresWithoutAnyYearAreHeldNotRankedAsYearZero() throws Exception {
        String news = "Xã Hoằng Phú đẩy mạnh chuyển đổi số\n\nĐến nay, tỷ lệ hồ sơ trực tuyến của xã đạt 95%; 100% cán bộ"
                + " được tập huấn kỹ năng số.\n";
        ExtractionResult doc = PlanExtractor.extract("tin.txt", news.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.statements().size() >= 2, doc.statements().toString());
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
        List<Fact> facts = normalizer.normalize(doc).facts();
        assertTrue(!facts.isEmpty() && facts.stream().allMatch(f -> FactStatus.HELD.equals(f.status())),
                "no fact of year 0 reaches a ranking: " + facts.stream().map(f -> f.status() + " " + f.year()).toList());
    }

    @Test
    void aTitledPlanHoldsNothing() throws Exception {
        ExtractionResult plan = read("000_94ef183eb1e07201.txt");
        assertTrue(plan.findings().stream().noneMatch(f -> HeaderParser.PLAN_YEAR_UNCERTAIN.equals(f.code())));
        assertEquals(2024, plan.metadata().planYear());
    }
}
