package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every number of a document ends in one place: a statement, or a counted reason why it is none. */
class CandidatesTest {

    private static Map<String, String> fates(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.candidates().stream().collect(Collectors.toMap(c -> c.line() + ":" + c.text(),
                c -> c.reason().isEmpty() ? c.fate() : c.reason(), (a, b) -> a + "," + b));
    }

    @Test
    void eachNumberOfAnArticleHasItsFate() {
        Map<String, String> f = fates("""
                Truy cập
                Tất cả:
                115504
                Ngày 27/02/2023 09:04:52
                Thực hiện Kế hoạch số 25/KH-UBND và Nghị định 118 của Chính phủ, xã đạt 85,10% hồ sơ nộp trực tuyến.
                1. Kinh phí thực hiện 2,5 tỷ đồng; phủ sóng 4G tại tổ dân phố 5; liên hệ 0237.3852.123.
                """);
        assertEquals("page_counter", f.get("3:115504"));
        assertEquals("date", f.get("4:27"));
        assertEquals("time", f.get("4:09"));
        assertEquals("legal_reference", f.get("5:25"));
        assertEquals("legal_reference", f.get("5:118"));
        assertEquals(Candidates.STATEMENT, f.get("5:85,10"));
        assertEquals("section_number", f.get("6:1"));
        assertEquals("money", f.get("6:2,5"));
        assertEquals("part_of_name", f.get("6:4"));
        assertEquals("place_number", f.get("6:5"));
        assertEquals("phone", f.get("6:0237.3852.123"));
        // devset/fresh41 zp04: "Tất cả" without its colon counts communes, not visits
        Map<String, String> all = fates("Tất cả 183 xã trên địa bàn tỉnh đang tiến hành các hoạt động chuyển đổi số.\n");
        assertEquals(Candidates.STATEMENT, all.get("1:183"));
        // devset/fresh41 zp01, zp02: digital-signature SIMs and places without a signal are counted things
        Map<String, String> counts = fates("Trong 9 tháng, đã cấp mới 208 sim ký số; xóa 39 vùng “lõm” sóng 3G, 4G.\n");
        assertEquals(Candidates.STATEMENT, counts.get("1:208"));
        assertEquals(Candidates.STATEMENT, counts.get("1:39"));
        // a rate's change in percentage points written out is a percentage, not a count of "điểm" (video-call points)
        ExtractionResult points = PlanExtractor.extract("p.txt", ("Tỷ lệ hồ sơ trực tuyến đạt 95,5%, tăng 5,2 điểm phần trăm"
                + " so với năm 2023.\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(points.statements().stream().anyMatch(s -> s.value() == 5.2 && Statement.PERCENT.equals(s.unit())),
                points.statements().toString());
    }

    @Test
    void aNewsItemsDayAfterTheTimeOfDayAndTheNumbersOfNamesAreNotLeftUnread() {
        // lines of stored pages (/work/stage/smoke19): a lead's date, the pandemic's name, the "4.0" market
        Map<String, String> f = fates("Sáng 11/8, bà Hồng đến bộ phận một cửa; chiều 27-8, UBND phường họp.\n"
                + "Sau dịch Covid-19, xã ra mắt mô hình Chợ 4.0 với 85% tiểu thương dùng mã QR.\n");
        assertEquals("date", f.get("1:11"));
        assertEquals("date", f.get("1:27"));
        assertEquals("part_of_name", f.get("2:19"));
        assertEquals("part_of_name", f.get("2:4.0"));
        assertEquals(Candidates.STATEMENT, f.get("2:85"));
    }

    @Test
    void aFigureTheReaderSetsAsideSaysWhichRuleDid() {
        // before, each of these was "unread": the reader had found the figure and set it aside without a word
        Map<String, String> f = fates("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ HUYỆN YÊN LẠC NĂM 2024\n"
                + "Trong kỳ, Bộ phận một cửa huyện tiếp nhận 5.432 hồ sơ, trong đó 4.980 hồ sơ trực tuyến.\n"
                + "Trung bình cả nước đạt 72,5%, huyện đạt 80,1%.\n");
        assertEquals("paper_volume", f.get("2:5.432"), "the office's workload, no DX figure");
        assertEquals(Candidates.STATEMENT, f.get("2:4.980"));
        assertEquals("national_figure", f.get("3:72,5"));
        assertEquals(Candidates.STATEMENT, f.get("3:80,1"));
    }

    @Test
    void aPeriodAnAgeAndAServiceLevelAreSaidNotLeftUnread() {
        // the devset's commonest unread numbers (p06, d09, zo07)
        Map<String, String> f = fates("Trong 6 tháng đầu năm 2025, tỷ lệ người dân từ 15 tuổi trở lên có tài khoản đạt 85%; "
                + "100% thủ tục được cung cấp dịch vụ công trực tuyến mức độ 3, 4.\n");
        assertEquals("period", f.get("1:6"));
        assertEquals("age", f.get("1:15"));
        assertEquals("service_level", f.get("1:3"));
        assertEquals("service_level", f.get("1:4"));
        assertEquals(Candidates.STATEMENT, f.get("1:85"));
        Map<String, String> g = fates("Sau hơn 2 tháng vận hành chính quyền địa phương 3 cấp, phường có 96,3% hồ sơ trực tuyến.\n");
        assertEquals("period", g.get("1:2"));
        assertEquals("government_tiers", g.get("1:3"));
    }

    @Test
    void aNumberThatNamesSomethingSaysSoAndFiguresBesideItStayStatements() {
        // lines of the devset (fresh9 z01, dev t05, fresh19 sa07, fresh4 n05, fresh14 d06): a programme, pillars, a
        // caption, a photo's address, tiers of government
        Map<String, String> f = fates("Đối với các nhiệm vụ trọng tâm theo Đề án 06, toàn tỉnh đã đạt nhiều kết quả tích cực: "
                + "82,1% công dân có tài khoản định danh điện tử trên cả 3 trụ cột.\n"
                + "Kết quả thực hiện chỉ tiêu chuyển đổi số cấp xã- Ảnh 2.\n"
                + "![](https://photo.example.vn/w500_r1/2025_02_10_413_51438716/f17f5267.jpg)\n"
                + "Hệ thống hội nghị trực tuyến 3 cấp kết nối 4 cấp hành chính.\n");
        assertEquals("document_name", f.get("1:06"));
        assertEquals(Candidates.STATEMENT, f.get("1:82,1"));
        assertEquals("programme_frame", f.get("1:3"));
        assertEquals("item_label", f.get("2:2"));
        assertEquals("web_address", f.get("3:51438716"));
        assertEquals("government_tiers", f.get("4:3"));
        assertEquals("government_tiers", f.get("4:4"));
        assertEquals(Candidates.UNREAD, fates("Tỉnh đã ban hành 06 quyết định về chuyển đổi số khác nhau.\n").get("1:06"),
                "a count of decisions is no decision's number: left for a reading rule");
    }

    @Test
    void theCountsOfAPlansPartsAreSaidToBeStructureNotLeftUnread() {
        // a real line of devset/fresh f06
        Map<String, String> f = fates("Chỉ tiêu CĐS năm 2024 được chia thành 5 nhóm, gồm: xây dựng dữ liệu số (7 chỉ tiêu); "
                + "còn 2 chỉ tiêu đang thực hiện.\n");
        assertEquals("structure_count", f.get("1:5"));
        assertEquals("structure_count", f.get("1:7"));
        assertEquals(Candidates.STATEMENT, f.get("1:2"), "a count of targets with its status is a statement");
    }

    @Test
    void theGroupOfEveryProvinceIsNoPlaceAmongThem() {
        // devset/fresh37 zl02 and fresh36 zk08 (real news items on the DTI 2024 rankings before and after the reform)
        Map<String, String> f = fates("Đối với nhóm 63 tỉnh, thành phố (trước sáp nhập) thì Lào Cai xếp thứ 14; trong nhóm 34"
                + " tỉnh, thành phố thì Lào Cai đứng thứ 9. Tỉnh phấn đấu vào nhóm 10 tỉnh dẫn đầu.\n");
        assertEquals("every_province", f.get("1:63"));
        assertEquals("every_province", f.get("1:34"));
        assertEquals(Candidates.STATEMENT, f.get("1:14"));
        assertEquals(Candidates.STATEMENT, f.get("1:10"), "a place among the leading ten is a rank");
    }

    @Test
    void aScoreOutOfItsMaximumIsAStatementAndADateKeepsOneSeparator() {
        // real lines of devset/fresh6 s11 and s12: a decimal score over its maximum is no day.month/year
        Map<String, String> f = fates("Cụ thể, chỉ số Công khai, minh bạch đạt 13.2/18 điểm; chỉ số Tiến độ giải quyết 18.4/20 điểm.\n"
                + "Quảng Trị đạt tổng 77,65/100 điểm, đứng thứ hai cả nước. Cập nhật 12.3.24.\n");
        assertEquals(Candidates.STATEMENT, f.get("1:13.2"));
        assertEquals(Candidates.STATEMENT, f.get("1:18.4"));
        assertEquals(Candidates.STATEMENT, f.get("2:77,65"));
        assertEquals("date", f.get("2:12.3.24"));
    }

    @Test
    void aShareAfterDanSoIsAStatementAndAHeadCountIsNot() {
        // a real line of devset/fresh6 r09, and a head count
        Map<String, String> f = fates("Mạng 4G/5G đã phủ tới 96% dân số và hơn 90% diện tích toàn tỉnh.\n"
                + "Xã có dân số 12.345 người, đạt 85% hộ có cáp quang.\n");
        assertEquals(Candidates.STATEMENT, f.get("1:90"));
        assertEquals("population", f.get("2:12.345"));
    }

    @Test
    void aNumberNoRuleAccountsForIsCountedAsUnread() {
        Map<String, String> f = fates("Xã An Bình năm 2024\nNgười dân vui mừng, cả 3 đoàn về thăm.\n");
        assertEquals("year", f.get("1:2024"));
        assertEquals(Candidates.UNREAD, f.get("2:3"));
    }

    @Test
    void aStatementsNumberIsTheOneAtItsPlaceNotTheFirstEqualOneOfTheLine() {
        // a real line of devset/fresh53 ye01: the "50%" read is the line's second "50"
        ExtractionResult r = PlanExtractor.extract("n.txt", ("Kế hoạch Chợ 4.0 huyện Vân Đồn giai đoạn 2023-2025\n"
                + "Tăng số tổ chức chấp nhận thanh toán không dùng tiền mặt từ 50 đến 60 đơn vị/năm. Tối thiểu 50% các hộ"
                + " tiểu thương sử dụng thành thạo công cụ thanh toán không dùng tiền mặt.\n").getBytes(StandardCharsets.UTF_8));
        String line = "Tăng số tổ chức chấp nhận thanh toán không dùng tiền mặt từ 50 đến 60 đơn vị/năm. Tối thiểu 50% các hộ";
        int first = line.indexOf("50");
        int second = line.indexOf("50%");
        Map<Integer, String> fateAt = r.candidates().stream().filter(c -> c.line() == 2 && c.text().equals("50"))
                .collect(Collectors.toMap(Candidates.Candidate::column, Candidates.Candidate::fate));
        assertEquals(Map.of(first, Candidates.UNREAD, second, Candidates.STATEMENT), fateAt);
    }

    @Test
    void aRealPlansNumbersAllEndSomewhereAndItsStatementsAreAmongThem() throws Exception {
        String file = "000_94ef183eb1e07201.txt";
        ExtractionResult r = PlanExtractor.extract(file, TestFiles.plan(file));
        List<Candidates.Candidate> all = r.candidates();
        long read = all.stream().filter(c -> c.fate().equals(Candidates.STATEMENT)).count();
        assertTrue(read >= r.statements().size() * 0.9, read + " statement numbers of " + r.statements().size()
                + " statements");
        assertTrue(all.stream().allMatch(c -> c.fate().equals(Candidates.STATEMENT) == c.reason().isEmpty()));
        assertTrue(all.stream().anyMatch(c -> c.reason().equals("legal_reference")), "a plan cites its legal bases");
    }
}
