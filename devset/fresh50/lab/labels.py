# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yb01'] = [
 (3,'actual','2024','Y','366','','bts_stations','','eq','infrastructure','new BTS stations built count','xây dựng mới 366 trạm, cột thu, phát sóng thông tin di động'),
 (3,'actual','2024','Y','9433','','bts_stations','','eq','infrastructure','BTS stations count','nâng tổng số trạm phát sóng thông tin di động toàn tỉnh Thanh Hoá lên 9.433 trạm'),
 (4,'actual','2024','','4342','','fraction','4357','eq','infrastructure','villages covered by mobile network','Mạng thông tin di động đã phủ sóng đến 4.342/4.357 thôn, bản'),
 (4,'actual','2024','','99.66','','percent','','eq','infrastructure','villages covered by mobile network share','đạt 99,66%'),
 (4,'actual','2024','','2700000','','subscribers','','approx','infrastructure','Internet subscribers count','gần 2,7 triệu thuê bao Internet'),
 (4,'actual','2024','','73.3','','subscriptions_per_100','','eq','infrastructure','internet subscriptions per 100 inhabitants','mật độ 73,3 thuê bao/100 dân'),
 (5,'actual','2024','','4000000','','exchanges','','gt','government','electronic documents exchanged and processed count','Tổng số lượt trao đổi, xử lý văn bản điện tử hơn 4 triệu lượt'),
 (5,'actual','2024','','98','','percent','','gt','government','digitally signed electronic documents share','tỉ lệ ký số đạt hơn 98%'),
 (6,'actual','2024','','720','','services','','eq','government','partial online public services count','720 dịch vụ công trực tuyến một phần'),
 (6,'actual','2024','','982','','services','','eq','government','full-process online public services count','982 dịch vụ công trực tuyến toàn trình'),
 (6,'actual','2024','','99.51','','percent','','eq','government','admin dossiers resolved early or on time share','Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn đạt 99,51%'),
 (6,'actual','2024','','1711','','services','','eq','government','online public services integrated on National Public Service Portal count','tích hợp lên Cổng dịch vụ công Quốc gia 1.711 dịch vụ công trực tuyến'),
 (7,'actual','2024','','320','','reports','','eq','government','citizen feedback received on feedback app count','tiếp nhận, xử lý 320 phản ánh, kiến nghị'),
 (7,'actual','2024','','93','','percent','','eq','government','citizen feedback resolved on time share','93% số phản ánh, kiến nghị đã được các cơ quan, đơn vị giải quyết, công khai trả lời đúng hạn'),
 (8,'actual','2024','','100','','percent','','eq','economy','enterprises using digital platforms share','100% doanh nghiệp tại Thanh Hoá đã được tiếp cận và ứng dụng các nền tảng số'),
 (8,'actual','2024','','5550','','enterprises','','eq','economy','enterprises reaching a digital maturity level count','5.550 doanh nghiệp đạt mức'),
]
L['yb02'] = [
 (3,'actual','2022','Y','16','','fraction','18','eq','institution','provincial departments with recognised DX model','16/18 đơn vị cấp sở và tương đương'),
 (3,'actual','2022','Y','11','','fraction','12','eq','institution','districts with recognised DX model','11/12 địa phương cấp huyện được công nhận có mô hình triển khai chuyển đổi số'),
 (4,'actual','2022','Y','3.7','','percent','','eq','economy','digital economy share of GRDP','tỷ lệ doanh thu kinh tế số ước đạt 3,7% GRDP tỉnh'),
 (4,'actual','2022','Y','0.1','','percent','','eq','economy','digital economy share of GRDP change vs previous year','tăng 0,1% so với năm 2021'),
 (4,'actual','2022','','320','','products','','gt','economy','agricultural products on e-commerce platforms count','hơn 320 sản phẩm nông sản, đặc sản'),
 (4,'actual','2022','','60','','enterprises','','eq','economy','enterprises selling on e-commerce platforms count','của 60 doanh nghiệp'),
 (5,'target','','','100','','percent','','eq','society','villages with community digital technology teams share','nhân rộng đến 100% khóm, ấp trên địa bàn tỉnh'),
 (5,'actual','2022','Y','40','','campaigns','','eq','society','community digital team outreach campaigns count','tổ chức 40 lượt ra quân hướng dẫn người dân'),
 (5,'actual','2022','Y','4','','classes','','eq','awareness','DX awareness training classes count','tổ chức đào tạo 4 lớp tập huấn nâng cao nhận thức chuyển đổi số'),
]
L['yb03'] = [
 (5,'actual','2023','','8','','fraction','17','eq','institution','DX plan targets completed','thực hiện đạt và vượt 08/17 chỉ tiêu'),
 (5,'actual','2023','','100','','percent','','eq','government','level-4 online public services share','100% thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4'),
 (5,'actual','2023','','58','','percent','','gt','economy','SMEs trading on e-commerce platforms share','trên 58% doanh nghiệp vừa và nhỏ tiến hành hoạt động kinh doanh trên các sàn giao dịch thương mại điện tử'),
 (5,'actual','2023','','80','','percent','','eq','economy','OCOP products on e-commerce share','80% sản phẩm thuộc Chương trình “Mỗi xã một sản phẩm” (OCOP) có mặt trên các sàn thương mại điện tử'),
]
L['yb04'] = [
 (4,'actual','2022','Y','3','','rank','','eq','government','provincial DTI rank','vươn lên vị trí thứ 3 trong bảng xếp hạng'),
 (4,'actual','2022','Y','4','','rank_change','','eq','government','provincial DTI rank change vs previous year','tăng 4 hạng so với năm 2021'),
 (7,'actual','2022','Y','0.7804','','index_points','','eq','government','provincial DTI digital government pillar score','Chính quyền số 0,7804'),
 (7,'actual','2022','Y','4','','rank','','eq','government','provincial DTI digital government component rank','xếp hạng 4'),
 (7,'actual','2022','Y','1','','rank_change','','eq','government','provincial DTI digital government component rank change','tăng 1 bậc so với năm 2021); Kinh tế số'),
 (7,'actual','2022','Y','0.7187','','index_points','','eq','economy','provincial DTI digital economy pillar score','Kinh tế số 0,7187'),
 (7,'actual','2022','Y','9','','rank','','eq','economy','provincial DTI digital economy component rank','xếp hạng 9'),
 (7,'actual','2022','Y','5','','rank_change','','eq','economy','provincial DTI digital economy component rank change','tăng 5 bậc so với năm 2021'),
 (7,'actual','2022','Y','0.6864','','index_points','','eq','society','provincial DTI digital society pillar score','Xã hội số 0,6864 điểm'),
 (7,'actual','2022','Y','2','','rank','','eq','society','provincial DTI digital society component rank','xếp hạng 2'),
 (7,'actual','2022','Y','1','','rank_change','','eq','society','provincial DTI digital society component rank change','xếp hạng 2 (tăng 1 bậc so với năm 2021)'),
 (8,'actual','2022','Y','1','','rank','','eq','institution','provincial DTI digital institution component rank','dẫn đầu ở chỉ số Thể chế số'),
 (8,'actual','2022','Y','2','','rank','','eq','society','provincial DTI digital society activity component rank','Đứng thứ 2 chỉ số Hoạt động xã hội số'),
 (8,'actual','2022','Y','3','','rank','','eq','government','provincial DTI digital government activity component rank','Xếp thứ 3 ở chỉ số Hoạt động chính quyền số'),
 (8,'actual','2022','Y','4','','rank','','eq','infrastructure','provincial DTI digital infrastructure component rank','đứng thứ 4 trong chỉ số Hạ tầng số'),
]
L['yb05'] = [
 (1,'actual','2024','','100','','percent','','eq','infrastructure','communes with fiber broadband share','100% xã, phường đã có cáp quang mạng internet băng rộng'),
 (1,'actual','2024','Q2','27689','','subscribers','','eq','infrastructure','Internet subscribers count','27.689 thuê bao internet'),
 (1,'actual','2024','Q2','120890','','subscribers','','eq','infrastructure','mobile broadband (3G/4G) subscribers count','120.890 thuê bao di động 3G/4G'),
 (1,'actual','2024','','100','','percent','','eq','infrastructure','village cultural houses with public wifi share','100% Nhà văn hóa thôn, khối phố của 13 xã, phường đã lắp đặt Wifi internet công cộng'),
 (1,'actual','2024','','100','','percent','','eq','government','leaders with specialised digital certificates share','100% cán bộ lãnh đạo thành phố và xã, phường đã được cấp chứng thư số chuyên dùng'),
 (1,'actual','2024','','100','','percent','','eq','platform','state agencies using document management system share','100% các cơ quan, đơn vị, địa phương của thành phố đều đã được cấp tài khoản và sử dụng phần mềm Hệ thống quản lý văn bản và hồ sơ công việc (Q-Office)'),
 (1,'actual','2024','','100','','percent','','eq','workforce','officials proficient in online dossier processing share','100% lãnh đạo, cán bộ công chức có liên quan đều thành thạo tiếp nhận, xử lý và trả kết quả trên phần mềm'),
 (1,'actual','2021','Y','10','','percent','','eq','government','online admin procedure dossiers share','từ 10%'),
 (1,'actual','2024','H1','96.45','','percent','','eq','government','online admin procedure dossiers share','lên 96,45%'),
]
L['yb06'] = [
 (3,'actual','2022','Y','1873','','news_posts','','eq','platform','news posts on government portal count','Trong năm 2022, Trang Thông tin điện tử thành phố đã đăng tải 1873 tin, bài'),
 (3,'actual','','','10','','subsystems','','eq','platform','IOC subsystems count','đã hoàn thành 10 phân hệ'),
]
