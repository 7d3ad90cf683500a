package io.dxrank.bench;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Filler prose without figures: the long paragraphs of a plan that name agencies, documents and intentions
 * but measure nothing. Sentences are assembled from an opener, a pillar-specific core and a tail, so a corpus
 * of thousands of plans does not repeat itself verbatim. Legal references and dates are included on purpose:
 * an extractor must not take them for statements.
 */
final class Prose {

    private static final List<String> OPENERS = List.of(
            "", "", "", "Bên cạnh đó, ", "Đồng thời, ", "Trong thời gian tới, ", "Thời gian qua, ",
            "Cùng với đó, ", "Thực hiện chỉ đạo của cấp trên, ", "Nhìn chung, ", "Trên cơ sở đó, ",
            "Để triển khai hiệu quả, ", "Với sự vào cuộc của cả hệ thống chính trị, ", "Mặt khác, ");

    private static final List<String> TAILS = List.of(
            ".", ".", ".", ", góp phần nâng cao hiệu quả quản lý nhà nước.",
            ", bảo đảm đúng tiến độ và chất lượng.", ", đáp ứng yêu cầu phát triển kinh tế - xã hội của địa phương.",
            " theo đúng quy định hiện hành.", ", tạo chuyển biến rõ nét trong nhận thức và hành động.",
            ", phục vụ người dân và doanh nghiệp ngày càng tốt hơn.", " trên địa bàn {loc}.",
            ", gắn với nhiệm vụ chuyên môn của từng cơ quan, đơn vị.");

    private static final List<String> GENERIC = List.of(
            "các cấp ủy đảng, chính quyền đã quan tâm lãnh đạo, chỉ đạo công tác chuyển đổi số",
            "nhận thức của cán bộ, công chức và nhân dân về vai trò của chuyển đổi số được nâng lên",
            "công tác phối hợp giữa các ban, ngành, đoàn thể trong triển khai chuyển đổi số được tăng cường",
            "UBND {loc} đã chỉ đạo các bộ phận chuyên môn xây dựng lộ trình thực hiện cụ thể",
            "việc triển khai các nhiệm vụ chuyển đổi số được lồng ghép với chương trình cải cách hành chính",
            "Ban Chỉ đạo chuyển đổi số {loc} thường xuyên kiểm tra, đôn đốc việc thực hiện các nhiệm vụ được giao",
            "các tổ chức chính trị - xã hội tích cực vận động hội viên tham gia các hoạt động chuyển đổi số",
            "một số nhiệm vụ còn chậm so với yêu cầu do nguồn lực đầu tư còn hạn chế",
            "trình độ ứng dụng công nghệ thông tin của một bộ phận người dân còn thấp",
            "cơ sở vật chất, trang thiết bị phục vụ chuyển đổi số tại một số thôn, khu dân cư còn thiếu",
            "UBND {loc} tiếp tục quán triệt Nghị quyết số {ref}/NQ-TU ngày {date} của Ban Thường vụ Tỉnh ủy",
            "các nhiệm vụ được triển khai theo Kế hoạch số {ref}/KH-UBND ngày {date} của UBND {parent}",
            "việc thực hiện Quyết định số {ref}/QĐ-UBND ngày {date} của UBND {province} được quan tâm chỉ đạo",
            "Ủy ban nhân dân {loc} chủ động rà soát, đánh giá kết quả thực hiện giai đoạn {period}");

    private static final Map<String, List<String>> CORE = Map.of(
            "awareness", List.of(
                    "công tác tuyên truyền về chuyển đổi số được đẩy mạnh trên hệ thống truyền thanh cơ sở",
                    "các chuyên mục về chuyển đổi số được duy trì trên trang thông tin điện tử của {loc}",
                    "hưởng ứng Ngày Chuyển đổi số quốc gia ngày 10 tháng 10, {loc} đã tổ chức nhiều hoạt động thiết thực",
                    "nội dung tuyên truyền tập trung vào lợi ích của dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
                    "các mô hình hay, cách làm hiệu quả về chuyển đổi số được giới thiệu rộng rãi đến người dân"),
            "institution", List.of(
                    "UBND {loc} ban hành các văn bản chỉ đạo, điều hành về chuyển đổi số kịp thời",
                    "quy chế hoạt động của Ban Chỉ đạo chuyển đổi số được kiện toàn theo Quyết định số {ref}/QĐ-UBND",
                    "việc phân công nhiệm vụ cho từng thành viên Ban Chỉ đạo được thực hiện rõ người, rõ việc",
                    "các chính sách hỗ trợ chuyển đổi số được cụ thể hóa phù hợp với điều kiện thực tế"),
            "infrastructure", List.of(
                    "hạ tầng viễn thông tiếp tục được các doanh nghiệp đầu tư, nâng cấp",
                    "mạng truyền số liệu chuyên dùng được kết nối đến bộ phận một cửa của {loc}",
                    "các điểm truy cập Internet công cộng được duy trì tại nhà văn hóa thôn",
                    "trang thiết bị tại Bộ phận tiếp nhận và trả kết quả được đầu tư đồng bộ",
                    "doanh nghiệp viễn thông phối hợp khắc phục các vùng lõm sóng trên địa bàn"),
            "data", List.of(
                    "cơ sở dữ liệu quốc gia về dân cư được khai thác phục vụ giải quyết thủ tục hành chính",
                    "việc làm sạch dữ liệu đất đai, hộ tịch được triển khai theo hướng dẫn của cấp trên",
                    "dữ liệu chuyên ngành từng bước được chuẩn hóa, cập nhật thường xuyên",
                    "công tác số hóa sổ hộ tịch được triển khai theo lộ trình"),
            "platform", List.of(
                    "nền tảng tích hợp, chia sẻ dữ liệu của tỉnh được sử dụng hiệu quả",
                    "hệ thống quản lý văn bản và điều hành được vận hành ổn định, thông suốt",
                    "các nền tảng số dùng chung được triển khai theo hướng dẫn của Sở Khoa học và Công nghệ",
                    "ứng dụng công dân số của tỉnh được giới thiệu đến người dân"),
            "workforce", List.of(
                    "đội ngũ cán bộ phụ trách công nghệ thông tin từng bước được kiện toàn",
                    "cán bộ, công chức được cử tham gia các khóa học trực tuyến mở đại trà",
                    "kỹ năng khai thác, sử dụng các phần mềm dùng chung của cán bộ được nâng lên",
                    "công tác đào tạo, bồi dưỡng nguồn nhân lực số được quan tâm"),
            "security", List.of(
                    "công tác bảo đảm an toàn thông tin mạng được quán triệt đến từng cán bộ, công chức",
                    "không để xảy ra sự cố mất an toàn thông tin nghiêm trọng trên địa bàn",
                    "việc phòng, chống tin giả, tin xấu độc trên không gian mạng được tăng cường",
                    "các máy tính kết nối mạng được cập nhật bản vá bảo mật định kỳ"),
            "government", List.of(
                    "việc giải quyết thủ tục hành chính trên môi trường điện tử được thực hiện công khai, minh bạch",
                    "chữ ký số được sử dụng trong phát hành văn bản điện tử",
                    "Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công",
                    "chỉ đạo, điều hành của UBND {loc} được thực hiện chủ yếu trên môi trường mạng",
                    "hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được khai thác hiệu quả"),
            "economy", List.of(
                    "doanh nghiệp, hợp tác xã được hướng dẫn ứng dụng công nghệ số trong sản xuất, kinh doanh",
                    "thanh toán không dùng tiền mặt được khuyến khích tại chợ, cửa hàng và cơ sở dịch vụ",
                    "các sản phẩm nông nghiệp chủ lực được quảng bá trên các sàn thương mại điện tử",
                    "hộ sản xuất được hỗ trợ gắn mã truy xuất nguồn gốc sản phẩm"),
            "society", List.of(
                    "tổ công nghệ số cộng đồng đến từng hộ gia đình hướng dẫn sử dụng các ứng dụng thiết yếu",
                    "người dân được hướng dẫn cài đặt và sử dụng ứng dụng định danh điện tử",
                    "trường học, trạm y tế từng bước ứng dụng phần mềm quản lý hiện đại",
                    "việc khám chữa bệnh bằng căn cước công dân gắn chip được triển khai tại trạm y tế",
                    "phong trào học tập suốt đời trên môi trường số được phát động rộng rãi"));

    private Prose() {
    }

    /** A paragraph of figure-free sentences on a pillar (null: general), with the context filled in. */
    static String paragraph(SplittableRandom r, String pillar, PlanContext ctx, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(r, pillar, ctx));
        }
        return sb.toString();
    }

    static String sentence(SplittableRandom r, String pillar, PlanContext ctx) {
        List<String> cores = pillar != null && CORE.containsKey(pillar) && r.nextInt(3) > 0 ? CORE.get(pillar)
                : GENERIC;
        String opener = pick(r, OPENERS);
        String core = ctx.fill(pick(r, cores), r);
        String tail = ctx.fill(pick(r, TAILS), r);
        String s = opener.isEmpty() ? capitalize(core) : opener + core;
        return s + tail;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
