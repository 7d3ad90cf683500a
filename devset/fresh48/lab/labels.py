# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['zx01'] = [
 (3,'actual','','','950','','teams','','eq','society','community digital technology teams count','đã thành lập 950 Tổ công nghệ số cộng đồng'),
 (3,'actual','','','5807','','members','','eq','society','community digital team members count','với tổng số 5.807 thành viên'),
 (3,'actual','2023','Y','3000','','members','','approx','workforce','community digital team members trained count','gần 3.000 thành viên tham gia tập huấn'),
]
L['zx02'] = [
 (3,'actual','','','87.5','','percent','','eq','society','adults with smartphone share','tỷ lệ người dân sử dụng điện thoại thông minh đạt 87,5%'),
 (3,'actual','','','15','','rank','','eq','infrastructure','households with fiber broadband national rank','số hộ có cáp quang băng rộng đứng thứ 15 toàn quốc'),
 (3,'actual','','','75.3','','percent','','eq','economy','cashless share of payment transactions','75,3% giao dịch thanh toán đã chuyển sang hình thức không dùng tiền mặt'),
 (6,'actual','','','100','','percent','','eq','infrastructure','villages with fiber broadband share','phủ sóng internet cáp quang băng thông rộng và dịch vụ 3G, 4G đến 100% thôn'),
 (6,'actual','','','100','','percent','','eq','infrastructure','villages with mobile broadband coverage share','phủ sóng internet cáp quang băng thông rộng và dịch vụ 3G, 4G đến 100% thôn'),
 (6,'actual','','','75','','bts_stations','','eq','infrastructure','5G base stations count','thí điểm phát sóng 5G tại 75 trạm'),
 (6,'actual','','','81.7','','percent','','eq','infrastructure','households with fiber broadband share','số hộ gia đình có cáp quang băng rộng cố định đạt 81,7%'),
 (7,'actual','','','12','','systems','','eq','platform','information systems connected to SOC and IOC count','kết nối 12 hệ thống thông tin của Trung tâm giám sát an toàn, an ninh mạng (SOC) và Trung tâm điều hành đô thị thông minh (IOC)'),
 (9,'actual','','','580','','services','','eq','government','online public services count','Ninh Thuận hiện có 580 dịch'),
]
L['zx03'] = [
 (1,'actual','','','90','','percent','','gt','society','electricity and water bills paid cashless share','Tỷ lệ thanh toán tiền điện, nước không dùng tiền mặt đạt trên 90%'),
 (3,'target','2025','to-2025','20','','times_grdp','','eq','economy','cashless payment value relative to GRDP','giá trị thanh toán không dùng tiền mặt gấp 20 lần GRDP của tỉnh'),
 (3,'target','2025','to-2025','80','','percent','','eq','society','adults with bank or e-payment account share','80% người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác'),
 (3,'target','2025','to-2025','35','40','percent_per_year','','range','economy','cashless transactions average annual growth','tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch thanh toán không dùng tiền mặt đạt 35-40%/năm'),
 (3,'target','2025','to-2025','50','','percent','','eq','economy','individuals and organisations using electronic payment channels share','tỷ lệ cá nhân, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh thanh toán điện tử đạt 50%'),
 (4,'target','2025','to-2025','90','100','percent','','range','society','schools with cashless tuition payment share','các cơ sở giáo dục thực hiện thanh toán học phí không dùng tiền mặt đạt từ 90 - 100%'),
 (4,'target','2025','to-2025','100','','percent','','eq','society','health facilities with cashless fee payment share','100% các cơ sở khám, chữa bệnh thực hiện thanh toán dịch vụ y tế'),
 (4,'target','2025','to-2025','60','','percent','','eq','society','pension and social-insurance beneficiaries paid cashless share (Phan Rang-Tháp Chàm)','60% số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp trên địa bàn TP Phan Rang, Tháp Chàm'),
]
L['zx04'] = [
 (1,'actual','','','60','','percent','','approx','society','tuition fees collected cashless share','tỷ lệ thu học phí mới đạt khoảng 60%'),
 (1,'actual','','','35','','percent','','approx','society','hospital fees collected cashless share','thu viện phí khoảng 35%'),
 (1,'actual','','','60','','percent','','approx','society','social-welfare payments made cashless share','chi trả các chương trình an sinh, xã hội đạt khoảng 60%'),
]
L['zx05'] = [
 (13,'actual','2023','','127','','agencies','','eq','government','agencies using document management system count','bao gồm 127 cơ quan, đơn vị'),
 (13,'actual','2023','','2271','','accounts','','eq','platform','document management system user accounts count','2.271 tài khoản sử dụng'),
]
L['zx06'] = [
 (3,'actual','2004','','15','','percent','','eq','infrastructure','population covered by mobile network share','tỷ lệ phủ sóng phủ sóng 2G chỉ đạt 15% dân số toàn tỉnh'),
 (3,'actual','2004','','253','','subscribers','','eq','infrastructure','telecom subscribers count (service not named)','toàn tỉnh chỉ có 253 thuê bao'),
 (3,'actual','2004','','0.06','','subscriptions_per_100','','eq','infrastructure','telecom subscriptions per 100 inhabitants (service not named)','mật độ thuê bao/100 dân: 0,06'),
 (5,'actual','2024','','1200','','loudspeaker_clusters','','eq','infrastructure','commune radio loudspeaker clusters count','Hệ thống truyền thanh cấp xã: 1.200 cụm loa'),
 (5,'actual','2024','','65','','percent','','approx','infrastructure','villages covered by commune radio share','tỷ lệ phủ sóng truyền thanh/thôn khoảng 65%'),
 (5,'actual','2024','','37','','fraction','71','eq','infrastructure','communes with IT-based radio system','37/71 xã đã xây dựng hệ thống truyền thanh ứng dụng CNTT-VT'),
 (5,'actual','2024','Q2','600','','websites','','eq','government','government portals and websites count','Đến tháng 6/2024, toàn tỉnh có 600'),
]
L['zx07'] = [
 (2,'target','2025','to-2025','1','2','neighbourhoods_per_commune','','range','society','pilot DX neighbourhoods per commune','Mỗi xã, phường chọn từ 1 đến 2 khu phố, ấp làm điểm triển khai mô hình'),
 (2,'target','2025','to-2025','1','','neighbourhoods_per_commune','','ge','society','DX neighbourhoods meeting all criteria per commune','mỗi xã, phường có ít nhất 1 khu phố, ấp đạt 100% tiêu chí đánh giá chuyển đổi số'),
]
