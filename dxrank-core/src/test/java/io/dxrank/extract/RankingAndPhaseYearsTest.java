package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year of a ranking's places and of a phase's targets, from real news items of the dev set. */
class RankingAndPhaseYearsTest {

    private static List<String> read(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.valueText() + ":" + s.kind() + ":" + s.year()).toList();
    }

    @Test
    void aTargetOfAPhaseIsForThePhasesLastYear() {
        // devset/fresh23 wa06: a province's programme relayed as news
        assertEquals(List.of("97%:target:2025"), read("""
                Tin tức tỉnh Bắc Giang

                Theo Phó Chủ tịch UBND tỉnh, giai đoạn 2023-2025, toàn tỉnh phấn đấu tối thiểu 97% số xã đạt chuẩn chỉ tiêu có ứng dụng công nghệ thông tin.
                """));
        // a year named after the phase is the figure's own
        assertEquals(List.of("50%:target:2024"), read("""
                Tin tức tỉnh Bắc Giang

                Trong giai đoạn 2023-2025, năm 2024 tỉnh phấn đấu 50% số thôn có mô hình thôn thông minh.
                """));
    }

    @Test
    void aRankingAnnouncedInAYearIsOfTheYearBefore() {
        // devset/fresh14 d05: "công bố vào cuối tháng 5/2025" announces the DTI of 2024
        List<String> read = read("""
                Tin tức tỉnh Hà Tĩnh

                Theo báo cáo chỉ số đánh giá chuyển đổi số (DTI) được công bố vào cuối tháng 5/2025, Hà Tĩnh xếp hạng thứ 25/63 về chỉ số DTI cấp tỉnh.
                """);
        assertEquals(List.of("xếp hạng thứ 25/63:actual:2024"), read);
    }

    @Test
    void theEditionNamedByTheEvaluationDatesTheRanksOfTheArticle() {
        // devset/fresh22 va05: announced on 8-8-2022, the evaluation "năm 2021" is the edition; the places listed after
        // the first rank, out of the same 63, are ranks of the rankings they name ("nhận thức số 16/63" cites no document)
        List<String> read = read("""
                Bến Tre xếp thứ 31/63 tỉnh thành về mức độ chuyển đổi số

                08/08/2022 - 16:52

                Ngày 8-8-2022, Bộ Thông tin và Truyền thông đã công bố kết quả đánh giá mức độ chuyển đổi số (CĐS) năm 2021 của các bộ, ngành, địa phương.

                Các kết quả cụ thể như: Thể chế số xếp hạng 6/63, nhận thức số 16/63, nhân lực số 28/63, hạ tầng số 58/63, an toàn thông tin mạng 53/63.
                """);
        assertEquals(List.of("xếp thứ 31/63:actual:2021", "xếp hạng 6/63:actual:2021", "16/63:actual:2021", "28/63:actual:2021",
                "58/63:actual:2021", "53/63:actual:2021"), read);
        // the whole of the whole counts places that did something, it is no rank
        List<QuantityScanner.Quantity> counted = QuantityScanner.scan("Bến Tre xếp thứ 31/63, trong khi 63/63 tỉnh đã kết nối.");
        assertEquals(List.of(QuantityScanner.RANK_UNIT, "tỉnh"), counted.stream().map(QuantityScanner.Quantity::unit).toList());
    }

    @Test
    void aPlaceComparedWithAYearIsOfTheYearAfter() {
        // the shape of devset/fresh8 w11 (a real news item): no year of its own, only the year it is compared with, in
        // an article dated a year later still
        String text = " date 2023-05-10 Tin tức tỉnh Quảng Ngãi\n\n"
                + "Chỉ số chuyển đổi số của tỉnh xếp thứ 26/63, tăng 34 bậc so với năm 2021.\n";
        assertEquals(List.of("xếp thứ 26/63:actual:2022", "tăng 34 bậc:actual:2022"), read(text));
        // nor is the year compared with the document's own
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2023, r.metadata().planYear());
    }

    @Test
    void aYearComparedWithAtItsEndIsNoFiguresYearForTheClausesAfterIt() {
        // devset/fresh35 zj08 (a real news item): "so với cuối năm 2022" is the base of the rise, not the year of the
        // figures after it, which stay in the half-year the sentence opens with
        String text = """
                Tin tức tỉnh Hải Dương

                Về kết quả đánh giá các cổng dịch vụ công 6 tháng năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 89%, \
                tăng 33% so với cuối năm 2022; xếp thứ 12 cả nước về thanh toán phí, lệ phí qua các ngân hàng, ví điện tử \
                với 100.000 giao dịch.
                """;
        List<String> read = read(text);
        assertTrue(read.contains("xếp thứ 12:actual:2023"), read.toString());
        assertTrue(read.stream().noneMatch(r -> r.endsWith(":2022")), read.toString());
    }

    @Test
    void aYearInBracketsRightAfterAFigureIsItsOwnAndNoOneElses() {
        // a ward's news of a rise (a probe): "tăng từ 45% (năm 2023) lên 78% (năm 2025)"
        List<String> read = read("""
                Tin tức phường Bắc Giang

                Tỷ lệ hồ sơ nộp trực tuyến của phường tăng từ 45% (năm 2023) lên 78% (năm 2025), cao hơn 60% của tỉnh.
                """);
        assertEquals(List.of("45%:actual:2023", "78%:actual:2025"), read.subList(0, 2));
        assertTrue(read.size() < 3 || !read.get(2).endsWith(":2023"), "the bracketed year is the figure's before: " + read);
    }

    @Test
    void aRiseOverAPhaseRunsFromItsFirstYearToItsLast() {
        // a probe of the thirty-fourth stop (a commune's year-end report): the two figures of one rise are not one
        // year's two conflicting values
        List<String> read = read("""
                BÁO CÁO
                Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025
                I. KẾT QUẢ THỰC HIỆN
                3. Giai đoạn 2021-2025, tỷ lệ hộ gia đình có cáp quang tăng từ 30% lên 85%.
                4. Giai đoạn 2021-2025, xã tổ chức 12 lớp tập huấn.
                """);
        assertEquals(List.of("30%:actual:2021", "85%:actual:2025", "12 lớp:actual:null"), read);
    }

    @Test
    void aYearRightAfterAFigureIsItsOwnNotTheNextFiguresYear() {
        // a commune's report (a probe): each figure names its year after it
        List<String> read = read("""
                Báo cáo kết quả chuyển đổi số xã Yên Thọ năm 2025

                Cổng thông tin điện tử xã có 125.400 lượt truy cập trong năm 2024 và 168.200 lượt trong năm 2025.
                Tỷ lệ hộ có cáp quang đạt 88% vào cuối năm 2024 và 93% vào cuối năm 2025.
                Tỷ lệ hồ sơ trực tuyến đạt 85%, năm 2026 phấn đấu 95%.
                """);
        assertEquals(List.of("125.400 lượt:actual:2024", "168.200 lượt:actual:2025", "88%:actual:2024", "93%:actual:2025"),
                read.subList(0, 4));
        assertEquals("95%:target:2026", read.get(read.size() - 1), "a year after a comma opens the next figure's words");
        assertTrue(!read.get(read.size() - 2).endsWith(":2026"), read.toString());
    }

    @Test
    void theSamePeriodLastYearIsTheYearBeforeTheReportsYear() {
        // a commune's half-year report (a probe): the bracketed figure of last year is no second value of 2025
        ExtractionResult r = PlanExtractor.extract("bc.txt", """
                BÁO CÁO
                Kết quả thực hiện nhiệm vụ chuyển đổi số xã Quảng Phú 6 tháng đầu năm 2025
                I. KẾT QUẢ ĐẠT ĐƯỢC
                Tỷ lệ hồ sơ trực tuyến đạt 81,3% (cùng kỳ năm trước đạt 64,5%); hai năm trước chỉ có 12 hồ sơ trực tuyến.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Arrays.asList(null, 2024, null), r.statements().stream().map(Statement::year).toList(),
                "the report's own figure takes its year from the report; \"hai năm trước\" counts back from now");
    }

    @Test
    void aSchoolYearIsOfTheYearItEndsIn() {
        // a probe in the form of a commune's news on its schools
        assertEquals(List.of("100%:actual:2025", "100%:target:2026"), read("""
                Xã Bình Minh đẩy mạnh chuyển đổi số trong giáo dục
                15/10/2025

                Năm học 2024 - 2025, 100% trường học trên địa bàn xã triển khai sổ điểm điện tử.
                Năm học 2025-2026, xã phấn đấu 100% phụ huynh thanh toán học phí không dùng tiền mặt.
                """));
    }

    @Test
    void thisYearIsTheYearTheArticleIsDatedIn() {
        // a district's portal news of January (a probe): what it reports is of the year that ended, "năm nay" of the new one
        ExtractionResult r = PlanExtractor.extract("tin.txt", """
                Huyện Đông Anh: chuyển đổi số tạo chuyển biến rõ nét
                Thứ Hai, 13/01/2025 - 10:05

                Năm qua, huyện Đông Anh (Hà Nội) đã tiếp nhận 45.230 hồ sơ trực tuyến, đạt tỷ lệ 86,4%.
                Năm nay, huyện phấn đấu 100% hồ sơ được số hóa.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Integer.valueOf(2024), r.metadata().resultsYear());
        assertEquals(Arrays.asList(null, null, 2025), r.statements().stream().map(Statement::year).toList());
    }

    @Test
    void aPlaceWrittenAsAWordIsARank() {
        // devset/fresh23 wa05 and fresh7 m06 (real news items)
        assertEquals(List.of("đứng thứ nhất:actual:2023"), read("""
                Tin tức huyện Nghi Lộc

                Năm 2023, huyện đứng thứ nhất toàn tỉnh về chỉ số cải cách hành chính.
                """));
        assertEquals(List.of("đứng thứ hai:actual:2022"), read("""
                Tin tức tỉnh Hà Giang

                Năm 2022, tỉnh đứng thứ hai toàn quốc về tỷ lệ kích hoạt định danh điện tử.
                """));
    }

    @Test
    void aRankAnotherNamedUnitHoldsIsNotTheDocumentsOwn() {
        // devset/fresh10 v03: the town's own news item names the runners-up after it
        ExtractionResult r = PlanExtractor.extract("v.txt", """
                UBND THÀNH PHỐ YÊN BÁI

                Thành phố Yên Bái dẫn đầu bảng xếp hạng chuyển đổi số năm 2023

                Ở khối các địa phương, thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng với tỷ lệ hoàn thành đạt 80,69%; \
                đứng thứ hai là huyện Văn Yên với tỷ lệ 80,57%; thị xã Nghĩa Lộ xếp thứ ba với tỷ lệ 77,91%.
                """.getBytes(StandardCharsets.UTF_8));
        List<String> ranks = r.statements().stream().filter(s -> QuantityScanner.RANK_UNIT.equals(s.unit()))
                .map(Statement::valueText).toList();
        assertEquals(List.of(), ranks);
    }

    @Test
    void aParagraphOpeningWithTheYearOfItsGoalsGivesItToEveryGoalOfIt() {
        String news = "Yên Thành tổng kết chuyển đổi số năm 2024\nNgày 08/01/2025\n"
                + "Năm 2025, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt 95%; 100% xã có tổ công nghệ số cộng đồng; tổ chức 20 lớp"
                + " tập huấn kỹ năng số.\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", news.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("95% target 2025", "100% target 2025", "20 lớp target 2025"),
                r.statements().stream().map(s -> s.valueText() + " " + s.kind() + " " + s.year()).toList());
    }
}
