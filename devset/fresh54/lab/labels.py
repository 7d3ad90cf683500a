# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yg01'] = [
 (2,'actual','2023','Y','13','','fraction','19','eq','government','DX plan targets completed','có 13/19 chỉ tiêu đạt và vượt kế hoạch đề ra'),
 (2,'actual','2023','','100','','percent','','eq','society','communes and villages with community digital technology teams share','100% xã, phường, thị trấn và thôn/khu phố thành lập Tổ công nghệ số cộng đồng'),
]
L['yg02'] = [
 (12,'actual','2024','','40','','documents','','eq','institution','DX programmes, plans and documents issued count','đã ban hành 40 văn bản'),
 (12,'actual','2024','','100','','percent','','eq','institution','communes with DX plan share','kết quả 100% cấp ủy, chính quyền các xã, thị trấn'),
]
L['yg03'] = [
 (7,'actual','2025','','1200','','bts_stations','','gt','infrastructure','BTS stations count','lắp đặt hơn 1.200 trạm thu phát sóng'),
 (7,'actual','2025','','100','','percent','','eq','infrastructure','communes with broadband Internet share','100% xã có kết nối internet băng rộng cố định và di động 3G, 4G'),
]
L['yg04'] = [
 (16,'actual','2024','','100','','percent','','eq','infrastructure','communes with broadband Internet share','Hạ tầng Internet băng rộng đã được triển khai tại 100% xã, phường, thị trấn'),
 (18,'actual','2024','','6100','','bts_stations','','gt','infrastructure','BTS stations count','trên 6.100 trạm phát sóng di động'),
 (18,'actual','2024','','100','','percent','','eq','infrastructure','communes with broadband Internet share','hạ tầng Internet băng thông rộng đã được triển khai tại 100% xã, phường, thị trấn'),
 (18,'actual','2024','','100','','percent','','eq','infrastructure','population covered by mobile network share','100% dân số được phủ sóng mạng thông tin di động'),
 (18,'actual','2024','','99.8','','percent','','eq','infrastructure','population covered by 4G share','Tỷ lệ dân số được phủ sóng mạng di động 4G trở lên đạt 99,8%'),
 (18,'actual','2024','','1.3','','subscriptions_per_person','','eq','infrastructure','phone subscriptions per inhabitant','số thuê bao điện thoại đạt tỷ lệ 1,3 thuê bao/người'),
]
L['yg05'] = [
 (3,'actual','2023','Y','37','','rank','63','eq','government','provincial DTI rank','Tỉnh Hà Giang đứng 37/63 tỉnh, thành phố trực thuộc Trung ương'),
 (3,'actual','2023','Y','20','','rank_change','','eq','government','provincial DTI rank change vs previous year','tăng 20 bậc so với năm 2022'),
]
