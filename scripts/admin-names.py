#!/usr/bin/env python3
"""Writes the province and district names the extractor knows (dxrank-core resources io/dxrank/extract/) from
../shared/reference/vn-admin-units (GSO register with the 2025 lineage; see its PROVENANCE.md).

    python3 scripts/admin-names.py [../shared/reference/vn-admin-units]
"""
import csv, re, sys, pathlib

ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/reference/vn-admin-units')
out = pathlib.Path(__file__).resolve().parent.parent / 'dxrank-core/src/main/resources/io/dxrank/extract'


def short(name):
    return re.sub(r'^(Thành phố|Tỉnh|Thủ đô)\s+', '', name.strip())


before, after, districts = set(), set(), set()
with open(ref / 'convert_legacy_2025_simple.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        before.add(short(r['province']))
        after.add(short(r['newProvince']))
        m = re.match(r'^(Quận|Huyện|Thị xã|Thành phố)\s+(.*)$', r['district'].strip())
        if m:
            districts.add((m.group(2), m.group(1).lower(), short(r['province'])))
# names in use before the register's date: Thừa Thiên Huế became the city of Huế on 1 January 2025
before.add('Thừa Thiên Huế')
out.mkdir(parents=True, exist_ok=True)
with open(out / 'provinces.csv', 'w', encoding='utf-8') as f:
    f.write('name,before_2025_07_01,after_2025_07_01\n')
    for p in sorted(before | after):
        f.write('%s,%s,%s\n' % (p, 'y' if p in before else 'n', 'y' if p in after else 'n'))
with open(out / 'districts.csv', 'w', encoding='utf-8') as f:
    f.write('name,level,province\n')
    for n, l, p in sorted(districts):
        f.write('%s,%s,%s\n' % (n, l, p))
print('%d provinces before, %d after, %d districts' % (len(before), len(after), len(districts)))
