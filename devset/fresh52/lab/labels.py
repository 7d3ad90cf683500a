# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yd01'] = [
 (1,'target','2025','Y','100','','percent','','eq','government','full-process online public services share','Phấn đấu 100% thủ tục hành chính (TTHC) đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình'),
 (1,'target','2025','Y','100','','percent','','eq','data','admin procedure dossiers digitized share','100% hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC của tỉnh được số hoá thành phần hồ sơ và kết quả giải quyết'),
 (1,'target','2025','Y','90','','percent','','ge','government','citizen and business satisfaction share','tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết TTHC'),
 (1,'target','2025','Y','70','','percent','','eq','economy','SMEs using digital platforms share','70% doanh nghiệp SMEs tiếp cận nền tảng chuyển đổi số'),
]
L['yd02'] = [
 (2,'actual','2020','Y','27','','rank','63','eq','government','provincial DTI rank','năm 2020 xếp hạng 27'),
 (2,'actual','2021','Y','21','','rank','63','eq','government','provincial DTI rank','năm 2021 xếp thứ 21'),
 (2,'actual','2022','Y','11','','rank','63','eq','government','provincial DTI rank','năm 2022 đứng thứ 11 trong 63 tỉnh, thành phố'),
 (3,'actual','2023','Y','26','','fraction','34','eq','government','DX plan targets completed','hoàn thành 26/34 chỉ tiêu đề ra'),
 (4,'actual','2023','Y','1570','','services','','ge','government','online public services count','Cổng dịch vụ công trực tuyến của tỉnh cung cấp trên 1.570 dịch vụ công'),
 (4,'actual','2023','Y','96','','percent','','approx','government','online admin procedure dossiers share','tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh đạt gần 96%'),
 (5,'actual','2023','','100','','percent','','eq','government','provincial departments and people\'s committees using a shared system share','100% sở, ngành của tỉnh, ủy ban nhân dân các cấp đã triển khai sử dụng đồng bộ'),
]
L['yd03'] = [
 (1,'actual','','','17','','datasets','','eq','data','open datasets published count','gồm 17 dữ liệu mở của các cơ quan nhà nước trên địa bàn'),
 (1,'actual','','','7','','fraction','7','eq','data','specialised and shared databases connected via LGSP','Tỉnh có 7/7 cơ sở dữ liệu chuyên ngành và cơ sở dữ liệu dùng chung được kết nối qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)'),
 (2,'actual','','','100','','percent','','eq','infrastructure','agencies connected to specialised data network share','Các cơ quan quản lý nhà nước từ cấp tỉnh tới cấp xã được kết nối mạng truyền số liệu chuyên dùng'),
 (2,'actual','','','1941','','services','','eq','government','admin services on provincial admin procedure system count','tỉnh cung cấp 1.941 dịch vụ hành chính công trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh'),
 (2,'actual','','','282','','services','','eq','government','level-3 online public services count','dịch vụ công mức độ 3: 282 dịch vụ'),
 (2,'actual','','','15','','percent','','eq','government','level-3 online public services share','282 dịch vụ, đạt 15%'),
 (2,'actual','','','1054','','services','','eq','government','level-4 online public services count','dịch vụ công mức độ 4: 1.054 dịch vụ'),
 (2,'actual','','','56','','percent','','eq','government','level-4 online public services share','1.054 dịch vụ, đạt 56%'),
]
L['yd04'] = [
 (3,'actual','','','9.07','','percent','','eq','economy','agricultural cooperatives using e-commerce or smart farming share','Hiện đã có 9,07% số hợp tác xã nông nghiệp có hoạt động thương mại điện tử, ứng dụng nông nghiệp thông minh'),
 (5,'actual','','','100','','percent','','eq','economy','banks providing e-banking services share','100% ngân hàng trên địa bàn đã cung cấp các dịch vụ tài chính - ngân hàng điện tử'),
 (5,'actual','','','80','','percent','','approx','society','population aged 15+ with bank or payment account share','gần 80% người dân độ tuổi từ 15 tuổi trở lên đã có tài khoản ngân hàng'),
 (7,'actual','','','50','','students','','eq','society','poor students given tablets count','trao tặng máy tính bảng cho 50 học sinh nghèo'),
 (9,'actual','','','95','','percent','','approx','society','population with electronic identification share','đã đạt khoảng 95% dân số trên địa bàn tỉnh được cấp danh tính số'),
]
L['yd05'] = [
 (21,'target','2025','Y','10','','percent','','ge','economy','digital economy share in each sector','Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%'),
 (21,'target','2025','Y','10','','percent','','ge','economy','e-commerce share of retail sales','tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%'),
 (21,'target','2025','Y','100','','percent','','eq','economy','enterprises using e-contracts share','tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 100%'),
 (21,'target','2025','Y','50','','enterprises','','eq','economy','digital technology enterprises count','quy tụ 50 doanh nghiệp số'),
 (21,'target','2025','Y','3','','enterprises','','ge','economy','digital innovation startups count','ít nhất 3 doanh nghiệp khởi nghiệp, đổi mới sáng tạo'),
 (21,'target','2025','Y','50','','percent','','ge','economy','SMEs using digital platforms share','tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%'),
 (21,'target','2025','Y','2','','percent','','ge','economy','digital economy workforce share','tỷ lệ nhân lực lao động kinh tế số trong lĩnh vực lao động đạt trên 2%'),
 (21,'target','2025','Y','100','','percent','','eq','economy','household businesses and enterprises able to use digital platforms share','100% hộ kinh doanh cá thể, doanh nghiệp được tiếp cận và có năng lực sử dụng nền tảng số'),
 (21,'target','2030','to-2030','100','','percent','','eq','infrastructure','population able to use fixed broadband above 1 Gbps share','đảm bảo 100% người sử dụng có thể truy nhập với tốc độ trên 1Gb/s'),
 (21,'target','2030','to-2030','100','','percent','','eq','infrastructure','population covered by 5G share','mạng băng thông rộng di động 5G phủ sóng 100% dân số'),
]
L['yd06'] = [
 (6,'actual','2022','','648','','services','','eq','government','online public services integrated on National Public Service Portal count','tích hợp với 648 dịch vụ công trực tuyến mức độ 3, mức độ 4 của tỉnh lên Cổng Dịch vụ công quốc gia'),
 (7,'actual','2022','','170247','','households','','approx','economy','farm households with accounts on Postmart and Voso count','gần 170.247 hộ sản xuất nông nghiệp đã được tạo tài khoản trên “Postmart.vn” và “Voso.vn”'),
 (7,'actual','2022','','105336','','accounts','','eq','economy','farm e-commerce accounts eligible to trade count','số tài khoản đủ điều kiện tham gia giao dịch trên sàn thương mại điện tử là 105.336 tài khoản'),
 (7,'actual','2022','','1007','','products','','gt','economy','agricultural products on e-commerce platforms count','hơn 1.007 sản phẩm nông nghiệp'),
 (7,'actual','2022','','1923','','enterprises','','gt','economy','SMEs joining SME digital transformation support programme count','hơn 1.923 doanh nghiệp nhỏ và vừa tiếp cận Chương trình'),
]
