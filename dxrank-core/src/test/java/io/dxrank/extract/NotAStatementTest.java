package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers of a real news text that are no statement of the locality: a trader's own figures in the first person, how
 * many households a village has, the units something belongs to, and the places of other units a ranking names. Sentences after devset/fresh8 (w01, w06, y03,
 * y04: real news items); the figures around them stay statements.
 */
class NotAStatementTest {

    private static List<Double> values(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(Statement::value).toList();
    }

    @Test
    void theRateBoundingAGroupOfUnitsIsNoFigureButALocalitysTargetBelowARateIs() {
        // shapes of devset/fresh10 e08 (national news): the bound of a class of provinces or ministries
        assertEquals(List.of(38.5), values("Kết quả chuyển đổi số năm 2024 tỉnh Bến Tre\n"
                + "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38,5%. Các tỉnh thành còn lại đạt tỷ lệ dưới 50%, trong"
                + " khi TP HCM, Hà Nội thuộc nhóm thấp nhất, dưới 10%.\n"
                + "Hệ thống ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%.\n"));
        // devset/dev t06: the bound above and below which the counted units lie
        assertTrue(values("Kết quả chuyển đổi số năm 2024 tỉnh Gia Lai\n"
                + "Có 8/218 địa phương có tỷ lệ tích hợp đạt trên 50% so với chỉ tiêu giao; 210 địa phương còn lại dưới 50%.\n")
                .stream().noneMatch(v -> v == 50.0));
        assertEquals(List.of(2.0), values("Kế hoạch chuyển đổi số năm 2025 xã Tân Lập\n"
                + "Phấn đấu tỷ lệ hộ nghèo đa chiều dưới 2%.\n"));
    }

    @Test
    void aMarginOverTheCountrysAverageAndTheAverageAreNoFigureOfTheLocality() {
        // a smoke page of the twenty-first stop (a real provincial news item on its DTI score)
        assertEquals(List.of(0.5064), values("Kết quả chuyển đổi số năm 2021 tỉnh Ninh Bình\n"
                + "Tổng điểm trung bình của địa phương này là 0,5064 điểm, cao hơn 0,105 so với mức điểm bình quân của cả nước"
                + " (0,4014 điểm).\n"));
    }

    @Test
    void whoCarriesOutADecisionIsNoFigureOfIt() {
        // a probe in the form of a district's decision issuing its plan: the execution clause names the communes
        assertEquals(List.of(80.0), values("Kế hoạch chuyển đổi số huyện Thạch Thất năm 2024\n"
                + "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Chủ tịch UBND 23 xã, thị trấn chịu trách nhiệm thi hành Quyết"
                + " định này./.\n"
                + "Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.\n"));
    }

    @Test
    void whoAVillagesPeopleAreIsNoFigureWhatTheyDoIs() {
        // devset/fresh39 zn02 (a real news item on a village of the Dao people)
        assertEquals(List.of(100.0, 90.0), values("Kết quả chuyển đổi số năm 2024 xã Đông Cuông\n"
                + "Cả thôn có tổng số 205 hộ, 949 khẩu, 100% dân số là người Dao sinh sống.\n"
                + "Đến nay 100% hộ dân tộc thiểu số được hỗ trợ cài VNeID, 90% dân số là người sử dụng điện thoại thông minh.\n"));
    }

    @Test
    void theCountrysGoalsAreNoFigureOfTheLocalityThatCarriesThemOut() {
        // shape of devset/fresh4 m12: the national congress's goal quoted in a provincial news item
        assertEquals(List.of(25.0), values("Kết quả chuyển đổi số năm 2024 tỉnh Quảng Ninh\n"
                + "Chuyển đổi số có vai trò quan trọng. Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
                + " đã đặt rõ mục tiêu, kinh tế số sẽ chiếm 20% GDP"
                + " vào năm 2025. Kinh tế số của tỉnh đã chiếm 25% GRDP.\n"));
    }

    @Test
    void villagesOffThePowerGridAreNoMeasureButTheirMobileCoverageIs() {
        // shapes of devset/fresh12 o10 and o11 (real provincial and district news)
        assertEquals(List.of(91.0, 97.6, 8.0), values("Kết quả chuyển đổi số năm 2025 tỉnh Tuyên Quang\n"
                + "Trắng sóng di động còn 91 thôn (tỷ lệ phủ sóng đạt 97,6%). Trong đó, 4 thôn chưa có điện lưới quốc gia.\n"
                + "Huyện gặp khó khăn từ việc 19/98 bản chưa có hệ thống mạng lưới điện quốc gia, 8 bản chưa có sóng di động.\n"));
    }

    @Test
    void theCarriersOfTheTelecomAndPostalMarketAreNoMeasureButDigitalFirmsAre() {
        // shapes of devset/fresh8 w04, fresh3 j02, fresh10 e11
        assertEquals(List.of(100.0), values("Kết quả chuyển đổi số năm 2024 tỉnh An Giang\n"
                + "Lĩnh vực bưu chính, tỉnh có 26 doanh nghiệp đang hoạt động với 265 điểm cung cấp các dịch vụ bưu chính."
                + " Về viễn thông, có 12 doanh nghiệp cung cấp dịch vụ viễn thông, 100% xã có cáp quang.\n"));
        assertEquals(List.of(150.0), values("Kết quả chuyển đổi số năm 2024 tỉnh An Giang\n"
                + "Toàn tỉnh có 150 doanh nghiệp công nghệ số đang hoạt động.\n"));
    }

    @Test
    void howManyUnitsARankingIsAmongIsNoCount() {
        // shape of devset/dev c05: a ward leading the province's communes
        assertEquals(List.of(569.0), values("Kết quả chuyển đổi số năm 2023 phường Sông Cầu\n"
                + "Phường Sông Cầu là đơn vị dẫn đầu trên 108 xã, phường, thị trấn với 569 điểm.\n"));
        // devset/fresh10 e02 (a real news item): the ranking's table of 63 provinces, after the place in it
        assertEquals(List.of(10.0, 18.0, 6.0), values("Tin tức thành phố Hà Nội\n"
                + "Theo Báo cáo chỉ số đánh giá chuyển đổi số năm 2023, Hà Nội lọt vào Top 10, tăng 18 bậc, vươn lên vị trí"
                + " thứ 6 trong bảng xếp hạng 63 tỉnh, thành phố.\n"));
    }

    @Test
    void aPersonsOwnFigureInTheFirstPersonIsNoStatement() {
        assertEquals(List.of(95.0), values("Kết quả chuyển đổi số năm 2023 huyện Phú Lương\n"
                + "Đến nay đã có trên 95% tiểu thương tại chợ sử dụng hình thức thanh toán điện tử.\n"
                + "Bà Nhàn, một tiểu thương ở chợ Đu, cho biết: Trước đây, việc giao dịch qua tài khoản ngân hàng của tôi"
                + " chỉ chiếm khoảng 30%, chủ yếu khách hàng vẫn dùng tiền mặt.\n"));
    }

    @Test
    void anOfficeSpeakingForTheLocalityIsStillRead() {
        assertEquals(List.of(100.0), values("Kết quả chuyển đổi số năm 2023 xã Tân Lập\n"
                + "Ông Hùng cho biết: chúng tôi đã đưa 100% thủ tục hành chính lên dịch vụ công trực tuyến.\n"));
    }

    @Test
    void aPlacesHouseholdsAreItsSizeNotAMeasure() {
        assertEquals(List.of(1500.0, 100.0), values("Kết quả chuyển đổi số năm 2024 xã Văn Đức\n"
                + "Bên cạnh đó, thôn có 735 hộ gia đình, có gần 1,5 nghìn điện thoại thông minh, 100% số hộ đồng tình"
                + " xây dựng thôn thông minh.\n"));
        assertEquals(List.of(1200.0), values("Kết quả chuyển đổi số năm 2024 xã Văn Đức\n"
                + "Xã có 1.200 hộ sử dụng dịch vụ thanh toán không dùng tiền mặt.\n"));
    }

    @Test
    void theUnitsSomethingBelongsToAreNoMeasure() {
        assertEquals(List.of(153.0), values("Kết quả chuyển đổi số năm 2022 huyện Võ Nhai\n"
                + "Huyện đã thành lập 153 tổ công nghệ số cộng đồng ở các xóm, TDP trực thuộc 15 xã, thị trấn.\n"));
        assertEquals(List.of(12.0), values("Kết quả chuyển đổi số năm 2022 huyện Võ Nhai\n"
                + "Đã có 12/15 xã của huyện hoàn thành số hóa hồ sơ.\n"));
    }

    @Test
    void thePlacesOfOtherUnitsNamedAfterThemAreNoStatement() {
        // after devset/fresh4 m07 (a real news item on the provincial DTI ranking)
        assertEquals(List.of(1.0), values("Kết quả xếp hạng chuyển đổi số năm 2023 thành phố Hà Nội\n"
                + "Hà Nội xếp vị trí thứ 1 trong bảng xếp hạng. Ở vị trí thứ 2 là TP.Hồ Chí Minh. Vị trí thứ 3 trong bảng"
                + " xếp hạng thuộc về TP.Huế.\n"));
    }

    @Test
    void aFigureOfAnotherProgrammeIsNoStatementUnlessItsSegmentNamesSomethingDigital() {
        // after devset/fresh9 x05 (a real ward's congress resolution with its targets for 2025-2030)
        assertEquals(List.of(85.0, 100.0), values("Nghị quyết Đại hội phường Đông Sơn nhiệm kỳ 2025-2030\n"
                + "Mục tiêu đến năm 2030: 100% trạm y tế đạt chuẩn quốc gia; tỷ lệ sử dụng dịch vụ công trực tuyến đạt trên"
                + " 85%; tỷ lệ phủ sóng 5G đạt 100%.\n"));
        assertEquals(List.of(100.0), values("Kế hoạch chuyển đổi số năm 2025 xã Tân Lập\n"
                + "Phấn đấu 100% trường học đạt chuẩn quốc gia có kết nối Internet cáp quang.\n"));
    }

    @Test
    void ocopStarsEthnicMakeUpAndACongressAreOtherProgrammesToo() {
        // after real news items of devset fresh16 na03 and fresh19 sa03, sa05
        assertEquals(List.of(), values("Tin tức huyện Tu Mơ Rông\n"
                + "Tu Mơ Rông là huyện nghèo, có hơn 96% dân số là đồng bào Xơ Đăng.\n"
                + "Địa phương đã phát triển được 30 sản phẩm OCOP, giúp nâng cao giá trị hàng hóa.\n"
                + "Trong năm 2024, thành phố có thêm 14 sản phẩm được công nhận đạt 3 sao.\n"
                + "Tham dự đại hội có tổng cộng 450 đại biểu.\n"));
        // named beside something digital they stay statements; a photocopier is no OCOP product
        assertEquals(List.of(100.0, 52.0, 2.0, 1.0), values("Tin tức huyện Tu Mơ Rông\n"
                + "Đến nay 100% sản phẩm OCOP được đưa lên sàn thương mại điện tử.\n"
                + "Tỷ lệ sản phẩm ocop được đưa lên sàn tmđt đạt 52%.\n"
                + "Mỗi xã có 2 máy scan, 1 máy photocopy.\n"));
        // devset/fresh43 zr02: traceability stamps are digital ("dán tem truy xuất nguồn gốc cho 5 sản phẩm OCOP")
        assertEquals(List.of(5.0), values("Tin tức xã Hồng Giang\n"
                + "HTX Hồng Xuân triển khai dán tem truy xuất nguồn gốc cho 5 sản phẩm OCOP là vải thiều, cam ngọt.\n"));
    }

    @Test
    void aNationalTargetCitedInBracketsIsTheCountrys() {
        // after devset/fresh9 z03 (a real news item on Tây Ninh's online public services)
        assertEquals(List.of(92.0), values("Kết quả chuyển đổi số năm 2025 tỉnh Tây Ninh\n"
                + "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%. Kết quả này vượt chỉ tiêu năm 2025 theo Nghị quyết số 01/NQ-CP"
                + " của Chính phủ (tối thiểu 80%) và mục tiêu đến năm 2030 theo Nghị quyết số 71/NQ-CP (mục tiêu 90%).\n"));
    }

    @Test
    void theScoresAndPlacesOfAnotherReformsIndexAreNoStatementItsEGovernmentPartIs() {
        // after devset/fresh9 x06 (a real report of Tiền Giang) and devset/fresh f01 (the PAR Index's modernisation part)
        assertEquals(List.of(20.0), values("Kết quả năm 2022 tỉnh Tiền Giang\n\n"
                + "Chỉ số CCHC của tỉnh năm 2022 đạt 82,58 điểm, xếp hạng 53/63 tỉnh, thành phố; tăng 09 bậc so với năm 2021."
                + " Chỉ số DTI năm 2022, tỉnh Tiền Giang xếp hạng 20 trên cả nước.\n"));
        assertEquals(List.of(1.0), values("Kết quả chuyển đổi số năm 2022 tỉnh Bắc Giang\n"
                + "Trong Chỉ số CCHC, lĩnh vực hiện đại hóa hành chính xếp thứ 1/63 tỉnh.\n"));
    }

    @Test
    void aCountPointedBackAtWasStatedBefore() {
        // after devset/fresh9 x02 (a real commune news item) and fresh8 w02 ("4 chỉ tiêu này")
        assertEquals(List.of(8.0), values("Kết quả chuyển đổi số năm 2024 xã An Hòa\n"
                + "Hiện xã An Hòa đã triển khai được 8 hạng mục thanh toán không dùng tiền mặt. 8 hạng mục đó bao gồm thanh"
                + " toán các khoản phí, lệ phí trong giải quyết thủ tục hành chính.\n"));
    }

    @Test
    void whoAttendedAnEventIsNoFigureButWhoWasTrainedIs() {
        assertEquals(List.of(15.0, 1200.0), values("Ngày 12/8/2025, tỉnh tổ chức hội nghị chuyển đổi số. Hội nghị có 150 đại biểu"
                + " tham dự. Tham dự có gần 500 cán bộ các xã. Trong tháng 8/2025, tỉnh đã tổ chức 15 lớp tập huấn cho 1.200"
                + " cán bộ cấp xã.\n"));
    }

    @Test
    void theShareACountsMembersPassedIsAThreshold() {
        // after devset/fresh43 zr05, fresh7 v06 and fresh f05 (real news items)
        assertEquals(List.of(99.84, 2.0), values("Tin tức tỉnh Hà Tĩnh\n"
                + "Toàn tỉnh có tỷ lệ xử lý đúng hạn đạt 99,84%, trong đó hiện có 2 địa phương có tỷ lệ hồ sơ xử lý đúng hạn"
                + " đạt 100%.\n"));
        assertEquals(List.of(10.0), values("Tin tức tỉnh Yên Bái\n"
                + "Khối Đảng ủy xã có 10/20 tiêu chí chuyển đổi số hoàn thành trên 90%.\n"));
        // a share after a count and a comma is the count's share; one member's own progress is its figure
        assertEquals(List.of(1050.0, 95.0), values("Tin tức xã Tân Lập\n"
                + "Xã tiếp nhận 1.050 hồ sơ trực tuyến, đạt 95%.\n"));
        assertEquals(List.of(15.0, 100.0, 1.0, 87.0), values("Tin tức tỉnh Thái Bình\n"
                + "Có 15/16 mục tiêu chuyển đổi số hoàn thành 100%; 1/16 mục tiêu hoàn thành trên 87%.\n"));
    }

    @Test
    void thePostalNetworksReachIsAnotherProgrammeButItsStaffedPointsAreNot() {
        // after devset/fresh22 va04, fresh45 zt05 and holdout c11 (real documents)
        assertEquals(List.of(), values("Tin tức tỉnh Điện Biên\n"
                + "Bán kính phục vụ bình quân đạt 4,12 km/điểm; số dân phục vụ bình quân đạt 3.599 người/điểm.\n"));
        assertEquals(List.of(100.0), values("Tin tức tỉnh Lâm Đồng\n"
                + "Tỉnh Lâm Đồng hiện tỷ lệ 100% xã có điểm phục vụ bưu chính có người phục vụ.\n"));
    }

    @Test
    void aSteeringCommitteesSizeIsNoMeasureButTheMembersOfManyTeamsAre() {
        // after devset/dev b04 and fresh12 o09 (real news items of wards)
        assertEquals(List.of(110.0), values("Tin tức phường Thắng Nhì\n"
                + "Phường đã thành lập Ban Chỉ đạo chuyển đổi số của phường gồm 10 thành viên và Tổ công nghệ số cộng đồng"
                + " gồm 110 tổ dân phố.\n"));
        assertEquals(List.of(125.0, 375.0), values("Tin tức phường Tân Lập\n"
                + "UBND phường đã thành lập Ban Chỉ đạo chuyển đổi số gồm 19 thành viên, Tổ giúp việc cho Ban Chỉ đạo 15 thành"
                + " viên, thành lập 125 tổ công nghệ số cộng đồng ở tổ dân phố, với 375 thành viên.\n"));
        // after devset/fresh7 u11: the support teams of every unit together
        assertEquals(List.of(828.0), values("Tin tức tỉnh Kon Tum\n"
                + "Các cơ quan, địa phương đã thành lập tổ giúp việc ban chỉ đạo, tổ chỉ đạo về chuyển đổi số với 828 thành viên.\n"));
    }
}
