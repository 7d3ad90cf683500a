#!/usr/bin/env python3
# hand labels; writes gold/<name>.csv and re-checks that every quote is on its line
import csv
H = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
L = {
'zw01': [
 (3,'target',2021,'Y',15,'','communes','','eq','government','communes piloting DX count','năm 2021 có 15 xã được triển khai thí điểm chuyển đổi số'),
 (3,'target',2030,'to-2030',46,'','communes','','eq','government','communes piloting DX count','Lộ trình từ năm 2021-2030 sẽ triển khai trên địa bàn 46 xã'),
],
'zw02': [
 (4,'target',2030,'to-2030',85,'','percent','','approx','society','population with basic digital skills share','có khoảng 85% dân số có kỹ năng số cơ bản'),
 (4,'target',2030,'to-2030',20,'','rank','','le','government','provincial digital government ranking (top group)','chính quyền số của tỉnh thuộc nhóm 20 tỉnh, thành dẫn đầu cả nước'),
 (4,'target',2030,'to-2030',80,'','percent','','eq','government','level 3-4 online public services share','thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4 đạt 80%'),
 (6,'target',2025,'to-2025',15,'','rank','','le','government','provincial digital government ranking (top group)','Thái Nguyên sẽ nằm trong nhóm 15 tỉnh, thành phố tốt nhất về chính quyền số'),
],
'zw03': [
 (3,'target',2024,'Y',50,'','percent','','approx','society','health facilities with cashless fee payment share','Các cơ sở khám chữa bệnh, trường học đã triển khai thanh toán không dùng tiền mặt sẽ có tỷ lệ thanh toán không dùng tiền mặt khoảng 50%'),
 (3,'target',2024,'Y',60,'','percent','','approx','society','schools with cashless payment share','khoảng 50%; 60%'),
 (3,'target',2024,'Y',1,'','times','','ge','workforce','DX and information security training sessions per lower-secondary school','các trường THCS được tập huấn ít nhất 1 lần về chuyển đổi số, an toàn thông tin'),
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
