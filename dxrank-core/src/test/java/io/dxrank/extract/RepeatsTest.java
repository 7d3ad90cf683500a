package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A particular figure stated twice is one statement; a common one ("100%") stated twice is two. */
class RepeatsTest {

    private static ExtractionResult extract(String text) {
        return PlanExtractor.extract("r.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCountRestatedLaterIsReadOnceAndTheRepeatHasItsReason() {
        // fresh2 g11 (a real news item): the accounts collected, first as a fraction, then alone
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2023 huyện Núi Thành\n"
                + "Đến nay Núi Thành đã thu nhận 52.000/62.600 tài khoản định danh điện tử VNeID. Trong đó, đến ngày"
                + " 30/6/2023 đã thu nhận 52.000 tài khoản (tỷ lệ 83,06%) và kích hoạt thành công 23.048 tài khoản.\n");
        List<Double> values = r.statements().stream().map(Statement::value).toList();
        assertEquals(List.of(52000.0, 83.06, 23048.0), values);
        assertEquals(1, r.candidates().stream().filter(c -> "repeated_figure".equals(c.reason())).count());
    }

    @Test
    void aPlaceInARankingRestatedIsReadOnceButAnotherRankingsPlaceIsNot() {
        // after devset/fresh6 s12 (a real news item): the rank of the title repeated in the body, and a rank out of
        // another number of places
        ExtractionResult r = extract("Quảng Trị xếp thứ 2 cả nước về chỉ số phục vụ người dân\n"
                + "Tính đến ngày 25-7, tỉnh Quảng Trị đang xếp thứ 2 cả nước về các chỉ số phục vụ người dân.\n"
                + "Tỉnh tăng 5 bậc so với năm 2024. Chỉ số DTI của tỉnh xếp thứ 2/34, tăng 5 bậc.\n");
        List<String> ranks = r.statements().stream().map(s -> s.value() + " " + s.unit() + " " + s.denominator()).toList();
        assertEquals(List.of("2.0 rank null", "5.0 rank_change null", "2.0 rank 34.0"), ranks);
        assertEquals(2, r.candidates().stream().filter(c -> "repeated_figure".equals(c.reason())).count());
    }

    @Test
    void aPlaceOfAPartOfTheIndexIsNoRepeatOfTheIndexsOwnPlace() {
        // devset/fresh6 r05 and fresh8 w11 (real news items on a province's DTI): the overall place and a pillar's
        // place of one number, and two pillars of one place named after their figures
        ExtractionResult r = extract("Chỉ số đánh giá chuyển đổi số năm 2022: Yên Bái xếp thứ 15/63\n"
                + "Theo xếp hạng chỉ số Chuyển đổi số năm 2022, Chính quyền số cấp tỉnh Yên Bái xếp thứ 15/63, Kinh tế số"
                + " xếp thứ 7/63.\n"
                + "Theo đánh giá, Quảng Ngãi xếp thứ 17/63 về chính quyền số, xếp thứ 17/63 về kinh tế số.\n"
                + "Năm 2022, Yên Bái vẫn xếp thứ 15/63 cả nước.\n");
        List<String> ranks = r.statements().stream().map(s -> s.line() + ":" + (int) s.value()).toList();
        assertEquals(List.of("1:15", "2:15", "2:7", "3:17", "3:17"), ranks, "the overall 15/63 of line 4 is a repeat");
        assertEquals(1, r.candidates().stream().filter(c -> "repeated_figure".equals(c.reason())).count());
    }

    @Test
    void aMoveOfAPillarIsNoRepeatOfAnotherPillarsMove() {
        // devset/fresh22 va05 (a real news item): two pillars moved by the same number of places
        ExtractionResult r = extract("Kết quả chuyển đổi số năm 2021 tỉnh Tiền Giang\n"
                + "Chính quyền số 28/63 (tăng 11 bậc so với năm 2020), kinh tế số 26/63 (tăng 11 bậc so với năm 2020).\n");
        assertEquals(2, r.statements().stream().filter(s -> QuantityScanner.RANK_MOVE_UNIT.equals(s.unit())).count());
    }

    @Test
    void aCommonFigureOfAnotherSentenceIsAnotherStatement() {
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số năm 2024 xã Tân Lập\n"
                + "100% cán bộ, công chức được cấp chữ ký số.\n100% thôn có cáp quang.\n");
        assertEquals(2, r.statements().size());
    }

    @Test
    void aFigureRestatedWithTheSameWordsIsReadOnceButOneOfOtherWordsIsNot() {
        // after devset/fresh3 g08 and fresh5 p08 (real news items whose closing lines restate a figure)
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số năm 2025 tỉnh Gia Lai\n"
                + "Đến nay, 90% người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập kỹ năng số.\n"
                + "100% các cơ quan, đơn vị có hệ thống mạng nội bộ hoàn chỉnh.\n"
                + "Năm 2025, Gia Lai có 90% người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức số.\n"
                + "100% các cơ quan, đơn vị đã quan tâm trang bị thiết bị sao lưu dự phòng.\n");
        assertEquals(List.of(2, 3, 5), r.statements().stream().map(Statement::line).toList(),
                "the restated 90% is read once; the second 100% measures another thing");
    }

    @Test
    void thePlacesWhereTheSameNumberOfThingsAreAreNoSecondFigure() {
        // devset/fresh7 u01 and fresh8 y07 (real news items): "104 Tổ Công nghệ số cộng đồng tại 104 thôn"
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số năm 2024 huyện Gia Lộc\n"
                + "Huyện đã thành lập 104 Tổ Công nghệ số cộng đồng tại 104 thôn, khu dân cư; 18 tổ chỉ đạo tại 20 xã.\n");
        assertEquals(List.of(104.0, 18.0, 20.0), r.statements().stream().map(Statement::value).toList(),
                "another number of places is a figure of its own");
    }

    @Test
    void aShareWithTwoDecimalsRestatedIsReadOnce() {
        // after devset/fresh43 zr05 (a real news item): "99,84%" in the lead, the body and a caption
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số năm 2020 tỉnh Hà Tĩnh\n"
                + "Tỷ lệ giải quyết hồ sơ đúng hạn của tỉnh đạt 99,84%; có 29,1% hồ sơ sử dụng dịch vụ công trực tuyến.\n"
                + "Toàn tỉnh đã tiếp nhận 434.835 hồ sơ, tỷ lệ xử lý đúng hạn đạt 99,84%.\n"
                + "Tỷ lệ hồ sơ xử lý đúng hạn của Hà Tĩnh đạt 99,84%.\n"
                + "Tỷ lệ cán bộ được cấp chữ ký số đạt 29,1%.\n");
        assertEquals(List.of(4), r.candidates().stream().filter(c -> "repeated_figure".equals(c.reason()))
                .map(Candidates.Candidate::line).toList(), "the caption restates the body's share");
        assertTrue(r.statements().stream().anyMatch(s -> s.line() == 5 && s.value() == 29.1),
                "a share with one decimal may be another figure's");
    }

    @Test
    void aParagraphPrintedTwiceIsReadOnceButTwoEqualFiguresOfOneSentenceStayTwo() {
        // after devset/fresh44 zs03 (a real news item whose page prints a paragraph twice)
        String paragraph = "Huyện đã triển khai tiếp nhận hồ sơ và trả kết quả trực tuyến ở mức độ 4 là 18 thủ tục hành chính;"
                + " 100% xã có cáp quang đến trụ sở và 100% thôn có loa truyền thanh thông minh hoạt động.\n";
        ExtractionResult r = extract("Báo cáo kết quả chuyển đổi số năm 2021 huyện Đạ Huoai\nI. KẾT QUẢ\n" + paragraph + "\n"
                + paragraph);
        assertEquals(List.of("3 18.0", "3 100.0", "3 100.0"), r.statements().stream().map(s -> s.line() + " " + s.value())
                .toList());
    }

    @Test
    void theSameTargetUnderTwoYearsHeadingsIsTwoTargets() {
        // the independent corpus's multi-year plans: one line set for 2030 and again for 2035
        String line = "- 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng và được bảo đảm an toàn thông tin;\n";
        ExtractionResult r = extract("Kế hoạch chuyển đổi số xã Tiên Minh giai đoạn 2026-2030, định hướng đến năm 2035\n"
                + "II. MỤC TIÊU\n1. Mục tiêu đến năm 2030\n" + line + "2. Định hướng đến năm 2035\n" + line);
        assertEquals(List.of(2030, 2035), r.statements().stream().map(Statement::year).toList());
    }
}
