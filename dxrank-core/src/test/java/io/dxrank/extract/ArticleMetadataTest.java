package io.dxrank.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Finding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which locality and date a portal article is about when no plan title says it (shapes seen in the dev set). */
class ArticleMetadataTest {

    private static PlanMetadata meta(String text) {
        return PlanExtractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_8)).metadata();
    }

    @Test
    void aYearAMultipleIsOfIsNoYearTheArticleReportsOn() {
        // a probe in the form of a district's portal news: "gấp 1,5 lần năm 2023" compares, as "so với năm 2023" does
        String article = """
                Huyện Mường Khương (Lào Cai): chuyển đổi số lan tỏa đến từng thôn bản
                Cập nhật: 12/12/2024 08:30

                Từ đầu năm đến nay, huyện Mường Khương đã nâng tổng số tài khoản định danh điện tử lên 28,6 nghìn tài khoản.
                Huyện dành 2,5 tỷ đồng đầu tư hạ tầng mạng, gấp 1,5 lần năm 2023.
                Kết quả đánh giá chỉ số chuyển đổi số năm 2023, huyện Mường Khương đứng thứ 2 toàn tỉnh.
                """;
        ExtractionResult r = PlanExtractor.extract("a.txt", article.getBytes(StandardCharsets.UTF_8));
        assertEquals(Integer.valueOf(2024), r.metadata().resultsYear());
        assertEquals(List.of("28,6 nghìn tài khoản null", "gấp 1,5 lần null", "đứng thứ 2 2023"),
                r.statements().stream().map(s -> s.valueText() + " " + s.year()).toList(),
                "the multiple takes the article's year, the ranking its edition's");
    }

    @Test
    void aComparedYearsOwnFigureInTheBracketAfterItIsOfThatYear() {
        // a probe of the thirty-fourth stop (a ward's new-year news): the bracket holds 2024's figure, the rise is the
        // article's; "tăng 18 điểm phần trăm" stays undated as before
        ExtractionResult r = PlanExtractor.extract("a.txt", """
                Chuyển đổi số ở phường Hội Phú
                Đăng lúc: 03/02/2026
                Năm 2025, phường Hội Phú (tỉnh Gia Lai) đạt 96% hồ sơ trực tuyến.
                So với năm 2024 (78%), kết quả này tăng 18 điểm phần trăm.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("96% 2025", "78% 2024", "18 điểm phần trăm null"),
                r.statements().stream().map(s -> s.valueText() + " " + s.year()).toList());
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
    void aLeadOpeningWithTheYearItsResultsAreOfGivesThatYearUnderATitleAimingLater() {
        // devset fresh35 zj03: a title naming the year ahead, a lead reporting the year before
        PlanMetadata m = meta("""
                Bắc Kạn: Đẩy mạnh chuyển đổi số, nâng cao chỉ số cạnh tranh năm 2025
                Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực trong việc chuyển đổi số.
                Toàn tỉnh có 1.292 tổ công nghệ số cộng đồng với hơn 6.200 thành viên.
                """);
        assertEquals(2024, m.resultsYear());
    }

    @Test
    void theDistrictACommuneIsReviewedWithIsNoIssuerOfTheCommunesNews() {
        // holdout b08: the province's office works with the district on one commune's model
        PlanMetadata m = meta("""
                (sotttt.angiang.gov.vn) - Ngày 08/10/2024, Văn phòng Điều phối nông thôn mới tỉnh làm việc với UBND huyện \
                Thoại Sơn về tiến độ xây dựng mô hình chuyển đổi số xã Thoại Giang.
                Thực hiện Bộ tiêu chí xã nông thôn mới kiểu mẫu, xã chọn ấp Trung Bình để xây dựng mô hình thông minh; 100% \
                hộ dân trong ấp có khả năng kết nối internet cáp quang.
                """);
        assertEquals("xa", m.level());
        assertEquals("Thoại Giang", m.localityName());
        // fresh35 zj09: where a computer is placed names no issuer
        PlanMetadata placed = meta("""
                Nhiều địa phương được hỗ trợ máy vi tính phục vụ Đề án 06
                Huyện Cẩm Giàng đã được tặng 17 bộ máy vi tính.
                Huyện Bình Giang cũng trang bị 1 bộ máy vi tính đặt tại trụ sở UBND thị trấn Kẻ Sặt.
                """);
        assertTrue(!"Kẻ Sặt".equals(placed.localityName()), placed.toString());
    }

    @Test
    void aDistrictNamedOnceButSpokenOfAgainAndAgainIsTheDocumentsOwn() {
        // the form of a district's conference news: its name once, the province's resolution once, and "huyện" alone
        PlanMetadata m = meta("""
                Tham dự hội nghị có Giám đốc Sở Thông tin và Truyền thông tỉnh; Chủ tịch HĐND huyện, Phó Chủ tịch \
                UBND huyện, lãnh đạo các cơ quan cấp huyện.
                Thực hiện Nghị quyết của Tỉnh ủy về chuyển đổi số tỉnh Bình Định đến năm 2025, huyện Tây Sơn đã triển khai \
                các phần mềm dùng chung. Đến nay, 100% văn bản được gửi, nhận trên môi trường mạng; Trung tâm hành chính \
                công huyện tiếp nhận 98% hồ sơ trực tuyến.
                """);
        assertEquals("huyen", m.level());
        assertEquals("Tây Sơn", m.localityName());
        assertEquals("Bình Định", m.province());
    }

    @Test
    void theUnitOpeningTheTitleIsItsSubjectNotTheCityItNamesAfterItsVerb() {
        // devset/fresh29 zd01 (a real news item): the city's leader praises the ward
        PlanMetadata m = meta("""
                Phường Đống Đa nhận Thư khen của lãnh đạo Thành phố Hà Nội trong thực hiện cải cách hành chính

                Chiều 10/10, Phó Chủ tịch UBND TP Hà Nội đã trao Thư khen cho Điểm tiếp nhận, phục vụ hành chính công phường \
                Đống Đa. Trong quý III, 100% hồ sơ được giải quyết trực tuyến.
                """);
        assertEquals("phuong", m.level());
        assertEquals("Đống Đa", m.localityName());
    }

    @Test
    void aPartyCommitteesNameNamesTheDistrictAReportSpeaksOfAsHuyen() throws Exception {
        // devset/fresh46 zu04 (a real district report on a commune's portal): "huyện đã ...", "Trung tâm phục vụ hành
        // chính công huyện" throughout, the district named once, in its party secretary's title
        PlanMetadata m = PlanExtractor.extract("zu04.txt", Files.readAllBytes(Path.of("devset/fresh46/plans/zu04.txt")))
                .metadata();
        assertEquals("huyen", m.level());
        assertEquals("Quảng Điền", m.localityName());
        PlanMetadata written = meta("""
                Về chính quyền số, huyện đã triển khai các phần mềm dùng chung; tỷ lệ văn bản ký số đạt 100%.
                Bí thư Thị ủy Hương Trà phát biểu tại buổi làm việc.
                Về kinh tế số, toàn thị xã có 12 hợp tác xã bán hàng trên sàn thương mại điện tử.
                """);
        assertEquals("thi_xa", written.level());
        assertEquals("Hương Trà", written.localityName());
    }

    @Test
    void aSitesHotlineAboveTheHeadlineIsNoTitle() throws Exception {
        // devset/fresh45 zt02 (a real news item of Báo Thanh Hóa): the headline under the hotline names the province,
        // the body a district's model
        PlanMetadata m = PlanExtractor.extract("zt02.txt", Files.readAllBytes(Path.of("devset/fresh45/plans/zt02.txt")))
                .metadata();
        assertEquals("tinh", m.level());
        assertEquals("Thanh Hóa", m.localityName());
    }

    @Test
    void aCityNamedLikeItsProvinceIsTheCityButACentrallyRunCityIsTheProvince() {
        // devset/fresh17 qa02 (a real news item on TP Cà Mau, a provincial city)
        PlanMetadata city = meta("""
                Được đánh giá là một trong những đơn vị đi đầu trong công tác chuyển đổi số, thời gian qua, TP Cà Mau luôn quan tâm, \
                chỉ đạo quyết liệt nhiệm vụ chuyển đổi số.

                Cùng với đó, thành phố đã vận động doanh nghiệp sử dụng hoá đơn điện tử đạt 100%.
                """);
        assertEquals("thanh_pho", city.level());
        assertEquals("Cà Mau", city.localityName());
        PlanMetadata province = meta("""
                Thời gian qua, thành phố Cần Thơ luôn quan tâm, chỉ đạo quyết liệt nhiệm vụ chuyển đổi số.

                Cùng với đó, thành phố đã vận động doanh nghiệp sử dụng hoá đơn điện tử đạt 100%.
                """);
        assertEquals("tinh", province.level());
        assertEquals("Cần Thơ", province.localityName());
    }

    @Test
    void huếNamedInOneWordCountsAsItsProvinceAndThừaThiênHuếKeepsItsOwn() {
        // devset/fresh37 zl02 (a real news item on Huế's DTI rank, other cities listed after it)
        PlanMetadata hue = meta("""
                 date 2025-10-22 Nâng hạng thị trường chứng khoán Việt Nam
                Kết quả xếp hạng Chỉ số Chuyển đổi số (DTI) năm 2024 vừa được công bố, Thành phố Huế xếp thứ hai toàn quốc.
                Đối với nhóm 63 tỉnh, thành phố thì Thành phố Huế đứng vị trí thứ 5, sau TP. Hồ Chí Minh, Đà Nẵng, Hải Phòng \
                và Hà Nội. Đối với nhóm 34 tỉnh, thành phố thì Huế đứng thứ hai sau Hà Nội, trên TP. Hồ Chí Minh (thứ tư).
                """);
        assertEquals("Huế", hue.localityName());
        assertEquals("Huế", hue.province());
        assertEquals(Map.of("Thừa Thiên Huế", 2), LocalityMentions.provinceCounts(
                "Tỉnh Thừa Thiên Huế có 100% xã kết nối mạng; người dân Huế dùng VNeID, Vũ Huệ viết."));
    }

    @Test
    void aPhotoCaptionNamesAPlaceInPassingAndTheBodyNamesTheSubject() {
        // devset/fresh37 zl05 (a real news item: a caption on another district above the body's district)
        PlanMetadata m = meta("""
                 date 2022-10 Chuyển đổi số ở vùng cao

                Với quyết tâm cao, các huyện miền núi Thanh Hóa đang nỗ lực thực hiện chuyển đổi số.

                Người dân đến giải quyết thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả UBND huyện Quan Sơn.

                Hiện đại hóa hạ tầng kỹ thuật là nhiệm vụ trọng tâm được huyện Bá Thước tập trung chỉ đạo. Do đó, 9 tháng năm \
                2022, nhiệm vụ này tại Bá Thước đã đạt nhiều kết quả: 100% cán bộ có máy tính.
                """);
        assertEquals("huyen", m.level());
        assertEquals("Bá Thước", m.localityName());
        assertTrue(LocalityMentions.isCaption("Người dân đến giải quyết thủ tục hành chính tại UBND huyện Quan Sơn."));
        assertTrue(!LocalityMentions.isCaption("Huyện Bá Thước đẩy mạnh chuyển đổi số"), "a subtitle has no full stop");
    }

    @Test
    void aLongFirstSentenceOfTheBodyIsNoTitle() {
        // devset/fresh37 zl01 (a real news item opening with a commune official's words, then the district's figures)
        PlanMetadata m = meta("""
                Phó Chủ tịch UBND xã Lìa, Phó Ban Chỉ đạo chuyển đổi số xã Lìa, huyện Hướng Hóa cho biết, trong năm 2022, \
                xã đã thành lập 10 tổ công nghệ số cộng đồng với 80 thành viên.
                Trưởng Phòng Văn hóa - Thông tin huyện Hướng Hoá cho biết, đến nay huyện đã thành lập được 21/21 tổ công nghệ \
                số cộng đồng cấp xã với 108 thành viên.
                UBND huyện Hướng Hóa chỉ đạo Phòng Văn hoá - Thông tin tổ chức 7 lớp tập huấn cho các thành viên.
                """);
        assertEquals("huyen", m.level());
        assertEquals("Hướng Hóa", m.localityName());
    }

    @Test
    void theYearSomethingBeganIsNotTheYearANewsItemReportsOn() {
        // devset/fresh9 z10 (a real news item of 2 November 2025 on Huế's operations centre and its app)
        PlanMetadata m = meta("""
                 date 2025-11-02 Hue-S trở thành kênh tương tác, điều hành thống nhất của chính quyền và người dân

                Thành lập từ năm 2018, Trung tâm HueIOC được xem là điểm kết nối dữ liệu tổng hợp. Đến nay, hệ thống đã \
                tiếp nhận 183.000 phản ánh, tỷ lệ xử lý đạt trên 98%.

                Song hành với Trung tâm HueIOC, ứng dụng Hue-S ra mắt năm 2019, đã trở thành siêu ứng dụng của thành phố Huế.
                """);
        assertEquals(2025, m.planYear());
    }

    @Test
    void aYearSomethingWasDoneAsEarlyAsIsNotTheYearTheArticleReportsOn() {
        // a stored page on Hà Tĩnh's digital government after the 2025 reorganisation
        PlanMetadata m = meta("""
                Nếu như tinh gọn bộ máy là bước đi đột phá về tổ chức, thì chính quyền số là cuộc cách mạng về phương thức \
                vận hành. Ngay từ năm 2020, Hà Tĩnh đã ban hành Đề án phát triển chính quyền điện tử; nay 100% xã, \
                phường tiếp nhận hồ sơ trực tuyến.
                """);
        assertNotEquals(Integer.valueOf(2020), m.planYear(), "the year the plan was issued, as early as that");
    }

    @Test
    void theYearsSinceAYearAreNotThatYearButTheStartOfAYearIs() {
        // devset/fresh31 zf01 (a real undated news item on a district's fibre network, written in 2023)
        PlanMetadata since = meta("""
                Trên địa bàn huyện Định Hoá, với 7,5 nghìn thuê bao Internet cáp quang băng thông rộng.
                Chúng tôi hiện đã cung cấp đến 23/23 xã của huyện dịch vụ Internet cáp quang. \
                Tính từ năm 2020 tới nay, mỗi năm trung bình VNPT mở rộng thêm khoảng 50km cáp quang. \
                Năm 2023, Viễn thông Định Hóa tiếp tục mở rộng.
                """);
        assertEquals(2023, since.planYear());
        PlanMetadata startOfYear = meta("""
                Trên địa bàn huyện Định Hoá, từ đầu năm 2022 đến nay đã phát triển 1.200 thuê bao cáp quang.
                Năm 2021, huyện có 6.000 thuê bao.
                """);
        assertEquals(2022, startOfYear.planYear(), "\"từ đầu năm 2022 đến nay\" reports on 2022");
    }

    @Test
    void aProvinceWrittenWithATightDashIsTheProvince() {
        // devset/fresh2 g07 (a real news item of the provincial department): "Bà Rịa-Vũng Tàu", no spaces round the dash
        PlanMetadata m = meta("""
                 date 2024-01 Chiều 29/1, Sở TT-TT tổ chức hội nghị cán bộ, công chức, người lao động năm 2024.

                Trong năm 2023, Sở TT-TT tham mưu Ban Chỉ đạo Chuyển đổi số tỉnh ban hành kế hoạch năm 2023.

                Sở đã hỗ trợ quảng bá hình ảnh của Bà Rịa-Vũng Tàu trên nhiều phương tiện.
                """);
        assertEquals("Bà Rịa - Vũng Tàu", m.province());
    }

    @Test
    void aDistrictsNameEndsWhereLowerCaseWordsFollowIt() {
        // devset/fresh7 u11 (a real news item): "huyện Đăk Glei sử dụng", the district is Đăk Glei (Kon Tum)
        PlanMetadata m = meta("""
                Chợ 4.0 lan tỏa mọi vùng quê
                Đầu chảo thu vệ tinh Vinasat được người dân xã Ngọc Linh, huyện Đăk Glei sử dụng (Ảnh: DN)
                """);
        assertEquals("huyện Đăk Glei", m.parent());
        assertEquals("Kon Tum", m.province());
    }

    @Test
    void theMottoBelowTheIssuerIsNoPartOfItsName() {
        // the letterhead of a report copied from a word processor: issuer and motto on lines of their own
        PlanMetadata m = meta("""
                ỦY BAN NHÂN DÂN
                XÃ LAM SƠN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 416/BC-UBND
                Lam Sơn, ngày 25 tháng 12 năm 2024
                BÁO CÁO
                Kết quả thực hiện chuyển đổi số năm 2024, phương hướng nhiệm vụ năm 2025
                """);
        assertEquals("Lam Sơn", m.localityName());
        assertEquals("xa", m.level());
    }

    @Test
    void namesakeDistrictsAreToldApartByTheirTonesAndAUniqueOneIsTakenWhateverItsTones() {
        assertEquals("Bình Định", AdminNames.provinceOfDistrict("Phù Mỹ"));
        assertEquals("Bà Rịa - Vũng Tàu", AdminNames.provinceOfDistrict("Phú Mỹ"));
        assertEquals("Sóc Trăng", AdminNames.provinceOfDistrict("Thạnh Trị"));
        assertEquals(null, AdminNames.provinceOfDistrict("Phu My"), "without tones both fit");
        assertEquals("Kon Tum", AdminNames.provinceOfDistrict("Đăk Glei"), "the register writes Đắk Glei");
    }

    @Test
    void aNameWithAnApostropheIsWholeAndFindsItsDistrict() {
        // a stored page of huyện Đăk R'lấp's steering committee (the register writes Đắk R'Lấp, Đắk Nông)
        PlanMetadata m = meta("""
                KẾ HOẠCH
                Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023
                Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông.
                """);
        assertEquals("huyen", m.level());
        assertTrue(m.localityName().startsWith("Đăk R") && m.localityName().endsWith("lấp"), m.localityName());
        assertEquals(2023, m.planYear());
    }

    @Test
    void aCommunesDistrictInBracketsAfterItIsItsParent() {
        // a stored page of the Thăng Bình district portal (/work/stage/smoke19 s10): the commune's namesakes are many
        PlanMetadata m = meta("""
                Bình Minh ra mắt tổ công nghệ cộng đồng
                Sáng 11.3, UBND xã Bình Minh (Thăng Bình) tổ chức ra mắt tổ công nghệ cộng đồng theo từng thôn.
                """);
        assertEquals("huyện Thăng Bình", m.parent());
        assertEquals("Quảng Nam", m.province());
        assertEquals("thành phố Tuyên Quang", meta("Xã Tràng Đà (TP Tuyên Quang) có 100% hồ sơ trực tuyến.\n").parent());
    }


    @Test
    void aCommuneNamedOnlyUnderAPhotoAndByASpeakerGivesWayToTheProvinceTheTextSpeaksOf() {
        // the shape of a provincial newspaper's item (devset fresh53 yf06)
        String text = """
                (Báo Quảng Ngãi)- Nhiều địa phương trong tỉnh đã triển khai hiệu quả phong trào "Toàn dân tham gia Đề án 06 \
                trên quê hương Quảng Ngãi".
                Công an xã Đức Thắng (Mộ Đức) thực hiện thủ tục cấp tài khoản định danh điện tử cho người dân.
                Đến ngày 12/2/2024, toàn tỉnh đã thu nhận 775 nghìn hồ sơ cấp tài khoản định danh điện tử mức độ 2.
                Thiếu tá Lê Văn Hương - Trưởng Công an xã Đức Thắng cho biết, công an xã đã phát động phong trào.
                """;
        ExtractionResult r = PlanExtractor.extract("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("tinh", r.metadata().level());
        assertEquals("Quảng Ngãi", r.metadata().localityName());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("locality_uncertain")
                && f.detail().contains("xã Đức Thắng")), "the commune stays a candidate");
        // named in the title, the commune keeps the document
        assertEquals("xa", meta("Xã Đức Thắng đẩy mạnh cấp tài khoản định danh điện tử\n" + text).level());
    }

    @Test
    void aTownAbbreviatedAnywhereInTheTextIsTheCommunesParentOfLastResort() {
        // the shape of a stored news page (devset fresh18 ra01): the commune's namesakes are many, its city is named
        // once, abbreviated, in a photo caption
        PlanMetadata m = meta("""
                Camera an ninh ở xã Quảng Minh
                Trưởng công an xã Quảng Minh cho biết, xã vừa đưa vào vận hành 42 camera giám sát trên địa bàn.
                Lãnh đạo TP Sầm Sơn kiểm tra hệ thống camera tại xã Quảng Minh.
                """);
        assertEquals("thành phố Sầm Sơn", m.parent());
        assertEquals("Thanh Hóa", m.province());
        // a centrally-run city abbreviated is the province, and two towns so named leave the parent open
        assertNull(meta("Xã Quảng Minh có 42 camera. Ông A (TP Cần Thơ) cho biết.\n").parent());
        assertNull(meta("Xã Quảng Minh có 42 camera. Đoàn TP Sầm Sơn và TX Kinh Môn đến thăm.\n").parent());
    }
    @Test
    void aWebPagesClockIsNotTheArticlesDateButItsBylineIs() {
        // a stored page (/work/stage/smoke19b t28): the site's weekday date above the article, its author's byline below
        PlanMetadata m = meta("""
                Analytic Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27   •    “Đưa” công nghệ số về bản
                Phạm Tiến - 16:02, 20/05/2025
                Những thành viên Tổ công nghệ cộng đồng xã A Vao, huyện Đakrông đã trở thành “cầu nối” đưa công nghệ số về bản.
                """);
        assertEquals("2025-05-20", m.issueDate());
        assertEquals(2025, m.planYear());
    }

    @Test
    void onlyWardsAndUrbanDistrictsAreNumbered() {
        // devset/fresh31 zf03: "Thành phố 6 tháng đầu năm" is the city's half year, no city called 6
        PlanMetadata m = meta("""
                Hội nghị kết quả triển khai Đề án chuyển đổi số trong các cơ quan Đảng, đoàn thể Thành phố 6 tháng đầu năm 2025
                Hà Nội cũng là địa phương tiên phong tích hợp 04 TTHC Đảng lên Cổng Dịch vụ công quốc gia.
                """);
        assertEquals("Hà Nội", m.localityName());
        assertEquals("Phường 11", meta("Kết quả chuyển đổi số của Phường 11 năm 2023\nPhường đạt 98% hồ sơ trực tuyến.\n")
                .localityName());
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
    void aDateLineBelowTheWordTinhIsNoProvince() {
        PlanMetadata m = meta("""
                Kết quả đánh giá Chuyển đổi số năm 2023 của các cơ quan HCNN trên địa bàn tỉnh
                Ngày đăng: 12/04/2024  20:26
                Ngày 11/4/2024, UBND tỉnh ban hành Quyết định phê duyệt kết quả đánh giá, 100% cơ quan đạt yêu cầu.
                """);
        assertNull(m.province(), m.toString());
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

    @Test
    void newsOfJanuaryReportsTheYearThatEnded() {
        // the shape of a real article of 23 January 2026 (devset/dev t03): "đã và đang" results, no year named
        PlanMetadata m = meta("""
                 date 2026-01-23 Đưa Bình dân học vụ số trở thành phong trào học tập toàn dân

                Tại xã Thiệu Hóa, phong trào đã mang lại kết quả: 100% cán bộ, công chức sử dụng thành thạo nền tảng số.
                """);
        // naming no year, it is of the year that ended, as most labellers file such news (devset f14, h01, u01)
        assertEquals(2025, m.planYear());
        assertEquals(2025, m.resultsYear());
        // one that names the year it opens (t03 itself: "năm 2026" further down) is of that year
        PlanMetadata naming = meta("""
                 date 2026-01-23 Đưa Bình dân học vụ số trở thành phong trào học tập toàn dân

                Tại xã Thiệu Hóa, phong trào đã mang lại kết quả: 100% cán bộ, công chức sử dụng thành thạo nền tảng số.
                Năm 2026, xã phấn đấu 100% hộ gia đình có người biết sử dụng dịch vụ công trực tuyến.
                """);
        assertEquals(2026, naming.planYear());
        assertEquals(2025, naming.resultsYear());
        // devset/fresh2 g07: a page dated to January only, a department's meeting reviewing the year that ended
        PlanMetadata monthOnly = meta("""
                 date 2024-01 Chiều 29/1, Sở TT-TT tổ chức hội nghị cán bộ, công chức, người lao động.

                Sở đã đưa vào vận hành 2 ứng dụng; tỷ lệ hồ sơ trực tuyến đạt 93,55%.
                """);
        assertEquals(2023, monthOnly.resultsYear());
    }

    @Test
    void aCitedDateDoesNotHoldBackTheYearAnUndatedArticleReportsOn() {
        // the shape of devset/fresh13 i05: no date of its own, a decision of 2022 recalled, the results of 2023 told
        PlanMetadata m = meta("""
                Quảng Trị với công tác chuyển đổi số

                Ngày 21/9/2022, UBND tỉnh ban hành Quyết định số 2443/QĐ-UBND về Ngày Chuyển đổi số của tỉnh.
                Đến nay 100% các sở đã thành lập Ban Chỉ đạo chuyển đổi số. Năm 2023, Sở đã triển khai 10 lớp tập huấn.
                """);
        assertEquals(DocType.NEWS, m.docType());
        assertEquals(2023, m.planYear());
    }

    @Test
    void aCitedPlansFebruaryDateIsNoJanuaryOrFebruaryOfTheArticle() {
        // the shape of devset/fresh17 qa06: undated, a plan "ngày 9/02/2023" cited, the stock "Đến nay" of 2023
        PlanMetadata m = meta("""
                Hơn 92% đảng viên quận Bắc Từ Liêm sử dụng Sổ tay đảng viên

                Đến nay, toàn quận có 12.256 đảng viên cài đặt thành công tài khoản (đạt 92,1%).

                Theo đó, thực hiện Kế hoạch số 117-KH/QU ngày 9/02/2023 của Quận ủy Bắc Từ Liêm, các tổ chức đã triển khai.
                """);
        assertEquals(2023, m.resultsYear());
    }

    @Test
    void anUndatedArticleOfTheReformedCountryReportsOnTheReformsYear() {
        // the shape of devset/fresh6 s12: a place among 34 provinces "tính đến ngày 25-7", no year anywhere
        PlanMetadata m = meta("""
                Quảng Trị đứng thứ 2 cả nước về chỉ số phục vụ người dân

                Tính đến ngày 25-7, tỉnh Quảng Trị xếp thứ 2/34 tỉnh, thành phố với 77,65 điểm.
                """);
        assertEquals(2025, m.resultsYear());
        assertEquals(2025, DocumentDates.eraYear("vận hành chính quyền địa phương hai cấp"));
        assertNull(DocumentDates.eraYear("xếp thứ 12/63 tỉnh, thành phố"), "63 provinces: before the reform");
        // devset/fresh19 sa06
        assertEquals(2025, DocumentDates.eraYear("Giám đốc Sở Khoa học & Công nghệ tỉnh An Giang (mới) cho biết"));
        assertEquals(2025, DocumentDates.eraYear("theo phương án tổ chức chính quyền địa phương 2 cấp"));
    }

    @Test
    void aLetterheadBrokenOverManyLinesDoesNotHideTheTitlesHorizon() {
        // the shape of devset/fresh19 sa04 (a real provincial plan of 14/11/2023 as a PDF's text layer)
        PlanMetadata m = meta("""
                ỦY BAN NHÂN DÂN
                TỈNH TÂY NINH
                -------
                |
                CỘNG HÒA XÃ HỘI
                CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                |
                Số: 3688/KH-UBND
                |
                Tây Ninh, ngày 14
                tháng 11 năm 2023
                |
                KẾ HOẠCH
                BAN
                HÀNH CÁC GIẢI PHÁP NÂNG CAO HIỆU QUẢ, TĂNG TỶ LỆ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN
                ĐẢM BẢO DỄ SỬ DỤNG, THÂN THIỆN VỚI NGƯỜI DÙNG TỈNH TÂY NINH ĐẾN NĂM 2025
                I. HIỆN TRẠNG
                Hiện nay, tỷ lệ dịch vụ công trực tuyến trên địa bàn tỉnh đạt khoảng 96%.
                """);
        assertEquals(DocType.MULTI_YEAR_PLAN, m.docType());
        assertEquals(2025, m.planYear());
        assertEquals(2023, m.resultsYear(), "a programme states the situation of the year it was signed in");
    }

    @Test
    void aHighlandNameKeepsItsApostropheAndAMonthWrittenWithADotNamesItsYear() {
        // the shapes of devset/fresh20 ta01 and fresh21 ua02 (real news items)
        PlanMetadata cuMgar = meta("""
                Dịch vụ số phát triển
                Ở huyện Cư M’gar, hạ tầng băng rộng cáp quang đã được phủ đến 17/17 xã, thị trấn.
                """);
        assertEquals("Cư M'gar", cuMgar.localityName(), "the register's plain apostrophe");
        assertEquals("Đắk Lắk", cuMgar.province());
        PlanMetadata hcm = meta("""
                Chiều 19.9, UBND TP.HCM tổ chức hội nghị về cải cách hành chính.

                Tính đến tháng 9.2025, TP.HCM đã ban hành danh mục 1.587 dịch vụ công trực tuyến.
                """);
        assertEquals(2025, hcm.resultsYear());
    }

    @Test
    void anUndatedArticleComparingWithAYearReportsOnALaterOne() {
        // the shape of devset/fresh15 ka10: only a cited resolution's date, and a growth "so với năm 2022"
        PlanMetadata m = meta("""
                Cà Mau: Chuyển đổi số đã về tới từng khóm, ấp
                Trọng tâm là Nghị quyết số 05-NQ/TU, ngày 14/7/2022, của Ban Chấp hành Đảng bộ tỉnh Cà Mau.
                Đến nay đã hoàn thành 13 cơ sở dữ liệu dùng chung, tăng 100% số lượng giao dịch so với năm 2022.
                """);
        assertEquals(2023, m.resultsYear());
        assertEquals(2022, DocumentDates.latestYearComparedWith("tăng 6 bậc so với năm 2021, gấp đôi so với cùng kỳ năm 2022"));
        assertNull(DocumentDates.latestYearComparedWith("so với giai đoạn 2016-2020"), "a phase is no year");
    }

    @Test
    void anArticleOfItsOwnDateReportsOnThatYearUnlessItOpensWithAnEarlierOne() {
        // the shape of devset/fresh13 i08: a year named once in passing is no year the article reports on
        PlanMetadata passing = meta("""
                 date 2025-12-10 Thôn thông minh, người dân được hưởng lợi

                Xây dựng thôn thông minh mở ra hướng phát triển mới cho khu vực nông thôn xã Thiệu Trung.

                Thôn Phủ Lý Bắc được công nhận là thôn thông minh năm 2024. Thôn có 13 camera an ninh.
                """);
        assertEquals(2025, passing.resultsYear());
        // devset/fresh2 g01: "Năm 2025, phường ..." in an article of January 2026
        PlanMetadata opened = meta("""
                 date 2026-01-08 Công dân số - nền tảng xây dựng xã hội số

                Năm 2025, phường Vĩnh Phúc có trên 98% hồ sơ thủ tục hành chính được xử lý trên môi trường điện tử.
                """);
        assertEquals(2025, opened.planYear());
    }

    @Test
    void aBylineDatesTheArticleUnlessATitleAboveItNamesADate() {
        // the shape of devset/fresh14 d02: the byline "VH 18/12/2025 14:11", a month of 2024 recalled in the text
        PlanMetadata byline = meta("""
                Hải Phòng: Chuyển đổi số là đòn bẩy nâng tầm quản trị đô thị

                VH 18/12/2025 14:11

                Từ tháng 11/2024, thành phố chính thức khai trương Dự án Chính quyền số.
                Đến nay, 1.579 trong tổng số 1.937 dịch vụ công trực tuyến đã được tích hợp, đạt tỷ lệ 81,5%.
                """);
        assertEquals("2025-12-18", byline.issueDate());
        assertEquals(2025, byline.resultsYear());
        assertEquals("2025-12-18", DocumentDates.bylineDate(List.of("Tin", "THANH HỒNG 06:25, 18/12/2025")));
        // devset/fresh2 h07: a statistics page posted in 2010 of the state at 31/12/2009
        assertNull(DocumentDates.bylineDate(List.of("115. Số máy điện thoại tại thời điểm 31/12/2009", "",
                "13/07/2010 17:00")));
        assertNull(DocumentDates.bylineDate(List.of("Ngày 18/12/2025 tỉnh tổ chức hội nghị tổng kết năm")));
    }

    @Test
    void aTextAfterResolution57ReportsOnNoYearItOnlyCites() {
        // devset/fresh f12 (a real undated summary of Hà Tĩnh's results, in the resolution's words)
        PlanMetadata cited = meta("""
                Hà Tĩnh đạt nhiều kết quả chuyển đổi số

                Các sở, ngành tập trung triển khai nội dung về phát triển khoa học, công nghệ, đổi mới sáng tạo và \
                chuyển đổi số. Đến nay, có 24/26 chỉ tiêu theo Nghị quyết 05-NQ/TU, ngày 22/10/2021 của Ban Chấp hành \
                Đảng bộ tỉnh đã hoàn thành.
                """);
        assertEquals(2025, cited.planYear());
        // a year it reports on stays; no year at all stays none
        assertEquals(2024, meta("Sau Nghị quyết 57-NQ/TW, tỉnh Phú Yên rà soát kết quả.\nNăm 2024, tỉnh có 100% xã có"
                + " cáp quang.\n").planYear());
        assertNull(meta("Sau Nghị quyết 57-NQ/TW, tỉnh Tuyên Quang quán triệt sâu rộng.\nĐến nay, 100% xã có cáp quang.\n")
                .planYear());
        // devset/fresh36 zk03 and fresh3 j04 (real undated items): 2024 is the resolution's own date, no year reported
        assertEquals(2025, meta("""
                Bình Thuận chủ động và quyết liệt chuyển đổi số

                Thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công \
                nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, đến nay, công tác chuyển đổi số tại tỉnh Bình Thuận đã \
                đạt được một số kết quả tích cực. Toàn tỉnh có 1.002 thủ tục hành chính được cung cấp trực tuyến.
                """).planYear());
    }

    @Test
    void aLawsYearIsNoYearTheTextReportsOn() {
        // the shape of devset/fresh14 d06: an undated provincial item citing a law by its name
        PlanMetadata m = meta("""
                Chuyển đổi số tạo động lực mới cho tỉnh Bắc Kạn

                Thực hiện Luật Căn cước năm 2023, từ tháng 7/2024 tỉnh đã thu nhận được trên 44.000 hồ sơ.
                """);
        assertEquals(2024, m.planYear());
    }

    @Test
    void aPageDatedToTheMonthOnlyStillGivesItsYear() {
        // devset/dev t06: " date 2025-03 (GLO)- ..." and figures "tính đến ngày 22-3"
        PlanMetadata m = meta("""
                 date 2025-03 (GLO)- Công an tỉnh Gia Lai vừa có báo cáo kết quả triển khai cao điểm cấp chữ ký số.

                Cụ thể: tính đến ngày 22-3, toàn tỉnh kích hoạt 704.828 tài khoản VNeID mức 2, đạt tỷ lệ 40,8%.
                """);
        assertEquals(2025, m.planYear());
        assertEquals(2025, m.resultsYear());
    }

    @Test
    void aProvinceIsFoundInThePublishersAddressOrItsShortNameNeverInAnAcronym() {
        // devset/fresh f06: the province is named only by the newspaper's web address
        PlanMetadata dongThap = meta("""
                10 chỉ tiêu về chuyển đổi số cần tập trung thực hiện trong năm 2024
                Cập nhật ngày: 02/02/2024 04:59:48
                http://baodongthap.com.vn/database/video/20240202020018dt1-3.mp3
                Năm 2024 phấn đấu 100% hồ sơ được xử lý trực tuyến.
                """);
        assertEquals("Đồng Tháp", dongThap.province());
        PlanMetadata hcm = meta("TPHCM tăng tốc cải cách hành chính\nTỷ lệ hài lòng của TPHCM đạt 99,6% năm 2025.\n");
        assertEquals("Hồ Chí Minh", hcm.province());
        // "thành phố CĐS" is an acronym (no vowel), not a city
        PlanMetadata caMau = meta("Cà Mau phấn đấu là một trong những tỉnh, thành phố CĐS thành công.\n"
                + "Đến năm 2025, 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.\n");
        assertEquals("Cà Mau", caMau.localityName());
    }

    /** A copied letterhead split over many lines, then a phase plan's title with its horizon (a plan of 2020). */
    @Test
    void aPhasePlansYearIsThePhasesLastYearBehindASplitLetterhead() {
        PlanMetadata m = meta("""
                ỦY
                BAN NHÂN DÂN
                TỈNH HÀ TĨNH
                -------
                |
                CỘNG
                HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                |
                Số: 393/KH-UBND
                |
                Hà
                Tĩnh, ngày 29 tháng 10 năm 2020
                |
                KẾ HOẠCH
                CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM
                2030
                I. MỤC TIÊU
                1. Đến năm 2025, 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
                """);
        assertEquals(2025, m.planYear(), "the phase's last year, neither the issue year nor the horizon");
        assertEquals(DocType.MULTI_YEAR_PLAN, m.docType());
        assertEquals("Hà Tĩnh", m.localityName());
    }

    @Test
    void theMonthAReportRunsToNamesItsYear() {
        // fresh5 q04 (a real news item, undated): "tính đến hết tháng 3/2025" is the year it reports on
        PlanMetadata m = meta("""
                Thanh Hóa: Xây dựng mô hình “Mỗi công dân - Một danh tính số”
                Theo báo cáo của Ban chỉ đạo chuyển đổi số tỉnh Thanh Hóa, tính đến hết tháng 3/2025, \
                toàn tỉnh đã thu nhận và kích hoạt thành công hơn 2,2 triệu tài khoản định danh điện tử.
                """);
        assertEquals(2025, m.planYear());
    }

    @Test
    void aCitedDocumentsDateIsNotTheArticlesUnlessItIsTheOnlyOne() {
        // devset/fresh4 m08 and fresh5 q02 (real articles): a date after a legal reference is the cited document's
        assertEquals("2025-06-30", DocumentDates.firstDate("Theo Kế hoạch số 12/KH-UBND ngày 15/1/2024 của UBND thành phố,"
                + " đến ngày 30/6/2025 toàn thành phố có 85% hồ sơ trực tuyến."));
        assertEquals("2025-07-24", DocumentDates.firstDate("Thực hiện Chỉ thị số 11/CT-UBND ngày 24/7/2025 và Nghị quyết"
                + " 05-NQ/TU, ngày 22/10/2021 của Tỉnh ủy, phường đã ban hành kế hoạch."), "the latest cited date stands in");
        assertEquals("2024-12-31", DocumentDates.firstDate("Ngày 31/12/2024, UBND tỉnh đã ban hành Kế hoạch số 382/KH-UBND"));
        // devset/fresh46 zu03: a programme named by its number alone is cited as well
        assertNull(DocumentDates.firstUncitedDate("Thành phố đang triển khai Chương trình số 05 ngày 17/2/2022 về phát triển"
                + " thương mại điện tử thành phố Cần Thơ năm 2022."));
    }

    @Test
    void aCommuneInOnePhotoCaptionDoesNotTakeAProvincesArticle() {
        // devset/fresh7 v05 (a real provincial newspaper feature): the only commune named is in a caption
        String article = """
                 date 2026-02-20 Chuyển đổi số - Nhanh hơn, hiệu quả hơn, gần dân hơn

                Những thay đổi ấy cho thấy chuyển đổi số ở Phú Thọ đang bước vào giai đoạn mới, cả tỉnh vào cuộc.

                Công dân lấy số thứ tự tại Trung tâm Phục vụ hành chính công xã Phù Ninh.

                Toàn tỉnh có 90% hồ sơ được giải quyết trực tuyến.
                """;
        PlanMetadata m = meta(article);
        assertEquals("tinh", m.level());
        assertEquals("Phú Thọ", m.localityName());
        PlanMetadata commune = meta(article.replace("Toàn tỉnh có", "UBND xã Phù Ninh cho biết toàn xã có"));
        assertEquals("Phù Ninh", commune.localityName(), "named again as the speaker: the commune's article");
    }

    @Test
    void aUnitTheTitleNamesWithoutItsLevelWordIsTheArticlesSubject() {
        // devset/fresh5 p10 (a real district news item): the title names the district bare, a caption the commune's
        // one-stop office of its people's committee
        String article = """
                 date 2025-04 Hà Trung đẩy mạnh cải cách hành chính gắn với chuyển đổi số

                Trong những năm gần đây, huyện Hà Trung đã có những chuyển biến tích cực về chính quyền số, xã hội số.

                Người dân được cán bộ bộ phận “Một cửa” UBND xã Hà Bình hướng dẫn tận tình, chu đáo.

                Toàn huyện có 95% hồ sơ được giải quyết trực tuyến, kinh tế số và xã hội số phát triển.
                """;
        PlanMetadata m = meta(article);
        assertEquals("huyen", m.level());
        assertEquals("Hà Trung", m.localityName());
    }

    @Test
    void aProvinceIsAProvincesNameWrittenAfterAnOpeningWordAndNeverAPerson() {
        // shapes of devset/dev t07 and fresh9 z08: "UBND tỉnh Hồ Quang Bửu" names a vice-chairman, "Tại Sơn La" a province
        PlanMetadata district = meta("""
                Đẩy nhanh tiến độ cấp tài khoản định danh điện tử

                Tại hội nghị giao ban, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu yêu cầu công an tỉnh đôn đốc các địa phương.
                Huyện Thăng Bình đã cấp 45.000 tài khoản, huyện Núi Thành cấp 38.000 tài khoản.
                """);
        assertEquals("Quảng Nam", district.province(), "the province of the only district of that name");
        ExtractionResult r = PlanExtractor.extract("a.txt", """
                Phát triển công dân số

                Tại Sơn La, công dân số đang từng bước phát triển. Ảnh: phường Chiềng Cơi tập huấn cho người dân. Bài: Vũ Huệ
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals("Sơn La", r.metadata().province());
        String uncertain = r.findings().stream().filter(f -> f.code().equals("locality_uncertain")).map(Finding::detail)
                .findFirst().orElse("");
        assertTrue(uncertain.contains("candidates: ") || "tinh".equals(r.metadata().level()),
                "a passing ward gives way to the province, or the finding names the candidates: " + uncertain);
    }

    @Test
    void xaHoiIsSocietyNoCommuneSpeakingOfItself() {
        String text = """
                Chuyển đổi số năm 2024

                Huyện Hà Trung và xã Hà Bình tổ chức hội nghị về chính quyền số.

                Phát triển xã hội số, kinh tế số; xây dựng xã hội số an toàn; 80% hộ gia đình tham gia xã hội số.
                """;
        assertEquals("Hà Trung", meta(text).localityName(), "three times 'xã hội số' speak of no commune");
        assertEquals("Hà Bình", meta(text.replace("tham gia xã hội số", "toàn xã tham gia")).localityName(),
                "'toàn xã' does");
    }

    @Test
    void aDepartmentsAbbreviationIsNoTownshipAndANameEndsWhereItsWordsEnd() {
        // devset/fresh8 w04 and w10 (real news items): "Sở TT&TT An Giang", "xã Bình Xa (Hàm Yên)"
        PlanMetadata province = meta("""
                Chiều 13/2, Sở TT&TT An Giang đã tổ chức hội nghị tổng kết chuyển đổi số năm 2024.
                Toàn tỉnh An Giang có 95% hồ sơ được giải quyết trực tuyến.
                """);
        assertEquals("tinh", province.level());
        assertEquals("An Giang", province.localityName());
        assertEquals("Bình Xa", LocalityMentions.cut("Bình Xa"));
        assertEquals("Bình", LocalityMentions.cut("Bình xã"), "the unit word with its diacritics still ends a name");
    }

    @Test
    void aDottedAbbreviationOfALevelNeedsNoSpace() {
        // devset/fresh15 ka12 (a real news item): "Chủ tịch UBND H.Cần Giuộc", the province named nowhere near it
        PlanMetadata m = meta("""
                 date 2023-04 Tổ Công nghệ số cộng đồng hỗ trợ người dân trong chuyển đổi số

                Ông Nguyễn Anh Đức, Chủ tịch UBND H.Cần Giuộc, cho biết huyện đã tổ chức nhiều hội nghị cho 15 xã, thị trấn.
                """);
        assertEquals("huyen", m.level());
        assertEquals("Cần Giuộc", m.localityName());
        // "P.Chủ tịch" abbreviates a deputy's title, no ward
        PlanMetadata deputy = meta("""
                Chuyển đổi số ở phường Tân Phú
                P.Chủ tịch UBND phường Tân Phú cho biết 98% hồ sơ được giải quyết trực tuyến.
                """);
        assertEquals("Tân Phú", deputy.localityName());
    }

    @Test
    void aNumberedNameKeepsItsNumberButACountAfterANameIsNoPartOfIt() {
        // devset/fresh19 sa08 (a real news item): "xã Hòa Tú 1", one of the register's 75 numbered communes and wards
        PlanMetadata m = meta("""
                Xã Hòa Tú 1 cán đích xã nông thôn mới kiểu mẫu về chuyển đổi số
                Chủ tịch UBND xã Hòa Tú 1 khẳng định; ấp Hòa Trực, xã Hòa Tú 1, huyện Mỹ Xuyên có 50% hộ dùng ví điện tử.
                """);
        assertEquals("Hòa Tú 1", m.localityName());
        assertEquals("Tam Xuân II", LocalityMentions.cut("Tam Xuân II"));
        PlanMetadata counted = meta("""
                Chuyển đổi số ở xã Tân Lập
                UBND xã Tân Lập 2 năm liền đạt 100% hồ sơ trực tuyến; xã Tân Lập 3 thôn có wifi miễn phí.
                """);
        assertEquals("Tân Lập", counted.localityName());
    }

    @Test
    void aChairmansNameAfterHisCommuneIsNoPartOfItsName() {
        // devset/fresh2 g04 and fresh6 r01: "Chủ tịch UBND phường Hòa Thuận Tây Võ Lê Anh cho hay"
        assertEquals("Yến Sơn", LocalityMentions.cut("Yến Sơn Nguyễn Văn Nhân"));
        assertEquals("Hòa Thuận Tây", LocalityMentions.cut("Hòa Thuận Tây Võ"));
        // a place named after a person keeps the family name that opens it or follows one word
        assertEquals("Phan Thiết", LocalityMentions.cut("Phan Thiết"));
        assertEquals("Bình Dương", LocalityMentions.cut("Bình Dương"));
        assertEquals("Lê Lợi", LocalityMentions.cut("Lê Lợi"));
        PlanMetadata m = meta("""
                Phường Hòa Thuận Tây đẩy mạnh chuyển đổi số
                Chủ tịch UBND phường Hòa Thuận Tây Võ Lê Anh cho hay, 100% hồ sơ được giải quyết trực tuyến.
                """);
        assertEquals("Hòa Thuận Tây", m.localityName());
    }

    @Test
    void aTitleWithItsYearFirstBelowAWebPagesMenusIsStillTheTitle() {
        // devset/fresh6 r04: a legal-library copy of a provincial plan, its menu lines above the letterhead
        StringBuilder text = new StringBuilder("Bộ lọc tìm kiếm\n\nTải văn bản\n\n  • Thuộc tính\n  • Nội dung\n");
        text.append("\n".repeat(18));
        text.append("""
                ỦY BAN NHÂN DÂN
                TỈNH THANH HÓA

                Thanh Hóa, ngày 20 tháng 12 năm 2023

                KẾ HOẠCH

                CHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN TỈNH THANH HÓA

                Phần I

                ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023

                Năm 2023 tỉnh đã hoàn thành 30/34 chỉ tiêu, đạt tỷ lệ 88,2%.
                """);
        PlanMetadata m = meta(text.toString());
        assertEquals(2024, m.planYear());
        assertEquals("tinh", m.level());
        assertEquals("Thanh Hóa", m.localityName());
        PlanMetadata half = meta("KẾ HOẠCH\nChuyển đổi số 6 tháng cuối năm 2025 của xã Quý Lộc\n\n- Đạt 100% hồ sơ trực tuyến.\n");
        assertEquals("H2", half.period());
        assertEquals("Quý Lộc", half.localityName());
    }

    @Test
    void aProvincesPortalInTheDatelineNamesTheProvince() {
        // devset/fresh12 o04: a provincial portal's item that names its province only by its web address
        PlanMetadata m = meta("""
                Chuyển đổi số nâng cao tỷ lệ người dân sử dụng điện thoại thông minh
                (sonla.gov.vn) Hiện tỷ lệ số hộ có điện thoại thông minh trên địa bàn tỉnh đạt 96,39%.
                """);
        assertEquals("tinh", m.level());
        assertEquals("Sơn La", m.localityName());
        assertNull(AdminNames.provinceInHost("sonlavietnam.example.com"), "a short name inside a longer label is chance");
    }

    @Test
    void whereAQuotedResidentLivesIsNoSubjectOfTheText() {
        // devset/fresh41 zp05: a province's item quoting a mother from a ward of the city named like the province
        PlanMetadata m = meta("""
                Tính đến thời điểm này, Lào Cai đã hoàn thành các mục tiêu; hiện 610/610 cơ sở giáo dục đã công bố tài khoản.
                Lào Cai cũng là địa phương có kết quả cao, với 376/610 cơ sở đã cung cấp giải pháp thanh toán.
                Chị Nguyễn Thị Thảo (phường Nam Cường, thành phố Lào Cai) cho biết: các trường đã thu học phí bằng chuyển khoản.
                """);
        assertEquals("tinh", m.level());
        assertEquals("Lào Cai", m.localityName());
    }

    @Test
    void aProvincialNewspapersCodeOpeningTheArticleNamesItsProvince() {
        // devset/fresh4 m09 and fresh2 g02: provincial papers' items that say only "toàn tỉnh", opened by the paper's code
        PlanMetadata m = meta("""
                .

                (GLO)- Theo thống kê, toàn tỉnh hiện có 570 đơn vị đã xây dựng trang thông tin điện tử; 100% thông tin chỉ đạo được cung cấp.
                """);
        assertEquals("tinh", m.level());
        assertEquals("Gia Lai", m.localityName());
        assertEquals("Bến Tre", meta("BDK - Năm 2024, tỉnh đã thực hiện các nhiệm vụ chuyển đổi số đạt 91%.\n").localityName());
        assertNull(meta("(PLO)- Theo thống kê, toàn tỉnh hiện có 570 đơn vị đạt 91%.\n").localityName(),
                "a national paper's code names no province");
        assertEquals("Lào Cai", meta("(GLO)- Tỉnh Lào Cai đã hoàn thành 91% chỉ tiêu.\n").localityName(),
                "a province the words name comes before the paper's");
    }

    @Test
    void plansSpokenOfInGeneralMakeNoPlanAndAYearCalledTheYearOfSomethingIsTheArticles() {
        // devset/fresh8 y04 (a real district news item relayed without a date)
        PlanMetadata m = meta("""
                Chuyển đổi số ở nông thôn, miền núi Phú Lương

                Với việc triển khai đồng bộ các giải pháp, thực hiện hiệu quả các chương trình, kế hoạch về chuyển đổi số, \
                2023 là năm ghi nhận những chuyển biến rõ nét trong lĩnh vực này ở huyện Phú Lương.

                Chợ Đu triển khai mô hình chợ 4.0 vào cuối năm 2022. Đến nay đã có trên 95% tiểu thương sử dụng thanh toán điện tử.
                """);
        assertEquals(DocType.NEWS, m.docType());
        assertEquals(2023, m.planYear());
    }

    @Test
    void aProgrammeSignedInItsFirstYearStatesTheSituationOfThatYear() {
        // the shape of the independent synthetic corpus's multi-year plans (bench/independent)
        PlanMetadata m = meta("""
                ỦY BAN NHÂN DÂN
                XÃ PẢI LỦNG
                Pải Lủng, ngày 19 tháng 4 năm 2021
                KẾ HOẠCH
                Chuyển đổi số xã Pải Lủng giai đoạn 2021-2025, định hướng đến năm 2030
                I. THỰC TRẠNG
                Hiện nay, 97 % cán bộ, công chức sử dụng phần mềm quản lý văn bản và điều hành.
                """);
        assertEquals(DocType.MULTI_YEAR_PLAN, m.docType());
        assertEquals(2025, m.planYear());
        assertEquals(2021, m.resultsYear());
    }

    @Test
    void newsOfTheMeetingThatReviewsAYearReportsThatYear() {
        // the shape of the independent synthetic corpus's news (bench/independent) and of portal news alike
        PlanMetadata m = meta("""
                Huyện Yên Bình đẩy mạnh chuyển đổi số, phục vụ người dân tốt hơn
                Cập nhật: 19/03/2024 19:18

                Ngày 19/3/2024, Ban Chỉ đạo chuyển đổi số huyện Yên Bình tổ chức hội nghị tổng kết công tác chuyển đổi số \
                năm 2023, triển khai nhiệm vụ năm 2024.

                Cụ thể: Có 1.110 tin, bài tuyên truyền về chuyển đổi số; gần 100% trường học thu học phí không dùng tiền mặt.
                """);
        assertEquals(2023, m.resultsYear());
    }

    /** An article on a resolution "đến năm 2025" reports on the year it says it is at, not the resolution's horizon. */
    @Test
    void theHorizonOfAResolutionAnArticleCitesIsNotTheYearItReportsOn() {
        PlanMetadata m = meta("""
                Bình Thuận chuyển đổi số để phát triển kinh tế

                Tỉnh Bình Thuận ban hành Nghị quyết số 10-NQ/TU, ngày 18/3/2022 về chuyển đổi số đến năm 2025, định hướng đến năm 2030.

                Ông Võ Thành Công: Tính đến tháng 10/2024, có 7/14 chỉ tiêu đã thực hiện đạt và vượt; 100% hồ sơ công việc được xử lý trên môi trường mạng.
                """);
        assertEquals(Integer.valueOf(2024), m.planYear());
        assertEquals("news", m.docType());
    }

    /** "Kết quả 03 năm thực hiện Nghị quyết ..., ngày 18/3/2022": a review of the third year, 2025. */
    @Test
    void aReviewOfSomeYearsOfADatedResolutionReportsOnTheLastOfThem() {
        PlanMetadata m = meta("""
                Thị ủy: Kết quả 03 năm triển khai thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Tỉnh ủy về chuyển đổi số đến năm 2025

                Qua 03 năm thực hiện, thị xã đã tổ chức 23 lớp tập huấn với 7.008 người tham gia.
                """);
        assertEquals(Integer.valueOf(2025), m.planYear());
        assertEquals(Integer.valueOf(2024), ElapsedSince.yearsAfter("sau hai năm triển khai Đề án 06 năm 2022, toàn tỉnh"));
        assertEquals(null, ElapsedSince.yearsAfter("Kế hoạch số 82-KH/TU, ngày 13/6/2022 của Thị ủy"));
        // devset/fresh7 v04 (a real feature written before the National DX Day of 2024)
        assertEquals(Integer.valueOf(2024), ElapsedSince.yearsAfter("Bốn năm trước, ngày 20/10/2020, Tỉnh ủy Bến Tre đã"
                + " ban hành Nghị quyết số 01-NQ/TU về chuyển đổi số"));
        assertEquals(Integer.valueOf(2023), ElapsedSince.yearsAfter("2 năm về trước, năm 2021, xã chưa có cáp quang"));
    }

    /** "thấp nhất là xã Hà Đông": a commune a province's report ranks among its others is not what the report is about. */
    @Test
    void aUnitGivenAsTheLowestOfARankingIsNoSubject() {
        PlanMetadata m = meta("""
                (GLO)- Công an tỉnh Gia Lai vừa có báo cáo kết quả triển khai cao điểm cấp chữ ký số công cộng trên địa bàn tỉnh.

                Cụ thể: tính đến ngày 22-3-2025, toàn tỉnh kích hoạt 704.828 tài khoản VNeID mức 2, đạt tỷ lệ 40,8%. Có 19/218 địa phương hoàn thành \
                chỉ tiêu giao; 199 địa phương còn lại chưa hoàn thành, trong đó thấp nhất là xã Hà Đông (huyện Đak Đoa) với tỷ lệ 5,3%.

                Toàn tỉnh tích hợp 192.763 thẻ Bảo hiểm y tế; thấp nhất là xã Hà Đông với 1,27%.
                """);
        assertEquals("Gia Lai", m.localityName());
        assertEquals("tinh", m.level());
    }

    /** "Quyết định số 749/QĐ-TTg ngày 03/6/2020" (a code with lower case, "QĐ - UBND" with spaces) cites a date. */
    @Test
    void theDateOfADocumentTheTextCarriesOutIsNotItsOwn() {
        PlanMetadata m = meta("""
                Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số \
                quốc gia, các địa phương đã triển khai nhiều giải pháp; Quyết định số 35/QĐ - UBND ngày 12/7/2021 của UBND \
                thành phố Thủ Đức thành lập tổ công nghệ số cộng đồng.
                Ngày 05/3/2022, thành phố Thủ Đức đã có 34 phường thành lập Tổ công nghệ số cộng đồng.
                """);
        assertEquals("2022-03-05", m.issueDate());
        assertEquals(Integer.valueOf(2022), m.planYear());
    }

    /** A district portal's headline opens with the district: "Thanh Chương: UBND xã Thanh Hương triển khai ...". */
    @Test
    void aHeadlineOpeningWithADistrictNamesTheCommunesParent() {
        PlanMetadata m = meta("""
                13/02/2025
                Thanh Chương: UBND xã Thanh Hương triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn.
                Sáng ngày 13/02/2025, UBND xã Thanh Hương tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số năm 2025.
                """);
        assertEquals("Thanh Hương", m.localityName());
        assertEquals("huyện Thanh Chương", m.parent());
        assertEquals("Nghệ An", m.province());
        assertEquals(null, meta("Hà Tĩnh: xã Thạch Kim ra mắt tổ công nghệ số cộng đồng năm 2024\n").parent(),
                "a headline opening with a province names no district");
    }
    /** A headline closing on the unit it looks from names the article's unit, before the city its lead names more. */
    @Test
    void aHeadlineClosingOnAUnitNamesTheArticlesUnit() {
        // devset fresh5 q02 (a real news item of a Hà Nội ward after the reform)
        PlanMetadata m = meta("""
                Kết quả chiến dịch 45 ngày đêm chuyển đổi số: Góc nhìn từ phường Tây Hồ
                Dự hội nghị có các đồng chí: Phó Chủ tịch UBND thành phố Hà Nội; Phó Giám đốc Sở Khoa học và Công nghệ \
                thành phố Hà Nội, cùng đông đảo đại biểu, cán bộ và nhân dân phường Tây Hồ.
                Thực hiện Chỉ thị số 11/CT-UBND ngày 24/7/2025 của UBND thành phố Hà Nội, phường Tây Hồ đã ban hành kế hoạch.
                """);
        assertEquals("phuong", m.level());
        assertEquals("Tây Hồ", m.localityName());
        assertEquals("Hà Nội", m.province());
        assertEquals("tinh", meta("""
                Lãnh đạo tỉnh kiểm tra mô hình camera an ninh tại xã ven biển của tỉnh Hà Tĩnh, năm 2024, đạt kết quả tốt tại xã Kỳ Anh.
                Đến nay, tỉnh Hà Tĩnh có 100% xã lắp camera.
                """).level(), "a sentence that ends on a unit names it on the way: no headline");
    }
    /** "hướng đến năm 2030" is a strategy's horizon as "định hướng đến năm 2030" is: no year the text reports on. */
    @Test
    void aHorizonTheTextLooksTowardsIsNoYearItReportsOn() {
        // devset fresh34 zi08 (a real interview, undated): the only years named are the resolution's horizons
        PlanMetadata m = meta("""
                Bình Định đẩy mạnh chuyển đổi số
                Thực hiện Nghị quyết của Tỉnh ủy Bình Định về chuyển đổi số của tỉnh đến năm 2025, hướng đến năm 2030, \
                hiện nay, tỷ lệ phủ sóng thông tin di động 3G, 4G đạt 100% tại trung tâm các xã, thị trấn.
                """);
        assertNotEquals(Integer.valueOf(2030), m.planYear());
        assertEquals(Integer.valueOf(2025), meta("""
                Xu hướng năm 2025: chuyển đổi số cấp xã
                Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 85%.
                """).planYear(), "a trend of a year names that year");
    }
    /** A page's dateline between its headline and its first paragraph is no part of either sentence. */
    @Test
    void aDatelineEndsTheHeadlinesSentenceAndStartsNone() {
        // the shape of devset fresh12 o10 and fresh22 va04 (real news pages): headline, dateline, paragraph, no blank line
        ExtractionResult r = PlanExtractor.extract("n.txt", """
                Huyện Lục Ngạn: 3 xã về đích sớm chỉ tiêu chuyển đổi số
                15/12/2024
                Năm 2024, toàn huyện có 100% xã, thị trấn có Tổ công nghệ số cộng đồng.
                Tỷ lệ hồ sơ trực tuyến toàn trình đạt 76,3%, cao hơn mức trung bình của tỉnh.
                Theo kế hoạch, năm 2025 huyện phấn đấu 100% xã đạt tiêu chí xã chuyển đổi số.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals("Huyện Lục Ngạn: 3 xã về đích sớm chỉ tiêu chuyển đổi số", r.statements().get(0).sentence());
        assertEquals("Năm 2024, toàn huyện có 100% xã, thị trấn có Tổ công nghệ số cộng đồng.",
                r.statements().get(1).sentence());
        assertEquals(DocType.NEWS, r.metadata().docType(), "news citing the plan it carries out is no plan");
        assertTrue(DocumentDates.dateOnly("Cập nhật: 14:35 | 12/11/2025"));
        assertTrue(DocumentDates.dateOnly("Thứ sáu, 02/01/2026 - 15:23"));
        assertTrue(DocumentDates.dateOnly("Đăng ngày 15 tháng 3 năm 2025"));
        assertFalse(DocumentDates.dateOnly("Hà Nội, ngày 15 tháng 3 năm 2025"), "a place-and-date line names its place");
        assertFalse(DocumentDates.dateOnly("Ngày 20/10/2025, xã tổ chức hội nghị"), "a sentence that opens with a date");
    }
    /** A title without a blank line below it ends where the body's first part opens ("I. ĐÁNH GIÁ"). */
    @Test
    void theBodysFirstPartEndsTheTitle() {
        PlanMetadata m = meta("""
                KẾ HOẠCH
                Chuyển đổi số thị xã Phú Mỹ giai đoạn 2025-2030
                I. ĐÁNH GIÁ
                6 tháng đầu năm 2025, tỷ lệ thanh toán không dùng tiền mặt đạt 92% kế hoạch năm.
                II. MỤC TIÊU
                Phấn đấu đến năm 2027, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.
                """);
        assertEquals(PlanMetadata.FULL_YEAR, m.period(), "the half-year its evaluation opens with is no period of the plan");
        assertEquals(Integer.valueOf(2030), m.planYear());
    }
    /** A title in capitals names its province after its unit: "XÃ ĐỨC THỌ, TỈNH HÀ TĨNH" (no capitalised words to count). */
    @Test
    void aTitleInCapitalsNamesItsProvince() {
        PlanMetadata m = meta("""
                KẾ HOẠCH CHUYỂN ĐỔI SỐ XÃ ĐỨC THỌ, TỈNH HÀ TĨNH NĂM 2026
                Phấn đấu 100% hồ sơ trực tuyến toàn trình.
                """);
        assertEquals("Đức Thọ", m.localityName());
        assertEquals("Hà Tĩnh", m.province());
        assertEquals("Hà Nội", meta("KẾ HOẠCH CHUYỂN ĐỔI SỐ XÃ AN PHÚ, THÀNH PHỐ HÀ NỘI NĂM 2026\nPhấn đấu 100% hồ sơ.\n").province());
    }
}
