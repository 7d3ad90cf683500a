package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A heading that names a year gives it to the figures under it that name none. */
class HeadingYearsTest {

    @Test
    void targetsUnderAPhaseAreForItsEnd() {
        // after devset/fresh6 s01 (a real plan of Cần Thơ, 2026-2030): the title's year is the plan's number's
        ExtractionResult r = PlanExtractor.extract("k.txt", """
                Kế hoạch 219/KH-UBND năm 2025 phát triển chính quyền số thành phố Cần Thơ giai đoạn 2026 - 2030
                2. Mục tiêu cụ thể
                2.1. Giai đoạn 2026 - 2027
                - 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện;
                - Tối thiểu 95% người dân, doanh nghiệp đánh giá hài lòng đến năm 2026;
                2.2. Giai đoạn 2028 - 2030
                - 100% hồ sơ được số hóa.
                """.getBytes(StandardCharsets.UTF_8));
        List<Integer> years = r.statements().stream().map(Statement::year).toList();
        assertEquals(List.of(2027, 2026, 2030), years, "a year of the figure's own words wins over the heading's");
    }

    @Test
    void anUnsignedPhasesPlanReportsTheYearBeforeItsPhase() {
        // a probe in the form of a commune's plan for the new term: its results are of 2025, not of 2029
        String plan = """
                ĐẢNG ỦY XÃ ĐẠ HUOAI
                KẾ HOẠCH
                Chuyển đổi số xã Đạ Huoai giai đoạn 2026 - 2030
                I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 - 2025
                Công tác chuyển đổi số đạt kết quả quan trọng: 100% thôn có sóng di động 4G; tỷ lệ hồ sơ trực tuyến đạt 82%.
                II. MỤC TIÊU
                1. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 90%.
                """;
        ExtractionResult r = PlanExtractor.extract("kh.txt", plan.getBytes(StandardCharsets.UTF_8));
        assertEquals(DocType.MULTI_YEAR_PLAN, r.metadata().docType());
        assertEquals(Arrays.asList(2025, 2025, null), r.statements().stream().map(Statement::year).toList(),
                "a target takes the plan's year later, in the normalizer");
        ExtractionResult signed = PlanExtractor.extract("kh.txt", plan.replace("KẾ HOẠCH\n", "Đạ Huoai, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Arrays.asList(2026, 2026, null), signed.statements().stream().map(s -> s.year() != null ? s.year()
                : Statement.ACTUAL.equals(s.kind()) ? signed.metadata().resultsYear() : null).toList(),
                "signed, the plan speaks of its own year's situation (the rule that was there)");
    }

    @Test
    void aNumberedItemOpeningWithItsYearGivesItToEveryGoalOfTheItem() {
        // a plan's list of goals by year, as communes number them: each item's year holds for its later goals
        ExtractionResult r = PlanExtractor.extract("kh.txt", """
                KẾ HOẠCH
                Chuyển đổi số xã Hòa Bình giai đoạn 2024-2026
                II. MỤC TIÊU
                5. Năm 2024 phấn đấu: 70% hồ sơ trực tuyến toàn trình; 80% người dân có tài khoản định danh điện tử.
                6. Năm 2025 phấn đấu: 85% hồ sơ trực tuyến toàn trình; 90% người dân có tài khoản định danh điện tử.
                b) Đến năm 2026: 95% hồ sơ trực tuyến toàn trình; 100% hộ gia đình có cáp quang.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2024, 2024, 2025, 2025, 2026, 2026), r.statements().stream().map(Statement::year).toList());
        assertEquals(2025, ParagraphYears.resultsOpening("6. Năm 2025 phấn đấu: 85% hồ sơ"));
        assertNull(ParagraphYears.resultsOpening("6. Năm 2025 xã có 85% hồ sơ trực tuyến"), "a year in a sentence opens nothing");
    }

    @Test
    void resultsTakeOnlyAHeadingsSingleYear() {
        assertEquals(2024, HeadingYears.of("I. ĐÁNH GIÁ > 1. Kết quả năm 2024", Statement.ACTUAL));
        assertNull(HeadingYears.of("I. ĐÁNH GIÁ > 1. Kết quả giai đoạn 2021 - 2025", Statement.ACTUAL));
        assertEquals(2025, HeadingYears.of("II. MỤC TIÊU > 1. Kết quả giai đoạn 2021 - 2025", Statement.TARGET));
        assertNull(HeadingYears.of("1. So sánh năm 2023 và năm 2024", Statement.ACTUAL), "two years: neither");
        assertEquals(2026, HeadingYears.of("II. Nhiệm vụ năm 2026 > 1. Hạ tầng số", Statement.TARGET),
                "the deepest heading naming a year");
        assertNull(HeadingYears.of(null, Statement.TARGET));
    }

    @Test
    void aParagraphOpeningWithItsHorizonGivesItToItsLaterSentences() {
        // devset/fresh7 u09: "Đến năm 2030 hoàn thiện ... . Bảo đảm 100% cuộc họp ..., trên 70% cuộc họp 3 cấp ..."
        ExtractionResult r = PlanExtractor.extract("p.txt", """
                Đề án chuyển đổi số tỉnh Điện Biên giai đoạn 2021 - 2025
                Cụ thể, phấn đấu đến năm 2025 trên 60% hộ gia đình có cáp quang.
                Đến năm 2030 hoàn thiện cơ sở hạ tầng kỹ thuật. Bảo đảm 100% cuộc họp có thể thực hiện trực tuyến, trên 70% \
                cuộc họp 3 cấp được thực hiện trực tuyến. Năm 2028, kinh tế số chiếm 20% GRDP.
                Tỷ lệ dân số có điện thoại thông minh đạt 80%.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Arrays.asList(2025, 2030, 2030, 2028, null), r.statements().stream().map(Statement::year).toList(),
                "a year of the figure's own words wins; a paragraph without an opening horizon gives none");
        assertEquals(2030, ParagraphYears.opening("Phấn đấu đến hết năm 2030, 100% ..."));
        assertNull(ParagraphYears.opening("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm 30% GRDP"), "not the opening");
        // devset/fresh34 zi07 (a real news item relaying a province's targets): whose goal, then the horizon
        assertEquals(2025, ParagraphYears.opening("Mục tiêu của tỉnh Bình Dương đến 2025, phấn đấu đạt chỉ tiêu kinh tế số"));
        assertNull(ParagraphYears.opening("Mục tiêu của tỉnh là đưa kinh tế số đến với người dân năm 2025"), "no horizon opens it");
    }

    @Test
    void placesInARankingTakeTheYearOfTheEditionTheTextAnnounces() {
        // devset/fresh8 w11 (a real news item of July 2023 on the DTI 2022 results)
        ExtractionResult r = PlanExtractor.extract("w.txt", """
                 date 2023-07 Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Thông tin và Truyền thông đã công bố kết quả \
                chuyển đổi số (DTI) năm 2022.

                Theo kết quả công bố, Quảng Ngãi xếp vị trí thứ 26/63 tỉnh, thành phố trong cả nước.
                Quảng Ngãi xếp thứ 17/63 về chính quyền số; 95% hồ sơ được giải quyết đúng hạn.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Arrays.asList(2022, 2022, null), r.statements().stream().map(Statement::year).toList(),
                "the ranks take the edition's year; other figures keep theirs");
        assertNull(IndexYears.edition("DTI năm 2022 ... DTI năm 2023"), "two editions: neither");
    }

    @Test
    void placesAfterADatedPlaceInTheirParagraphTakeItsYearBeforeTheEdition() {
        // devset/fresh15 ka01 (a real provincial plan of 2023): the DTI 2022 places, then the plan's own DTI 2023
        ExtractionResult r = PlanExtractor.extract("k.txt", """
                Theo Báo cáo đánh giá chuyển đổi số năm 2022 của Bộ, tỉnh xếp vị trí 41/63 tỉnh, thành phố. Xếp hạng \
                chính quyền số: 44/63 tỉnh, thành phố (giảm 10 bậc so với năm 2021).

                Theo dõi, đánh giá Chỉ số DTI năm 2023 của các sở. Tỉnh xếp thứ 30/63 về kinh tế số.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Arrays.asList(2022, 2022, 2022, 2023), r.statements().stream().map(Statement::year).toList(),
                "a paragraph's places share its edition; one without a dated place takes the text's edition");
    }

    @Test
    void aParagraphOpeningWithItsYearOfResultsDatesTheResultsAfterItUntilAGoal() {
        // the shapes of devset/fresh15 ka04 and fresh2 h09 (real news items)
        ExtractionResult r = PlanExtractor.extract("p.txt", """
                Tính đến giữa năm 2023, tỉnh có 87,74% hồ sơ được xử lý trên môi trường mạng. Ngoài ra, hơn 30,7% chế \
                độ báo cáo được kết nối.

                Năm 2021, mô hình Chợ 4.0 triển khai tại 3 chợ. Với mục tiêu cụ thể là tỷ lệ thanh toán đạt 90%; bộ \
                phận trả kết quả đạt 40%.
                """.getBytes(StandardCharsets.UTF_8));
        Map<Double, Integer> years = new HashMap<>();
        r.statements().forEach(s -> years.put(s.value(), s.year()));
        assertEquals(2023, years.get(30.7), "the paragraph's year goes on to its results");
        assertEquals(2021, years.get(3.0));
        assertNotEquals(2021, years.get(40.0), "not past a goal");
        assertEquals(2023, ParagraphYears.resultsOpening("Tính đến cuối năm 2023, toàn tỉnh có"));
        assertNull(ParagraphYears.resultsOpening("Đến năm 2025, phấn đấu 100%"), "a horizon is no year of results");
    }
}
