# hand labels: (file, line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['zr01'] = [
 (4,'actual','2024','','500','','cameras','','approx','infrastructure','security cameras installed count','Toàn huyện có gần 500 mắt Camera'),
 (4,'actual','2024','','50','','cameras','','gt','infrastructure','security cameras installed count (district police)','Công an huyện quản lý trên 50 mắt'),
 (4,'actual','2024','','370','','cameras','','eq','infrastructure','security cameras installed count (commune police)','Công an xã quản lý 370 mắt'),
 (4,'actual','2024','','60','','percent','','gt','infrastructure','communes and households with security cameras share','trên 60% các xã, thị trấn và hộ gia đình lắp đặt hệ thống Camera giám sát an ninh'),
]
L['zr02'] = [
 (4,'actual','2023','','100','','percent','','eq','government','officials with digital signatures share','100% cán bộ, công chức được cấp chữ ký số'),
 (5,'actual','2023','','150','','households','','eq','economy','business households using e-commerce and cashless payment count','150 hộ kinh doanh triển khai hình thức thương mại điện tử (thanh toán không dùng tiền mặt)'),
 (5,'actual','2023','','820','','households','','approx','society','households with mobile money app count','gần 820 hộ cài ứng dụng Viettel money'),
 (5,'actual','2023','','1000','','households','','gt','society','households paying electricity bills cashless count','hơn 1 nghìn hộ sử dụng tài khoản ngân hàng và Mobile money để chi trả tiền điện hằng tháng'),
 (5,'actual','2023','','5','','products','','eq','economy','OCOP products with traceability stamps count','dán tem truy xuất nguồn gốc cho 5 sản phẩm OCOP'),
]
L['zr03'] = [
 (3,'actual','2022','','11','','radio_clusters','','eq','infrastructure','smart radio receiver clusters count','11 cụm loa lắp đặt tại 7 thôn'),
 (3,'actual','2022','','7','','villages','','eq','infrastructure','villages covered by smart radio system count','lắp đặt tại 7 thôn'),
 (4,'actual','','','260','','million_vnd','','gt','infrastructure','smart radio system investment','được đầu tư trên 260 triệu đồng'),
]
L['zr04'] = [
 (1,'actual','2022','','50','','radio_clusters','','eq','infrastructure','smart radio receiver clusters count','hệ thống truyền thanh thông minh với 50 cụm loa'),
 (1,'actual','2022','','9','','residential_groups','','eq','infrastructure','residential groups covered by smart radio system count','phủ sóng tại 9 tổ dân phố'),
]
L['zr05'] = [
 (1,'actual','2020','','99.84','','percent','','eq','government','on-time dossier resolution share','tỷ lệ giải quyết hồ sơ đúng hạn của Hà Tĩnh đạt 99,84%'),
 (1,'actual','2020','','29.1','','percent','','eq','government','online admin procedure dossiers share','có 29,1% hồ sơ sử dụng dịch vụ công trực tuyến'),
 (1,'actual','2020','','9.1','','percentage_points','','gt','government','online admin procedure dossiers share change vs previous year','tăng hơn 9,1% so với năm 2019'),
 (2,'actual','2020','','434835','','dossiers','','eq','government','admin procedure dossiers received count','toàn tỉnh đã tiếp nhận 434.835 hồ sơ'),
 (2,'actual','2020','','17','','agencies','','eq','government','provincial agencies with 100% on-time dossier resolution count','17 đơn vị, sở, ngành'),
 (2,'actual','2020','','2','','districts','','eq','government','districts with 100% on-time dossier resolution count','2 địa phương có tỷ lệ hồ sơ xử lý đúng hạn đạt 100%'),
 (4,'actual','2020','','788','','services','','eq','government','level-3 online public services count (province level)','788 dịch vụ công cấp tỉnh'),
 (4,'actual','2020','','1068','','services','','eq','government','level-3 online public services count (district level)','1.068 dịch vụ công cấp huyện'),
 (4,'actual','2020','','41','','services','','eq','government','level-3 online public services per commune count','41 dịch vụ công cho mỗi đơn vị cấp xã'),
 (4,'actual','2020','','1178','','services','','eq','government','level-4 online public services count','dịch vụ công mức độ 4, trên địa bàn tỉnh có 1.178 dịch vụ công'),
 (4,'actual','2020','','67','','services','','eq','government','level-4 online public services count (province level)','cấp tỉnh 67'),
 (4,'actual','2020','','1111','','services','','eq','government','level-4 online public services count (district level)','cấp huyện 1.111'),
 (8,'actual','2020','','22800','','dossiers','','eq','government','online admin procedure dossiers count','đã phát sinh 22.800 hồ sơ'),
 (8,'actual','2020','','8144','','dossiers','','eq','government','online admin procedure dossiers count (province level)','cấp tỉnh 8144 hồ sơ'),
 (8,'actual','2020','','9810','','dossiers','','eq','government','online admin procedure dossiers count (district level)','cấp huyện 9810 hồ sơ'),
 (8,'actual','2020','','4846','','dossiers','','eq','government','online admin procedure dossiers count (commune level)','cấp xã 4.846 hồ sơ'),
]
L['zr06'] = [
 (13,'actual','2025','Q2','1018','','video_conference_points','','eq','awareness','video conference points count','đến 1.018 điểm cầu cấp huyện, xã, thôn, bản và tổ dân phố'),
 (13,'actual','2025','Q2','52000','','participants','','approx','awareness','participants in digital literacy movement launch count','thu hút gần 52.000 lượt cán bộ, đảng viên và người dân tham dự'),
]
