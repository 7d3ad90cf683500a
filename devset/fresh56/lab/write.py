import csv, sys, os
sys.path.insert(0, 'lab')
from labels import L
H = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
for n, rows in sorted(L.items()):
    lines = open(f'plans/{n}.txt', encoding='utf-8').read().split('\n')
    with open(f'gold/{n}.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(H)
        for r in rows:
            assert r[-1] in lines[r[0]-1], (n, r)
            w.writerow([n + '.txt'] + [str(x) for x in r])
    print(n, len(rows))
