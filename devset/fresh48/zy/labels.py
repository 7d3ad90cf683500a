#!/usr/bin/env python3
# hand labels; writes gold/<name>.csv and re-checks that every quote is on its line
import csv
H = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
L = {
'zy01': [
 (3,'actual',2023,'',21000,'','products','','approx','economy','products on e-commerce platforms count','gần 21 nghìn sản phẩm được đưa lên sàn thương mại điện tử'),
 (3,'actual',2023,'',2,'','rank','','eq','economy','products on e-commerce platforms rank nationwide','(đứng thứ hai toàn quốc)'),
 (3,'actual',2023,'',48898,'','transactions','','eq','economy','successful e-commerce transactions count','có 48.898 giao dịch thành công'),
 (3,'actual',2023,'',4,'','rank','','eq','economy','successful e-commerce transactions rank nationwide','(đứng thứ tư toàn quốc)'),
 (3,'actual',2023,'',93,'','percent','','gt','economy','agricultural households trained in digital skills share','hơn 93% số hộ sản xuất nông nghiệp được đào tạo kỹ năng số'),
 (3,'actual',2023,'',3,'','rank','','eq','economy','agricultural households trained in digital skills rank nationwide','(đứng thứ 3 toàn quốc)'),
],
'zy02': [
 (3,'actual',2022,'',100,'','percent','','eq','infrastructure','agencies with LAN and Internet connection share','100% các sở, ban, ngành; UBND các huyện, thành phố, các xã, phường, thị trấn đã có mạng LAN, kết nối Internet'),
 (3,'actual',2022,'',28,'','villages','','eq','infrastructure','villages without mobile coverage count','28 thôn đặc biệt khó khăn chưa có sóng di động'),
 (4,'actual',2022,'',18,'','fraction',20,'eq','government','provincial agencies with personal digital signature use above 80%','18/20 cơ quan cấp tỉnh đã có tỷ lệ sử dụng chữ ký số cá nhân đạt trên 80%'),
 (4,'actual',2022,'',2,'','fraction',2,'eq','government','remaining provincial agencies with personal digital signature use of 75-80%','02/02 đơn vị đạt từ 75-80'),
],
'zy03': [
 (12,'actual',2023,'Y',20,'','agencies','','eq','government','provincial agencies rated good in DX assessment','toàn bộ 20 sở, ban, ngành đều được xếp loại tốt'),
 (12,'actual',2023,'Y',95.26,'','percent','','eq','government','DX assessment score (provincial department)','Sở NN&PTNT, đạt chỉ số DTI 95,26%'),
 (12,'actual',2023,'Y',90.33,'','percent','','eq','government','DX assessment score (provincial department)','Sở Ngoại vụ, đạt chỉ số DTI 90,33%'),
 (16,'actual',2023,'Y',15,'','districts','','eq','government','districts rated good in DX assessment count','có 15 địa phương xếp loại tốt'),
 (16,'actual',2023,'Y',3,'','districts','','eq','government','districts rated fair in DX assessment count','3 địa phương xếp loại khá'),
 (16,'actual',2023,'Y',93.16,'','percent','','eq','government','DX assessment score (district)','huyện Quế Sơn, đạt chỉ số DTI 93,16%'),
 (16,'actual',2023,'Y',85.42,'','percent','','eq','government','DX assessment score (district)','huyện Tây Giang, đạt chỉ số DTI 85,42%'),
],
'zy04': [
 (3,'actual',2023,'Y',6,'','units','','eq','government','agencies and localities rated excellent in DX assessment count','có 6 đơn vị xếp loại xuất sắc'),
 (3,'actual',2023,'Y',4,'','units','','eq','government','agencies and localities rated average-fair in DX assessment count','có 4 đơn vị xếp loại trung bình khá'),
 (7,'actual',2023,'Y',4,'','agencies','','eq','government','provincial agencies rated excellent in DX assessment','4 đơn vị xếp loại xuất sắc'),
 (7,'actual',2023,'Y',7,'','agencies','','eq','government','provincial agencies rated good in DX assessment','có 7 đơn vị xếp loại tốt'),
 (7,'actual',2023,'Y',9,'','agencies','','eq','government','provincial agencies rated fair in DX assessment','9 đơn vị xếp loại khá'),
 (7,'actual',2023,'Y',4,'','agencies','','eq','government','provincial agencies rated average-fair in DX assessment','4 đơn vị xếp loại trung bình khá'),
 (9,'actual',2023,'Y',2,'','agencies','','eq','government','central agencies in the city rated good in DX assessment','có 2 đơn vị xếp loại tốt'),
 (9,'actual',2023,'Y',2,'','agencies','','eq','government','central agencies in the city rated fair in DX assessment','2 đơn vị xếp loại khá'),
 (11,'actual',2023,'Y',3,'','districts','','eq','government','districts rated good in DX assessment count','là 3 địa phương xếp loại tốt'),
 (11,'actual',2023,'Y',4,'','districts','','eq','government','districts rated fair in DX assessment count','4 địa phương còn lại xếp loại khá'),
 (15,'actual',2023,'Y',7,'','communes','','eq','government','communes rated fair in DX assessment count','Có 7 phường xếp loại khá'),
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
