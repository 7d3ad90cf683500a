package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document kind from the opening lines, on openings of real documents (devset fresh5, tuning since fresh6). */
class DocTypeTest {

    private static String of(String text) {
        return DocType.of(List.of(text.split("\n", -1)));
    }

    @Test
    void aProjectCitedByItsNumberIsNoPlanTitle() {
        // p05: a half-year review of the steering committee "... và Đề án 06"
        assertEquals(DocType.HALF_YEAR_REPORT, of("""
                 date 2025-08 Ngày 31/7, Ban Chỉ đạo Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số \
                và Đề án 06 tỉnh Đồng Nai đã tổ chức sơ kết 6 tháng đầu năm.

                Quang cảnh cuộc họp của Ban Chỉ đạo chuyển đổi số và Đề án 06 tỉnh Đồng Nai. Ảnh Hải Quân
                """));
    }

    @Test
    void resultsOfAPlanNamedBeforeThePlanAreAReport() {
        // devset/fresh31 zf03 (a real city portal item on a half-year review of a project in Party agencies)
        assertEquals(DocType.HALF_YEAR_REPORT, of("""
                Hội nghị kết quả triển khai Đề án chuyển đổi số trong các cơ quan Đảng, đoàn thể Thành phố 6 tháng đầu năm 2025
                Ngay từ những tháng đầu năm 2025, Ban Chỉ đạo 204 đã tổ chức phiên họp đầu tiên.
                """));
        assertEquals(DocType.PLAN, of("Kế hoạch chuyển đổi số năm 2025 và kết quả năm 2024\n"), "the plan named first");
    }

    @Test
    void aReportCitedInTheOpeningParagraphDoesNotMakeThePlanAReport() {
        // devset/fresh15 ka01 (a real provincial plan of 2023, its web title citing it by number)
        assertEquals(DocType.PLAN, of("""
                Kế hoạch 11252/KH-UBND 2023 nâng cao chỉ số chuyển đổi số DTI Khánh Hòa

                KẾ HOẠCH

                NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH KHÁNH HÒA NĂM 2023

                Theo Báo cáo Chỉ số đánh giá chuyển đổi số năm 2022 của Bộ Thông tin và Truyền thông, tỉnh xếp vị trí 41/63.
                """));
        assertEquals(DocType.REPORT, of("BÁO CÁO\nKết quả chuyển đổi số năm 2024\n"));
    }

    @Test
    void aShortSentenceGoingOnFromAnotherIsBodyNotALead() {
        // devset/fresh17 qa06 (a real news item): party cells "drafted plans" under a district committee's plan
        assertEquals(DocType.NEWS, of("""
                Hơn 92% đảng viên quận Bắc Từ Liêm sử dụng Sổ tay đảng viên

                Thời gian qua, các tổ chức cơ sở đảng trực thuộc quận đã triển khai phần mềm. Đến nay, toàn quận có 12.256 đảng viên.

                Theo đó, thực hiện Kế hoạch số 117-KH/QU ngày 9/02/2023 của Quận ủy, các tổ chức đã xây dựng kế hoạch và triển khai.
                """));
        // devset/fresh19 sa01: a city rewards those who carried out a commune's pilot plan
        assertEquals(DocType.NEWS, of("""
                Câu chuyện thí điểm chuyển đổi số toàn diện cấp xã tại Bà Rịa - Vũng Tàu

                Bà Rịa - Vũng Tàu đã chọn xã Hòa Long làm hình mẫu thí điểm chuyển đổi số toàn diện.
                UBND thành phố Bà Rịa khen thưởng 3 tập thể có thành tích trong thực hiện Kế hoạch xây dựng mô hình chuyển đổi số xã Hòa Long.
                """));
    }

    @Test
    void aHeadlinePushingAProgrammeOnIsNewsOfItsProgress() {
        // devset/fresh12 o03 (a real provincial newspaper item of 1 February 2023)
        assertEquals(DocType.NEWS, of("""
                Đẩy nhanh Chương trình Chuyển đổi số

                THANH HỒNG 06:25, 01/02/2023

                Theo đó, 100% cơ quan hành chính nhà nước từ tỉnh đến cơ sở đã có hạ tầng đảm bảo công tác quản lý.
                """));
        // devset/fresh12 o07: an event programme held on National DX Day
        assertEquals(DocType.NEWS, of("Ngày 5/10, tỉnh Cà Mau tổ chức chương trình “Cà Mau hưởng ứng ngày chuyển đổi số"
                + " Quốc gia năm 2024”.\nVề xã hội số, 100% ấp/khóm đã thành lập Tổ công nghệ số cộng đồng.\n"));
        assertEquals(DocType.PLAN, of("Chương trình chuyển đổi số năm 2024 của huyện Càng Long\n\n- Phấn đấu 100% hồ sơ.\n"));
    }

    @Test
    void aSentenceOpenedByAProgrammesNameIsNoTitle() {
        // devset/fresh8 w02 (a real article on a two-year review of a province's DX programme)
        assertTrue(DocType.reportsResults(of("""
                Chương trình Chuyển đổi số An Giang thực hiện các mục tiêu phát triển Chính phủ số, kinh tế số, xã hội số; \
                doanh nghiệp phát triển dựa trên hạ tầng số, thúc đẩy phát triển doanh nghiệp công nghệ số; người dân tham \
                gia tích cực ứng dụng, khai thác nền tảng số.
                Theo đó, đưa ra 15 chỉ tiêu cụ thể thực hiện giai đoạn 2021-2025, định hướng đến năm 2030.
                Báo cáo sơ kết cho thấy, chương trình đạt được một số kết quả nhất định như: có 11/15 chỉ tiêu đạt.
                """)), "a review of the programme reports results");
        assertEquals(DocType.MULTI_YEAR_PLAN, of("""
                Chương trình chuyển đổi số tỉnh An Giang giai đoạn 2021-2025, định hướng đến năm 2030
                Báo cáo kết quả là căn cứ để đề ra 15 chỉ tiêu.
                """), "a short line opened by the programme's name is its title");
    }

    @Test
    void aNationalTargetProgrammesNameOrATrainingProgrammeCompletedIsNoPlan() {
        // devset/fresh8 w03 (a real news item on training done): "chương trình mục tiêu quốc gia" names a programme,
        // "hoàn thành chương trình tập huấn với mục tiêu ..." reports one done
        assertEquals(DocType.NEWS, of("Lãnh đạo tỉnh Điện Biên đã chỉ đạo Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo"
                + " phối hợp đào tạo trí tuệ nhân tạo (AI) cho học sinh, sinh viên, giáo viên. Trong vòng hai tháng (tháng 3"
                + " và tháng 4/2025), tỉnh Điện Biên hoàn thành chương trình tập huấn với mục tiêu"
                + " phổ cập AI cho 100% giáo viên (gần 14.000 người).\n"
                + "Trong năm 2024 và các tháng đầu năm 2025, Sở đã tổ chức 14 lớp trực tiếp và trực tuyến đào tạo cho hơn 510"
                + " học viên về kỹ năng sử dụng công nghệ thông tin gắn với yêu cầu chuyển đổi số cho ngành y tế; chuyển đổi số"
                + " thuộc chương trình mục tiêu quốc gia cho đội ngũ cán bộ thôn, bản."));
        assertEquals(DocType.PLAN, of("Kế hoạch đề ra mục tiêu chung là 100% hồ sơ được xử lý trên môi trường mạng."));
    }

    @Test
    void aPlanCitedInsideTheFirstParagraphLeavesAReportAReport() {
        // q06: "Qua việc triển khai thực hiện Kế hoạch ... đạt được kết quả": a long paragraph, no title
        assertEquals(DocType.NEWS, of("Qua việc triển khai thực hiện Kế hoạch chuyển đổi số năm 2024 và đề xuất nhiệm vụ"
                + " chuyển đổi số của cơ quan, đơn vị năm 2025, huyện Xuân Lộc đạt được kết quả. Ngay từ đầu năm huyện đã"
                + " bám sát các nội dung của Kế hoạch số 184/KH-UBND ngày 19/7/2024 của UBND huyện về chuyển đổi số huyện"
                + " Xuân Lộc năm 2024. Qua rà soát, nội dung Kế hoạch số 184/KH-UBND, có 22 chỉ tiêu."));
    }

    @Test
    void aSentenceFarBelowTheLeadIsBodyNotTitle() {
        // q05: a news feature; its sixth line announces the year's plan in passing
        assertEquals(DocType.NEWS, of("""
                 date 2025-11-01 Hạ tầng số làm bước đệm cho phát triển toàn diện

                Nhận thức hạ tầng số là nền tảng, Lai Châu ưu tiên nguồn lực phát triển viễn thông.

                Đến tháng 5, Lai Châu đã phủ sóng băng rộng di động tại 95% thôn bản và Internet cáp quang 80%.

                Tỉnh có 2.104 trạm BTS (55 trạm 5G), 57.239 thuê bao Internet.

                Bên cạnh đó, Trung tâm IOC đi vào hoạt động.

                Thời gian tới, Lai Châu tiếp tục đẩy mạnh chuyển đổi số, triển khai Kế hoạch năm 2025; ban hành quy chế.
                """));
    }

    @Test
    void newsOfAPlanJustIssuedReadsLikeThePlanEvenByItsNumber() {
        // p08: "vừa ký ban hành Kế hoạch số 19/KH-UBND"
        assertEquals(DocType.PLAN, of(" date 2026-01-21 (GLO)- Phó Chủ tịch UBND tỉnh Gia Lai vừa ký ban hành Kế hoạch"
                + " số 19/KH-UBND về việc triển khai phong trào “Bình dân học vụ số” năm 2026. Kết quả cần đạt như sau."));
    }

    @Test
    void aResolutionAlreadyIssuedIsReportedNotIssued() {
        // fresh4 n07: a results report recalls the resolutions issued earlier
        assertEquals(DocType.NEWS, of("Thực hiện chương trình chuyển đổi số quốc gia, tỉnh Tuyên Quang đã ban hành Nghị"
                + " quyết về Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030 và đạt nhiều kết quả"
                + " quan trọng trên các lĩnh vực hạ tầng số, chính quyền số, kinh tế số và xã hội số của toàn tỉnh."));
    }

    @Test
    void aDecisionUnitsAdvisedOnIsNotTheDocument() {
        // fresh28 zc04: news of the community technology teams, whose localities "advised on issuing" their decisions
        assertEquals(DocType.NEWS, of(" date 2025-12-25 Với hơn 24.000 thành viên, các Tổ công nghệ số cộng đồng đã phát"
                + " huy tốt vai trò.\nĐến nay, có 93/93 địa phương đã tham mưu ban hành Quyết định củng cố và thành lập"
                + " Tổ Công nghệ số cộng đồng (CNSCĐ)."));
    }

    @Test
    void aDecisionRecalledByItsNumberIsNotTheDocument() {
        // fresh13 i05: a province's news recalls the decision that set its digital-transformation day
        assertEquals(DocType.NEWS, of("Quảng Trị với công tác chuyển đổi số\nXác định chuyển đổi số là giải pháp quan trọng;"
                + " ngày 21/9/2022, UBND tỉnh ban hành Quyết định số 2443/QĐ-UBND lấy ngày 10 tháng 10 hằng năm là Ngày"
                + " Chuyển đổi số tỉnh.\nĐến nay 100% các sở đã thành lập Ban Chỉ đạo."));
        assertEquals(DocType.DECISION, of("UBND tỉnh vừa ban hành Quyết định số 1234/QĐ-UBND giao chỉ tiêu chuyển đổi số"
                + " năm 2025 cho các xã.\nTỷ lệ hồ sơ trực tuyến đạt 80%."));
        // fresh6 s07: a provincial portal's article opens its first paragraph with the resolution it follows
        assertEquals(DocType.NEWS, of("Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,"
                + " đổi mới sáng tạo và chuyển đổi số quốc gia không chỉ khẳng định tầm nhìn chiến lược của Đảng ta mà còn"
                + " truyền cảm hứng mạnh mẽ. Năm 2024, Phú Yên tiếp tục đạt nhiều kết quả quan trọng.\nĐến nay 100% xã có"
                + " cáp quang."));
        // a decision's own title line still names it, its number too
        assertEquals(DocType.DECISION, of("Quyết định số 969/QĐ-UBND về việc giao chỉ tiêu chuyển đổi số cấp xã\n"
                + "Tỷ lệ hồ sơ trực tuyến đạt 80%."));
    }

    @Test
    void aReportingSystemIsNoReport() {
        // devset/fresh14 d09: a plan's targets include a reporting information system
        assertEquals(DocType.PLAN, of("Theo đó, kế hoạch đặt mục tiêu chung là hoàn thành các mục tiêu đến năm 2025.\n"
                + "Triển khai hệ thống thông tin báo cáo đến 100% các sở, ngành."));
        assertEquals(DocType.REPORT, of("Báo cáo kết quả chuyển đổi số năm 2024\nTỷ lệ hồ sơ trực tuyến đạt 80%."));
    }

    @Test
    void aPlanNamedWithItsYearIsStillAPlan() {
        assertEquals(DocType.PLAN, of("Kế hoạch 2024 về chuyển đổi số xã An Bình\nPhấn đấu 90% hồ sơ trực tuyến."));
    }

    @Test
    void aPlanWhoseLetterheadIsSplitOverLinesOpensWithItsResultsPart() {
        assertEquals(DocType.PLAN, of("ỦY BAN NHÂN DÂN\nXÃ NGHĨA HƯNG\nSố: 05/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026\n"
                + "I. KẾT QUẢ NĂM 2025\nTỷ lệ hồ sơ trực tuyến của xã năm 2025 đạt 85%.\n"));
        assertEquals(DocType.REPORT, of("ỦY BAN NHÂN DÂN\nXÃ NGHĨA HƯNG\nBÁO CÁO\nKết quả thực hiện Kế hoạch chuyển đổi số"
                + " năm 2025\n"));
    }
}
