#!/usr/bin/env python3
# hand labels; writes gold/<name>.csv and re-checks that every quote is on its line
import csv
H = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
L = {
'zv01': [
 (5,'actual',2025,'',14,'','fraction',61,'eq','society','neighbourhoods with online-dossier support teams','hướng dẫn người dân xử lý hồ sơ trực tuyến tại 14/61 khu phố'),
 (7,'actual',2025,'',300,'','dossiers_per_day','','gt','government','admin procedure dossiers received per day','mỗi ngày phường tiếp nhận trên 300 hồ sơ'),
 (7,'actual',2025,'Q3',9031,'','dossiers','','gt','government','admin procedure dossiers received count','tiếp nhận và giải quyết hơn 9.031 hồ sơ hành chính'),
 (7,'actual',2025,'Q3',5853,'','dossiers','','eq','government','online admin procedure dossiers count','nộp trực tuyến 5.853 hồ sơ'),
 (7,'actual',2025,'Q3',78.3,'','percent','','eq','government','online admin procedure dossiers share','đạt 78,3%'),
 (7,'actual',2025,'Q3',99.12,'','percent','','eq','government','on-time dossier resolution share','99,12% hồ sơ được xử lý đúng hạn'),
],
'zv02': [
 (7,'actual',2025,'Q4',2,'','rank','','eq','government','citizen and business service index rank (commune level)','xếp vị trí thứ 2 vào tháng 10/2025'),
 (14,'actual',2025,'',100,'','percent','','eq','government','online admin procedure dossiers share','duy trì 100% hồ sơ nộp trực tuyến'),
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
