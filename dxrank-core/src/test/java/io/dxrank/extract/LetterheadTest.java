package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The issuer's block at the top: the superior's lines above give the issuer's district and province. */
class LetterheadTest {

    private static String metadata(String text) {
        PlanMetadata m = PlanExtractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8)).metadata();
        return m.level() + " " + m.localityName() + " | " + m.parent() + " | " + m.province();
    }

    @Test
    void theDistrictsLineAboveACommunesIsItsParentNotTheIssuer() {
        assertEquals("xa Nghĩa Đô | huyện Bảo Yên | Lào Cai", metadata("UBND HUYỆN BẢO YÊN\nUBND XÃ NGHĨA ĐÔ\nSố: 05/BC-UBND\n"
                + "BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số năm 2024\n- Tỷ lệ hồ sơ trực tuyến đạt 62%.\n"));
    }

    @Test
    void aProvincesOrAPartyCommitteesLineAboveTheIssuerGivesItsProvince() {
        assertEquals("xa Y Tý | null | Lào Cai", metadata("TỈNH LÀO CAI\nỦY BAN NHÂN DÂN\nXÃ Y TÝ\nSố: 41/KH-UBND\n"
                + "KẾ HOẠCH\nChuyển đổi số năm 2025\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n"));
        assertEquals("xa Y Tý | huyện Bát Xát | Lào Cai", metadata("ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG BỘ HUYỆN BÁT XÁT\n"
                + "ĐẢNG ỦY XÃ Y TÝ\n*\nBÁO CÁO\nKết quả chuyển đổi số năm 2024\n- Tỷ lệ hồ sơ trực tuyến đạt 62%.\n"));
    }

    @Test
    void theIssuerAndItsSuperiorsOnOneLineGiveTheProvince() {
        // a probe of the thirty-fourth stop: a plan saved as Markdown, its letterhead's two lines joined by a comma
        assertEquals("xa Tân Phú | null | Đồng Nai", metadata("# KẾ HOẠCH Chuyển đổi số xã Tân Phú năm 2026\n\n"
                + "UBND XÃ TÂN PHÚ, TỈNH ĐỒNG NAI\n\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.\n"));
        assertEquals("xa Nghĩa Đô | huyện Bảo Yên | Lào Cai", metadata("UBND XÃ NGHĨA ĐÔ, HUYỆN BẢO YÊN, TỈNH LÀO CAI\n"
                + "BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số năm 2024\n- Tỷ lệ hồ sơ trực tuyến đạt 62%.\n"));
    }

    @Test
    void aCentrallyRunCityIsTheProvinceNeverAParent() {
        assertEquals("phuong Thủ Dầu Một | null | Hồ Chí Minh", metadata("THÀNH PHỐ HỒ CHÍ MINH\nỦY BAN NHÂN DÂN\n"
                + "PHƯỜNG THỦ DẦU MỘT\nKẾ HOẠCH\nChuyển đổi số năm 2025\n"
                + "Phường Thủ Dầu Một, thành phố Hồ Chí Minh phấn đấu 95% hồ sơ trực tuyến.\n"));
    }

    @Test
    void aProvinceNamedAsFormerIsNotTheDocumentsProvince() {
        assertEquals("xa Lục Yên | null | Lào Cai", metadata("BÁO LÀO CAI\nXã Lục Yên: Người dân thạo dùng dịch vụ công trực tuyến\n"
                + "Thứ Bảy, 27/09/2025 08:30\n(Baolaocai.vn) - Xã Lục Yên được thành lập trên cơ sở sáp nhập thị trấn Yên Thế"
                + " thuộc huyện Lục Yên, tỉnh Yên Bái cũ, tỉnh Lào Cai.\nXã đã tiếp nhận 3.150 hồ sơ, 86% được nộp trực tuyến.\n"));
    }

    @Test
    void aPortalsHeadlineOpeningWithAUnitNamesTheArticlesUnitOverTheSitesProvince() {
        assertEquals("xa Y Tý | null | Lào Cai", metadata("Cổng thông tin điện tử tỉnh Lào Cai\nTrang chủ > Tin tức - Sự kiện\n"
                + "Xã Y Tý: Đưa chuyển đổi số về bản\nCập nhật lúc 08:15 12/09/2025\n"
                + "(LCĐT) - Xã Y Tý, tỉnh Lào Cai đã thành lập 14 tổ công nghệ số cộng đồng. Tỉnh Lào Cai có 99 xã, phường.\n"));
    }
}
