package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each figure rule on the seeds' phrasings and on phrasings the seeds do not use. */
class QuantityScannerTest {

    private static QuantityScanner.Quantity only(String sentence) {
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(sentence);
        assertEquals(1, q.size(), sentence + " -> " + q);
        return q.get(0);
    }

    @Test
    void percentagesWithCommaOrDotDecimals() {
        assertEquals(99.9, only("Tỷ lệ văn bản điện tử có ký số đạt trên 99,9 %.").value());
        assertEquals(99.9, only("tỷ lệ ký số đạt 99.9%").value());
        assertEquals("gt", only("Tỷ lệ văn bản điện tử có ký số đạt trên 99,9 %.").comparator());
    }

    @Test
    void aPercentageAfterAPlansOrAYearsWordIsAFigure() {
        // devset fresh4 n08 (a provincial news item of 2007): the share above the year's plan, labelled
        assertEquals(18.18, QuantityScanner.scan("thuê bao di động chiếm 56,67%, vượt kế hoạch năm 18,18%, mật độ")
                .get(1).value());
        assertEquals(List.of(45.0, 60.0), QuantityScanner.scan("thanh toán không dùng tiền mặt (đạt 45%, kế hoạch 60%)")
                .stream().map(QuantityScanner.Quantity::value).toList());
        // a plan's or a year's number carries no per cent sign: still no figure
        assertTrue(QuantityScanner.scan("Thực hiện Kế hoạch 60 của UBND tỉnh năm 2025").stream()
                .noneMatch(q -> q.value() == 60.0));
    }

    @Test
    void rangesKeepBothBounds() {
        QuantityScanner.Quantity q = only("phủ sóng di động 5G đạt 15-20% dân số");
        assertEquals(15, q.value());
        assertEquals(20, q.valueHigh());
        assertEquals("range", q.comparator());
        assertEquals(30, only("đạt từ 30 đến 40% hộ gia đình").value());
    }

    @Test
    void aFractionsUnitEndsWhereThePlacesItCountsEnd() {
        // devset fresh8 w10, fresh9 k08, fresh30 na08 (real news items): a comma continues the unit with another kind
        // of place only
        assertEquals("xã, phường", only("Hiện, 148/148 xã, phường được trang bị máy tính").unit());
        assertEquals("thôn, tổ dân phố", only("149/149 thôn, tổ dân phố đã thành lập tổ công nghệ").unit());
        assertEquals("xã, thị trấn", only("16/16 xã, thị trấn đã kết nối").unit());
        assertEquals("thôn", only("thành lập tổ tại 25/25 thôn, hỗ trợ trực tiếp người dân").unit());
        assertEquals("chợ", QuantityScanner.scan("triển khai tại 25/101 chợ, trong đó có gần 10 chợ nông thôn").get(0).unit());
        // devset fresh43 zr04, holdout b04 (real): residential groups, not the "tổ" of teams
        assertEquals("tổ dân phố", only("có 3/3 tổ dân phố thành lập Tổ công nghệ số cộng đồng").unit());
        assertEquals("tổ dân phố", only("Phường có 110 tổ dân phố").unit());
    }

    @Test
    void comparators() {
        assertEquals("gte", only("đạt từ 45% trở lên").comparator());
        assertEquals("gte", only("tối thiểu 95% người dân hài lòng").comparator());
        assertEquals("gte", only("ít nhất 70% hồ sơ").comparator());
        assertEquals("approx", only("kinh tế số chiếm khoảng 10% giá trị sản xuất").comparator());
        assertEquals("lte", only("tỷ lệ hồ sơ trễ hạn không quá 2%").comparator());
        assertEquals("eq", only("60% hồ sơ công việc").comparator());
    }

    @Test
    void firstAmongAllIsThePlaceOneOfThePlacesNamed() {
        // devset fresh19 sa07 and fresh36 zk08 (real news items)
        QuantityScanner.Quantity lead = only("Năm 2024, Bình Dương dẫn đầu 63 tỉnh, thành phố cả nước về dịch vụ công trực tuyến");
        assertEquals(1, lead.value());
        assertEquals(63, lead.denominator());
        assertEquals(QuantityScanner.RANK_UNIT, lead.unit());
        QuantityScanner.Quantity group = only("Năm 2024, thứ hạng chuyển đổi số TP.HCM dẫn đầu nhóm 63 tỉnh, thành");
        assertEquals(1, group.value(), "the first of the group, not a place within the first 63");
        assertEquals(5, only("Năm 2024, xã dẫn đầu 5 chỉ tiêu").value(), "five indicators led, no place");
    }

    @Test
    void aMoveInARankingWrittenAsAWord() {
        // devset fresh37 zl02 (a real news item): "tăng một bậc so với năm 2023"
        QuantityScanner.Quantity up = only("Huế tăng một bậc so với năm 2023");
        assertEquals(1, up.value());
        assertEquals(QuantityScanner.RANK_MOVE_UNIT, up.unit());
        // the number-first scan reads a sentence with a digit in it
        assertEquals(-3, only("Năm 2024, chỉ số giảm ba bậc").value());
        assertTrue(QuantityScanner.scan("tăng năm 2023 so với cùng kỳ").isEmpty(), "a year after the verb is no move");
    }

    @Test
    void unitsCountedByTheirGradeButNotAnyUnit() {
        // devset fresh36 zk01 (a real news item on a province's DX assessment of its agencies and communes)
        List<QuantityScanner.Quantity> graded = QuantityScanner.scan(
                "còn ở cấp xã có 15 đơn vị đạt loại tốt, 42 đơn vị loại khá, 18 đơn vị đạt trung bình và 19 đơn vị loại kém.");
        assertEquals(List.of(15.0, 42.0, 18.0, 19.0), graded.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals("đơn vị", graded.get(0).unit());
        assertEquals(2, only("có 2 đơn vị xếp loại xuất sắc").value());
        assertTrue(QuantityScanner.scan("12 đơn vị tham gia hội thi").isEmpty(), "a unit not graded is no count");
        assertTrue(QuantityScanner.scan("giao 5 đơn vị tổ chức thực hiện").isEmpty(), "bodies given a task");
    }

    @Test
    void countsOfHamletsLoudspeakersClubsAndForums() {
        // the units of real news items (devset fresh16 na01, fresh15 ka12, h03, h10)
        assertEquals("loa truyền thanh", only("lắp đặt 46 loa truyền thanh ngoài trời").unit());
        assertEquals("CLB", only("đã thành lập 15 CLB tình nguyện").unit());
        assertEquals("diễn đàn", only("tổ chức ít nhất 01 diễn đàn").unit());
        assertEquals("khu phố", only("tối thiểu 10 khu phố đạt chuẩn").unit());
        assertEquals("xóm", only("tổ công nghệ số tại 12 xóm").unit());
    }

    @Test
    void countsOfSitesCoursesComputersAndTasksButNoPlaceInAPhoto() {
        // the forms of real news items (devset fresh35 zj02, zj05, zj09, zj11)
        assertEquals("vị trí", only("toàn tỉnh hiện có 1.090 vị trí trạm thu phát sóng").unit());
        assertEquals("khóa học", only("đến nay đã triển khai 12 khóa học").unit());
        assertEquals("bộ máy vi tính", only("huyện được tặng 17 bộ máy vi tính").unit());
        assertEquals("cột ăng ten", only("có 7 cột ăng ten sử dụng chung").unit());
        assertEquals("nhiệm vụ", only("tỉnh đã hoàn thành 85 nhiệm vụ").unit());
        // cases, not schools (devset fresh53 yf04)
        assertEquals("trường hợp", only("đã kích hoạt định danh điện tử cho 4.471.982 trường hợp").unit());
        assertEquals("trường học", only("có 45 trường học kết nối internet").unit());
        assertEquals("mục tiêu", only("có 8 mục tiêu hoàn thành").unit());
        assertTrue(QuantityScanner.scan("4 vị trí tiếp theo thuộc về Bộ Tài chính").isEmpty(), "places of a ranking");
        assertTrue(QuantityScanner.scan("Chủ tịch UBND tỉnh (đứng thứ 3 từ trái sang) chứng kiến lễ ký kết").isEmpty(),
                "where a person stands in a photo is no rank");
        assertEquals(3, only("tỉnh đứng thứ 3 toàn quốc").value());
    }

    @Test
    void aSpeedACapacityOrACablesLengthWrittenAgainstItsNumberIsRead() {
        // devset fresh3 k09, fresh16 ka10, fresh36 zk10 (real news items)
        assertEquals("Mbps", only("tốc độ băng thông di động đạt 40Mbps").unit());
        assertEquals(135, only("năng lực lưu trữ lên đến 135TB").value());
        assertEquals(5220, only("toàn tỉnh có hơn 5.220km cáp quang").value());
        assertTrue(QuantityScanner.scan("Xã nằm cách trung tâm thị trấn khoảng 06km về phía Đông bắc").isEmpty(),
                "how far a place lies is no figure");
        assertTrue(QuantityScanner.scan("mạng 4G và 5G phủ sóng").isEmpty());
        // holdout c11: a pilot's sites, no item "điểm 06" of a legal text
        assertEquals(6, only("Tỉnh đã triển khai thí điểm 06 điểm phát sóng 5G.").value());
    }

    @Test
    void moneyEarnedSavedOrSpentIsAnAmountButABudgetOrTheEconomysFigureIsNone() {
        // real clauses of devset fresh2 g07, fresh35 zj07, fresh18 ra01; the independent corpus's budget lines
        QuantityScanner.Quantity revenue = only("lĩnh vực bưu chính, viễn thông, tổng doanh thu hơn 2.500 tỷ đồng");
        assertEquals(2500, revenue.value());
        assertEquals("tỷ đồng", revenue.unit());
        assertEquals("gt", revenue.comparator());
        QuantityScanner.Quantity saved = only("ước tính đã tiết kiệm trên 1,15 tỷ đồng/tháng");
        assertEquals(1.15, saved.value());
        assertEquals("tháng", saved.perPeriod());
        assertEquals(160, only("Tổng kinh phí đầu tư trên 160 triệu đồng").value());
        for (String none : List.of("bố trí kinh phí 731 triệu đồng cho các nhiệm vụ", "thu nhập bình quân đầu người đạt 95 triệu đồng",
                "thu ngân sách đạt 4.801 tỷ đồng", "Tổng kinh phí dự kiến là 11 tỷ đồng", "giá vé 50 nghìn đồng")) {
            assertTrue(QuantityScanner.scan(none).isEmpty(), none);
        }
    }

    @Test
    void aCountWhoseNounOpensItsClauseAndWhoseNumberClosesIt() {
        // real clauses of devset fresh f16 and fresh19 sa04
        QuantityScanner.Quantity q = only("Tổng số DVCTT hiện có là 1.627 (gồm các dịch vụ một phần và toàn trình)");
        assertEquals(1627, q.value());
        assertEquals("DVCTT", q.unit());
        assertEquals(731, only("Trong đó, DVC trực tuyến toàn trình là 731.").value());
        // a district's DTI score out of 1,000, and its rank "vị thứ"
        assertEquals(512.4, only("Chỉ số DTI của huyện đạt 512,4/1.000 điểm.").value(), 1e-9);
        assertEquals(9, only("Huyện xếp vị thứ 9 trong tỉnh.").value());
        // a results report's bullets: "- Số thành viên tổ công nghệ số cộng đồng là 63."
        assertEquals("thành viên", only("- Số thành viên tổ công nghệ số cộng đồng là 63.").unit());
        assertEquals(4520, only("+ Số lượng tài khoản VNeID được kích hoạt là 4.520.").value());
        // "xã hội số" counts no commune, and a number inside its clause is no count of the noun
        assertTrue(QuantityScanner.scan("Thứ hạng về xã hội số của tỉnh lần lượt là 22.").isEmpty());
        assertTrue(QuantityScanner.scan("Hồ sơ nộp là 12 ngày trước hạn.").isEmpty());
    }

    @Test
    void aGrowthAsAMultiple() {
        assertEquals(1.5, only("doanh thu thương mại điện tử tăng gấp 1,5 lần so với năm 2023").value());
        assertEquals(QuantityScanner.MULTIPLE_UNIT, only("Sản lượng bán ra tăng 5 lần").unit());
        assertEquals(3, only("số giao dịch không dùng tiền mặt gấp 3 lần cùng kỳ").value());
        // how often something was done is no multiple
        assertTrue(QuantityScanner.scan("kiểm tra 3 lần trong năm").isEmpty());
    }

    @Test
    void countsNeedAUnitAndReadThousandsSeparators() {
        QuantityScanner.Quantity q = only("đã đăng 10 tin, bài liên quan đến chuyển đổi số");
        assertEquals(10, q.value());
        assertEquals("tin, bài", q.unit());
        assertEquals(1, only("mở 01 lớp tập huấn").value());
        assertEquals(1522, only("có 1.522 hộ gia đình sử dụng").value());
        assertEquals(468, only("tạo 468 tài khoản").value());
        assertTrue(QuantityScanner.scan("có 15 người ở 3 nơi khác nhau").size() == 1, "3 nơi has no known unit");
        // devset/fresh14 d01, d02
        assertEquals(175000, only("hơn 175.000 trường hợp khai sinh đã gắn với cấp thẻ bảo hiểm y tế").value());
        assertEquals("bản ghi", only("kho dữ liệu dùng chung với hơn 437.000 bản ghi").unit());
        assertTrue(QuantityScanner.scan("ký 3 bản ghi nhớ hợp tác").isEmpty(), "a memorandum is no record");
        // devset/fresh17 qa02, qa06
        assertEquals("đảng viên", only("toàn quận có 12.256 đảng viên cài đặt thành công tài khoản").unit());
        assertEquals(2255, only("đã có 2.255 công ty, doanh nghiệp sử dụng hóa đơn").value());
        // devset/fresh21 ua02
        assertEquals(15_400_000, only("số hóa thành công kho dữ liệu với 15,4 triệu dữ liệu hộ tịch").value(), 1e-6);
        assertEquals("tập dữ liệu", only("hoàn thành 86 tập dữ liệu mở của cơ quan nhà nước").unit()); // devset/fresh15 ka10
    }

    @Test
    void ratesKeepTheirPeriod() {
        QuantityScanner.Quantity q = only("Đảm bảo 1-2 tin, bài/ tuần.");
        assertEquals(1, q.value());
        assertEquals(2, q.valueHigh());
        assertEquals("tuần", q.perPeriod());
    }

    @Test
    void fractionsHaveADenominator() {
        // devset/fresh14 d02: the whole said in words
        QuantityScanner.Quantity words = only("1.579 trong tổng số 1.937 dịch vụ công trực tuyến đã được tích hợp");
        assertEquals(1579, words.value());
        assertEquals(1937, words.denominator());
        assertEquals("dịch vụ công", words.unit());
        // devset/fresh22 va03: "trên tổng số" says the same, the whole is no figure of its own
        QuantityScanner.Quantity over = only("tỷ lệ số hóa đạt tới 96%, tương ứng 942.934 trên tổng số 979.536 hồ sơ được lưu trữ"
                .substring("tỷ lệ số hóa đạt tới 96%, ".length()));
        assertEquals(942_934, over.value());
        assertEquals(979_536, over.denominator());
        QuantityScanner.Quantity q = only("đã có 20/20 xã, thị trấn thành lập tổ công nghệ số");
        assertEquals(20, q.value());
        assertEquals(20, q.denominator());
        assertNull(only("đạt 2/2 trường học").valueHigh());
    }

    @Test
    void onePersonOneComputerIsOneRatioNotTwoCounts() {
        QuantityScanner.Quantity q = only("Duy trì 01 người / 01 máy.");
        assertEquals(1, q.value());
        assertEquals(1, q.denominator());
        assertEquals(QuantityScanner.PER_PERSON_UNIT, q.unit());
        QuantityScanner.Quantity shared = only("bảo đảm 2 người/1 máy tính tại bộ phận một cửa");
        assertEquals(1, shared.value());
        assertEquals(2, shared.denominator());
        // more devices than people is no share of people equipped: left to the count rules
        assertTrue(QuantityScanner.scan("1 người/2 máy").stream().noneMatch(
                x -> QuantityScanner.PER_PERSON_UNIT.equals(x.unit())));
    }

    @Test
    void aLabelledCountMayUseTheThousandsSeparator() {
        QuantityScanner.Quantity q = only("Số camera giám sát an ninh năm 2023: 1.749.");
        assertEquals(1749, q.value());
        assertEquals(12, only("Số hội nghị trực tuyến: 12.").value());
    }

    @Test
    void theCountOfAnEnumerationThatFollowsIsNoFigure() {
        assertEquals(List.of(), QuantityScanner.scan(
                "Tập trung vào 05 nhóm kỹ năng số cơ bản: (i) Sử dụng dịch vụ công trực tuyến; (ii) mua sắm"));
        assertEquals(List.of(), QuantityScanner.scan("gồm 3 nhóm giải pháp: 1) hạ tầng; 2) dữ liệu; 3) con người"));
        assertEquals(1, QuantityScanner.scan("Thành lập 05 nhóm Zalo: thôn 1, thôn 2").size(),
                "a colon without an enumeration marker keeps the count");
    }

    @Test
    void referencesDatesYearsAndLevelsAreNotStatements() {
        assertEquals(List.of(), QuantityScanner.scan(
                "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ giai đoạn 2021-2025"));
        assertEquals(List.of(), QuantityScanner.scan("dịch vụ công trực tuyến mức độ 3, 4 trên mạng 4G, 5G"));
        assertEquals(List.of(), QuantityScanner.scan("Kế hoạch số 313/KH-UBND ngày 11/12/2023; Đề án 06"));
        assertEquals(List.of(), QuantityScanner.scan("người dân từ 15 tuổi trở lên, năm 2025"));
    }

    @Test
    void twoFiguresInOneSentence() {
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "70% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng");
        assertEquals(2, q.size());
        assertEquals(70, q.get(0).value());
        assertEquals(60, q.get(1).value());
    }

    @Test
    void vietnameseNumbers() {
        assertEquals(99.9, VietNumber.parse("99,9"));
        assertEquals(99.9, VietNumber.parse("99.9"));
        assertEquals(1522, VietNumber.parse("1.522"));
        assertEquals(1234567, VietNumber.parse("1.234.567"));
        assertEquals(1, VietNumber.parse("01"));
    }

    @Test
    void labelledCountsEndingASentenceAreRead() {
        QuantityScanner.Quantity q = only("Số hội nghị tập huấn về chuyển đổi số: 02.");
        assertEquals(2, q.value());
        assertEquals(43, only("Số tin, bài tuyên truyền về chuyển đổi số năm 2022: 43.").value());
    }

    @Test
    void aVerbBetweenTheQualifierAndTheFigureKeepsTheQualifier() {
        // seed 000 line 529
        assertEquals("gte", only("Phấn đấu ít nhất có 95% số cuộc họp được thực hiện qua Hệ thống hội nghị").comparator());
        assertEquals("gte", only("tỷ lệ hồ sơ trực tuyến tối thiểu đạt 50% tổng số hồ sơ").comparator());
        assertEquals("gte", only("ít nhất là 3 lớp tập huấn").comparator());
        assertEquals("eq", only("nhất là 70% hộ gia đình").comparator(), "'nhất là' alone is no qualifier");
    }

    @Test
    void trởLênAfterTheFiguresNounQualifiesTheFigure() {
        // seed 002 line 78
        assertEquals("gte", only("+ 60% hộ gia đình trở lên tham gia mua sắm trực tuyến thông qua các website")
                .comparator());
        assertEquals("gte", only("đạt 75% doanh nghiệp nhỏ và vừa trở lên sử dụng nền tảng số").comparator());
        assertEquals("eq", only("bảo đảm 80% người dân 15 tuổi trở lên có điện thoại thông minh").comparator(),
                "a number between: 'trở lên' qualifies the age");
        assertEquals("eq", only("90% người dân từ độ tuổi lao động trở lên được tập huấn").comparator(),
                "'từ ...': the range belongs to the words after the figure");
    }

    @Test
    void meetingSessionsAreCounts() {
        // seed 000 line 415
        QuantityScanner.Quantity q = only("Trong năm đã tổ chức 50 phiên họp trên hệ thống hội nghị truyền hình trực tuyến");
        assertEquals(50, q.value());
        assertEquals("phiên họp", q.unit());
        assertEquals("phiên", only("duy trì 12 phiên giao ban trực tuyến mỗi năm").unit());
    }

    @Test
    void camerasCalledEyesAreCounted() {
        // devset/fresh27 zb07, fresh29 zd02 and zd03: news calls security cameras "mắt thần" (magic eyes), in quotes
        QuantityScanner.Quantity q = only("Hệ thống camera giám sát gồm 15 “mắt thần” được lắp tại các trục đường chính");
        assertEquals(15, q.value());
        assertEquals("“mắt thần”", q.unit());
    }

    @Test
    void aFractionInBracketsBeforeItsNounIsRead() {
        // devset/fresh28 zc06: the share, then the fraction in brackets, then what it counts
        List<QuantityScanner.Quantity> qs = QuantityScanner.scan("phường hoàn thành 100% (92/92) tiêu chí theo Nghị quyết");
        assertEquals(2, qs.size());
        assertEquals(92.0, qs.get(1).denominator());
        assertEquals("92/92) tiêu chí", qs.get(1).text());
        // no bracket opened before it: "20/20)" closes something else, and a bracket before nothing counts nothing
        assertTrue(QuantityScanner.scan("tỷ lệ 20/20) xã").stream().noneMatch(q -> q.denominator() != null));
        assertTrue(QuantityScanner.scan("đạt (20/20).").isEmpty());
    }

    @Test
    void aFractionTypedWithoutASpaceBeforeItsUnit() {
        // seed 000 line 470
        QuantityScanner.Quantity q = only("có 2/2trường (TH, THCS) sử dụng các dịch vụ trên;");
        assertEquals(2, q.value());
        assertEquals(2.0, q.denominator());
        assertEquals("trường", q.unit());
        assertEquals("2/2trường", q.text());
        QuantityScanner.Quantity v = only("đến nay 7/9thôn đã có nhóm Zalo cộng đồng");
        assertEquals(9.0, v.denominator());
        assertEquals("thôn", v.unit());
        assertTrue(QuantityScanner.scan("ban hành ngày 15/12/2023về việc triển khai").isEmpty(), "a date stays a date");
    }

    @Test
    void fractionsWrittenWithThousandsSeparatorsKeepTheirUnit() {
        // fresh5 q06 and q04 (real reports): dossiers handled online out of dossiers received
        QuantityScanner.Quantity q = only("Kết quả: Cấp huyện: 12.447/19.958 hồ sơ");
        assertEquals(12447, q.value());
        assertEquals(19958.0, q.denominator());
        assertEquals("hồ sơ", q.unit());
        assertEquals(265588, only("tỷ lệ hồ sơ thanh toán trực tuyến là gần 265.588/ 450.684 hồ sơ").value());
        // a date stays a date
        assertTrue(QuantityScanner.scan("ngày 25/7/2025 tỉnh đã công bố").isEmpty());
    }

    @Test
    void countsInThousandsAndMillions() {
        QuantityScanner.Quantity q = only("toàn tỉnh đã kích hoạt thành công hơn 2,2 triệu tài khoản định danh điện tử");
        assertEquals(2_200_000, q.value(), 1e-6);
        assertEquals("gt", q.comparator());
        assertEquals(538_000, only("gần 538 nghìn chữ ký điện tử cho người dân").value(), 1e-6);
        assertEquals(30_000, only("đã kích hoạt được hơn 30 ngàn tài khoản").value(), 1e-6);
        // money is no count
        assertTrue(QuantityScanner.scan("kinh phí 2,5 triệu đồng").isEmpty());
    }

    @Test
    void aPlaceAmongTheLeadersIsARankBound() {
        QuantityScanner.Quantity q = only("phấn đấu đến năm 2025 đưa Hải Dương thuộc nhóm 20 tỉnh/thành phố dẫn đầu cả nước");
        assertEquals(20, q.value());
        assertEquals(QuantityScanner.RANK_UNIT, q.unit());
        assertEquals("lte", q.comparator());
        assertEquals(10, only("phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số").value());
        assertEquals(20, only("Chỉ số DTI của tỉnh nằm trong nhóm Top 20 (khoảng").value());
        assertEquals(15, only("Hải Dương thuộc tốp 15 tỉnh có chỉ số cao về chuyển đổi số").value()); // devset/fresh21 ua01
        // groups of something else are no rank
        assertTrue(QuantityScanner.scan("tập trung vào nhóm 5 kỹ năng cơ bản").isEmpty());
    }

    @Test
    void aRankNamedByItsRankingBeforeAColonIsARank() {
        // devset/fresh15 ka01 (a real provincial plan of 2023 on the DTI 2022)
        QuantityScanner.Quantity q = only("Xếp hạng chính quyền số: 44/63 tỉnh, thành phố");
        assertEquals(44, q.value());
        assertEquals(63.0, q.denominator());
        assertEquals(QuantityScanner.RANK_UNIT, q.unit());
        // communes counted after a colon are no rank
        assertEquals("xã", only("Kết quả xếp hạng: 12/15 xã đạt").unit());
    }

    @Test
    void aDecimalScoreOutOfItsMaximumIsAFractionOfPoints() {
        QuantityScanner.Quantity q = only("chỉ số Mức độ hài lòng tỉnh đạt 17.6/18 điểm;");
        assertEquals(17.6, q.value());
        assertEquals(18.0, q.denominator());
        assertEquals("điểm", q.unit());
        assertEquals("17.6/18 điểm", q.text());
        List<QuantityScanner.Quantity> scoreAndPlace = QuantityScanner.scan("Quảng Trị đạt tổng 77,65/100 điểm, đứng thứ hai");
        assertEquals(77.65, scoreAndPlace.get(0).value());
        // the place after the score is a rank of its own
        assertEquals(2.0, scoreAndPlace.get(1).value());
        assertEquals(QuantityScanner.RANK_UNIT, scoreAndPlace.get(1).unit());
        // without "điểm" a decimal over a whole is nothing the scanner reads
        assertTrue(QuantityScanner.scan("tỷ lệ 0,7/1.000 dân").isEmpty());
    }

    @Test
    void aFractionOfAnAbbreviatedUnitAndAfterTaiKhoanIsRead() {
        // real clauses of devset/fresh6 r08: "TTHC" is the unit; "tài khoản" is an account, not a legal clause
        QuantityScanner.Quantity q = only("thanh toán trực tuyến (164/355 TTHC)");
        assertEquals(164, q.value());
        assertEquals(355.0, q.denominator());
        assertEquals("TTHC", q.unit());
        assertEquals(2057, only("thông tin về tài khoản 2.057/2.975 người có công").value());
        assertTrue(QuantityScanner.scan("theo khoản 2 Điều 5").isEmpty());
        assertTrue(QuantityScanner.scan("Kế hoạch 25/KH-UBND ngày 3 tháng 2").isEmpty());
    }

    @Test
    void aDayAndMonthAndAPageViewCounterAreNoFigures() {
        // real lines of devset/fresh5 p09, q07 and q11
        assertTrue(QuantityScanner.scan("chọn Ngày Chuyển đổi số quốc gia (10/10 hàng năm) làm Ngày Chuyển đổi số tỉnh").isEmpty());
        assertTrue(QuantityScanner.scan("triển khai Ngày Chuyển đổi số quốc gia 10/10 trên địa bàn tỉnh").isEmpty());
        assertTrue(QuantityScanner.scan("Thứ 4, 18/05/2022 | 20:33:42 641 lượt xem Chiều ngày 18/5").isEmpty());
        // a fraction of things, and visits of a portal, are
        assertEquals(10, only("xã đạt 10/10 tiêu chí chuyển đổi số").value());
        assertEquals(1200, only("cổng thông tin thu hút 1.200 lượt truy cập").value());
    }

    @Test
    void wardsPortalsAndInvoicesAreCounted() {
        // real clauses of devset/fresh4 n04, n12 and m06
        assertEquals("phường, xã", only("thí điểm chuyển đổi số tại 10 phường, xã").unit());
        assertEquals(85, only("85 cổng thành phần đều đã xây dựng các tin, bài").value());
        assertEquals(721568, only("đã phát hành 721.568 hóa đơn điện tử").value());
    }

    @Test
    void individualsAgenciesVolunteersEventsAndVillagesAreCounted() {
        // real clauses of devset/fresh2 g02, fresh7 v04, fresh3 g07 and k03, fresh5 q03 and q09, fresh6 r04
        assertEquals(2241, only("cấp chứng thư số chuyên dùng cho 2.241 cá nhân").value());
        assertEquals("cơ quan, đơn vị", only("tích hợp dữ liệu ngành, lĩnh vực của 26 cơ quan, đơn vị của tỉnh").unit());
        assertEquals(27, only("cài đặt phần mềm chống mã độc tập trung dành cho 27 cơ quan").value());
        assertEquals(1000, only("huy động hơn 1.000 tình nguyện viên thanh niên").value());
        assertEquals(5, only("đã tổ chức 05 sự kiện").value());
        assertEquals(8, only("Tổ công nghệ số cộng đồng tại 8 buôn").value());
    }

    @Test
    void phonesMarketsCustomersAndCooperativesAreCounted() {
        // real clauses of devset/fresh8 w01, w10, y04 and fresh3 h09
        assertEquals(1500, only("thôn có gần 1,5 nghìn điện thoại thông minh").value());
        assertEquals(10, only("gần 10 chợ nông thôn triển khai thanh toán không dùng tiền mặt").value());
        assertEquals(17100, only("trên 17,1 nghìn khách hàng cài đặt ứng dụng").value());
        assertEquals(30, only("khoảng 30 HTX, làng nghề đã có gian hàng").value());
    }

    @Test
    void aRankOutOfThePlacesRankedIsNoFraction() {
        QuantityScanner.Quantity q = only("toàn tỉnh có dịch vụ công kết nối Cổng dịch vụ công quốc gia, xếp thứ 7/63 tỉnh, thành phố");
        assertEquals(QuantityScanner.RANK_UNIT, q.unit());
        assertEquals(63.0, q.denominator());
    }

    @Test
    void aPlaceWithinTheUnitsRankedIsARankOutOfThem() {
        // devset/fresh31 zf05 (a real provincial news item): the place among the 34 provinces after the reform
        List<QuantityScanner.Quantity> q = QuantityScanner.scan("tỉnh xếp thứ 11 trong tổng số 63 tỉnh, thành phố cả nước, "
                + "tương đương thứ 7 trong nhóm 34 tỉnh, thành phố.");
        assertEquals(List.of(11.0, 7.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(List.of(63.0, 34.0), q.stream().map(QuantityScanner.Quantity::denominator).toList());
        assertEquals(QuantityScanner.RANK_UNIT, q.get(1).unit());
        assertEquals(10120.0, only("thực hiện 10.120 giao dịch nộp đảng phí trực tuyến").value());
    }

    @Test
    void placesNamedInTurnAfterTheirRankingsAreRanks() {
        // devset/fresh10, fresh6 r05 (real news items)
        List<QuantityScanner.Quantity> q = QuantityScanner.scan("Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh "
                + "so với cả nước lần lượt là 22, 9, 13.");
        assertEquals(List.of(22.0, 9.0, 13.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertTrue(q.stream().allMatch(x -> QuantityScanner.RANK_UNIT.equals(x.unit())));
        assertEquals(3, QuantityScanner.scan("So sánh với năm 2021, các thứ hạng này là 24, 27, 29").size());
        // fresh22 va05: the rankings named after "xếp hạng:", each "số" the adjective "digital", no document's number
        assertEquals(List.of(28.0, 26.0, 53.0), QuantityScanner.scan("Ba trụ cột tại tỉnh có sự thay đổi xếp hạng: Chính quyền "
                + "số 28/63 (tăng 11 bậc so với năm 2020), kinh tế số 26/63, xã hội số 53/63.").stream()
                .filter(x -> QuantityScanner.RANK_UNIT.equals(x.unit())).map(QuantityScanner.Quantity::value).toList());
        // fresh35 zj08
        assertEquals(List.of(15.0, 7.0, 4.0), QuantityScanner.scan("6 tháng đầu năm 2023 xếp hạng hoạt động chính quyền số, "
                + "hoạt động kinh tế số, hoạt động xã hội số của Hải Dương lần lượt là 15, 7, 4 so với cả nước.").stream()
                .filter(x -> QuantityScanner.RANK_UNIT.equals(x.unit())).map(QuantityScanner.Quantity::value).toList());
        assertTrue(QuantityScanner.scan("Thứ hạng của tỉnh là một động lực, năm 2024, 2025 sẽ tăng").stream()
                .noneMatch(x -> QuantityScanner.RANK_UNIT.equals(x.unit())), "years are no places");
    }

    @Test
    void aFractionWithItsShareInBracketsBeforeTheNounIsAFraction() {
        // devset/fresh12 o08 (a real provincial news item)
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "hiện có 1.562/1.568 (khoảng 99,6%) trung tâm thôn, tổ dân phố có sóng truy nhập internet băng rộng di động");
        assertEquals(1562.0, q.get(0).value());
        assertEquals(1568.0, q.get(0).denominator());
        assertEquals(99.6, q.get(1).value());
    }

    @Test
    void onePlaceAmongTheFirstNIsARankOfAtMostN() {
        // devset/fresh12 o08, fresh4 m04 (real news and a multi-year plan)
        QuantityScanner.Quantity q = only("Lào Cai là 1 trong 17 tỉnh, thành phố đứng đầu có tỷ lệ nộp hồ sơ trực tuyến cao");
        assertEquals(QuantityScanner.RANK_UNIT, q.unit());
        assertEquals(17.0, q.value());
        assertEquals("lte", q.comparator());
        assertEquals(15.0, only("phấn đấu trở thành một trong 15 tỉnh thành dẫn đầu cả nước").value());
    }

    @Test
    void aMarketsClassIsNoRank() {
        // devset/fresh12 o02 (a real news item): markets of classes 1, 2 and 3 counted, nothing ranked
        List<QuantityScanner.Quantity> q = QuantityScanner.scan("trên địa bàn tỉnh Quảng Ninh có 19 chợ hạng 1; 11 chợ hạng 2");
        assertEquals(List.of(19.0, 11.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(QuantityScanner.RANK_UNIT, only("tỉnh Hậu Giang đứng hạng 19 cả nước").unit());
    }

    @Test
    void thePlacesOfASeriesOfRanksAreRanks() {
        // devset/fresh9 z06 (a real news item): each year's place after the first
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "thành phố Huế xếp thứ 2 năm 2021, thứ 4 năm 2022, thứ 3 năm 2023 và thứ 2 năm 2024");
        assertEquals(List.of(2.0, 4.0, 3.0, 2.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertTrue(q.stream().allMatch(x -> QuantityScanner.RANK_UNIT.equals(x.unit())));
        // a second time is no place
        assertTrue(QuantityScanner.scan("tổ chức lần thứ 2 hội thi, xếp thứ 3").stream()
                .noneMatch(x -> x.value() == 2.0));
    }

    @Test
    void aMoveAgainstAnotherYearKeepsItsVerb() {
        // devset/fresh44 zs04 (a real news item)
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "Kết quả, Sóc Trăng xếp hạng thứ 36, tăng 20 bậc so với năm 2021 và 21 bậc so với năm 2020.");
        assertEquals(List.of(36.0, 20.0, 21.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(QuantityScanner.RANK_MOVE_UNIT, q.get(2).unit());
        assertEquals(List.of(-3.0, -4.0), QuantityScanner.scan("giảm 3 bậc so với năm 2022 và 4 bậc so với năm 2021")
                .stream().map(QuantityScanner.Quantity::value).toList());
    }

    @Test
    void cameraEyesAndLoudspeakerClustersAreCounts() {
        // devset/fresh43 zr01 and zr03 (real news items)
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "Toàn huyện có gần 500 mắt Camera, trong đó Công an huyện quản lý trên 50 mắt; Công an xã quản lý 370 mắt.");
        assertEquals(List.of(500.0, 50.0, 370.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(List.of(11.0), QuantityScanner.scan("hệ thống truyền thanh thông minh với 11 cụm loa").stream()
                .map(QuantityScanner.Quantity::value).toList());
    }

    @Test
    void aLevelsShareOfACountCountsWhatTheCountCounts() {
        // devset/fresh4 n07 and fresh43 zr05 (real news items)
        List<QuantityScanner.Quantity> q = QuantityScanner.scan(
                "Tỉnh thành lập 1.871 tổ Công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733) với 10.257 thành viên");
        assertEquals(List.of(1871.0, 138.0, 1733.0, 10257.0), q.stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(q.get(0).unit(), q.get(2).unit());
        assertEquals(List.of(1178.0, 67.0, 1111.0), QuantityScanner.scan("trên địa bàn tỉnh có 1.178 dịch vụ công, trong đó"
                + " cấp tỉnh 67, cấp huyện 1.111.").stream().map(QuantityScanner.Quantity::value).toList());
        // no count before it, or a level followed by its own words: no share
        assertEquals(List.of(), QuantityScanner.scan("Hội nghị cấp tỉnh 2024, cấp huyện 3."));
    }

    @Test
    void verificationRequestsAndSubscriberNumbersAreCountsInThousandsAndMillions() {
        // devset/fresh6 r12 and fresh36 zk03 (real news items)
        assertEquals(List.of(250000.0), QuantityScanner.scan("toàn tỉnh đã gửi hơn 250 nghìn yêu cầu xác thực thông tin công dân")
                .stream().map(QuantityScanner.Quantity::value).toList());
        assertEquals(List.of(1460000.0), QuantityScanner.scan("hơn 1,46 triệu số thuê bao điện thoại di động").stream()
                .map(QuantityScanner.Quantity::value).toList());
    }

    @Test
    void roundTheClockIsNoFraction() {
        // devset/fresh43 zr01 and fresh45 zt02 (real news items)
        assertEquals(List.of(), QuantityScanner.scan("theo dõi được tất cả các hoạt động diễn ra 24/24h tại điểm lắp đặt camera"));
        assertEquals(List.of(24.0), QuantityScanner.scan("24/24 xã có camera").stream().map(QuantityScanner.Quantity::value)
                .toList());
    }
}
