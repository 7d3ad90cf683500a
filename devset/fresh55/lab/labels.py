# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['yh01'] = [
 (1,'actual','','','23','','classes','','eq','awareness','DX resolution dissemination classes count','Đã tổ chức 23 lớp'),
 (1,'actual','','','7008','','participants','','eq','awareness','DX resolution dissemination participants count','7.008 người tham gia học tập'),
 (1,'actual','','','2252','','party_members','','eq','awareness','party members attending DX resolution dissemination count','trong đó có 2.252 đảng viên'),
 (1,'actual','','','96.84','','percent','','eq','awareness','party members attending DX resolution dissemination share','chiếm tỷ lệ 96,84% so với số đảng viên triệu tập'),
 (1,'actual','','','220','','people','','eq','awareness','key officials attending DX resolution dissemination count','cán bộ chủ chốt 220 người'),
 (1,'actual','','','1','','columns_per_month','','eq','awareness','DX columns per month on local media','hằng tháng xây dựng 01 chuyên mục về chuyển đổi số'),
 (1,'actual','','','105','','news_posts','','eq','awareness','radio news items on Project 06 count','phát thanh 105 tin, bài, phóng sự'),
 (1,'actual','','','900','','minutes','','gt','awareness','radio airtime on Project 06 minutes','tổng thời lượng hơn 900 phút'),
]
L['yh02'] = [
 (4,'actual','','','17','','radio_clusters','','eq','infrastructure','smart radio receiver clusters count','được đầu tư 17 bộ thu phát thanh'),
 (4,'actual','','','46','','loudspeakers','','eq','infrastructure','outdoor radio loudspeakers count','với 46 loa công suất 30 W/loa'),
 (4,'actual','','','15','','villages','','eq','infrastructure','villages covered by smart radio system count','phủ sóng toàn bộ 15 thôn trong xã'),
]
L['yh03'] = [
 (13,'actual','','','9','','teams','','eq','society','commune-level community digital technology teams count','Toàn huyện có chín tổ công nghệ số cộng đồng cấp xã'),
 (13,'actual','','','38','','teams','','eq','society','village-level community digital technology teams count','38 tổ ở các thôn'),
 (13,'actual','','','319','','members','','eq','society','community digital team members count','với 319 đoàn viên thanh niên tham gia'),
 (13,'actual','','','5','10','members','','range','society','community digital team members per team','(5-10 thành viên/tổ)'),
]
L['yh04'] = [
 (38,'target','2022','Y','50','','percent','','eq','society','schools and education institutions using digital platforms share','Năm 2022, 50% trường học, cơ sở'),
 (39,'target','2022','Y','50','','percent','','eq','society','hospitals and health facilities using digital platforms share','giáo dục và 50% bệnh viện, cơ sở y tế trên địa bàn sử dụng nền tảng số'),
]
L['yh05'] = [
 (6,'actual','2021','Y','50','','rank','63','eq','government','provincial DTI rank','Phú Yên xếp thứ 50/63 tỉnh thành'),
 (6,'actual','2021','Y','12','','rank_change','','eq','government','provincial DTI rank change vs previous year','tăng 12 bậc so với năm 2020'),
]
