#!/usr/bin/env python3
# hand labels; writes gold/<name>.csv and re-checks that every quote is on its line
import csv
H = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
L = {
'zu01': [
 (2,'actual','','',7,'','teams','','eq','society','community digital technology teams count','thành lập 7 tổ công nghệ số cộng đồng'),
 (2,'actual','','',7,'','villages','','eq','society','villages with community digital technology teams','tổ công nghệ số cộng đồng tại 7 khóm'),
 (2,'actual','','',48,'','members','','eq','society','community digital team members count','với 48 thành viên'),
 (4,'actual','','',2,'','sessions_per_month','','eq','society','community digital team outreach sessions per month','ra quân (2 đợt)'),
 (4,'actual','','',100,'','households_per_month','','approx','society','households reached by community digital team per month','tiếp cận khoảng 100 hộ dân'),
],
'zu02': [
 (8,'actual',2024,'',98,'','procedures','','eq','government','admin procedures with online fees waived count','miễn phí một số thủ tục dịch vụ công trực tuyến đối với 98 thủ tục hành chính'),
 (8,'actual',2024,'',7,'','notary_offices','','eq','data','public notary offices connected to cadastral database count','7 phòng công chứng trực thuộc Sở Tư pháp'),
 (8,'actual',2024,'',10,'','notary_offices','','eq','data','private notary offices connected to cadastral database count','10 văn phòng công chứng được kết nối cơ sở dữ liệu địa chính'),
 (12,'actual',2024,'',20,'','fraction',34,'eq','government','plan targets completed','hoàn thành 20/34 chỉ tiêu'),
 (12,'actual',2024,'',14,'','fraction',34,'eq','government','plan targets in progress','14/34 chỉ tiêu đang triển khai'),
 (12,'actual',2024,'',59.13,'','percent','','eq','government','dossiers with electronic results issued share','tỷ lệ hồ sơ cấp kết quả điện tử đạt 59,13'),
],
'zu03': [
 (3,'actual',2022,'',7,'','markets','','eq','economy','markets with cashless payment model count','đã triển khai được 7 chợ'),
 (4,'actual',2022,'',100,'','percent','','eq','economy','enterprises using e-invoices share','100% doanh nghiệp đã triển khai sử dụng hóa đơn điện tử'),
 (4,'actual',2022,'',100,'','percent','','eq','economy','enterprises filing taxes online share','100% doanh nghiệp nộp thuế, kê khai thuế qua mạng'),
 (4,'actual',2022,'',82,'','percent','','approx','society','e-health record population share','hồ sơ sức khỏe điện tử cá nhân cho khoảng 82% dân số thành phố'),
 (4,'actual',2022,'',100,'','percent','','eq','society','students with digital learning records share','100% học sinh có hồ sơ số về việc học tập cá nhân'),
 (4,'actual',2022,'',100,'','percent','','eq','society','schools with cashless payment share','100% cơ sở đào tạo triển khai thanh toán học phí không dùng tiền mặt'),
 (5,'actual',2022,'Q2',391,'','atms','','eq','economy','ATMs installed count','lắp đặt 391 máy ATM'),
],
'zu04': [
 (1,'actual','','',44,'','cameras','','eq','infrastructure','security cameras installed count','lắp đặt hệ thống 44 camera giám sát'),
 (1,'actual','','',256,'','cameras','','eq','infrastructure','socialised security cameras count','xã hội hóa 256 camera trên toàn huyện'),
 (2,'actual','','',100,'','percent','','eq','government','signed outgoing documents share','tỷ lệ các văn bản phát hành qua mạng sử dụng chữ ký số đạt 100%'),
 (2,'actual','','',99.43,'','percent','','eq','government','officials with provincial citizen app installed share','Tỷ lệ cán bộ, công chức, viên chức trên địa bàn huyện đã thực hiện cài đặt Hue-S đạt 99,43%'),
 (2,'actual','','',100,'','percent','','eq','government','admin procedures offered via public postal service share','dịch vụ Bưu chính công ích cho 100% thủ tục hành chính'),
 (2,'actual','','',100,'','percent','','eq','government','admin procedure dossiers digitized share','Công tác số hóa hồ sơ lên phần mềm đối với các thủ hành chính tại Trung tâm hành chính công và Bộ phận tiếp nhận và trả kế quả hiện đại cấp xã đạt 100%'),
 (2,'actual','','',95,'','percent','','gt','government','admin fees paid cashless share','đạt tỷ lệ trên 95%'),
],
'zu05': [
 (4,'actual','','',31,'','cameras','','eq','infrastructure','security cameras installed count','Toàn xã hiện nay có 31 camera được kết nối vào hệ thống'),
 (7,'actual','','',100,'','percent','','eq','government','signed outgoing documents share','100% văn bản đi được ký số'),
],
}
def fmt(v):
    if isinstance(v, float): return ('%f' % v).rstrip('0').rstrip('.')
    return str(v)
n = 0
for name, rows in L.items():
    lines = open(f'plans/{name}.txt', encoding='utf-8').read().split('\n')
    with open(f'gold/{name}.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(H)
        for r in rows:
            line, q = r[0], r[-1]
            assert q in lines[line-1], (name, line, q)
            w.writerow([f'{name}.txt'] + [fmt(x) for x in r]); n += 1
print(n, 'rows')
