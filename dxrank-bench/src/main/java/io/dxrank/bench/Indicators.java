package io.dxrank.bench;

import io.dxrank.normalize.Catalog;
import io.dxrank.normalize.Indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicators the generator writes about, with several phrasings each. A catalog, when given, adds its own
 * phrases for the codes it shares, so the corpus also speaks the analysts' words.
 */
final class Indicators {

    private Indicators() {
    }

    private static IndicatorSpec pct(String code, String pillar, double low, double high, double growth,
                                     String tableName, String... subjects) {
        return new IndicatorSpec(code, pillar, IndicatorSpec.PERCENT, low, high, growth, List.of(subjects), null,
                tableName);
    }

    private static IndicatorSpec count(String code, String pillar, String unit, double low, double high,
                                       double growth, String label, String tableName, String... objects) {
        return new IndicatorSpec(code, pillar, unit, low, high, growth, List.of(objects), label, tableName);
    }

    static final List<IndicatorSpec> BUILT_IN = List.of(
            pct("records_processed_online", "government", 60, 95, 4, "Hồ sơ công việc được xử lý trên môi trường mạng",
                    "hồ sơ công việc được xử lý trên môi trường mạng",
                    "văn bản, hồ sơ công việc được xử lý trên môi trường điện tử (trừ hồ sơ mật)",
                    "hồ sơ công việc tại cơ quan được xử lý trên môi trường mạng"),
            pct("full_process_services", "government", 40, 90, 6,
                    "Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện",
                    "dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện",
                    "thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình"),
            pct("dossiers_online", "government", 30, 80, 8, "Hồ sơ thủ tục hành chính xử lý trực tuyến",
                    "hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến",
                    "hồ sơ thủ tục hành chính nộp trực tuyến trên tổng số hồ sơ",
                    "hồ sơ giải quyết thủ tục hành chính được thực hiện trực tuyến"),
            pct("digitized_results", "data", 50, 92, 6, "Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
                    "hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
                    "kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử"),
            pct("staff_digital_signature", "government", 60, 98, 5, "Cán bộ, công chức được cấp chữ ký số",
                    "cán bộ, công chức được cấp chữ ký số cá nhân",
                    "cán bộ, công chức sử dụng chữ ký số trong xử lý văn bản"),
            pct("meetings_video", "government", 30, 80, 7, "Cuộc họp được tổ chức trực tuyến",
                    "cuộc họp được tổ chức theo hình thức trực tuyến",
                    "cuộc họp, hội nghị được thực hiện qua hệ thống hội nghị truyền hình trực tuyến"),
            pct("officials_trained", "workforce", 50, 95, 7, "Cán bộ, công chức được bồi dưỡng kỹ năng số",
                    "cán bộ, công chức được bồi dưỡng, tập huấn kỹ năng số cơ bản",
                    "cán bộ, công chức cấp cơ sở được bồi dưỡng kỹ năng số căn bản"),
            pct("citizen_digital_skills", "workforce", 25, 75, 8, "Người dân được phổ biến kỹ năng số cơ bản",
                    "người dân trong độ tuổi lao động được phổ biến kỹ năng số cơ bản",
                    "người dân được hướng dẫn sử dụng dịch vụ công trực tuyến và kỹ năng số"),
            pct("payment_accounts", "society", 50, 88, 5, "Người dân trưởng thành có tài khoản thanh toán",
                    "người dân trưởng thành có tài khoản thanh toán",
                    "dân số trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác"),
            pct("fiber_households", "infrastructure", 55, 97, 5, "Hộ gia đình có kết nối Internet cáp quang",
                    "hộ gia đình được kết nối Internet cáp quang băng rộng",
                    "hộ gia đình có khả năng tiếp cận Internet băng rộng cáp quang"),
            pct("mobile_coverage", "infrastructure", 80, 100, 3, "Thôn, tổ dân phố được phủ sóng 4G",
                    "thôn, tổ dân phố được phủ sóng di động 4G",
                    "cụm dân cư được phủ sóng mạng di động băng rộng"),
            pct("smartphones", "society", 60, 92, 4, "Người dân trưởng thành sử dụng điện thoại thông minh",
                    "người dân trưởng thành sử dụng điện thoại thông minh",
                    "dân số trưởng thành có điện thoại thông minh"),
            pct("eid_accounts", "society", 40, 90, 9, "Người dân có tài khoản định danh điện tử",
                    "người dân có tài khoản định danh điện tử",
                    "công dân kích hoạt tài khoản định danh điện tử mức độ hai"),
            pct("epayment_use", "economy", 30, 85, 8, "Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt",
                    "hộ kinh doanh sử dụng thanh toán không dùng tiền mặt",
                    "cơ sở kinh doanh, dịch vụ chấp nhận thanh toán điện tử"),
            pct("etax_enterprises", "economy", 70, 99, 4, "Doanh nghiệp sử dụng hóa đơn điện tử",
                    "doanh nghiệp sử dụng hóa đơn điện tử",
                    "doanh nghiệp, hộ kinh doanh kê khai thuế và sử dụng hóa đơn điện tử"),
            pct("ocop_ecommerce", "economy", 30, 85, 9, "Sản phẩm OCOP được đưa lên sàn thương mại điện tử",
                    "sản phẩm OCOP được đưa lên sàn thương mại điện tử",
                    "sản phẩm OCOP, sản phẩm chủ lực được giới thiệu, bán trên sàn thương mại điện tử"),
            pct("health_records", "society", 40, 92, 7, "Người dân có hồ sơ sức khỏe điện tử",
                    "người dân có hồ sơ sức khỏe điện tử",
                    "dân số được lập hồ sơ sức khỏe điện tử"),
            pct("pensions_bank", "society", 40, 90, 7, "Chi trả an sinh xã hội không dùng tiền mặt",
                    "người hưởng lương hưu, trợ cấp xã hội nhận tiền qua tài khoản",
                    "chi trả an sinh xã hội không dùng tiền mặt"),
            pct("digital_schools", "society", 50, 100, 6, "Trường học sử dụng học bạ số",
                    "trường học triển khai phần mềm quản lý và học bạ số",
                    "cơ sở giáo dục sử dụng học bạ điện tử"),
            pct("antimalware", "security", 50, 100, 6, "Máy tính được cài phần mềm phòng chống mã độc",
                    "máy tính của cơ quan được cài đặt phần mềm phòng chống mã độc",
                    "máy trạm được bảo vệ bằng giải pháp phòng chống mã độc tập trung"),
            pct("shared_databases", "data", 30, 80, 8, "Cơ sở dữ liệu được kết nối, chia sẻ",
                    "cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ với nền tảng tích hợp dùng chung",
                    "dữ liệu quản lý được cập nhật, chia sẻ trên hệ thống dùng chung"),
            count("news_posts", "awareness", "tin, bài", 10, 60, 6, "Số tin, bài tuyên truyền về chuyển đổi số",
                    "Tin, bài tuyên truyền về chuyển đổi số",
                    "tuyên truyền về chuyển đổi số trên trang thông tin điện tử",
                    "về chuyển đổi số trên hệ thống truyền thanh cơ sở",
                    "phổ biến kiến thức chuyển đổi số trên các nhóm mạng xã hội"),
            count("training_sessions", "workforce", "lớp", 1, 6, 1, "Số lớp tập huấn kỹ năng số",
                    "Lớp tập huấn kỹ năng số",
                    "tập huấn kỹ năng số cho cán bộ, công chức",
                    "bồi dưỡng kiến thức chuyển đổi số cho cán bộ và người dân"),
            count("dx_conferences", "awareness", "hội nghị", 1, 5, 1, "Số hội nghị tuyên truyền về chuyển đổi số",
                    "Hội nghị tuyên truyền về chuyển đổi số",
                    "tuyên truyền, phổ biến về chuyển đổi số",
                    "quán triệt chủ trương chuyển đổi số đến cán bộ, đảng viên"),
            count("tech_team_members", "society", "thành viên", 20, 110, 8, "Số thành viên tổ công nghệ số cộng đồng",
                    "Thành viên tổ công nghệ số cộng đồng",
                    "tham gia tổ công nghệ số cộng đồng",
                    "của các tổ công nghệ số cộng đồng hỗ trợ người dân"),
            count("accounts_created", "society", "tài khoản", 600, 4000, 450, null,
                    "Tài khoản định danh điện tử được kích hoạt",
                    "định danh điện tử được kích hoạt",
                    "định danh điện tử mức độ hai được cấp cho người dân"),
            count("online_applications_count", "government", "hồ sơ", 200, 2500, 250, null,
                    "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến",
                    "thủ tục hành chính được tiếp nhận trực tuyến",
                    "trực tuyến được tiếp nhận và giải quyết đúng hạn"),
            count("cameras", "security", "camera", 5, 60, 6, "Số camera giám sát an ninh",
                    "Camera giám sát an ninh trật tự",
                    "giám sát an ninh trật tự tại các tuyến đường chính",
                    "giám sát kết nối về trung tâm điều hành"),
            count("ecommerce_merchants", "economy", "hộ kinh doanh", 5, 80, 7, null,
                    "Hộ kinh doanh tham gia sàn thương mại điện tử",
                    "tham gia sàn thương mại điện tử",
                    "được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử"));

    /** The built-in indicators, with the catalog's phrases added to the percent indicators it also lists. */
    static List<IndicatorSpec> with(Catalog catalog) {
        if (catalog == null) {
            return BUILT_IN;
        }
        List<IndicatorSpec> out = new ArrayList<>();
        for (IndicatorSpec spec : BUILT_IN) {
            Indicator known = catalog.get(spec.code());
            if (known != null && spec.percent() && known.percent()) {
                out.add(spec.withMoreSubjects(known.phrases().stream()
                        .filter(p -> p.length() >= 12 && !p.matches(".*\\d.*")).toList()));
            } else {
                out.add(spec);
            }
        }
        return out;
    }
}
