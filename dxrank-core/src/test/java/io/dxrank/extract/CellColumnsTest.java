package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A results table flattened to one cell per line, as a provincial portal's plan page gives it. */
class CellColumnsTest {

    private static final String PAGE = """
            KẾ HOẠCH
            Thực hiện chuyển đổi số tỉnh Quảng Bình năm 2024
            I. KẾT QUẢ THỰC HIỆN NĂM 2023

            Mục tiêu/Chỉ tiêu

            Đề ra năm 2023

            Kết quả thực hiện

            Đánh giá

            a) Chính quyền số

            \u00a0

            \u00a0

            - Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT (toàn trình và một phần)

            30%

            75,3%

            Vượt

            + Cấp xã đạt

            (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)

            \u00a0

            80%

            \u00a0

            80%

            Đạt

            II. MỤC TIÊU NĂM 2024
            - Phấn đấu 90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.
            """;

    @Test
    void figuresTakeTheKindAndYearOfTheirColumn() {
        ExtractionResult r = PlanExtractor.extract("t.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        List<String> read = r.statements().stream().map(s -> s.valueText() + " " + s.kind() + " " + s.year()).toList();
        // the results column names no year; its heading ("I. KẾT QUẢ THỰC HIỆN NĂM 2023") does, and so does the
        // targets' ("II. MỤC TIÊU NĂM 2024")
        assertEquals(List.of("30% target 2023", "75,3% actual 2023", "80% target 2023", "80% actual 2023",
                "90% target 2024"), read);
    }

    @Test
    void aHeaderWithoutBothATargetAndAResultColumnIsNoSuchTable() {
        List<String> lines = List.of("Chỉ tiêu", "", "Ghi chú", "", "- Tỷ lệ", "", "30%");
        assertEquals(0, CellColumns.of(lines).size());
    }
}
