package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kind cues are read near the figure, not across the whole sentence; model layers and wrapped lines. */
class KindCueTest {

    private static List<String> kinds(String body) {
        String plan = "KẾ HOẠCH\nChuyển đổi số xã An Bình năm 2026\n" + body;
        ExtractionResult r = PlanExtractor.extract("p.txt", plan.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList();
    }

    @Test
    void aListTheSentenceOpensAsResultsStaysResultsInAPlan() {
        // devset/fresh4 n05 (a real news item on Sơn La): "Hiện nay, 100% xã ...; 38,56% số hộ ...; 100% số xã ..."
        assertEquals(List.of("100%:actual", "38,56%:actual", "93,26%:actual", "80%:target", "95%:target"),
                kinds("Hiện nay, 100% xã có hạ tầng băng rộng cáp quang; 38,56% số hộ gia đình có thuê bao cáp quang;"
                        + " 93,26% số thôn được phủ sóng 4G.\n\nTỷ lệ hồ sơ trực tuyến đạt 80%; 95% hộ gia đình có cáp"
                        + " quang.\n"));
        // an item with a target's cue or a year of its own is not carried along
        assertEquals(List.of("80%:actual", "90%:target"),
                kinds("Hiện nay, tỷ lệ hồ sơ trực tuyến đạt 80%; phấn đấu tỷ lệ hộ có cáp quang 90%.\n"));
        assertEquals(List.of("80%:actual", "90%:target"),
                kinds("Hiện nay, tỷ lệ hồ sơ trực tuyến đạt 80%; năm 2026 tỷ lệ hộ có cáp quang 90%.\n"));
    }

    @Test
    void wordsAimingAtAFigureMakeItATarget() {
        // devset/fresh17 qa05 and fresh14 d09 (real news items relaying plans)
        assertEquals(List.of("100%:target", "90%:target"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Toàn huyện hướng đến 100% thủ tục hành chính đủ điều kiện lên cổng trực tuyến, 90% hồ sơ công việc xử lý trên môi trường mạng.
                """));
        assertEquals(List.of("50%:target"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "Nâng tỷ lệ tái sử dụng hồ sơ thủ tục hành chính đã được số hóa đạt 50%.\n"));
        // devset/fresh21 ua07: a rate a change helped raise is a result
        assertEquals(List.of("60%:actual"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "Nhiều thủ tục đã được số hóa toàn bộ quy trình, giúp rút ngắn thời gian xử lý, nâng tỷ lệ hồ sơ trực tuyến đạt trên 60%.\n"));
    }

    @Test
    void whatAFiguresSubjectMustBeIsATarget() {
        // devset/fresh37 zl03 (a real news item relaying a city's instruction to its communes)
        assertEquals(List.of("100%:target", "100%:actual"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Đặc biệt, 100% kết quả giải quyết TTHC phải được trả trước hoặc đúng hạn và cấp bản điện tử theo quy định.
                Đã có 100% hồ sơ được số hóa, người dân không phải đi lại nhiều lần.
                """));
    }

    @Test
    void targetsExceededAreResults() {
        // devset/fresh39 zn01 (a real news item on a district's plan reviewed)
        assertEquals(List.of("42/48 chỉ tiêu:actual", "87,5%:actual", "17/48 chỉ tiêu:actual"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Hết năm 2025, huyện đã hoàn thành 42/48 chỉ tiêu, đạt 87,5%; trong đó 17/48 chỉ tiêu vượt kế hoạch.
                """));
    }

    @Test
    void aGoalSetIsATargetThoughItWasSetInThePast() {
        // a smoke page of the twenty-first stop (a real provincial news item)
        assertEquals(List.of("98%:target"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Tỉnh đã đặt mục tiêu đến năm 2027, tỷ lệ hồ sơ trực tuyến đạt 98%.
                """));
    }

    @Test
    void aGoalSetRightBeforeItsFigureIsATargetWhateverFollows() {
        // a probe of the thirty-fourth stop (a commune's new-year news): "kết quả" after the figure names what is digitised
        assertEquals(List.of("96%:actual", "100%:target"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Tỷ lệ hồ sơ giải quyết trực tuyến đạt 96%.
                Năm 2026, xã đặt mục tiêu 100% hồ sơ được số hóa kết quả giải quyết.
                """));
    }

    @Test
    void theWordsAfterAFigureEndWithItsClause() {
        // a smoke page of the twenty-first stop: the clause after the semicolon names another concept
        String plan = "KẾ HOẠCH\nChuyển đổi số tỉnh Bắc Kạn năm 2026\n"
                + "Phấn đấu các hoạt động của chính quyền thực hiện 100% trên không gian số; kinh tế số chiếm vai trò lớn.\n";
        Statement s = PlanExtractor.extract("p.txt", plan.getBytes(StandardCharsets.UTF_8)).statements().get(0);
        assertEquals("100%", s.valueText());
        assertTrue(!s.subject().contains("kinh tế số"), s.subject());
    }

    @Test
    void aLaterTargetWordDoesNotTurnAResultIntoATarget() {
        assertEquals(List.of("95%:actual", "100%:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Đã có 95% thiết bị dùng phần mềm bản quyền; 100% máy tính được cài phần mềm diệt virus; ban hành quy chế bảo đảm an toàn thông tin.
                """));
    }

    @Test
    void aCaptionWithoutAFullStopDoesNotLendItsWordsToTheParagraphBelow() {
        // devset/fresh16 na08 (a real news item): a photo caption, a blank line, then the results
        ExtractionResult r = PlanExtractor.extract("n.txt", """
                 date 2025-10-08 Phú Thọ: Nhiều tiêu chí xếp thứ 1 cả nước về chuyển đổi số

                Trung tâm Phục vụ hành chính công xã Pà Cò có mạng internet với tốc độ tối thiểu 6 Mbps, bảo đảm vận hành ổn định

                Hiện, 148/148 xã, phường được trang bị máy tính với số lượng 1 máy tính/cán bộ.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("xếp thứ 1:actual", "6 Mbps:target", "148/148 xã, phường:actual", "1 máy tính:actual"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
        // a PDF's text layer wraps a sentence onto a lower-case line after a blank one: still one sentence
        assertEquals(List.of("80%:target"), kinds("Phấn đấu đến năm 2026 tỷ lệ hồ sơ trực tuyến\n\nđạt 80%.\n"));
        // and a lead-in runs into the item below it (the seed 000's results part)
        assertEquals(List.of("100%:actual"), kinds("I. KẾT QUẢ NĂM 2025\nTính đến ngày 15/12/2025 như sau: \n\n"
                + "Mức độ 3, 4 tiếp nhận trực tuyến đạt tỷ lệ 100% vượt chỉ tiêu tỉnh giao; \n"));
    }

    @Test
    void atLeastIsAFloorToReach() {
        // devset/fresh21 ua08 (a real news item relaying a province's targets to 2025)
        ExtractionResult r = PlanExtractor.extract("u.txt", """
                Thống nhất trên nền tảng công nghệ số trên toàn tỉnh
                Theo UBND tỉnh, phấn đấu đến năm 2025, Chương trình được tổ chức đồng bộ trên nền tảng công nghệ số.
                Theo đó, có ít nhất 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("90%:target"), r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
    }

    @Test
    void aTargetMeasuredAgainstOrMetIsAResultButOneToBeMetIsATarget() {
        // after devset/dev t06 and t07 (real news items)
        assertEquals(List.of("40,8%:actual", "73,3%:actual", "19/218 địa phương:actual", "100%:target"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Toàn tỉnh kích hoạt tài khoản, đạt tỷ lệ 40,8% so với tổng số công dân, đạt 73,3% so với chỉ tiêu đề ra.
                Có 19/218 địa phương hoàn thành chỉ tiêu giao.
                Nỗ lực để hoàn thành chỉ tiêu 100% tài khoản được kích hoạt.
                """));
    }

    @Test
    void targetsMetEarlyAreResults() {
        // a district's news of its communes reaching their targets ahead of time (a probe): what they reached, not a goal
        assertEquals(List.of("3 xã:actual", "95,2 điểm:actual", "12/15 chỉ tiêu:actual"), kinds("""
                I. KẾT QUẢ NĂM 2025
                Năm 2025, huyện có 3 xã hoàn thành sớm các chỉ tiêu chuyển đổi số cấp xã gồm: xã Hồng Giang đạt 95,2 điểm.
                Xã Tân Mộc về đích sớm 12/15 chỉ tiêu chuyển đổi số.
                """));
    }

    @Test
    void allTheTargetsCountedAndMetListResults() {
        // after devset/fresh19 sa01 (a real news item): "hoàn thành toàn bộ 24 chỉ tiêu ...: 100% ..., 90% ..." (the first
        // item, right after "kế hoạch:", is still read as a target: not asserted here)
        List<String> kinds = kinds("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
                + "Sau một năm triển khai, xã Hòa Long đã hoàn thành toàn bộ 24 chỉ tiêu chuyển đổi số đề ra trong kế hoạch: 100% hồ"
                + " sơ thủ tục hành chính được giải quyết trực tuyến, 90% người dân trong độ tuổi lao động có tài khoản thanh"
                + " toán điện tử.\n");
        assertEquals("24 chỉ tiêu:actual", kinds.get(0));
        assertEquals("90%:actual", kinds.get(2));
    }

    @Test
    void aSentenceOpenedByTheWordTargetNamesTargets() {
        // after devset/fresh9 x07 (a real news item); "23/34 mục tiêu, ..." counts targets and stays a result
        assertEquals(List.of("70%:target", "50%:target", "23/34 mục tiêu:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Mục tiêu cụ thể trong phát triển kinh tế số là ít nhất 70% xã có các hợp tác xã và 50% các mô hình liên kết có ứng dụng công nghệ số.
                Đã hoàn thành 23/34 mục tiêu, đạt 67,6%.
                """).subList(0, 3));
    }

    @Test
    void theResultsOfProcessingAFileAreAThingNotAResultCue() {
        // after devset/fresh f06 (a real news item): a list of targets whose second item names "kết quả giải quyết"
        assertEquals(List.of("100%:target", "100%:target", "70 doanh nghiệp:target"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Trong đó, có 10 chỉ tiêu cần tập trung chỉ đạo thực hiện nhằm bảo đảm hoàn thành nhiệm vụ gồm: \
                100% sở, ngành cung cấp dữ liệu mở; 100% hồ sơ và kết quả giải quyết thủ tục hành chính được số hóa; \
                hỗ trợ ít nhất 70 doanh nghiệp vừa và nhỏ.
                """));
    }

    @Test
    void aTargetInAResultsPartKeepsItsCue() {
        assertEquals(List.of("90%:actual", "95%:target"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Tỷ lệ hồ sơ trực tuyến đạt 90%, năm tới phấn đấu 95%.
                """));
    }

    @Test
    void aCurrentFigureInATargetsPartIsAResultWhateverItsCase() {
        assertEquals(List.of("95%:actual", "100%:target", "60%:actual"), kinds("""
                II. MỤC TIÊU NĂM 2026
                - Hiện nay, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 95%; phấn đấu năm 2026 đạt 100%.
                - Đã có 60% hộ gia đình có cáp quang.
                """));
    }

    @Test
    void aSentenceEndsBeforeAFigureThatOpensTheNext() {
        // "bảo đảm" closes the first sentence; it is no target cue for the result that follows
        assertEquals(List.of("75%:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Các nhiệm vụ được triển khai bảo đảm đúng tiến độ và chất lượng. 75% cơ sở kinh doanh thanh toán không dùng tiền mặt.
                """));
    }

    @Test
    void aParticipleAfterTheFigureDoesNotMakeATaskAResult() {
        assertEquals(List.of("100%:target"), kinds("""
                II. NHIỆM VỤ, GIẢI PHÁP
                Thường xuyên rà soát 100% hệ thống thông tin đã được phê duyệt hồ sơ cấp độ.
                """));
    }

    @Test
    void securityModelLayersAreNotACount() {
        assertEquals(List.of(), kinds("""
                II. NHIỆM VỤ, GIẢI PHÁP
                Bảo đảm an toàn thông tin theo mô hình 4 lớp.
                """));
    }

    @Test
    void aCountStartingAWrappedLineIsNotAHeading() {
        assertEquals(List.of("01 lớp:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Trong năm 2025, UBND xã đã tổ chức

                01 lớp tập huấn kỹ năng số cho cán bộ.
                """));
    }

    @Test
    void atLeastIsAComparatorNotATargetCue() {
        assertEquals(List.of("90%:actual", "45%:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Tỷ lệ người dân từ 15 tuổi trở lên có điện thoại thông minh đạt 90%.
                Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 45% trở lên.
                """));
    }

    @Test
    void aResultBeforeATargetInOneSentenceStaysAResult() {
        assertEquals(List.of("60%:actual", "70%:target", "76,6%:actual", "90%:target"), kinds("""
                II. MỤC TIÊU
                2. Mục tiêu cụ thể
                - Tỷ lệ hồ sơ trực tuyến: năm 2025 đã đạt 60%, phấn đấu năm 2026 đạt 70%.
                - Hiện nay, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 76,6%; phấn đấu năm 2026 đạt 90%.
                """));
    }

    @Test
    void aSentenceLeadingWithAPercentageIsNotReadWithThePreviousOne() {
        assertEquals(List.of("97%:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Các nhiệm vụ được triển khai, bảo đảm đúng tiến độ và chất lượng. 97% cán bộ được tập huấn kỹ năng số.
                """));
    }

    @Test
    void aCountOfTargetsMetAndACitedPlanAreResults() {
        // a results part counts targets met; "Kế hoạch số 82" cites a plan; a target in brackets is the benchmark
        assertEquals(List.of("23/34 mục tiêu:actual", "02/34 mục tiêu:actual", "65 tổ công nghệ số:actual", "60,41%:actual",
                "50%:target"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Kết quả: đã thực hiện hoàn thành 23/34 mục tiêu; 02/34 mục tiêu chưa hoàn thành.
                Triển khai Kế hoạch số 82 của Thị ủy; thành lập 65 tổ công nghệ số cộng đồng.
                Tỷ lệ hồ sơ xử lý trực tuyến đạt 60,41% (chỉ tiêu giao là 50%).
                """));
    }

    private static List<Integer> years(String body) {
        String plan = "KẾ HOẠCH\nChuyển đổi số tỉnh Quảng Nam năm 2023\n" + body;
        ExtractionResult r = PlanExtractor.extract("p.txt", plan.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.year()).toList();
    }

    @Test
    void aComparedYearIsNotTheFiguresYearAndABreakdownTakesTheYearBefore() {
        // (the heading names no year: one that did would give it to the last figure, HeadingYearsTest)
        assertEquals(Arrays.asList(2022, 2022, 2022, 2022, 2022, null), years("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN
                Chỉ số chuyển đổi số năm 2022, tỉnh xếp vị trí thứ 31 (bị tụt 6 bậc so với năm 2021). Trong đó: Chính quyền
                số đạt 0,6674; Kinh tế số đạt 0,6062; Xã hội số đạt 0,5585.
                Tỷ lệ hộ gia đình có cáp quang đạt 70%.
                """));
    }

    @Test
    void countsOfAPlansPartsAreNotMeasuresButCountsOfTargetsMetAre() {
        // lines from two real documents of the dev set (devset/fresh f06 and f12)
        assertEquals(List.of("100%:target"), kinds("""
                Theo đó, chỉ tiêu CĐS được chia thành 5 nhóm, gồm: xây dựng dữ liệu số (7 chỉ tiêu); xây dựng chính quyền số (16 chỉ tiêu).
                Trong đó, có 10 chỉ tiêu cần tập trung chỉ đạo thực hiện gồm: 100% sở, ngành cung cấp dữ liệu mở.
                """));
        assertEquals(List.of("24/26 chỉ tiêu:actual", "2 chỉ tiêu:actual"), kinds("""
                I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
                Có 24/26 chỉ tiêu theo Nghị quyết 05-NQ/TU đã hoàn thành, còn 2 chỉ tiêu đang tiếp tục thực hiện.
                """));
    }

    @Test
    void aFigureReachedUpToNowIsAResult() {
        assertEquals(List.of("97 tổ công nghệ số:actual"), kinds("""
                II. MỤC TIÊU NĂM 2026
                Đến nay, toàn xã có 97 tổ công nghệ số cộng đồng.
                """));
    }

    @Test
    void aDecisionApprovingAssessmentResultsStatesResults() {
        String decision = """
                QUYẾT ĐỊNH
                Phê duyệt kết quả đánh giá, xếp hạng mức độ chuyển đổi số của các xã năm 2023
                Xã An Bình đạt 712 điểm; xã Tân Lập đạt 650 điểm.
                """;
        ExtractionResult r = PlanExtractor.extract("qd.txt", decision.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("actual", "actual"), r.statements().stream().map(Statement::kind).toList());
        String targets = """
                QUYẾT ĐỊNH
                Giao chỉ tiêu chuyển đổi số năm 2024 cho các xã
                Tỷ lệ hồ sơ trực tuyến toàn trình: 60%.
                """;
        assertEquals(List.of("target"), PlanExtractor.extract("qd2.txt", targets.getBytes(StandardCharsets.UTF_8))
                .statements().stream().map(Statement::kind).toList());
    }

    @Test
    void aLeadInOpenedByAConnectiveStillSetsTheTargetsBelowIt() {
        String article = """
                Ảnh minh họa
                Theo đó, chuyển đổi số là động lực trong phát triển thành phố.
                Cụ thể, mục tiêu cơ bản đến năm 2025:
                – Phát triển Chính quyền số
                (1) 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4.
                (2) 90% hồ sơ công việc tại các cơ quan thành phố được xử lý trên môi trường mạng.
                """;
        ExtractionResult r = PlanExtractor.extract("a.txt", article.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("100%:target", "90%:target"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
    }

    @Test
    void itemsOfACommaListOfTargetsAreTargets() {
        // devset fresh5 p03 (a real news item on a plan): one cue word, three figures in a list
        String news = " date 2024-03-01 Hà Tĩnh đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới\n" + """
                Cụ thể mục tiêu đến năm 2025 là: Chương trình được tổ chức đồng bộ trên nền tảng công nghệ số, ít nhất 90% \
                hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên mạng.
                """;
        ExtractionResult r = PlanExtractor.extract("n.txt", news.getBytes(StandardCharsets.UTF_8));
        assertEquals(DocType.NEWS, r.metadata().docType(), "a news item: figures without a cue are results");
        assertEquals(List.of("90%:target", "80%:target", "60%:target"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
    }

    @Test
    void aTargetCuedInASentenceHoldsForItsLaterFiguresHoweverLongTheItems() {
        // devset/fresh7 u09 (a real article on a province's DX scheme): one "phấn đấu", six figures, long items
        String article = "Cụ thể, phấn đấu đến năm 2025 hạ tầng mạng băng rộng cáp quang phủ 100% khu vực dân cư, 100% văn bản"
                + " điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng (trừ văn bản mật), 100% thủ tục"
                + " hành chính đủ điều kiện được cung cấp mức độ 4, trên 50% cuộc họp 3 cấp được thực hiện trực tuyến.\n"
                + "Đến nay, 80% hộ gia đình đã có cáp quang.\n";
        ExtractionResult r = PlanExtractor.extract("a.txt", (" date 2024-05-02 Tin tức\n" + article)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("100%:target", "100%:target", "100%:target", "50%:target", "80%:actual"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
    }

    @Test
    void aSentenceAnnouncingAListOfTargetsSetsTheLinesBelowIt() {
        // devset/fresh7 u08 (a real portal item on a province's plan): the announcing sentence is long and has a figure
        String news = """
                Ngày 31/12/2024, UBND tỉnh đã ban hành kế hoạch chuyển đổi số năm 2025.
                Kế hoạch đã đề ra mục tiêu phấn đấu vào nhóm 10 địa phương về chuyển đổi số trên cả nước và đưa ra 4 mục \
                tiêu cụ thể gắn với các tiêu chí về chuyển đổi số như sau:
                - Về chính quyền số: Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến (toàn trình) đạt 75%; Tỷ lệ số hóa hồ sơ đạt 95%.
                """;
        ExtractionResult r = PlanExtractor.extract("n.txt", news.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("nhóm 10:target", "75%:target", "95%:target"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
        String results = news.replace("đề ra mục tiêu", "đánh giá").replace("4 mục tiêu cụ thể", "kết quả cụ thể");
        assertEquals("actual", PlanExtractor.extract("r.txt", results.getBytes(StandardCharsets.UTF_8)).statements()
                .get(2).kind(), "an announced list of results stays results");
        // fresh5 q11: targets announced inside a sentence, then listed after its colon
        String announced = "Năm 2022, Ban Chỉ đạo về chuyển đổi số huyện Vũ Thư xây dựng 12 chỉ tiêu cụ thể về phát triển hạ tầng "
                + "số như: tỷ lệ dân số có điện thoại thông minh đạt 55% trở lên; tỷ lệ số hóa hồ sơ cấp huyện đạt 50% trở lên.\n"
                + "Các huyện có tỷ lệ kích hoạt tài khoản thấp (dưới 50% chỉ tiêu) gồm: Kông Chro (5/14 xã).\n";
        assertEquals(List.of("55%:target", "50%:target", "5/14 xã:actual"), PlanExtractor.extract("q.txt",
                announced.getBytes(StandardCharsets.UTF_8)).statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
        // holdout c06: a goal reached ("cán đích mục tiêu") reports results
        String reached = "Cán đích mục tiêu xây dựng nông thôn mới kiểu mẫu nổi trội về chuyển đổi số, sản phẩm chủ lực được bán "
                + "qua sàn thương mại điện tử đạt gần 20%.\n";
        assertEquals(List.of("20%:actual"), PlanExtractor.extract("c.txt", reached.getBytes(StandardCharsets.UTF_8))
                .statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
        // devset/fresh35 zj04: a plan's "chỉ tiêu chủ yếu" relayed by a portal
        String plan = "Từ tháng 10/2023, UBND tỉnh ban hành Kế hoạch phát triển hạ tầng số giai đoạn 2023 - 2025, trong đó xác "
                + "định phát triển đồng bộ hạ tầng viễn thông băng rộng với các chỉ tiêu chủ yếu:\n"
                + "Tỷ lệ thôn, bản được phủ băng rộng di động đạt 100%; tỷ lệ người sử dụng Internet đạt 90%.\n";
        assertEquals(List.of("100%:target", "90%:target"), PlanExtractor.extract("p.txt", plan.getBytes(StandardCharsets.UTF_8))
                .statements().stream().map(s -> s.valueText() + ":" + s.kind()).toList());
    }

    @Test
    void aParagraphOpeningWithItsHorizonSetsTargetsInItsLaterSentences() {
        // devset/fresh f13 (a real article on a province's DX resolution): the horizon opens the paragraph only
        String article = " date 2024-05-02 Cà Mau đẩy mạnh chuyển đổi số\n"
                + "Trong đó, đến năm 2025, 100% thủ tục hành chính được cung cấp trực tuyến. 100% người dân sử dụng DVCTT được"
                + " định danh. Ngoài ra, 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n"
                + "Đến nay, tỉnh đã có 85% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n";
        ExtractionResult r = PlanExtractor.extract("a.txt", article.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("100%:target:2025", "100%:target:2025", "90%:target:2025", "85%:actual:null"),
                r.statements().stream().map(s -> s.valueText() + ":" + s.kind() + ":" + s.year()).toList());
    }

    @Test
    void theMonthOrQuarterAFigureRunsToNamesItsYear() {
        // devset/fresh8 w09 (a real feature): "tính đến tháng 9/2023, có 4/13 chế độ báo cáo ..."
        assertEquals(Arrays.asList(2023, 2024), years("""
                Tỉnh đã thành lập Trung tâm Giám sát điều hành, tính đến tháng 9/2023, có 4/13 chế độ báo cáo được số hóa.
                Trong quý I/2024, 95% hồ sơ được giải quyết trực tuyến.
                """));
    }

    @Test
    void whatMustBeReachedIsATargetAndWhatIsNotNeededIsNoCue() {
        // devset/dev t05 (a real news item): "... phải hoàn thành 13 ..."
        assertEquals(List.of("60%:target", "80%:actual"), kinds("""
                I. KẾT QUẢ THỰC HIỆN NĂM 2025
                Các xã phải đạt 60% hồ sơ trực tuyến toàn trình.
                Không phải chờ đợi, 80% hồ sơ được giải quyết trước hạn.
                """));
    }

    @Test
    void aReportsAbbreviatedPlanAndResultColumnsWrittenOutGiveTheirKinds() {
        assertEquals(List.of("50%:target", "45%:actual"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "2. Tỷ lệ thanh toán trực tuyến: KH giao 50%, TH đạt 45%, chưa đạt chỉ tiêu.\n"));
    }

    @Test
    void theShareOfAPlanAchievedIsAResult() {
        assertEquals(List.of("45.300 tài khoản:actual", "92%:actual"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "Số tài khoản VNeID mức 2 được kích hoạt: 45.300 tài khoản, đạt 92% kế hoạch.\n"));
        assertEquals(List.of("105%:actual"), kinds("I. KẾT QUẢ NĂM 2025\nThu ngân sách bằng 105% so với kế hoạch năm.\n"));
        assertEquals(List.of("90%:target"), kinds("II. NHIỆM VỤ NĂM 2026\nPhấn đấu đạt 90% kế hoạch giao.\n"),
                "an aim at a share stays a target");
    }

    @Test
    void aTargetSetByTheUnitAboveIsATarget() {
        // who set it may stand between "chỉ tiêu" and "giao"; the margin over it is no figure of its own
        assertEquals(List.of("92%:actual", "85%:target"), kinds("I. KẾT QUẢ NĂM 2024\nNăm 2024, xã đạt tỷ lệ 92% hồ sơ được "
                + "tiếp nhận trực tuyến, cao hơn 7% so với chỉ tiêu huyện giao (85%).\n"));
    }

    @Test
    void aResultAndThePlansFigureInTurnEachKeepTheirKind() {
        // "đạt" beside a plan's figure opens the next result's, as "thực hiện" does
        assertEquals(List.of("2/20 chỉ tiêu:actual", "45%:actual", "60%:target", "72%:actual", "80%:target"),
                kinds("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025\nTồn tại: còn 2/20 chỉ tiêu chưa đạt, gồm tỷ lệ thanh toán không dùng tiền "
                        + "mặt (đạt 45%, kế hoạch 60%) và tỷ lệ hộ gia đình có cáp quang (đạt 72%, kế hoạch 80%).\n"));
    }

    @Test
    void theShareOfAPlanAchievedMayCarryABoundOrAnotherVerb() {
        // the dev set's lines (fresh2 g05, fresh29 zd05), read as news reads them: no results heading above
        assertEquals(List.of("16/22 mục tiêu:actual", "72%:actual"), kinds("Đến nay đã có 16/22 mục tiêu hoàn thành và "
                + "hoàn thành vượt mức, đạt hơn 72% so với kế hoạch đề ra.\n"));
        assertEquals(List.of("25%:actual", "5%:actual", "42%:actual"), kinds("I. KẾT QUẢ NĂM 2025\nTỷ lệ người dân có khả "
                + "năng sử dụng băng rộng cố định tốc độ trên 1 Gb/s đạt 25%, tăng 5% và hoàn thành gần 42% kế hoạch.\n"));
        assertEquals(List.of("85,2%:actual", "80%:target", "5,2%:actual"), kinds("I. KẾT QUẢ NĂM 2025\nTỷ lệ hồ sơ trực tuyến toàn trình "
                + "đạt 85,2% (kế hoạch 80%), vượt 5,2% so với kế hoạch.\n"));
        assertEquals(List.of("95%:target"), kinds("II. NHIỆM VỤ NĂM 2026\nPhấn đấu hoàn thành trên 95% kế hoạch.\n"),
                "an aim at a share stays a target");
    }

    @Test
    void aReportsPlanAndResultColumnsWrittenOutNameEachFigure() {
        assertEquals(List.of("80%:target", "86,5%:actual", "95%:target", "97,3%:actual"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "1. Tỷ lệ hồ sơ trực tuyến: chỉ tiêu 80%, thực hiện 86,5% (đạt).\n"
                + "2. Tỷ lệ văn bản ký số: Kế hoạch: 95%; Thực hiện: 97,3%.\n"));
        // the share of the plan reached, or the plan in brackets (a target of its own), is no cue of the next figure
        assertEquals(List.of("91%:actual", "61%:actual", "93%:actual", "85%:target", "63%:actual"), kinds("I. KẾT QUẢ NĂM 2025\n"
                + "- Tỷ lệ hồ sơ trực tuyến đạt 91% kế hoạch, tỷ lệ thanh toán trực tuyến 61%.\n"
                + "- Tỷ lệ hồ sơ trực tuyến đạt 93% (kế hoạch 85%), tỷ lệ thanh toán trực tuyến 63%.\n"));
        // a task carried out and a target completed are no columns
        assertEquals(List.of("100%:target", "40 mô hình:target"), kinds("II. NHIỆM VỤ NĂM 2026\n"
                + "- 100% cán bộ được tập huấn kỹ năng số; thực hiện 40 mô hình điểm của Đề án 06.\n"));
    }

    @Test
    void aReportsPartOfTasksLetteredOrWrittenOutOrAnnouncedByALeadInSetsTargets() {
        assertEquals(List.of("88%:actual", "95%:target"), kinds("A. KẾT QUẢ NĂM 2025\n- Tỷ lệ hồ sơ trực tuyến đạt 88%.\n"
                + "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n- Tỷ lệ hồ sơ trực tuyến đạt 95%.\n"));
        assertEquals(List.of("88%:actual", "10 lớp:target"), kinds("PHẦN THỨ NHẤT\nKẾT QUẢ NĂM 2025\n"
                + "- Tỷ lệ hồ sơ trực tuyến đạt 88%.\nPHẦN THỨ HAI\nNHIỆM VỤ TRỌNG TÂM NĂM 2026\n- Tổ chức 10 lớp tập huấn.\n"));
        assertEquals(List.of("88%:actual", "95%:target"), kinds("I. KẾT QUẢ NĂM 2025\n- Tỷ lệ hồ sơ trực tuyến đạt 88%.\n"
                + "Phương hướng, nhiệm vụ năm 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 95%.\n"));
    }
}
