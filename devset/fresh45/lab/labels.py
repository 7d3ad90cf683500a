# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['zt01'] = [
 (1,'actual','2023','','11','','fraction','11','eq','institution','communes with DX steering committee','các xã, phường thành lập 11/11 ban chỉ đạo chuyển đổi số cấp xã'),
 (1,'actual','2023','','86','','fraction','86','eq','society','villages with community digital technology teams','thành lập 86 tổ công nghệ số cộng đồng/86 thôn, khu phố'),
 (1,'actual','2023','','313','','members','','eq','society','community digital team members count','với tổng số thành viên là 313 người'),
 (2,'actual','2023','','166','','news_posts','','eq','awareness','DX news posts by city radio station count','Đài truyền thanh thành phố đã phát sóng 166 tin bài'),
 (2,'actual','2023','','1550','','news_posts','','eq','awareness','DX news posts by commune radio stations count','Đài truyền thanh các xã, phường phát 1.550 tin bài'),
 (2,'actual','2023','','68','','news_posts','','eq','awareness','DX news posts on city portal count','trang thông tin điện tử thành phố đăng tải 68 tin bài'),
 (2,'actual','2023','','155','','news_posts','','gt','awareness','DX news posts on commune portals count','trang thông tin điện tử các xã, phường đăng tải trên 155 tin bài'),
 (2,'actual','2023','','2','','meetings','','eq','awareness','DX conferences held count','Tổ chức 02 hội nghị về Đề án chuyển đổi số thành phố Sầm Sơn'),
 (2,'actual','2023','','3','','training_sessions','','eq','workforce','DX training sessions held count','tổ chức 03 đợt tập huấn'),
]
L['zt02'] = [
 (3,'actual','2023','','98','','billion_vnd','','approx','infrastructure','security camera system investment','đầu tư gần 98 tỷ đồng'),
 (3,'actual','2023','','136000','','cameras','','gt','infrastructure','security cameras installed count','cho hơn 136.000 camera an ninh'),
 (5,'actual','2023','','26','','fraction','27','eq','infrastructure','districts with camera-for-security-and-order model','đã được nhân rộng tại 26/27 huyện, thị xã, thành phố'),
]
L['zt03'] = [
 (5,'actual','2026','','18400','','dossiers','','eq','government','admin procedure dossiers received count','Trung tâm đã tiếp nhận 18.400 hồ sơ'),
 (5,'actual','2026','','18207','','dossiers','','eq','government','admin procedure dossiers resolved count','giải quyết 18.207 hồ sơ'),
 (5,'actual','2026','','14910','','dossiers','','eq','government','dossiers resolved ahead of deadline count','14.910 hồ sơ trước hạn'),
 (5,'actual','2026','','3294','','dossiers','','eq','government','dossiers resolved on time count','3.294 hồ sơ đúng hạn'),
 (7,'actual','2026','','3171','','dossiers','','eq','government','electronic certified copy dossiers count','3.171 hồ sơ chứng thực điện tử'),
 (7,'actual','2026','','697','','dossiers','','eq','government','interlinked birth registration dossiers count','697 hồ sơ liên thông đăng ký khai sinh – thường trú – cấp thẻ bảo hiểm y tế'),
 (7,'actual','2026','','221','','dossiers','','eq','government','interlinked death registration dossiers count','221 hồ sơ liên thông đăng ký khai tử – xóa thường trú – trợ cấp mai táng phí'),
 (9,'actual','2026','','100','','percent','','eq','government','full-process online dossiers share','100% hồ sơ được nộp trực tuyến và thực hiện toàn trình'),
 (9,'actual','2026','','99.74','','percent','','eq','government','dossiers with online payment share','tỉ lệ thanh toán trực tuyến đạt 99,74%'),
]
L['zt04'] = [
 (5,'actual','','','2000','','bts_stations','','approx','infrastructure','BTS stations count','gần 2.000 trạm BTS'),
 (5,'actual','','','100','','percent','','eq','infrastructure','villages with mobile broadband coverage share','phủ sóng 100% thôn, xóm với dịch vụ băng rộng di động 3G, 4G'),
 (5,'actual','','','4500','','access_points','','gt','infrastructure','broadband Internet service points count','Hơn 4.500 điểm cung cấp dịch vụ internet băng rộng'),
]
L['zt05'] = [
 (2,'actual','','','560000','','subscribers','','approx','infrastructure','mobile telephone subscribers count','khoảng trên 560.000 thuê bao điện thoại di động'),
 (2,'actual','','','87','','subscriptions_per_100','','eq','infrastructure','phone subscriptions per 100 inhabitants','đạt 87 thuê bao/100 dân'),
 (2,'actual','','','100','','percent','','eq','infrastructure','commune centres with mobile broadband coverage share','sóng thông tin di động (3G, 4G) đã được phủ đến 100% trung tâm các xã, phường, thị trấn'),
 (2,'actual','','','95','','percent','','approx','infrastructure','residential areas with mobile broadband coverage share','gần 95% khu vực có dân cư sinh sống'),
 (2,'actual','','','510','','routes','','eq','infrastructure','fiber optic cable routes count','có 510 tuyến cáp quang'),
 (2,'actual','','','3350','','km','','eq','infrastructure','fiber optic cable length','tổng chiều dài 3.350 km'),
 (2,'actual','','','100','','percent','','eq','infrastructure','communes connected to fiber optic share','kết nối đến 100% trung tâm các xã, phường, thị trấn'),
 (2,'actual','','','88.5','','percent','','eq','infrastructure','villages with fiber broadband share','88,5% cấp thôn/bản'),
 (2,'actual','','','129','','fraction','129','eq','infrastructure','communes with fixed broadband connection','129/129 xã, phường, thị trấn có kết nối băng rộng cố định đến trung tâm'),
 (2,'actual','','','67000','','subscribers','','eq','infrastructure','fixed broadband subscribers count','Tổng số thuê bao Internet băng rộng cố định là 67.000 thuê bao'),
 (2,'actual','','','48','','percent','','eq','infrastructure','households with Internet connection share','đạt tỷ lệ 48% hộ gia đình có kết nối Internet'),
 (2,'actual','','','67','','fraction','115','eq','infrastructure','commune cultural post offices with public Internet access','67/115 (tỷ lệ 58%) điểm kết nối internet công cộng'),
 (2,'actual','','','58','','percent','','eq','infrastructure','commune cultural post offices with public Internet access share','(tỷ lệ 58%) điểm kết nối internet công cộng'),
]
