package io.dxrank.extract;

import java.nio.charset.StandardCharsets;
import io.dxrank.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan metadata of the five real plans, as a reader of each plan's title and header would state it. */
class SeedMetadataTest {

    /** What the extractor makes of a text written here, as if read from a file of that name. */
    private static ExtractionResult extract(String file, String text) {
        return PlanExtractor.extract(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "000_94ef183eb1e07201.txt, Tĩnh Hải, phuong, thị xã Nghi Sơn, Thanh Hóa, 2024, FY, 2023",
        "001_a7123551a21b73dd.txt, Thanh Hà, huyen, -, Hải Dương, 2023, FY, 2022",
        "002_00799ebcae702b90.txt, Tây Hiếu, phuong, -, Nghệ An, 2025, H2, -",
        "003_9feb9f5d2063bb0c.txt, Hoàng Phú, xa, -, Thanh Hóa, 2026, FY, 2025",
        "004_8c4c35e57e02ea51.txt, Khánh Sơn, xa, huyện Nam Đàn, Nghệ An, 2024, FY, -"})
    void metadata(String file, String locality, String level, String parent, String province, int planYear,
                  String period, Integer resultsYear) throws Exception {
        ExtractionResult r = PlanExtractor.extract(file, TestFiles.plan(file));
        assertEquals(ExtractionResult.OK, r.status(), r.reason());
        PlanMetadata m = r.metadata();
        assertEquals(locality, m.localityName());
        assertEquals(level, m.level());
        assertEquals(parent, m.parent());
        assertEquals(province, m.province());
        assertEquals(planYear, m.planYear());
        assertEquals(period, m.period());
        assertEquals(resultsYear, m.resultsYear());
    }

    @Test
    void closingSentenceNamingAnotherYearIsAFinding() throws Exception {
        String file = "000_94ef183eb1e07201.txt";
        ExtractionResult r = PlanExtractor.extract(file, TestFiles.plan(file));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("plan_year_mismatch")
                && f.detail().contains("2023") && f.line() > 900), r.findings().toString());
        assertEquals(2024, r.metadata().planYear(), "the title wins; the mismatch is reported, not chosen");
    }

    @Test
    void halfYearTitleAndFullDateAreRead() {
        String text = "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nAn Phú, ngày 05 tháng 7 năm 2025\nKẾ HOẠCH\n"
                + "Chuyển đổi số xã An Phú 6 tháng đầu năm 2025\nI. MỤC TIÊU\n- Phấn đấu 90% hồ sơ xử lý trực tuyến.\n";
        ExtractionResult r = extract("x.txt", text);
        assertEquals("An Phú", r.metadata().localityName());
        assertEquals("H1", r.metadata().period());
        assertEquals("2025-07-05", r.metadata().issueDate());
        assertNull(r.metadata().resultsYear());
    }

    @Test
    void aWrappedLineStartingWithACountIsNotAHeading() {
        String text = "KẾ HOẠCH\nChuyển đổi số xã An Phú năm 2024\nI. MỤC TIÊU\n- Phấn đấu tổ chức\n"
                + "4 hội nghị tập huấn về chuyển đổi số trong năm.\n";
        ExtractionResult r = extract("x.txt", text);
        assertTrue(r.statements().stream().anyMatch(s -> s.valueText().startsWith("4 hội nghị")), r.statements().toString());
    }

    @Test
    void aCommitteeHeaderNamingTheDistrictAboveTheCommuneGivesTheDistrictAlone() {
        String text = "UBND HUYỆN KỲ SƠN\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nKẾ HOẠCH\n"
                + "Chuyển đổi số xã Hòa Bình năm 2024\nI. MỤC TIÊU\n- Phấn đấu 90% hồ sơ xử lý trực tuyến.\n";
        ExtractionResult r = extract("x.txt", text);
        assertEquals("huyện Kỳ Sơn", r.metadata().parent());
        String wards = "THỊ XÃ AN LẠC\nUBND PHƯỜNG BẮC HÀ\nKẾ HOẠCH\nChuyển đổi số phường Bắc Hà năm 2024\n";
        ExtractionResult w = extract("y.txt", wards);
        assertEquals("thị xã An Lạc", w.metadata().parent());
    }

    @Test
    void aTitleUnderItsKindNamesTheYearWhenTheLetterheadNamesTheUnit() {
        String plan = "ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG\n\nKẾ HOẠCH\nChuyển đổi số năm 2024\n\n"
                + "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%.\n";
        ExtractionResult p = extract("x.txt", plan);
        assertEquals("Bảo Thắng", p.metadata().localityName());
        assertEquals(2024, p.metadata().planYear());
        assertTrue(p.findings().stream().noneMatch(f -> f.code().startsWith("plan_year")), p.findings().toString());
        String report = "UBND HUYỆN BẢO THẮNG\nBÁO CÁO\nKết quả thực hiện chuyển đổi số 6 tháng đầu năm 2025\n"
                + "Tỷ lệ hồ sơ trực tuyến đạt 85%.\n";
        ExtractionResult r = extract("y.txt", report);
        assertEquals(2025, r.metadata().planYear());
        assertEquals("H1", r.metadata().period());
        String horizon = "UBND HUYỆN BẢO THẮNG\nKẾ HOẠCH\nChuyển đổi số đến năm 2030\nPhấn đấu 85% hồ sơ trực tuyến.\n";
        ExtractionResult h = extract("z.txt", horizon);
        assertTrue(h.findings().stream().anyMatch(f -> f.code().equals("plan_year_guessed")), "a horizon is no title's year");
    }

    @Test
    void aCommuneNamedLikeAProvinceIsNoMentionOfThatProvince() {
        String report = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nHòa Bình, ngày 20 tháng 9 năm 2025\nBÁO CÁO\n"
                + "Kết quả chuyển đổi số năm 2025\nTỷ lệ hồ sơ trực tuyến của xã Hòa Bình đạt 87,5%.\n";
        ExtractionResult r = extract("x.txt", report);
        assertEquals("Hòa Bình", r.metadata().localityName());
        assertNull(r.metadata().province(), "dozens of communes are called Hòa Bình: the text names no province");
        ExtractionResult named = extract("y.txt", report + "Tỉnh Phú Thọ ghi nhận kết quả.\n");
        assertEquals("Phú Thọ", named.metadata().province());
    }

    @Test
    void aQuartersReportIsOfThatQuarter() {
        String report = "UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số quý III năm 2025\n"
                + "- Tỷ lệ hồ sơ trực tuyến đạt 87,5%.\n";
        ExtractionResult r = extract("x.txt", report);
        assertEquals("Q3", r.metadata().period());
        assertEquals("2025 Q3", r.metadata().periodLabel(2025));
        ExtractionResult cited = extract("y.txt", report.replace("quý III năm 2025", "năm 2025 (quý III năm 2024)"));
        assertEquals(PlanMetadata.FULL_YEAR, cited.metadata().period(), "a quarter of another year is no period of the title's");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the months reported on come first: the quarter after them is the one the document plans for
        "Kết quả chuyển đổi số 9 tháng đầu năm 2025, phương hướng nhiệm vụ quý IV năm 2025|FY",
        "Kết quả chuyển đổi số 6 tháng đầu năm, phương hướng nhiệm vụ quý III năm 2025|H1",
        // a quarter named without its year shares the year of the next
        "Kết quả chuyển đổi số quý III và phương hướng nhiệm vụ quý IV năm 2025|Q3",
        "Tình hình chuyển đổi số quý I năm 2025, nhiệm vụ trọng tâm quý II năm 2025|Q1"})
    void aReportsPeriodIsTheSpanItsTitleNamesFirst(String title, String period) {
        String report = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 21/BC-UBND\nTân Lập, ngày 20 tháng 9 năm 2025\n\nBÁO CÁO\n"
                + title + "\n\nI. KẾT QUẢ\n- Tỷ lệ hồ sơ trực tuyến đạt 78%.\n";
        assertEquals(period, extract("x.txt", report).metadata().period());
    }

    @Test
    void aPlanTitledByAnotherNameOfTheWorkHasItsTitlesYear() {
        // a probe in the form of a commune's plan for Đề án 06: its year is the title's, not a guess
        ExtractionResult r = extract("kh.txt", "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG THỌ\nSố: 33/KH-UBND\nĐông Thọ, ngày 02 tháng 02 năm 2024\n\n"
                + "KẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn xã năm 2025\n\nI. MỤC TIÊU\n- Kích hoạt tài khoản định danh điện tử"
                + " mức 2 đạt 90% dân số trưởng thành.\n");
        assertEquals(Integer.valueOf(2025), r.metadata().planYear());
        assertTrue(r.findings().stream().noneMatch(f -> f.code().startsWith("plan_year")), r.findings().toString());
    }

    @Test
    void aCouncilsResolutionOnTheYearsTasksHasItsTitlesYear() {
        // a probe in the form of a commune council's resolution of December on next year's socio-economic targets
        ExtractionResult r = extract("nq.txt", "HỘI ĐỒNG NHÂN DÂN\nXÃ PHÚ XUÂN\nSố: 12/NQ-HĐND\nPhú Xuân, ngày 18 tháng 12 năm 2025\n"
                + "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\nQUYẾT NGHỊ:\nĐiều 1. Các chỉ tiêu chủ yếu\n"
                + "1. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt từ 90% trở lên.\n");
        assertEquals(Integer.valueOf(2026), r.metadata().planYear());
        assertTrue(r.findings().stream().noneMatch(f -> f.code().startsWith("plan_year")), r.findings().toString());
    }
}
