# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yf01'] = [
 (9,'actual','2024','Q1','100','','percent','','eq','government','officials handling work fully online share (commune level)','100% lãnh đạo, cán bộ, công chức trên địa bàn xã chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử'),
 (9,'actual','2024','Q1','100','','percent','','eq','government','documents and work records processed online share','100% các văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường điện tử'),
 (9,'actual','2024','Q1','37','','fraction','37','eq','infrastructure','communes deploying people\'s security camera model','trên địa bàn 37/37 xã, thị trấn tại huyện Hoằng Hóa'),
]
L['yf02'] = [
 (9,'actual','2022','Y','507.72','','points','','eq','government','provincial DTI score','đạt 507,72 điểm'),
 (9,'actual','2022','Y','105','','points','','eq','government','provincial DTI score change vs previous year','tăng 105 điểm so với năm 2021'),
 (9,'actual','2022','Y','51','','rank','63','eq','government','provincial DTI rank','xếp hạng thứ 51/63 tỉnh, thành phố'),
 (9,'actual','2022','Y','-20','','rank_change','','eq','government','provincial DTI rank change vs previous year','giảm 20 bậc so với năm 2021'),
 (9,'actual','2022','Y','10','','rank','13','eq','government','provincial DTI rank within region','so với các tỉnh đồng bằng sông Cửu Long xếp hạng thứ 10/13'),
 (9,'actual','2022','Y','-3','','rank_change','','eq','government','provincial DTI rank within region change vs previous year','giảm 3 bậc so với năm 2021'),
 (11,'actual','2022','Y','28','','rank','63','eq','government','provincial DTI digital government component rank','chính quyền số xếp hạng 28/63'),
 (11,'actual','2022','Y','25','','rank','63','eq','economy','provincial DTI digital economy component rank','kinh tế số hạng 25/63'),
 (11,'actual','2022','Y','1','','rank_change','','eq','economy','provincial DTI digital economy component rank change','kinh tế số hạng 25/63 (tăng 1 bậc)'),
 (11,'actual','2022','Y','55','','rank','63','eq','society','provincial DTI digital society component rank','xã hội số hạng 55/63'),
 (11,'actual','2022','Y','-2','','rank_change','','eq','society','provincial DTI digital society component rank change','xã hội số hạng 55/63 (giảm 2 bậc)'),
 (13,'actual','2022','Y','15','','rank_change','','eq','infrastructure','provincial DTI digital infrastructure component rank change','hạ tầng số tăng 15 bậc'),
 (15,'actual','2022','Y','88.33','','points','100','eq','awareness','provincial DTI digital awareness component score','đạt mức khá với 88,33/100'),
]
L['yf03'] = [
 (5,'actual','2024','H1','8','','targets','','eq','government','plan targets completed','có 8 mục tiêu hoàn thành và vượt kế hoạch giao'),
 (5,'actual','2024','H1','11','','targets','','eq','government','plan targets over 80% achieved count','11 mục tiêu thực hiện đạt trên 80% kế hoạch giao'),
 (5,'actual','2024','H1','4','','targets','','eq','government','plan targets 50-80% achieved count','4 mục tiêu thực hiện đạt 50% - 80% kế hoạch giao'),
 (5,'actual','2024','H1','1','','targets','','eq','government','plan targets below threshold count (text cut)','1 mục tiêu thực hiện dưới'),
]
L['yf04'] = [
 (13,'actual','2023','H1','6266767','','fraction','6266539','eq','data','chip ID card applications collected vs assigned target','6.266.767/6.266.539 trường hợp công dân'),
 (13,'actual','2023','H1','100','','percent','','eq','data','chip ID card applications collected vs assigned target share','đạt 100% so với chỉ tiêu Bộ Công an giao'),
 (15,'actual','2023','H1','5330114','','dossiers','','eq','data','electronic identification account applications collected count','5.330.114 trường hợp'),
 (15,'actual','2023','H1','89','','percent','','eq','data','electronic identification account applications collected share','5.330.114 trường hợp (89%)'),
 (15,'actual','2023','H1','4471982','','accounts','','eq','data','electronic identification accounts activated count','đã kích hoạt 4.471.982 trường hợp'),
 (15,'actual','2023','H1','74.7','','percent','','eq','data','electronic identification accounts activated share','4.471.982 trường hợp (74,7%)'),
 (17,'actual','2023','H1','106.1','','percent','','eq','data','electronic identification account applications collected vs target share (quận Tây Hồ)','Tây Hồ (106,1%)'),
 (17,'actual','2023','H1','105.3','','percent','','eq','data','electronic identification account applications collected vs target share (quận Hà Đông)','Hà Đông (105,3%)'),
 (17,'actual','2023','H1','102.7','','percent','','eq','data','electronic identification account applications collected vs target share (quận Nam Từ Liêm)','Nam Từ Liêm (102,7%)'),
 (17,'actual','2023','H1','94.4','','percent','','eq','data','electronic identification accounts activated share (quận Tây Hồ)','Tây Hồ (94,4%)'),
 (17,'actual','2023','H1','93.4','','percent','','eq','data','electronic identification accounts activated share (quận Hà Đông)','Hà Đông (93,4%)'),
 (17,'actual','2023','H1','88.7','','percent','','eq','data','electronic identification accounts activated share (huyện Gia Lâm)','Gia Lâm (88,7%)'),
]
L['yf05'] = [
 (2,'actual','2023','H1','5','','targets','','eq','government','plan targets completed','Trong 5 chỉ tiêu đạt và vượt kế hoạch'),
 (2,'actual','2023','Q2','1','','rank','63','eq','data','provincial rank in data exploitation transactions via NDXP','Lào Cai đứng thứ 1/63 địa phương trong cả nước về số giao dịch khai thác dữ liệu qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia'),
 (3,'actual','2023','','156','','fraction','163','eq','economy','OCOP products on e-commerce','đưa 156/163 sản phẩm OCOP lên các sàn thương mại điện tử'),
 (3,'actual','2023','','96','','percent','','eq','economy','OCOP products on e-commerce share','đạt 96%'),
 (3,'actual','2023','','5','','percent','','eq','economy','OCOP products on e-commerce share change since start of year','tăng 5% so với đầu năm 2023'),
 (3,'actual','2023','','100','','percent','','eq','economy','OCOP producers with e-payment account share','100% chủ thể đã có tài khoản thanh toán điện tử'),
 (3,'actual','2023','','1562','','fraction','1562','eq','society','villages with community digital technology teams','1.562/1.562 tổ công nghệ số cộng đồng thôn, tổ dân phố'),
 (3,'actual','2023','','100','','percent','','eq','society','villages with community digital technology teams share','đạt tỷ lệ 100%'),
 (3,'actual','2023','','7363','','members','','eq','society','community digital team members count','sự tham gia của 7.363 thành viên'),
]
L['yf06'] = [
 (4,'actual','2024','Q1','1200000','','dossiers','','approx','data','chip ID card applications collected count','gần 1,2 triệu hồ sơ'),
 (4,'actual','2024','Q1','775000','','dossiers','','eq','data','electronic identification account applications for individuals count','775 nghìn hồ sơ cấp tài khoản ĐDĐT mức độ 2'),
]
