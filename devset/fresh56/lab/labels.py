# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yi01'] = [
 (9,'actual','2025','','16','','departments','','eq','platform','departments using electronic document exchange system count','16 đơn vị cấp sở'),
 (9,'actual','2025','','148','','communes','','eq','platform','communes using electronic document exchange system count','148 đơn vị hành chính cấp xã'),
 (9,'actual','2025','','28226','','user_accounts','','eq','platform','document management system user accounts count','với 28.226 tài khoản người dùng'),
 (11,'actual','2025','','100','','percent','','eq','government','agencies exchanging digitally signed electronic documents share','100% các cơ quan, đơn vị ở Phú Thọ thực hiện gửi nhận văn bản điện tử có ký số'),
 (11,'actual','2025','','161562','','documents','','eq','government','incoming electronic documents on national document axis count','161.562 văn bản điện tử đến'),
 (11,'actual','2025','','100000','','documents','','eq','government','outgoing electronic documents on national document axis count','100.000 văn bản điện tử đi được phát hành trên Trục liên thông văn bản Quốc gia'),
]
L['yi02'] = [
 (5,'actual','2026','','352','','bts_stations','','eq','infrastructure','5G base stations count','đã có 352 trạm BTS 5G được đưa vào vận hành'),
 (5,'actual','2026','','324','','bts_stations','','eq','infrastructure','5G base stations count (Viettel)','Viettel chiếm 324 trạm'),
 (5,'actual','2026','','18','','bts_stations','','eq','infrastructure','5G base stations count (VNPT)','VNPT 18 trạm'),
 (5,'actual','2026','','10','','bts_stations','','eq','infrastructure','5G base stations count (Mobifone)','Mobifone 10 trạm'),
 (5,'actual','2026','','40','','fraction','40','eq','infrastructure','communes with 5G coverage (Viettel)','40/40 xã, phường của thành phố đều đã có sóng 5G'),
 (7,'target','2025','Y','60','','percent','','eq','infrastructure','5G coverage share','năm 2025 Huế đặt mục tiêu tỷ lệ phủ sóng 5G đạt 60%'),
 (7,'target','2026','Y','80','','percent','','eq','infrastructure','5G coverage share','sang năm 2026 đạt 80%'),
 (7,'target','2026','Y','100','','percent','','eq','infrastructure','key areas with 5G coverage share','phủ sóng 5G 100% tại các khu công nghệ thông tin tập trung, khu công nghiệp, nhà ga, cảng biển và sân bay quốc tế'),
 (9,'actual','2025','Y','200','','bts_stations','','eq','infrastructure','5G base stations added count (Viettel)','Riêng trong năm 2025, đơn vị đã lắp đặt thêm 200 trạm 5G'),
 (9,'actual','2025','','330','','bts_stations','','approx','infrastructure','5G base stations count (Viettel)','nâng tổng số trạm lên gần 330 trạm'),
 (9,'actual','2026','','90','','percent','','approx','infrastructure','5G coverage share (outdoor, Viettel)','Độ phủ ngoài trời hiện đạt khoảng 90%'),
 (9,'actual','2026','','70','','percent','','approx','infrastructure','5G coverage share (indoor, Viettel)','trong nhà khoảng 70%'),
]
L['yi03'] = [
 (11,'actual','2025','','12000','','bts_stations','','gt','infrastructure','BTS stations count','toàn tỉnh hiện có hơn 12.000 trạm thu phát sóng (BTS)'),
 (11,'actual','2025','','300','','bts_stations','','approx','infrastructure','5G base stations count','gần 300 trạm 5G'),
 (11,'actual','2025','','100','','percent','','eq','infrastructure','residential areas with mobile coverage share','đảm bảo phủ sóng 100% khu dân cư'),
]
L['yi04'] = [
 (5,'actual','2025','Y','800','','bts_stations','','approx','infrastructure','5G base stations added count (Viettel)','Trong năm 2025, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) đã đầu tư, xây dựng và phát sóng khoảng 800 trạm 5G tại tỉnh Phú Thọ'),
 (5,'actual','2025','','1000','','bts_stations','','approx','infrastructure','5G base stations count','nâng tổng số trạm 5G trên địa bàn lên gần 1.000 trạm'),
 (5,'actual','2025','','100','','percent','','eq','infrastructure','key areas with 5G coverage share','mạng 5G đã phủ sóng 100% các khu đô thị, khu công nghiệp và trung tâm các phường, xã'),
]
L['yi05'] = [
 (6,'actual','2025','Q4','250','','dossiers','','eq','government','online admin dossiers submitted via kiosk count','đã có 250 hồ sơ trực tuyến được nộp qua Kiosk'),
 (6,'actual','2025','Q4','1.4','','minutes_per_dossier','','eq','government','average dossier submission time at kiosk','Thời gian nộp hồ sơ trung bình chỉ 1,4 phút/hồ sơ'),
 (6,'actual','','','5','10','minutes_per_dossier','','range','government','average dossier submission time before kiosk','so với 5-10 phút trước đây'),
]
