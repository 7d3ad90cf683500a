package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The year an undated text reports on, from the time it says has passed since a start it names. */
class ElapsedSinceTest {

    @Test
    void yearsOrMonthsAfterAStartTheTextNames() {
        // devset/fresh43 zr02 and fresh17 qa04 (real undated news items)
        assertEquals(2023, ElapsedSince.year("Năm 2022, tỉnh Bắc Giang lựa chọn xã Hồng Giang và Phúc Hòa thực hiện thí điểm."
                + " Sau hơn một năm thực hiện, xã Hồng Giang và Phúc Hòa đều đầu tư kinh phí."));
        assertEquals(2022, ElapsedSince.year("Tú Lệ là xã đầu tiên của tỉnh triển khai mô hình điểm từ tháng 8/2021.\n"
                + "Sau hơn 8 tháng thí điểm việc xây dựng hạ tầng số của xã đã có những thay đổi tích cực."));
        assertEquals(2021, ElapsedSince.year("Từ tháng 3/2021, huyện thí điểm mô hình. Sau 8 tháng triển khai, 100% thôn có"
                + " tổ công nghệ số."), "eight months from March end in the same year");
        assertEquals(2023, ElapsedSince.year("Năm 2021, tỉnh thí điểm. Sau gần 3 năm triển khai, tỉnh đạt nhiều kết quả."));
    }

    @Test
    void noStartNamedNoYear() {
        assertNull(ElapsedSince.year("Sau 3 năm triển khai chuyển đổi số toàn diện, TP Hạ Long đã có những bước tiến mới."));
        assertNull(ElapsedSince.year("Sau hai năm triển khai Đề án 06, tỉnh đã đạt nhiều kết quả."),
                "the project's approval is no date the text gives");
        assertNull(ElapsedSince.year("Năm 2022, tỉnh thí điểm mô hình; đến nay đã có 20 xã tham gia."));
    }

    @Test
    void anUndatedArticleReportsOnTheYearReached() {
        ExtractionResult r = PlanExtractor.extract("a.txt", """
                Bắc Giang: Đánh giá mô hình chuyển đổi số tại hai xã điểm
                Ngày 30/5, tại xã Hồng Giang, huyện Lục Ngạn (Bắc Giang), Sở Khoa học và Công nghệ tổ chức hội nghị đánh giá.
                Năm 2022, tỉnh Bắc Giang lựa chọn xã Hồng Giang và Phúc Hòa thực hiện thí điểm chuyển đổi số cấp xã.
                Sau hơn một năm thực hiện, 100% hộ gia đình của xã Hồng Giang có đường truyền cáp quang.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(Integer.valueOf(2023), r.metadata().resultsYear());
    }
}
