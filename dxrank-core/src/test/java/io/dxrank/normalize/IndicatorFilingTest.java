package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog indicator a figure is filed under, on sentences of real documents (devset/, as cited). */
class IndicatorFilingTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws IOException {
        normalizer = BundledNormalizer.get();
    }

    /** The code the figure written {@code valueText} in {@code body} is filed under ("-" for none). */
    private static String filed(String body, String valueText) {
        String text = "UBND TỈNH QUẢNG NAM\nBÁO CÁO\nKết quả chuyển đổi số tỉnh Quảng Nam năm 2024\n" + body + "\n";
        ExtractionResult r = PlanExtractor.extract("bc.txt", text.getBytes(StandardCharsets.UTF_8));
        return normalizer.normalize(r).facts().stream().filter(f -> valueText.equals(f.valueText()))
                .map(f -> Indicator.UNMAPPED.equals(f.indicatorCode()) ? "-" : f.indicatorCode())
                .findFirst().orElseThrow(() -> new AssertionError(valueText + " not read in " + body));
    }

    @Test
    void membersCountedAfterTheirTeamAreTheTeamsMembers() {
        // devset/fresh12 v08 (a real news item): the team is named before the members, with its own count between
        assertEquals("tech_team_members", filed("Các xã, phường, thị trấn, thôn, tổ dân phố đã thành lập 1.500 tổ công nghệ"
                + " số hỗ trợ cộng đồng với 12.000 thành viên.", "12.000 thành viên"));
        assertEquals("community_teams", filed("Các xã, phường, thị trấn, thôn, tổ dân phố đã thành lập 1.500 tổ công nghệ"
                + " số hỗ trợ cộng đồng với 12.000 thành viên.", "1.500 tổ công nghệ số"));
    }

    @Test
    void aShareRightAfterACountIsTheShareOfWhatItCounted() {
        // a probe in the form of a ward's report, and devset/fresh34 zi03 (a real news item): "đạt" or "chiếm" after a
        // count names no concept of its own
        assertEquals("eid_accounts", filed("- Số tài khoản định danh điện tử mức 2 được kích hoạt: 21.356 tài khoản, đạt"
                + " 91,3% dân số từ 14 tuổi trở lên.", "91,3%"));
        assertEquals("dossiers_online", filed("Theo báo cáo tại buổi làm việc, Trung tâm Phục vụ hành chính công xã đã tiếp"
                + " nhận 1.502 hồ sơ, trong đó có 1.485 hồ sơ tiếp nhận trực tuyến (chiếm 98,87%) và 17 hồ sơ tiếp nhận"
                + " trực tiếp.", "98,87%"));
    }

    @Test
    void probesOfTheThirtyFourthStop() {
        assertEquals("officials_trained", filed("5. Tỷ lệ cán bộ, công chức cấp xã được tập huấn kỹ năng số: 100 %.", "100 %"));
        // devset/fresh21 ua02 (a real news item): a count of online services, full-process or partial
        assertEquals("procedures_offered", filed("Tính đến tháng 9.2025, TP.HCM đã ban hành danh mục 1.587 dịch vụ công trực"
                + " tuyến, trong đó 345 dịch vụ công trực tuyến toàn trình và 1.282 dịch vụ công trực tuyến một phần.",
                "1.282 dịch vụ công"));
        // devset/fresh5 q03 (a real news item): volunteers are people, no count of services
        assertEquals("-", filed("Hơn 1.000 tình nguyện viên thanh niên tham gia hỗ trợ người dân tiếp cận dịch vụ công trực"
                + " tuyến.", "1.000 tình nguyện viên"));
        // "hộ" and "hồ" fold alike: the catalog's "hộ_có cáp_quang" counts only side by side, never "hồ sơ ... cáp quang"
        assertEquals("fiber_households", filed("- Tỷ lệ hộ có cáp quang từ 85% - 90%.", "85% - 90%"));
        assertEquals("accounts_created", filed("Riêng xã Hòa Bình, đến nay đã có 4.215 người dân được kích hoạt tài khoản định"
                + " danh điện tử mức 2, đạt 88,6% dân số trưởng thành.", "4.215 người"));
    }

    @Test
    void aTableRowWhoseNameWrapsIsFiledByItsWholeName() {
        // a probe of the thirty-fourth stop: a PDF text layer's annex, each name wrapped onto a second line; the line with
        // the figures holds its first words only, and a result and its target were filed apart (or under e-payment)
        String plan = String.join("\n", "UBND XÃ PHÚ LỘC", "KẾ HOẠCH", "Chuyển đổi số xã Phú Lộc năm 2026", "",
                " TT    Nội dung chỉ tiêu                          Đơn vị tính    Thực hiện     Kế hoạch",
                "                                                                  năm 2025      năm 2026",
                " 1     Tỷ lệ hồ sơ thủ tục hành chính được        %              82            95",
                "       tiếp nhận, giải quyết trực tuyến",
                " 2     Tỷ lệ người dân trưởng thành có tài        %              70            85",
                "       khoản định danh điện tử mức 2", "");
        ExtractionResult r = PlanExtractor.extract("kh.txt", plan.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("82 dossiers_online", "95 dossiers_online", "70 eid_accounts", "85 eid_accounts"),
                normalizer.normalize(r).facts().stream().map(f -> f.valueText() + " " + f.indicatorCode()).toList());
    }

    @Test
    void anOnlinePaymentShareIsTheShareOfDossiersPaidOnline() {
        // devset/fresh4 m10 and fresh6 r08 (real news items); fresh18 ra06: "toàn trình" lends no "toán" to it
        assertEquals("online_fee_payment", filed("Tỉ lệ số hóa hồ sơ đầu vào đạt 100%; tỉ lệ thanh toán trực tuyến đạt"
                + " 96,8%.", "96,8%"));
        assertEquals("online_fee_payment", filed("Tỷ lệ hồ sơ thanh toán trực tuyến đạt 63,76%.", "63,76%"));
        assertNotEquals("online_fee_payment", filed("Đà Nẵng đã cấp lại thành công 592 phù hiệu, với tỷ lệ trực tuyến toàn"
                + " trình đạt 99,5%.", "99,5%"));
    }

    @Test
    void pointsOutOfTheMostThereAreAreAScoreNotAShare() {
        // a probe in the form of a commune's ranking news; devset/fresh5 s11 (a real news item): a service index's score
        assertEquals("dx_assessment_score", filed("Theo kết quả đánh giá năm 2024, tổng điểm DTI của xã Phong Điền đạt"
                + " 512,5/1000 điểm.", "512,5/1000 điểm"));
        assertNotEquals("online_fee_payment", filed("Trong đó, chỉ số Thanh toán trực tuyến đạt 7.6/10 điểm.", "7.6/10 điểm"));
    }

    @Test
    void aShareAloneInItsBracketAfterACountIsTheCountsNotTheNextFigures() {
        // a probe in the form of a district's year-end report; devset/fresh29 zd01 (a real news item)
        String sentence = "Về chính quyền số: tổng số hồ sơ tiếp nhận 25.430 hồ sơ, trong đó trực tuyến 20.120 hồ sơ (79,1%),"
                + " giải quyết đúng hạn 99,2%.";
        assertEquals("dossiers_online", filed(sentence, "79,1%"));
        assertEquals("on_time_dossiers", filed(sentence, "99,2%"));
        assertEquals("mobile_coverage", filed("Về hạ tầng số: 98,5% thôn bản có sóng 4G.", "98,5%"));
    }

    @Test
    void dossiersHandledOnlineFromStartToEndAreFullProcessDossiers() {
        // a probe; devset/fresh45 zt03 and fresh27 zb05 (real news items)
        assertEquals("dossiers_full_process", filed("- Hồ sơ giải quyết trực tuyến toàn trình: 1.234/1.500 hồ sơ (82,3%).",
                "82,3%"));
        assertEquals("dossiers_full_process", filed("Năm 2024, tỉ lệ giải quyết thủ tục hành chính trực tuyến toàn trình"
                + " đạt gần 70%.", "70%"));
    }

    @Test
    void aSeriesOfSharesIsOfWhatTheWordsAfterItsLastShareName() {
        // a probe in the form of a commune's plan for 2026 - 2030: the road map names its concept at its end
        String sentence = "4. Lộ trình: năm 2026 đạt 60%, năm 2027 đạt 70%, năm 2028 đạt 80% người dân trưởng thành có chữ ký"
                + " số cá nhân.";
        assertEquals("personal_signatures", filed(sentence, "60%"));
        assertEquals("personal_signatures", filed(sentence, "70%"));
        assertEquals("fiber_households", filed("2. Tỷ lệ hộ gia đình có cáp quang từ 85 - 90% vào năm 2027.", "85 - 90%"));
    }

    @Test
    void productsAreNoCountOfTheHouseholdsThatSellThem() {
        // a probe; devset/fresh7 m06 and fresh9 z05 (real news items)
        String sentence = "Về kinh tế số: 1.250 hộ sản xuất tham gia sàn thương mại điện tử (Postmart, Voso), 85 sản phẩm OCOP"
                + " được đưa lên sàn.";
        assertEquals("ecommerce_merchants", filed(sentence, "1.250 hộ"));
        assertEquals("-", filed(sentence, "85 sản phẩm"));
    }

    @Test
    void abbreviationsInCapitalsAreReadWrittenOut() {
        // a probe in the form of a commune's report; devset/fresh39 zn02 (a real news item: "Tổ CĐS cộng đồng")
        assertEquals("accounts_created", filed("- Kích hoạt 8.450 TK ĐDĐT mức 2, đạt 86,5% dân số từ 14 tuổi.",
                "8.450 TK ĐDĐT"));
        assertEquals("eid_accounts", filed("- Kích hoạt 8.450 TK ĐDĐT mức 2, đạt 86,5% dân số từ 14 tuổi.", "86,5%"));
        assertEquals("smartphones", filed("- Tỷ lệ dân số trưởng thành có ĐTTM đạt 85%.", "85%"));
        assertEquals("tech_team_members", filed("Toàn xã đã thành lập Tổ CĐS cộng đồng với 321 thành viên.", "321 thành viên"));
    }

    @Test
    void theRiseOfAShareJustNamedIsNoGrowthOfACount() {
        // a probe in the form of a district's report; devset/fresh6 r08, fresh22 va08, fresh35 zj08 (real news items)
        String sentence = "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình trên địa bàn"
                + " huyện đạt 68,5%, tăng 12,3% so với năm 2023.";
        assertEquals("dossiers_full_process", filed(sentence, "68,5%"));
        assertEquals("-", filed(sentence, "12,3%"));
        assertEquals("online_applications_count_growth", filed("Số hồ sơ nộp trực tuyến tăng 33% so với cùng kỳ.",
                "33%"));
    }

    @Test
    void theIdCardIsNamedAsItIsSinceItsRenaming() {
        // a probe in the form of a commune's plan for Đề án 06: "căn cước" without "công dân" or "gắn chíp"
        assertEquals("chip_id_issued", filed("- 100% người dân từ 14 tuổi trở lên được cấp căn cước.", "100%"));
        assertNotEquals("chip_id_issued", filed("- 100% cán bộ được cấp tài khoản và sử dụng thư điện tử công vụ.", "100%"));
    }

    @Test
    void eachUnitsCountIsNoTotal() {
        // a probe in the form of a province's news; devset/fresh2 g11 and fresh28 zc04 (real news items)
        assertEquals("-", filed("Bình quân mỗi xã, phường có 12 thành viên tổ công nghệ số cộng đồng.", "12 thành viên"));
        assertEquals("-", filed("Theo đó, mỗi Thôn, Tổ dân phố thành lập 01 Tổ CNSCĐ.", "01 Tổ"));
        assertEquals("community_teams", filed("Toàn tỉnh đã thành lập 1.500 tổ công nghệ số cộng đồng.",
                "1.500 tổ công nghệ số"));
    }

    @Test
    void aGroupsSizeIsNoCountOfMembers() {
        // devset/fresh10 i02 and fresh3 o01 (real news items): each team's size
        assertEquals("-", filed("Mỗi Tổ công nghệ số cộng đồng có khoảng 8 - 10 thành viên, trong đó Ban ngành đoàn thể"
                + " tham gia.", "8 - 10 thành viên"));
        assertEquals("-", filed("Toàn xã thành lập 9 tổ công nghệ số cộng đồng vào tháng 4 năm 2022, mỗi tổ gồm 06 thành"
                + " viên.", "06 thành viên"));
    }

    @Test
    void aScoreWithDecimalsCountsNoPlaces() {
        // devset/dev c05 and fresh5 s11 (real news items): "điểm" of a score is no "điểm cầu"
        assertNotEquals("video_points", filed("Xã Quang Thuận đứng đầu khối xã, phường, thị trấn với 569,8 điểm.",
                "569,8 điểm"));
        assertNotEquals("video_points", filed("Trong đó, chỉ số Thanh toán trực tuyến đạt 7,6 điểm.", "7,6 điểm"));
        assertEquals("video_points", filed("Hệ thống hội nghị truyền hình trực tuyến đã kết nối 150 điểm cầu đến cấp xã.",
                "150 điểm cầu"));
    }

    @Test
    void aPlaceInAnotherIndexIsNoPlaceInTheDigitalTransformationAssessment() {
        // devset/fresh f01 (a real news item): three indexes in one sentence, each place after its own
        String s = "Đó là Chỉ số CĐS (DTI) xếp thứ 9/63 tỉnh, TP (tăng 1 bậc so với năm 2021); chỉ số sẵn sàng cho ứng dụng"
                + " và phát triển công nghệ thông tin Việt Nam (ICT Index) xếp thứ 5 cả nước.";
        assertEquals("dx_assessment_rank", filed(s, "xếp thứ 9/63"));
        assertEquals("-", filed(s, "xếp thứ 5"));
        // devset/fresh2 g06 (a real report): a plan of digital transformation names the national portal's ranking
        assertEquals("-", filed("Theo kế hoạch chuyển đổi số năm 2024, toàn tỉnh có 1.469 dịch vụ công kết nối Cổng dịch vụ"
                + " công quốc gia, xếp thứ 7/63 tỉnh, thành phố.", "xếp thứ 7/63"));
    }

    @Test
    void theCatalogNamesWhatRealDocumentsWrite() {
        // devset/fresh7 r08, fresh3 k02, fresh13 u08 (real news items and a report)
        assertEquals("online_fee_payment", filed("Tỷ lệ hồ sơ có giao dịch thanh toán trực tuyến đạt 63,76%.", "63,76%"));
        assertEquals("broadband_villages", filed("Hiện nay, 100% xã, phường, thị trấn của tỉnh đã được kết nối cáp quang đến"
                + " trung tâm.", "100%"));
        assertEquals("dossiers_full_process", filed("Tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến (toàn trình)"
                + " đạt 75%.", "75%"));
    }

    @Test
    void wordsBoundInAPhraseCountOnlySideBySide() throws IOException {
        // "đúng_hạn": a dossier resolved ahead of time ("trước hạn") is not one resolved on time; unbound, three of the
        // phrase's four words would have matched
        Catalog catalog = Catalog.parse("""
                code,name_vi,name_en,pillar,unit,direction,phrases,national_target,national_target_year,national_source
                on_time,Chỉ tiêu thử,On time,government,percent,higher,giải quyết đúng_hạn,,,
                """, "c");
        IndicatorMatcher m = new IndicatorMatcher(catalog);
        assertEquals("on_time", m.match("tỷ lệ hồ sơ giải quyết đúng hạn đạt", true).indicator().code());
        assertEquals("on_time", m.match("giải quyết hồ sơ, trả kết quả đúng hạn và giải quyết", true).indicator().code(),
                "the bound pair anywhere in the subject");
        assertNull(m.match("số hồ sơ giải quyết trước hạn đạt", true));
        assertNull(m.match("hạn đúng giải quyết", true), "the pair in the other order is not the pair");
    }

    @Test
    void realDocumentsReportWhatTheCatalogsNewIndicatorsCount() {
        // devset/fresh5 s08, fresh3 o04, fresh7 k09 (real news items and a report)
        assertEquals("on_time_dossiers", filed("Tỉ lệ giải quyết hồ sơ và trả kết quả đúng, trước hạn đạt 99,9%.", "99,9%"));
        assertEquals("-", filed("Trung tâm đã giải quyết 2.041 hồ sơ trước hạn, đạt tỉ lệ trên 99%.", "99%"));
        assertEquals("smartphone_households", filed("Tỷ lệ số hộ có điện thoại thông minh trên địa bàn tỉnh đạt 96,39%.",
                "96,39%"));
        assertEquals("smartphone_subscriptions", filed("Tỷ lệ thuê bao sử dụng điện thoại thông minh/tổng thuê bao điện thoại"
                + " di động đạt 80%.", "80%"));
        // devset/dev c02 (a real news item): the share on time after the share online, "đúng và sớm hạn"
        String c02 = "Theo UBND phường, hơn 80% hồ sơ hiện nay được giải quyết trực tuyến, trong đó, trên 95% đúng và sớm hạn.";
        assertEquals("dossiers_online", filed(c02, "80%"));
        assertEquals("on_time_dossiers", filed(c02, "95%"));
    }

    @Test
    void namingTheDigitalEconomyIsNoShareOfIt() {
        // devset/fresh14 k11 (a real plan): "kinh tế số" in another figure's words; devset/fresh2 f13: the share itself
        assertEquals("-", filed("Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động trên 2%.", "2%"));
        assertEquals("digital_economy_share", filed("Phát triển toàn diện các lĩnh vực, kinh tế số thành lợi thế cạnh tranh,"
                + " chiếm 20% GRDP của tỉnh.", "20%"));
        // devset/fresh6 r03 (a real news item): a share of exports beside "kinh tế địa phương" is no share of the digital
        // economy, which the sentence before states
        String r03 = "Theo thống kê, tỷ trọng kinh tế số của tỉnh Quảng Ninh năm 2024 đạt 7,1% GRDP. Tỷ trọng sản phẩm công"
                + " nghệ cao trong xuất khẩu đạt 33,13%, đóng góp lớn vào cơ cấu kinh tế địa phương.";
        assertEquals("digital_economy_share", filed(r03, "7,1%"));
        assertEquals("-", filed(r03, "33,13%"));
    }

    @Test
    void usingOnlineServicesIsNotUsingTheInternet() {
        // devset/fresh3 k02 (a real news item): "người dân sử dụng" before another object than the online services
        assertNotEquals("dvc_usage", filed("Tỷ lệ người dân sử dụng internet hơn 73%.", "73%"));
        assertEquals("dvc_usage", filed("Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 45%.", "45%"));
    }

    @Test
    void householdsParticipationsAndRoundsAreNoTeams() {
        // devset/fresh3 k03 and fresh12 zt01 (real news items): the count's own noun says what it counts
        assertNotEquals("community_teams", filed("Với phong trào “Bình dân học vụ số”, các Tổ công nghệ số cộng đồng đã tiếp"
                + " cận hơn 1.000 hộ.", "1.000 hộ"));
        assertNotEquals("community_teams", filed("Tổ công nghệ số cộng đồng tổ chức 03 đợt tập huấn kỹ năng số cho người"
                + " dân.", "03 đợt"));
    }

    @Test
    void aShareNamedBeforeItsFigureIsThatShareNotTheNextOne() {
        // devset/fresh13 i07 (a real news item): the ID cards' share, then the VNeID accounts' share after a comma
        String i07 = "Đến nay, tỷ lệ người dân của xã có CCCD/Căn cước đạt 99,51%, tỷ lệ tài khoản VNeID đã kích hoạt đạt 72,5%.";
        assertEquals("eid_accounts", filed(i07, "72,5%"));
        assertEquals("-", filed(i07, "99,51%"), "no catalog share of ID cards issued to residents, and no VNeID accounts");
    }
}
