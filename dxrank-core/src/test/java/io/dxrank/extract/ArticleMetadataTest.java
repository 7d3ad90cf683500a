package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which locality and date a portal article is about when no plan title says it (shapes seen in the dev set). */
class ArticleMetadataTest {

    private static PlanMetadata meta(String text) {
        return PlanExtractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_8)).metadata();
    }

    @Test
    void aTitlePhraseInsideAParagraphIsNoTitleAndTheTerritoryNamesTheSubject() {
        PlanMetadata m = meta("""
                Kết quả thực hiện 10 nhiệm vụ trọng tâm chuyển đổi số năm 2023
                Lượt xem: 117

                1. Đẩy mạnh công tác truyền thông về chuyển đổi số cho cán bộ và nhân dân trong toàn huyện

                - Trong năm 2023, có 08 bài, 67 tin về chuyển đổi số trên Cổng thông tin điện tử huyện nhằm hỗ trợ người dân.

                - Cán bộ và nhân dân trên địa bàn huyện Thuận Châu tham gia Cuộc thi trực tuyến tìm hiểu về Chuyển đổi số \
                tỉnh Sơn La năm 2023 do Ban chỉ đạo Chuyển đổi số tỉnh Sơn La tổ chức; trên địa bàn huyện đã có \
                19.559 người tham gia.
                """);
        assertEquals("huyen", m.level());
        assertEquals("Thuận Châu", m.localityName());
    }

    @Test
    void wardsTiedBelowTheIssuingCityLeaveTheDocumentToTheCity() {
        PlanMetadata m = meta("""
                Hội nghị báo cáo tiến độ hoàn thành các chỉ tiêu Chuyển đổi số 2022 đối với phường Bắc Sơn và \
                phường Quảng Tiến.

                Chiều ngày 31/10/2022, UBND thành phố Sầm Sơn tổ chức hội nghị nghe báo cáo tiến độ đối với \
                phường Bắc Sơn và phường Quảng Tiến.

                Đối với phường Bắc Sơn, có 26/31 chỉ tiêu hoàn thành. Đối với phường Quảng Tiến, có 27/30 chỉ tiêu \
                hoàn thành.
                """);
        assertEquals("thanh_pho", m.level());
        assertEquals("Sầm Sơn", m.localityName());
        assertEquals(2022, m.planYear());
    }

    @Test
    void aWebPagesIsoDateDatesTheArticle() {
        PlanMetadata m = meta("""
                 date 2025-09-26 Thủ tục hành chính được niêm yết bằng mã QR

                Theo UBND phường Phú Xuân, hơn 80% hồ sơ hiện nay được giải quyết trực tuyến.
                """);
        assertEquals("2025-09-26", m.issueDate());
        assertEquals(2025, m.planYear());
    }
}
