# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yc01'] = [
 (3,'target','2023','Y','10','','rank','','le','government','provincial DTI rank','nhóm 10 địa phương dẫn đầu cả nước về chuyển đổi số năm 2023'),
 (4,'target','2023','Y','90','','percent','','ge','government','online public services with dossiers share','Tỷ lệ dịch vụ công trực tuyến toàn trình và một phần phát sinh hồ sơ đạt trên 90%'),
 (4,'target','2023','Y','60','','percent','','ge','government','online admin procedure dossiers share','Tỷ lệ hồ sơ thủ tục hành chính (TTHC) xử lý trực tuyến đạt trên 60%'),
 (4,'target','2023','Y','40','','percent','','ge','government','online payment transactions on National Public Service Portal share','Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 40%'),
 (4,'target','2023','Y','70','','percent','','ge','government','admin procedure dossiers and results digitised share (province level)','tối thiểu 70% đối với cấp tỉnh'),
 (4,'target','2023','Y','60','','percent','','ge','government','admin procedure dossiers and results digitised share (district level)','60% đối với cấp huyện'),
 (4,'target','2023','Y','55','','percent','','ge','government','admin procedure dossiers and results digitised share (commune level)','55% đối với cấp '),
]
L['yc02'] = [
 (7,'actual','2023','','94.6','','percent','','eq','government','work records processed online share (province level)','tỷ lệ trung bình cấp tỉnh đạt 94,6%'),
 (7,'actual','2023','','95.5','','percent','','eq','government','work records processed online share (district level)','cấp huyện đạt 95,5%'),
 (7,'actual','2023','','97.5','','percent','','eq','government','work records processed online share (commune level)','cấp xã đạt 97,5%'),
 (7,'actual','2023','','35','','percent','','eq','government','online public services with dossiers share','Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 35%'),
 (7,'actual','2023','','70.9','','percent','','eq','government','level-3 and level-4 online public services share','tỷ lệ dịch vụ công trực tuyến mức độ 3,4 toàn tỉnh là 70,9%'),
 (7,'actual','2023','','28.9','','percent','','eq','government','online admin procedure dossiers share','Tỷ lệ hồ sơ giải quyết trực tuyến toàn tỉnh đạt 28,9%'),
 (9,'actual','2023','Q3','90','','percent','','eq','government','citizen feedback received and answered on mobile app share','tỷ lệ tiếp nhận và trả lời phản ánh, kiến nghị trên thiết bị di động của toàn tỉnh đến ngày 13/9 đạt 90%'),
]
L['yc03'] = [
 (4,'actual','','','100','','percent','','eq','government','public administration service centres using shared e-administration software share','100% trung tâm phục vụ hành chính công của tỉnh và huyện, thành phố sử dụng chung phần mềm hành chính công điện tử'),
 (4,'actual','','','1773','','procedures','','eq','government','admin procedures under local jurisdiction count','Trong 1.773 thủ tục hành chính mà tỉnh đang thực hiện'),
 (4,'actual','','','100','','percent','','eq','government','admin procedures provided as online public services share','100% thủ tục được thực hiện trực tuyến'),
]
L['yc04'] = [
 (4,'actual','2024','Q4','45000','','app_installs','','gt','society','citizen app users count','hơn 45 nghìn người cài đặt ứng dụng Smart-HaiDuong'),
 (4,'actual','2024','Q4','100','','percent','','eq','platform','provincial civil servants using citizen app share','100% cán bộ, công chức, viên chức, người lao động tại các cơ quan hành chính Nhà nước tỉnh đã cài đặt và sử dụng ứng dụng Smart-HaiDuong'),
]
L['yc05'] = [
 (7,'actual','2024','Y','2.7','','times','','gt','government','online admin procedure dossiers share change vs previous year (times)','Tỉ lệ hồ sơ trực tuyến toàn tỉnh tăng hơn 2,7 lần'),
 (7,'actual','2024','Y','93.18','','percent','','eq','government','online admin procedure dossiers share','đạt 93,18%'),
 (7,'actual','2024','Y','1.5','','times','','eq','government','online admin procedure dossiers share change vs previous year (times) (district level)','riêng các huyện, thị xã, thành phố tăng gấp 1,5 lần'),
 (7,'actual','2023','Y','62.87','','percent','','eq','government','online admin procedure dossiers share (district level)','từ 62,87% năm 2023'),
 (7,'actual','2024','Y','98.94','','percent','','eq','government','online admin procedure dossiers share (district level)','lên 98,94% năm 2024'),
 (7,'actual','2024','Y','8.3','','times','','gt','government','online fee and tax payments on National Public Service Portal change vs previous year (times)','Số lượng giao dịch thanh toán phí, lệ phí/thu thuế đất trực tuyến toàn tỉnh qua nền tảng thanh toán trực tuyến Cổng Dịch vụ công Quốc gia tăng hơn 8,3 lần'),
]
