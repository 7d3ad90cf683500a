package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures that are no DX statement of the locality: the country's average beside its own (LABELS.md: other places'
 * figures), communes meeting the new-rural standard (another national programme), and the places of a list of units
 * with their scores (the scores are the statements), and an office's workload of dossiers without a word of online or
 * digital service.
 */
class NationalFigureTest {

    private static List<Double> values(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(Statement::value).toList();
    }

    @Test
    void theCountrysFigureNamedBeforeItsVerbIsNoStatement() {
        assertEquals(List.of(65.0), values("Kết quả chuyển đổi số tỉnh Ninh Thuận năm 2024\nTỷ lệ hồ sơ trực tuyến toàn trình cả nước"
                + " đạt 42%; của tỉnh đạt 65%.\n"));
    }

    @Test
    void theBoundOfACountedGroupOfUnitsIsNoStatement() {
        assertEquals(List.of(44.5), values("Kết quả số hóa Sổ hộ tịch tỉnh Quảng Nam năm 2024\nBên cạnh đó, hiện có 24 xã/phường"
                + " thực hiện số hóa Sổ hộ tịch đạt dưới 10%; toàn tỉnh đạt 44,5%.\n").subList(1, 2));
        assertEquals(List.of(99.0), values("Kết quả chuyển đổi số huyện Ngọc Hiển năm 2023\nĐối với việc thực hiện thủ tục hành"
                + " chính trên Dịch vụ công quốc gia, bộ phận một cửa cấp huyện và các xã, thị trấn đã giải quyết hồ sơ trực tuyến"
                + " đạt trên 99%.\n"), "a group named, not counted, keeps its figure");
    }

    @Test
    void theMostAnIndexGivesIsNoScore() {
        // fresh8 y01, fresh36 zk02 (real news items)
        assertEquals(List.of(826.8), values("Kết quả đánh giá chuyển đổi số các sở tỉnh Hải Dương năm 2023\n"
                + "Bộ chỉ số đánh giá chuyển đổi số cấp sở có 6 tiêu chí, tổng 500 điểm gồm: nhận thức số, thể chế số, hạ tầng số.\n"
                + "Tỉnh thực hiện đánh giá các sở với thang điểm tính tối đa là 1.000 điểm.\n"
                + "Với tổng điểm đạt 826,8 điểm, tỉnh xếp loại tốt.\n"));
    }

    @Test
    void whereAMeetingWasBroadcastToIsNoMeasureButItsPointsAre() {
        // fresh5 p11, fresh22 ta05 (real news items)
        assertEquals(List.of(241.0), values("Hội nghị chuyển đổi số tỉnh Quảng Trị năm 2025\n"
                + "Hội nghị được tổ chức trực tuyến đến 78 xã, phường, đặc khu của tỉnh, kết nối 241 điểm cầu.\n"));
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
    void otherUnitsListedWithTheirFiguresInBracketsAreNoStatementsButTheLocalitysOwnIs() {
        // after devset/fresh10 e10 and e08 (real news items)
        assertEquals(List.of(2.0, 67.0), values("Đà Nẵng đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến năm 2022\n"
                + "Tính đến tháng 11-2022, Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), Nam Định (65,9%), Lạng Sơn (64,2%)"
                + " là 4 tỉnh, thành dẫn đầu về tỷ lệ hồ sơ trực tuyến.\n"));
        ExtractionResult r = PlanExtractor.extract("n.txt", ("Hà Nam dẫn đầu cả nước về hồ sơ trực tuyến toàn trình năm 2024\n"
                + "Tỷ lệ này đưa tỉnh Hà Nam dẫn đầu cả nước, vượt Đà Nẵng (58,89%), Hà Giang (55,76%), Nam Định (52,96%).\n"
                + "Tỉnh Hà Nam có 115.665 hồ sơ trực tuyến toàn trình, chiếm 68,54%.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(115665.0, 68.54), r.statements().stream().map(Statement::value).toList());
        assertEquals(3, r.candidates().stream().filter(c -> c.reason().equals(OthersListed.REASON)).count(),
                "each other unit's figure says why it is none");
        // fresh5 q12: a bracket opening with "trên", a rank after "tỉnh X đứng"
        assertEquals(List.of(0.5208), values("Bạc Liêu: chỉ số chuyển đổi số năm 2023\n"
                + "Theo đó, tỉnh nhà đứng cuối bảng xếp hạng, với tổng điểm đạt được là 0,5208, cách biệt lớn so với địa phương dẫn "
                + "đầu cả nước là TP. Đà Nẵng (0,834 điểm) và tỉnh Hậu Giang đứng hạng 19 cả nước - cao nhất vùng Đồng bằng sông "
                + "Cửu Long (trên 0,7 điểm).\n"));
        // brackets of a figure's own breakdown are no list of units
        assertEquals(List.of(80.0, 60.0, 20.0), values("Kết quả chuyển đổi số năm 2024 tỉnh Hà Nam\n"
                + "Tỷ lệ hồ sơ trực tuyến đạt 80%, trong đó toàn trình (60%) và một phần (20%).\n"));
    }

    @Test
    void aMinistrysFigureIsNoLocalitysButAMinistrysJudgementOfTheLocalityIs() {
        // after devset/fresh10 e08 and e10 (real national news items)
        assertEquals(List.of(68.54), values("Hà Nam dẫn đầu cả nước về hồ sơ trực tuyến toàn trình năm 2024\n"
                + "Tỉnh Hà Nam có tỷ lệ hồ sơ trực tuyến toàn trình chiếm 68,54%.\n"
                + "Ở khối bộ, ngành, Bộ Công thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến toàn trình, chiếm 83,48%.\n"
                + "Theo Bộ Thông tin và Truyền thông, Bộ Y tế có lượng truy cập Cổng thông tin nhiều nhất với 14,58 triệu lượt.\n"));
        assertEquals(List.of(90.0), values("Kết quả chuyển đổi số năm 2024 tỉnh Hà Nam\n"
                + "Năm 2024, tỉnh Hà Nam được Bộ Thông tin và Truyền thông đánh giá đạt 90 điểm.\n"));
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
        // devset/fresh8 w01: communes chosen to build the model new-rural standard
        assertEquals(List.of(100.0), values("Kết quả chuyển đổi số năm 2024 xã Văn Đức\n"
                + "Năm 2024, xã được huyện lựa chọn là một trong 3 xã xây dựng nông thôn mới kiểu mẫu; 100% hộ có cáp quang.\n"));
    }

    @Test
    void thePlacesOfAListOfScoresAreNotStatementsButTheScoresAre() {
        // after devset/fresh3 g10 and fresh2 c10 (real news items on DX rankings)
        assertEquals(List.of(513.65, 508.17, 507.79), values("Kết quả xếp hạng chuyển đổi số năm 2023 tỉnh Tuyên Quang\n"
                + "Đối với các địa phương, TP Tuyên Quang là địa phương đứng đầu với 513,65 điểm; huyện Yên Sơn xếp thứ 2 với"
                + " 508,17 điểm; Sơn Dương xếp thứ 3 với 507,79 điểm.\n"));
        assertEquals(List.of(12.0), values("Chỉ số DTI năm 2022 tỉnh Trà Vinh\n"
                + "Đà Nẵng dẫn đầu, TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3. Trà Vinh xếp thứ 12.\n"));
    }

    @Test
    void dossiersCountOnlyWhenTheirClauseIsOnlineOrDigital() {
        // after devset/fresh2 c04, fresh f08 and fresh4 m10 (real reports of one-stop centres)
        assertEquals(List.of(2007.0, 2041.0, 99.0), values("Kết quả cải cách hành chính năm 2025 xã Đường An\n"
                + "Tổng số hồ sơ tiếp nhận là 8.930 hồ sơ thủ tục hành chính. Trung tâm tiếp nhận 2.007 hồ sơ trực tuyến; 258 hồ"
                + " sơ trực tiếp. Đã giải quyết 2.051 hồ sơ; trong đó 2.041 hồ sơ giải quyết trước hạn, đạt tỉ lệ trên 99%;"
                + " còn 14 hồ sơ bị quá hạn.\n"));
        // devset/fresh21 ua02: the dossiers of the new ID card are Đề án 06's figure
        assertEquals(List.of(12_500_000.0), values("Dữ liệu dân cư TP.HCM\n"
                + "Đến nay, TP.HCM đã thu nhận hơn 12,5 triệu hồ sơ cấp căn cước mới.\n"));
        // devset/fresh53 yf06: the same written as abbreviations
        assertEquals(List.of(775_000.0), values("Quảng Ngãi đẩy mạnh Đề án 06\n"
                + "Toàn tỉnh đã thu nhận 775 nghìn hồ sơ cấp tài khoản ĐDĐT mức độ 2 cho người dân.\n"));
    }

    @Test
    void theNumberOfPlacesARankingListsIsNoStatementButPlacesToComplete() {
        // devset/fresh3 j10 and fresh6 s11 (real news items); devset/dev a06 (a real decision) keeps its target
        assertEquals(List.of(26.0), values("Chỉ số chuyển đổi số năm 2022 tỉnh Hậu Giang\n"
                + "Hậu Giang xếp hạng 26; 9 địa phương dẫn đầu về nhận thức số: Đà Nẵng, Lạng Sơn, Yên Bái.\n"));
        assertEquals(List.of(12.0), values("Quyết định giao chỉ tiêu chuyển đổi số tỉnh Thanh Hóa giai đoạn 2022-2025\n"
                + "Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố: Thành phố Thanh Hoá, thị xã Bỉm Sơn.\n"));
    }

    @Test
    void aSentenceOpeningWithAGroupOfLeadersAndListingItsMembersIsNoPlace() {
        // devset/fresh10 e02 and fresh6 r07 (real news items); the locality's own place in the group stays
        assertEquals(List.of(), values("Chỉ số DTI năm 2023 tỉnh Bà Rịa - Vũng Tàu\n"
                + "Bộ Thông tin và Truyền thông đã công bố bảng xếp hạng.\n"
                + "Top 10 tỉnh, thành phố đứng đầu về DTI 2023 gồm: Đà Nẵng, Thành phố Hồ Chí Minh, Lạng Sơn, Cần Thơ.\n"));
        assertEquals(List.of(), values("Kết quả xếp hạng chuyển đổi số các sở, ngành tỉnh Bình Định năm 2022\n"
                + "Sở Tài chính dẫn đầu. Cùng trong Top 5, có Sở Thông tin và Truyền thông, Sở Y tế, Văn phòng UBND tỉnh.\n"));
        assertEquals(List.of(10.0), values("Chỉ số DTI năm 2023 thành phố Hà Nội\n"
                + "Hà Nội lọt vào Top 10 tỉnh, thành phố gồm: Đà Nẵng, Thành phố Hồ Chí Minh, Lạng Sơn.\n"));
    }
}
