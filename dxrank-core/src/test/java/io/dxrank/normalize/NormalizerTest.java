package io.dxrank.normalize;

import java.util.ArrayList;
import io.dxrank.core.VnText;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.QuantityScanner;
import io.dxrank.extract.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching, units, years, duplicates and localities on seed phrasings and on phrasings the seeds do not use. */
class NormalizerTest {

    static final String CATALOG = """
            code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
            records,Hồ sơ công việc,Records online,government,percent,higher,hồ sơ công việc được xử lý trên môi trường mạng \
            | hồ sơ công việc xử lý trên môi trường điện tử,90,2025,QĐ 942
            accounts,Tài khoản thanh toán,Payment accounts,society,percent,higher,người dân trưởng thành có tài khoản thanh toán,,,
            posts,Tin bài,News posts,awareness,posts,higher,tin bài | tin bài tuyên truyền,,,
            teams,Tổ CNSCĐ,Community teams,society,percent,higher,xã thị trấn thành lập tổ công nghệ số,,,
            broken,only three,columns
            """;
    static final String GAZETTEER = """
            locality_id,name,level,parent,parent_id,province,population,households,source
            p1,An Phú,xa,Nam Đàn,d1,Nghệ An,8000,,test
            p2,An Phú,phuong,Thái Hòa,d2,Nghệ An,,,test
            """;

    static Normalizer normalizer() throws Exception {
        return new Normalizer(Catalog.parse(CATALOG, "catalog.csv"), Gazetteer.parse(GAZETTEER));
    }

    static Statement st(int line, String kind, String subject, String valueText, double value, Double den,
                        String unit, Integer year, String source) {
        return new Statement(line, subject, subject, "", null, kind, subject, valueText, value, null, den, unit, "eq",
                year, source);
    }

    /** A result read from a sentence of prose (its quote the sentence), without a year, denominator or comparator. */
    static Statement said(int line, String sentence, String subject, String valueText, double value, String unit) {
        return new Statement(line, sentence, sentence, "", null, Statement.ACTUAL, subject, valueText, value, null, null,
                unit, "eq", null, "prose");
    }

    static ExtractionResult plan(String level, Integer resultsYear, String period, Statement... statements) {
        return new ExtractionResult("pid", "plan.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata("An Phú", level, null, "Nghệ An", 2024, period, resultsYear, null),
                List.of(statements), List.of());
    }

    /** A normalizer with the bundled catalog and the test's gazetteer. */
    private static Normalizer withTheCatalog() throws IOException {
        return new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")), Gazetteer.parse(GAZETTEER));
    }

    @Test
    void aReportWithItsCommunesRowsIsStillItsDistrictsDocument() throws Exception {
        String report = "UBND HUYỆN BẢO THẮNG, TỈNH LÀO CAI\nBÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2024\n"
                + "STT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tSố tổ công nghệ số cộng đồng\n1\tXã Phong Niên\t85,5\t12\n";
        ExtractionResult r = PlanExtractor.extract("bc.txt", report.getBytes(StandardCharsets.UTF_8));
        assertTrue(Normalizer.isTable(r), "its rows name another unit");
        Normalizer.Result n = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/gazetteer.csv"))).normalizeTable(r);
        assertEquals("Bảo Thắng", n.localityName(), "plans.csv keeps the district");
        assertNotNull(n.localityId());
        assertEquals(2, n.facts().size());
        assertTrue(n.facts().stream().allMatch(f -> "Phong Niên".equals(f.localityName())), n.facts().toString());
    }

    @Test
    void malformedCatalogRowsAreReportedNotFatal() throws Exception {
        Catalog c = Catalog.parse(CATALOG, "catalog.csv");
        assertEquals(4, c.size());
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).contains("catalog.csv row 5"), c.problems().toString());
        assertEquals(90.0, c.get("records").nationalTarget());
        assertTrue(Catalog.load(Path.of("data/catalog/indicators.csv")).problems().isEmpty(),
                "the bundled catalog loads cleanly");
    }

    @Test
    void matchingIgnoresAccentsCaseLineBreaksAndWordOrder() throws Exception {
        IndicatorMatcher m = new IndicatorMatcher(Catalog.parse(CATALOG, "c"));
        assertEquals("records", m.match("HO SO CONG VIEC duoc xu ly tren\nmoi truong mang", true).indicator().code());
        assertEquals("records", m.match("hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", true)
                .indicator().code());
        assertEquals("accounts", m.match("có tài khoản thanh toán người dân trưởng thành", true).indicator().code());
        assertNull(m.match("doanh nghiệp nộp thuế điện tử", true), "nothing similar: no match");
        assertNull(m.match("hồ sơ công việc được xử lý trên môi trường mạng", false), "a count never maps to a percent");
    }

    @Test
    void yearsFollowKindAndHorizon() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", 2023, "FY",
                st(1, Statement.ACTUAL, "hồ sơ công việc được xử lý trên môi trường mạng", "80%", 80, null, "percent", null, "prose"),
                st(2, Statement.TARGET, "hồ sơ công việc được xử lý trên môi trường mạng", "90%", 90, null, "percent", null, "prose"),
                st(3, Statement.TARGET, "người dân trưởng thành có tài khoản thanh toán đến năm 2025", "80%", 80, null, "percent", 2025, "prose")));
        assertEquals(2023, r.facts().get(0).year(), "results take the results year");
        assertEquals(2024, r.facts().get(1).year(), "targets take the plan year");
        assertEquals(2025, r.facts().get(2).year(), "a horizon named in the text wins");
    }

    @Test
    void countsOfOtherLevelsAreKeptApartFromTheDocumentsOwnFigure() throws Exception {
        // the sentence of the bundled district report (data/plans/001_...: lines 219-220)
        String sentence = "Cả huyện hiện đã thành lập 01 nhóm Zalo điều hành chung toàn huyện, 20 nhóm Zalo của Tổ CNSCĐ "
                + "cấp xã, 89 nhóm Zalo của Tổ CNSCĐ cấp thôn.";
        Normalizer bundled = withTheCatalog();
        Normalizer.Result r = bundled.normalize(new ExtractionResult("pid", "plan.txt", "sha", "txt", 10,
                ExtractionResult.OK, "", new PlanMetadata("Tĩnh Gia", "huyen", null, "Thanh Hóa", 2023, "FY", 2022,
                null), List.of(zalo(sentence, "01 nhóm Zalo", 1), zalo(sentence, "20 nhóm Zalo", 20),
                zalo(sentence, "89 nhóm Zalo", 89)), List.of()));
        List<String> statuses = r.facts().stream().map(f -> f.value() + ":" + f.status()).toList();
        assertEquals(List.of("1.0:used", "20.0:other_level", "89.0:other_level"), statuses);
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("conflicting_values")), "no conflict: "
                + "different levels' counts");
    }

    @Test
    void aLevelLabelBeforeItsColonNamesTheLevelOfTheFigureAfterIt() throws Exception {
        // devset/fresh4 n07 (a real provincial news item): the province's teams and their levels' shares
        String sentence = "Tỉnh thành lập 1.871 tổ Công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733) với 10.257 thành viên.";
        Statement whole = new Statement(4, sentence, sentence, "", null, Statement.ACTUAL, "Tỉnh thành lập", "1.871 tổ", 1871,
                null, null, "tổ Công nghệ số cộng đồng", "eq", 2022, "prose");
        Statement communes = new Statement(4, sentence, sentence, "", null, Statement.ACTUAL, "Tỉnh thành lập tổ cấp xã:",
                "138", 138, null, null, "tổ Công nghệ số cộng đồng", "eq", 2022, "prose");
        Statement villages = new Statement(4, sentence, sentence, "", null, Statement.ACTUAL, "cấp thôn:", "1.733", 1733,
                null, null, "tổ Công nghệ số cộng đồng", "eq", 2022, "prose");
        Normalizer.Result r = withTheCatalog().normalize(new ExtractionResult("pid", "n07.txt", "sha", "txt", 10,
                ExtractionResult.OK, "", new PlanMetadata("Tuyên Quang", "tinh", null, "Tuyên Quang", 2022, "FY", 2022,
                null), List.of(whole, communes, villages), List.of()));
        assertEquals(List.of("1871.0:used", "138.0:other_level", "1733.0:other_level"),
                r.facts().stream().map(f -> f.value() + ":" + f.status()).toList());
    }

    @Test
    void aPlaceNamesItsRankingAnywhereInItsSentence() throws Exception {
        // a smoke page of the twenty-first stop: the ranking is named in the clause before the place, with a score between
        String sentence = "Hà Nội dẫn đầu bảng xếp hạng Chỉ số Chuyển đổi số (DTI) cấp tỉnh năm 2024, với 0,8241 điểm, "
                + "xếp thứ nhất trên 34 tỉnh, thành phố trực thuộc Trung ương sau sáp nhập.";
        Statement place = new Statement(3, sentence, sentence, "", null, Statement.ACTUAL,
                "xếp thứ trên 34 tỉnh, thành phố trực thuộc Trung ương sau sáp nhập.", "xếp thứ nhất", 1, null, 34.0,
                QuantityScanner.RANK_UNIT, "eq", 2024, "prose");
        Statement reform = new Statement(4, "Tỉnh xếp thứ 3 về chỉ số cải cách hành chính PAR Index.", "q", "", null,
                Statement.ACTUAL, "Tỉnh xếp thứ về chỉ số cải cách hành chính", "xếp thứ 3", 3, null, null,
                QuantityScanner.RANK_UNIT, "eq", 2024, "prose");
        Statement score = new Statement(3, sentence, sentence, "", null, Statement.ACTUAL,
                "bảng xếp hạng cấp tỉnh năm 2024, với", "0,8241 điểm", 0.8241, null, null, "điểm", "eq", 2024, "prose");
        Normalizer.Result r = withTheCatalog().normalize(plan("xa", 2024, "FY", score, place, reform));
        assertEquals("dx_assessment_rank", r.facts().get(1).indicatorCode(), "two figures in the sentence");
        assertEquals(FactStatus.UNMAPPED, r.facts().get(2).status(), "another index's rank is no DTI rank");
    }

    @Test
    void aPillarsPlaceAndScoreMapToThePillarsOwnIndicators() throws Exception {
        // devset/dev a08 and fresh4 m06 (real reports): "Chính quyền số đạt 0,6674, xếp thứ 30/63, giảm 03 bậc"
        String sentence = "Trong đó: Chính quyền số đạt 0,6674, xếp thứ 30/63, giảm 03 bậc;";
        Statement score = new Statement(3, sentence, sentence, "", null, Statement.ACTUAL, "Trong đó: Chính quyền số đạt",
                "0,6674", 0.6674, null, null, QuantityScanner.INDEX_UNIT, "eq", 2022, "prose");
        Statement place = new Statement(3, sentence, sentence, "", null, Statement.ACTUAL, "xếp thứ , giảm", "xếp thứ 30/63",
                30, null, 63.0, QuantityScanner.RANK_UNIT, "eq", 2022, "prose");
        String other = "Kinh tế số đạt 0,6062, xếp thứ 45/63, giảm 26 bậc; 20 điểm cầu kết nối chính quyền số.";
        Statement economy = new Statement(4, other, other, "", null, Statement.ACTUAL, "xếp thứ , giảm", "xếp thứ 45/63",
                45, null, 63.0, QuantityScanner.RANK_UNIT, "eq", 2022, "prose");
        Statement endpoints = new Statement(4, other, other, "", null, Statement.ACTUAL, "điểm cầu kết nối chính quyền số",
                "20 điểm cầu", 20, null, null, "điểm cầu", "eq", 2022, "prose");
        Normalizer.Result r = withTheCatalog().normalize(plan("tinh", 2022, "FY", score, place, economy, endpoints));
        assertEquals(List.of("dx_government_score", "dx_government_rank", "dx_economy_rank"),
                r.facts().subList(0, 3).stream().map(Fact::indicatorCode).toList());
        assertNotEquals("dx_government_score", r.facts().get(3).indicatorCode(), "video endpoints are no pillar's score");
    }

    private static Statement zalo(String sentence, String valueText, double value) {
        return new Statement(220, sentence, sentence, "", null, Statement.ACTUAL, "thành lập nhóm Zalo", valueText,
                value, null, null, "nhóm Zalo", "eq", null, "prose");
    }

    @Test
    void aRankOutOfItsPlacesStaysARankNotAShare() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("tinh", 2023, "FY",
                st(1, Statement.ACTUAL, "Chỉ số chuyển đổi số DTI xếp hạng", "9/63", 9, 63.0, "rank", null, "prose"),
                st(2, Statement.ACTUAL, "hồ sơ công việc được xử lý trên môi trường mạng", "20/25", 20, 25.0, "fraction",
                        null, "prose")));
        assertEquals(9.0, r.facts().get(0).value(), 1e-9);
        assertEquals("rank", r.facts().get(0).unit());
        assertEquals(80.0, r.facts().get(1).value(), 1e-9, "a fraction of a count is a share");
    }

    @Test
    void halfYearPlansLabelTheirPeriod() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", null, "H2",
                st(1, Statement.TARGET, "tin bài tuyên truyền", "10 tin, bài", 10, null, "tin, bài", null, "prose")));
        assertEquals("2024 H2", r.facts().get(0).period());
        assertEquals("posts", r.facts().get(0).unit(), "a count takes the catalog's unit");
    }

    @Test
    void fractionsBecomePercentages() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", 2023, "FY",
                st(1, Statement.ACTUAL, "xã thị trấn thành lập tổ công nghệ số", "15/20 xã", 15, 20.0, "xã", null, "prose")));
        Fact f = r.facts().get(0);
        assertEquals("teams", f.indicatorCode());
        assertEquals(75.0, f.value(), 1e-9);
        assertEquals("percent", f.unit());
        assertEquals(20.0, f.denominator());
    }

    @Test
    void equipmentPerPersonMapsByItsUnitToTheShareOfOfficialsEquipped() throws Exception {
        Normalizer real = withTheCatalog();
        Normalizer.Result r = real.normalize(plan("xa", 2023, "FY",
                st(1, Statement.TARGET, "Duy trì", "01 người / 01 máy", 1, 1.0, QuantityScanner.PER_PERSON_UNIT,
                        null, "prose"),
                st(2, Statement.ACTUAL, "tại bộ phận một cửa bảo đảm", "2 người/1 máy tính", 1, 2.0,
                        QuantityScanner.PER_PERSON_UNIT, null, "prose")));
        assertEquals("officials_computers", r.facts().get(0).indicatorCode());
        assertEquals(100.0, r.facts().get(0).value(), 1e-9);
        assertEquals("percent", r.facts().get(0).unit());
        assertEquals(50.0, r.facts().get(1).value(), 1e-9, "two people sharing a computer: half equipped");
    }

    @Test
    void aKnownLocalityTakesTheGazetteersSpelling() throws Exception {
        ExtractionResult unaccented = new ExtractionResult("pid", "plan.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata("AN PHU", "xa", null, "Nghe An", 2024, "FY", null, null),
                List.of(st(1, Statement.TARGET, "tin bài tuyên truyền", "10 tin, bài", 10, null, "tin, bài", null,
                        "prose")), List.of());
        Normalizer.Result r = normalizer().normalize(unaccented);
        assertEquals("p1", r.localityId());
        assertEquals("An Phú", r.localityName());
        assertEquals("Nghệ An", r.province());
        assertEquals("An Phú", r.facts().get(0).localityName());
        assertEquals("Nghệ An", r.facts().get(0).province());
    }

    @Test
    void aSentencesSecondFigureKeepsTheConceptAndALabelBeforeAColonNamesIt() throws Exception {
        String sentence = "- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: năm 2023 đã đạt 60%, phấn đấu "
                + "năm 2024 đạt 80%.";
        String two = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 70%, doanh nghiệp nộp thuế điện tử "
                + "đạt 50%.";
        Normalizer.Result r = normalizer().normalize(plan("xa", 2023, "FY",
                said(1, sentence, "năm 2023 đã đạt , phấn đấu năm 2024 đạt", "60%", 60, "percent"),
                new Statement(1, sentence, sentence, "", null, Statement.TARGET, "phấn đấu năm 2024 đạt .", "80%", 80,
                        null, null, "percent", "eq", null, "prose"),
                // a figure with a concept of its own that the catalog lacks is not given its neighbour's
                new Statement(2, two, "q", "", null, Statement.TARGET, "hồ sơ công việc được xử lý trên môi trường "
                        + "mạng đạt", "70%", 70, null, null, "percent", "eq", 2026, "prose"),
                new Statement(2, two, "q", "", null, Statement.TARGET, "doanh nghiệp nộp thuế điện tử đạt .",
                        "50%", 50, null, null, "percent", "eq", 2025, "prose")));
        assertEquals("records", r.facts().get(0).indicatorCode());
        assertEquals("records", r.facts().get(1).indicatorCode());
        assertEquals("records", r.facts().get(2).indicatorCode());
        assertEquals("unmapped", r.facts().get(3).indicatorCode());
    }

    @Test
    void punctuationIsNoPartOfAWord() throws Exception {
        IndicatorMatcher m = new IndicatorMatcher(Catalog.parse(CATALOG, "c"));
        IndicatorMatcher.Match withFullStop = m.match("người dân trưởng thành có tài khoản thanh toán.", true);
        assertEquals("accounts", withFullStop.indicator().code());
        assertTrue(withFullStop.score() > 1.0, "the phrase stands in order despite the full stop");
        assertEquals("a 4.0 b", IndicatorMatcher.words("a, 4.0 (b)."));
    }

    @Test
    void duplicatesCollapseAndConflictsKeepTheTableWithAFinding() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", null, "FY",
                st(1, Statement.TARGET, "hồ sơ công việc được xử lý trên môi trường mạng", "90%", 90, null, "percent", null, "prose"),
                st(5, Statement.TARGET, "hồ sơ công việc được xử lý trên môi trường mạng", "90%", 90, null, "percent", null, "prose"),
                st(9, Statement.TARGET, "hồ sơ công việc xử lý trên môi trường điện tử", "95", 95, null, "percent", null, "table")));
        List<Fact> records = r.facts().stream().filter(f -> f.indicatorCode().equals("records")).toList();
        assertEquals(3, records.size(), "every statement read stays a fact");
        List<Fact> used = records.stream().filter(f -> f.status().equals(FactStatus.USED)).toList();
        assertEquals(1, used.size(), "one used fact per plan, indicator, kind and period");
        assertEquals(95.0, used.get(0).value(), "the appendix table wins over prose");
        assertEquals(List.of(FactStatus.USED, FactStatus.DUPLICATE, FactStatus.CONFLICT_OTHER),
                records.stream().map(Fact::status).toList(), "the first 90 % is the conflict's loser, line 5 its echo");
        assertEquals(5, records.get(1).sourceLine());
        assertEquals(1, records.get(2).sourceLine());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("duplicate_collapsed") && f.line() == 5));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("conflicting_values")
                && f.detail().contains("95.0") && f.detail().contains("90.0")), r.findings().toString());
    }

    @Test
    void aDocumentWithoutLocalityKeepsItsStatementsAsHeldFacts() throws Exception {
        ExtractionResult noLocality = new ExtractionResult("pid", "news.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata(null, null, null, "Nghệ An", 2024, "FY", null, null),
                List.of(st(4, Statement.ACTUAL, "hồ sơ công việc được xử lý trên môi trường mạng", "90%", 90, null,
                        "percent", null, "prose")), List.of());
        Normalizer.Result r = normalizer().normalize(noLocality);
        assertEquals(1, r.facts().size(), "the statement is listed, not dropped");
        assertEquals(FactStatus.HELD, r.facts().get(0).status());
        assertNull(r.facts().get(0).localityId());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("facts_held")));
    }

    @Test
    void unmappedStatementsStayWithAFinding() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", null, "FY",
                st(3, Statement.TARGET, "doanh nghiệp nộp thuế điện tử", "90%", 90, null, "percent", null, "prose")));
        assertEquals(Indicator.UNMAPPED, r.facts().get(0).indicatorCode());
        assertEquals(FactStatus.UNMAPPED, r.facts().get(0).status());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("unmapped_statement") && f.line() == 3));
    }

    @Test
    void aLoneFigureMatchesOnItsWholeSentenceWhenTheSubjectWindowMissesTheConcept() throws Exception {
        String sentence = "100% cán bộ các cơ quan, đoàn thể các cấp trên địa bàn xã thực hiện hồ sơ công việc "
                + "được xử lý trên môi trường mạng";
        Statement lone = new Statement(5, sentence, sentence, "", null, Statement.TARGET,
                "cán bộ các cơ quan, đoàn thể các cấp trên địa bàn xã", "100%", 100, null, null, "percent", "eq",
                null, "prose");
        assertEquals("records", normalizer().normalize(plan("xa", null, "FY", lone)).facts().get(0).indicatorCode());
        Statement first = new Statement(6, sentence + " và 90% khác", sentence, "", null, Statement.TARGET,
                "cán bộ các cơ quan, đoàn thể các cấp trên địa bàn xã", "100%", 100, null, null, "percent", "eq",
                null, "prose");
        Statement second = new Statement(6, sentence + " và 90% khác", sentence, "", null, Statement.TARGET,
                "khác", "90%", 90, null, null, "percent", "eq", null, "prose");
        Normalizer.Result two = normalizer().normalize(plan("xa", null, "FY", first, second));
        assertEquals(Indicator.UNMAPPED, two.facts().get(0).indicatorCode(),
                "with two figures in the sentence the whole sentence is ambiguous");
    }

    @Test
    void localitiesReconcileByLevelAndGetStableIdsWhenUnknown() throws Exception {
        Gazetteer g = Gazetteer.parse(GAZETTEER);
        assertEquals("p1", g.find("an phu", "xa", "Nghe An").id());
        assertEquals("p2", g.find("AN PHÚ", "phuong", "Nghệ An").id());
        assertNull(g.find("An Phú", "huyen", "Nghệ An"));
        Normalizer.Result known = normalizer().normalize(plan("phuong", null, "FY"));
        assertEquals("p2", known.localityId());
        Normalizer.Result unknown = normalizer().normalize(plan("thi_tran", null, "FY"));
        assertEquals(Gazetteer.derivedId("Nghệ An", null, "thi_tran", "An Phú"), unknown.localityId());
        assertEquals("x-nghe-an-na-thi_tran-an-phu", unknown.localityId());
        assertNotNull(unknown.findings().stream().filter(f -> f.code().equals("unknown_locality")).findFirst()
                .orElse(null));
    }

    @Test
    void aUnitKnownOnlyInAnotherProvinceIsTakenWithAWarning() throws Exception {
        // a yearbook's "Huyện Kỳ Sơn" of Hòa Bình (merged in 2019): the register knows only Kỳ Sơn of Nghệ An
        ExtractionResult other = new ExtractionResult("pid", "plan.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata("An Phú", "xa", null, "Hòa Bình", 2024, "FY", null, null), List.of(), List.of());
        Normalizer.Result r = normalizer().normalize(other);
        assertEquals("p1", r.localityId());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("locality_in_other_province")
                && f.detail().contains("Nghệ An")), r.findings().toString());
        assertTrue(normalizer().normalize(plan("xa", null, "FY")).findings().stream()
                .noneMatch(f -> f.code().equals("locality_in_other_province")), "An Phú of Nghệ An is in Nghệ An");
    }

    @Test
    void anUndatedTextOf2025NamingAProvinceOfBothErasTakesTheUnitAtTheYearsEnd() throws Exception {
        Gazetteer g = Gazetteer.parse("""
                locality_id,name,level,parent,parent_id,province,population,households,source,valid_from,valid_to
                89,An Giang,tinh,,,An Giang,,,test,,2025-06-30
                91,An Giang,tinh,,,An Giang,,,test,2025-07-01,
                """);
        Normalizer n = new Normalizer(Catalog.parse(CATALOG, "catalog.csv"), g);
        ExtractionResult undated = new ExtractionResult("pid", "plan.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata("An Giang", "tinh", null, "An Giang", 2025, "FY", null, null), List.of(), List.of());
        Normalizer.Result r = n.normalize(undated);
        assertEquals("91", r.localityId());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("locality_at_year_end")), r.findings().toString());
        ExtractionResult dated = new ExtractionResult("pid", "plan.txt", "sha", "txt", 10, ExtractionResult.OK, "",
                new PlanMetadata("An Giang", "tinh", null, "An Giang", 2025, "FY", null, "2025-03-02"), List.of(), List.of());
        assertEquals("89", n.normalize(dated).localityId(), "a date before July names the old province");
    }

    @Test
    void aCurlyApostropheIsTheRegistersPlainOne() throws Exception {
        Gazetteer g = Gazetteer.parse("""
                locality_id,name,level,parent,parent_id,province,population,households,source
                666,Đắk R'Lấp,huyen,Đắk Nông,67,Đắk Nông,,,test
                """);
        assertEquals("666", g.resolve("Đăk R’lấp", "huyen", null, "Đắk Nông", null).match().id());
        assertEquals("666", g.resolve("Đắk Rʼlấp", "huyen", null, null, null).match().id());
    }

    @Test
    void aRankOrPointsIndicatorTakesOnlyFiguresOfItsKind() throws Exception {
        // stored pages (/work/stage/smoke19b t32, t36, t09): targets met, a meeting's participants and two districts
        // had been filed as the province's DTI rank and score
        Catalog c = Catalog.parse("""
                code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
                dx_rank,Thứ hạng chuyển đổi số,DX rank,institution,rank,lower,chuyển đổi số của tỉnh | xếp thứ chuyển đổi số,,,
                dx_score,Điểm chuyển đổi số,DX score,institution,points,higher,chuyển đổi số tỉnh đạt | thí điểm chuyển đổi số,,,
                """, "catalog.csv");
        Normalizer n = new Normalizer(c, Gazetteer.parse(GAZETTEER));
        Statement targetsMet = new Statement(7, "có 15/16 mục tiêu theo kế hoạch chuyển đổi số của tỉnh hoàn thành", "15/16",
                "", null, Statement.ACTUAL, "mục tiêu theo kế hoạch chuyển đổi số của tỉnh", "15/16 mục", 15, null, 16.0, "mục",
                "eq", 2024, "prose");
        Statement rank = new Statement(8, "tỉnh xếp thứ 9/63 về chuyển đổi số của tỉnh", "xếp thứ 9/63", "", null,
                Statement.ACTUAL, "xếp thứ chuyển đổi số của tỉnh", "xếp thứ 9/63", 9, null, 63.0, "rank", "eq", 2024, "prose");
        Statement districts = new Statement(9, "thí điểm chuyển đổi số tại 2 huyện", "2 huyện", "", null, Statement.ACTUAL,
                "thí điểm chuyển đổi số tại", "2 huyện", 2, null, null, "huyện", "eq", 2024, "prose");
        List<Fact> facts = n.normalize(plan("xa", null, "FY", targetsMet, rank, districts)).facts();
        assertEquals(List.of(Indicator.UNMAPPED, "dx_rank", Indicator.UNMAPPED),
                facts.stream().map(Fact::indicatorCode).toList());
    }

    @Test
    void ratesAreAnnualizedWithTheConversionRecorded() throws Exception {
        Statement rate = new Statement(7, "Đảm bảo 1-2 tin, bài/ tuần.", "q", "", null, Statement.TARGET,
                "tin bài tuyên truyền", "1-2 tin, bài/ tuần", 1, 2.0, null, "tin, bài", "range", null, "prose");
        Normalizer.Result r = normalizer().normalize(plan("xa", null, "FY", rate));
        assertEquals(52.0, r.facts().get(0).value());
        assertEquals(104.0, r.facts().get(0).valueHigh());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("rate_annualized") && f.detail().contains("x52")));
    }

    @Test
    void countsArePer1000InhabitantsWhereThePopulationIsKnown() throws Exception {
        Normalizer.Result known = normalizer().normalize(plan("xa", null, "FY",
                st(1, Statement.TARGET, "tin bài tuyên truyền", "40 tin, bài", 40, null, "tin, bài", null, "prose")));
        assertEquals(5.0, known.facts().get(0).valuePer1000(), 1e-9, "40 posts for 8,000 people");
        Normalizer.Result unknown = normalizer().normalize(plan("phuong", null, "FY",
                st(1, Statement.TARGET, "tin bài tuyên truyền", "40 tin, bài", 40, null, "tin, bài", null, "prose")));
        assertNull(unknown.facts().get(0).valuePer1000(), "no population: ranked only within its level");
    }

    @Test
    void householdCountsAreDenominatedByHouseholds() {
        Indicator merchants = new Indicator("merchants", "m", "m", "economy", "households", "higher", List.of("m"),
                null, null, null);
        Indicator posts = new Indicator("posts", "p", "p", "awareness", "posts", "higher", List.of("p"), null, null,
                null);
        Locality both = new Locality("l", "L", "xa", null, "P", 10_000L, 2_500L);
        Locality peopleOnly = new Locality("l", "L", "xa", null, "P", 10_000L, null);
        Fact f = new Fact("pid", "l", "L", "xa", "P", "merchants", "m", "economy", "actual", 2024, "2024", 50, null,
                "households", "eq", "f", 1, "q", "s", "", "50 hộ", null, "prose", null, null);
        assertEquals(20.0, Normalizer.per1000(f, merchants, both).valuePer1000(), 1e-9, "50 of 2,500 households");
        assertNull(Normalizer.per1000(f, merchants, peopleOnly).valuePer1000(), "never per inhabitant");
        assertEquals(5.0, Normalizer.per1000(f, posts, both).valuePer1000(), 1e-9, "other counts per inhabitant");
    }

    @Test
    void aPlaceInARankingOrAnIndexScoreIsNeverPerInhabitantButCountedPlacesAre() {
        // seen in a run of the dev set: a province's DTI place 15 ranked "per 1,000 inhabitants" as 0.0041
        Locality province = new Locality("p", "P", "tinh", null, "P", 3_600_000L, 900_000L);
        Fact rank = new Fact("pid", "p", "P", "tinh", "P", "dx_assessment_rank", "r", "institution", "actual", 2022,
                "2022", 15, null, "rank", "eq", "f", 1, "q", "s", "", "thứ 15", null, "prose", null, null);
        Indicator place = new Indicator("dx_assessment_rank", "r", "r", "institution", "rank", "lower", List.of("r"),
                null, null, null);
        Indicator score = new Indicator("dx_assessment_score", "s", "s", "institution", "points", "higher",
                List.of("s"), null, null, null);
        Indicator videoPoints = new Indicator("video_points", "v", "v", "government", "points", "higher", List.of("v"),
                null, null, null);
        assertNull(Normalizer.per1000(rank, place, province).valuePer1000());
        assertNull(Normalizer.per1000(rank, score, province).valuePer1000());
        assertEquals(15 * 1000.0 / 3_600_000, Normalizer.per1000(rank, videoPoints, province).valuePer1000(), 1e-4,
                "video conference points are places counted");
        assertTrue(videoPoints.counts() && !place.counts() && !score.counts());
    }

    @Test
    void asOfDatesAreKept() {
        assertEquals("2023-12-15", Normalizer.asOf("Tính đến ngày 15/12/2023, toàn xã có 95% hộ có Internet"));
        assertEquals("2024-06-01", Normalizer.asOf("tính đến 1/6/2024 đạt 80%"));
        assertNull(Normalizer.asOf("năm 2023 đạt 80%"));
    }

    @Test
    void theSubjectNamingThePlansOwnLevelWinsAConflict() throws Exception {
        Normalizer.Result r = normalizer().normalize(plan("xa", null, "FY",
                st(1, Statement.TARGET, "hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", "70%", 70, null,
                        "percent", null, "prose"),
                st(1, Statement.TARGET, "hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", "60%", 60, null,
                        "percent", null, "prose")));
        assertEquals(60.0, r.facts().get(0).value(), "a commune's plan: the commune-level figure is its own");
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("conflicting_values")));
    }

    @Test
    void asOfDatesAfterHếtOrThờiĐiểm() {
        // seed 000 line 257
        assertEquals("2023-12-15", Normalizer.asOf("- Tính đến hết 15/12/2023, tỷ lệ cán bộ công chức phường được "
                + "trang bị máy tính làm việc là 100% máy tính/cán bộ."));
        assertEquals("2025-09-30", Normalizer.asOf("Tính đến thời điểm 30/9/2025, toàn xã có 85% hộ có Internet"));
        assertEquals("2024-12-31", Normalizer.asOf("tính đến hết ngày 31/12/2024 đạt 70%"));
    }

    @Test
    void aCountOfPlacesIsNoCountOfTheThingsTheSentenceNames() throws Exception {
        Normalizer real = withTheCatalog();
        // seed 001 line 53: twenty communes were guided to set up village teams, not twenty teams
        String seed = "Ban hành Công văn về việc triển khai Thành lập Tổ công nghệ số cộng đồng để hướng dẫn 20 xã, "
                + "thị trấn ban hành Quyết định thành lập tổ công nghệ số cộng đồng cấp thôn, khu dân cư";
        Statement communes = said(53, seed,
                "Thành lập Tổ công nghệ số cộng đồng để hướng dẫn , thị trấn ban hành Quyết định thành lập tổ công "
                        + "nghệ số cộng đồng cấp thôn, khu dân cư", "20 xã", 20, "xã");
        String other = "Đến nay đã có 12 thôn thành lập nhóm Zalo cộng đồng";
        Statement villages = said(60, other,
                "Đến nay đã có thành lập nhóm Zalo cộng đồng", "12 thôn", 12, "thôn");
        String teams = "Đã thành lập 15 tổ công nghệ số cộng đồng";
        Statement control = said(61, teams, "Đã thành lập công nghệ số cộng đồng", "15 tổ công nghệ số", 15, "tổ công nghệ số");
        Normalizer.Result r = real.normalize(plan("huyen", 2022, "FY", communes, villages, control));
        assertEquals("community_teams_places", r.facts().get(0).indicatorCode(), "a count of places");
        assertEquals(20.0, r.facts().get(0).value());
        assertEquals(IndicatorMatcher.PLACES, r.facts().get(0).unit());
        assertEquals(Indicator.UNMAPPED, r.facts().get(1).indicatorCode(),
                "villages with a Zalo group: the catalog has a share of them, no count");
        assertEquals("thôn", r.facts().get(1).unit(), "an unmapped count keeps the unit it was written with");
        assertEquals("community_teams", r.facts().get(2).indicatorCode(), "a count of teams still maps");
        assertTrue(Normalizer.countsPlaces("xã"));
        assertTrue(Normalizer.countsPlaces("tổ dân phố"));
        assertTrue(!Normalizer.countsPlaces("tổ công nghệ số"));
        assertTrue(Normalizer.countsPlaces("địa phương cấp xã"), "\"58 địa phương cấp xã chưa phát sinh chữ ký số\" counts places");
    }

    @Test
    void aCountMapsToAnIndicatorOfWhatItsUnitWordCountsTakenFromItsOwnClause() throws Exception {
        Normalizer real = withTheCatalog();
        String text = "Kết quả nổi bật: thu nhận, kích hoạt 3.175 tài khoản định danh điện tử; mở 04 lớp tập huấn kỹ năng số.";
        Statement accounts = said(1, text,
                "Kết quả nổi bật: thu nhận, kích hoạt định danh điện tử; mở", "3.175 tài khoản", 3175,
                "tài khoản");
        Statement classes = said(1, text,
                "thu nhận, kích hoạt tài khoản định danh điện tử; mở tập huấn kỹ năng số", "04 lớp", 4, "lớp");
        Normalizer.Result r = real.normalize(plan("xa", 2024, "FY", accounts, classes));
        assertEquals("accounts_created", r.facts().get(0).indicatorCode());
        assertEquals("training_sessions", r.facts().get(1).indicatorCode(), "classes are no accounts: their clause says so");
        assertTrue(!CountUnits.fits("accounts", "thủ tục hành chính"), "\"2.156 thủ tục\" counts no e-mail accounts");
        assertTrue(!CountUnits.fits("teams", "điểm cố định"));
        assertTrue(CountUnits.fits("teams", "Tổ công nghệ số"));
        assertTrue(!CountUnits.fits("teams", "tổ dân phố"), "\"110 tổ dân phố\" counts residential groups, no teams");
        assertTrue(CountUnits.fits("places", "tổ dân phố"));
        assertTrue(!CountUnits.fits("devices", "triệu đồng"), "\"đầu tư 80 triệu đồng lắp camera\" is no count of cameras");
        assertTrue(CountUnits.fits("stations", "km cáp quang"), "a word not listed decides nothing");
        assertTrue(!CountUnits.fits("procedures", "hạng mục thanh toán"), "items of anything count nothing the catalog counts");
    }

    @Test
    void aFigureOfChangeMapsOnlyToAGrowthIndicator() throws Exception {
        Normalizer real = withTheCatalog();
        String grew = "Số lượng giao dịch thanh toán qua mã QR tăng 33% so với cùng kỳ.";
        Statement growth = said(1, grew,
                "Số lượng giao dịch thanh toán qua mã QR tăng so với cùng kỳ.", "33%", 33, Statement.PERCENT);
        String dossiers = "Số hồ sơ nộp trực tuyến tăng 7% so với cùng kỳ; tỷ lệ hồ sơ trực tuyến đạt 65%.";
        Statement count = said(2, dossiers,
                "Số hồ sơ nộp trực tuyến tăng so với cùng kỳ; tỷ lệ hồ sơ trực tuyến đạt", "7%", 7,
                Statement.PERCENT);
        String score = "Chỉ số chuyển đổi số của huyện đạt 80,1 điểm, tăng 18,6 điểm so với năm 2022.";
        Statement change = said(3, score,
                "Chỉ số chuyển đổi số của huyện đạt 80,1 điểm, tăng so với năm 2022.", "18,6 điểm", 18.6,
                "điểm");
        Normalizer.Result r = real.normalize(plan("huyen", 2024, "FY", growth, count, change));
        assertEquals("qr_payment_growth", r.facts().get(0).indicatorCode());
        assertEquals("online_applications_count_growth", r.facts().get(1).indicatorCode());
        assertEquals(Indicator.UNMAPPED, r.facts().get(2).indicatorCode(), "a rise of a score is no score");
        assertTrue(!Normalizer.isChange(new Statement(4, "Tỷ lệ tăng lên 85%.", "q", "", null, Statement.ACTUAL, "s", "85%", 85,
                null, null, Statement.PERCENT, "eq", null, "prose")), "risen to 85% is a level");
    }

    @Test
    void aCountOfPeopleMapsOnlyToACountOfPeople() throws Exception {
        Normalizer real = withTheCatalog();
        String text = "Tính đến tháng 6/2022, huyện đã lập hơn 168 tổ công nghệ cộng đồng, với trên 777 thành viên.";
        Statement teams = said(1, text, "huyện đã lập hơn công nghệ cộng đồng", "168 tổ công nghệ cộng đồng", 168, "tổ công nghệ cộng đồng");
        Statement members = said(1, text, "huyện đã lập hơn công nghệ cộng đồng", "777 thành viên", 777, "thành viên");
        String guided = "Hướng dẫn 3.832 lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến.";
        Statement people = said(2, guided,
                "Hướng dẫn dân được hướng dẫn sử dụng dịch vụ công trực tuyến", "3.832 lượt người", 3832,
                "lượt người");
        Normalizer.Result r = real.normalize(plan("huyen", 2022, "FY", teams, members, people));
        assertEquals("community_teams", r.facts().get(0).indicatorCode());
        assertTrue(!"community_teams".equals(r.facts().get(1).indicatorCode()), "members are no second count of teams");
        assertEquals("people_guided_online", r.facts().get(2).indicatorCode());
    }

    @Test
    void aWholeSentenceMatchesWordsWithTheirTones() throws Exception {
        Normalizer real = withTheCatalog();
        // seed 000 line 470: folded, "hỗ trợ", "phụ huynh", "cập nhật" and "trên" make up most of "cáp quang phủ
        // trên hộ gia đình"; the schools' use of vnEdu is what the sentence measures
        String seed = "Tuyên truyền hướng dẫn cài đặt các ứng dụng vnEdu Teacher, vnEdu Connect để hỗ trợ giáo viên, "
                + "phụ huynh cập nhật thông tin, tương tác giữa nhà trường, gia đình và xã hội, có 2/2trường (TH, THCS) "
                + "sử dụng các dịch vụ trên;";
        Statement schools = new Statement(470, seed, seed, "", null, Statement.ACTUAL,
                "nhật thông tin, tương tác giữa nhà trường, gia đình và xã hội, có (TH, THCS) sử dụng các dịch vụ trên;",
                "2/2trường", 2, null, 2.0, "trường", "eq", null, "prose");
        Fact f = real.normalize(plan("phuong", 2023, "FY", schools)).facts().get(0);
        assertEquals("digital_schools", f.indicatorCode());
        assertEquals(100.0, f.value(), 1e-9);
        // a phrasing the seeds do not use: the same collisions and nothing else
        String other = "Hỗ trợ phụ huynh cập nhật thông tin trên ứng dụng học tập, mỗi gia đình được hướng dẫn chi tiết "
                + "từng bước và cuối năm có 80% học sinh tham gia";
        Statement pupils = said(9, other, "cuối năm có học sinh tham gia", "80%", 80, "percent");
        assertEquals(Indicator.UNMAPPED, real.normalize(plan("xa", 2023, "FY", pupils)).facts().get(0).indicatorCode());
        IndicatorMatcher m = new IndicatorMatcher(Catalog.load(Path.of("data/catalog/indicators.csv")));
        assertNull(m.match(other, true), "written with its tones, the subject's words are compared with them");
        assertEquals("fiber_households", m.match(VnText.fold(other), true).indicator().code(),
                "folded (a text written without diacritics), the collision scores");
        assertEquals(IndicatorMatcher.toned("hóa"), IndicatorMatcher.toned("hoá"), "old and new tone placement");
        assertTrue(!IndicatorMatcher.toned("cập").equals(IndicatorMatcher.toned("cáp")));
        assertEquals("digitized_results", m.match("Tỷ lệ kết quả giải quyết thủ tục hành chính được số hoá trong năm "
                + "đạt 90%", true, true).indicator().code(), "tones matched across tone placements");
    }

    @Test
    void anIndicatorsOwnNameMatchesIt() throws Exception {
        Catalog catalog = Catalog.load(Path.of("data/catalog/indicators.csv"));
        IndicatorMatcher m = new IndicatorMatcher(catalog);
        List<String> wrong = new ArrayList<>();
        for (Indicator i : catalog.indicators()) {
            IndicatorMatcher.Match match = m.match(i.nameVi(), "percent".equals(i.unit()), false,
                    IndicatorMatcher.PLACES.equals(i.unit()));
            if (match == null || !match.indicator().code().equals(i.code())) {
                wrong.add(i.nameVi() + " -> " + (match == null ? null : match.indicator().code()));
            }
        }
        assertEquals(List.of(), wrong, "a table row labelled with the catalog's own name finds that indicator");
    }
}
