# hand labels: (line, kind, year, period, value, value_high, unit, denominator, comparator, pillar, concept, quote)
L = {}
L['ye01'] = [
 (7,'target','2025','to-2025','90','','percent','','eq','society','population aged 15+ with bank or payment account share','đến năm 2025, 90% người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng'),
 (7,'target','2025','to-2025','50','60','businesses_per_year','','range','economy','businesses newly accepting cashless payment per year','tăng số lượng các tổ chức, cá nhân kinh doanh chấp nhận thanh toán không dùng tiền mặt từ 50 đến 60 đơn vị/năm'),
 (7,'target','2025','to-2025','50','','percent','','ge','economy','market traders accepting cashless payment share','Tối thiểu 50% các hộ tiểu thương sử dụng thành thạo, thường xuyên công cụ thanh toán không dùng tiền mặt tại các Chợ mô hình Chợ 4.0'),
 (7,'target','2025','to-2025','20','','percent','','ge','economy','market traders with QR payment code share','Tối thiểu có 20% tiểu thương, hộ kinh doanh tại Chợ được trang bị quét mã QR Code thanh toán không dùng tiền mặt'),
 (7,'target','2025','to-2025','100','','percent','','eq','economy','market management board electronic invoices and receipts share','Ban Quản lý chợ Cái Rồng đăng ký và thực hiện sử dụng 100% các loại hóa đơn, biên lai'),
]
L['ye02'] = [
 (3,'actual','2023','','40','','products','','ge','economy','products with electronic traceability count','Áp dụng hệ thống truy xuất nguồn gốc nhãn hiệu, bao bì sản phẩm điện tử cho trên 40 sản phẩm'),
 (3,'actual','2023','','30','','producers','','eq','economy','producers with electronic traceability count','của 30 đơn vị'),
 (3,'actual','2023','','25','','fraction','26','eq','economy','OCOP products on e-commerce platforms','Larada 25/26 sản phẩm OCOP'),
 (3,'actual','2023','','12','','producers','','eq','economy','OCOP producers on e-commerce platforms count','25/26 sản phẩm OCOP của 12 đơn vị'),
]
L['ye03'] = [
 (1,'actual','','','100','','percent','','eq','government','officials using document management system share','100% cán bộ xã Nậm Chạc sử dụng thành thạo VNPT-iOffice'),
 (4,'actual','2021','Y','100','','percent','','eq','government','party and mass organisations using digital signatures share','đến năm 2021, có 100% tổ chức, đoàn thể sử dụng chữ ký số'),
]
L['ye04'] = [
 (1,'target','','','100','','percent','','eq','infrastructure','agencies connected to specialised data network share','100% cơ quan nhà nước cấp huyện, cấp xã kết nối mạng truyền số liệu chuyên dùng'),
 (2,'target','','','100','','percent','','eq','infrastructure','residential areas covered by 4G and fiber share','phủ sóng mạng di động 4G và mạng Internet cáp quang đến 100% khu dân cư, thôn ấp'),
 (2,'target','','','100','','percent','','eq','infrastructure','district area covered by 4G and fiber share','100% địa bàn toàn huyện'),
 (3,'target','','','80','','percent','','eq','government','officials trained in digital skills share','80% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và có kỹ năng số'),
 (3,'target','','','100','','percent','','eq','government','dedicated IT staff trained in DX share','100% các bộ chuyên trách công nghệ thông tin (CNTT) được tập huấn'),
 (3,'target','','','100','','percent','','eq','government','agencies digitising and storing work records electronically share','100% phòng, ban, đơn vị cấp huyện, UBND cấp xã, thị trấn thực hiện tạo lập và quản lý hồ sơ điện tử'),
 (3,'target','','','80','','percent','','eq','government','electronic work records share (district level)','tỷ lệ hồ sơ điện tử đạt tương ứng các cấp là 80%/60%'),
 (3,'target','','','60','','percent','','eq','government','electronic work records share (commune level)','tỷ lệ hồ sơ điện tử đạt tương ứng các cấp là 80%/60%'),
 (4,'target','','','70','','percent','','eq','economy','industrial parks and clusters implementing DX share','70% khu công nghiệp, cụm công nghiệp thực hiện chuyển đổi số'),
 (4,'target','','','80','','percent','','eq','economy','VietGAP/OCOP cooperatives and farm households using digital technology share','80% hợp tác xã, tổ hợp tác, hộ nông dân sản xuất sản phẩm theo tiêu chuẩn VietGap, OCOP... có ứng dụng điện thoại thông minh'),
 (5,'target','','','90','','percent','','ge','society','adults with smartphone share','tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 90%'),
 (5,'target','','','90','','percent','','ge','society','households with fiber broadband share','tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt trên 90%'),
 (5,'target','','','80','','percent','','ge','society','population aged 15+ with bank or payment account share','tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức cho phép khác đạt trên 80%'),
]
