package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures that are no DX statement of the locality: the country's average beside its own (LABELS.md: other places'
 * figures), and communes meeting the new-rural standard (another national programme).
 */
class NationalFigureTest {

    private static List<Double> values(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(Statement::value).toList();
    }

    @Test
    void aNationalAverageInBracketsIsNoStatement() {
        // after devset/fresh6 s11 (a real news item)
        assertEquals(List.of(21.0, 80.1), values("Bộ chỉ số phục vụ người dân và doanh nghiệp năm 2024 tỉnh Quảng Nam\n"
                + "Theo đó, tỉnh Quảng Nam đứng vị trí 21/63, đạt 80,1 điểm, xếp loại Tốt (bình quân cả nước 75.5 điểm).\n"));
        assertEquals(List.of(67.0), values("Kết quả chuyển đổi số năm 2023 tỉnh Lâm Đồng\n"
                + "Chỉ số sử dụng dịch vụ công trực tuyến đã đạt 67% (trung bình toàn quốc đạt 62,3%).\n"));
    }

    @Test
    void theLocalitysOwnFigureAfterACountryComparisonIsKept() {
        assertEquals(List.of(94.0), values("Kết quả chuyển đổi số năm 2024 tỉnh Quảng Ninh\n"
                + "Vượt bình quân cả nước, 94% dân số toàn tỉnh đang sử dụng điện thoại thông minh.\n"));
    }

    @Test
    void communesMeetingTheNewRuralStandardAreNoDxFigureButSmartVillagesAre() {
        // after devset/fresh f11 and fresh3 j07 (real news items)
        assertEquals(List.of(29.0), values("Kết quả chuyển đổi số năm 2024 huyện Hòa Vang\n"
                + "Hiện 11/11 xã của huyện đã đạt chuẩn nông thôn mới, trong đó có 5 xã đạt chuẩn nông thôn mới nâng cao.\n"
                + "UBND huyện đã công bố 29 bộ dữ liệu trên Cổng dữ liệu thành phố.\n"));
        assertEquals(List.of(3.0), values("Kế hoạch chuyển đổi số năm 2024 huyện Quế Sơn\n"
                + "Năm 2024, Quế Sơn xây dựng ít nhất 3 mô hình thôn đạt chuẩn nông thôn mới thông minh.\n"));
    }
}
