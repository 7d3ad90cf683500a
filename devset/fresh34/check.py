#!/usr/bin/env python3
"""Checks this labelled batch (standard library only; adapted from devset/check.py). Run: python3 check.py [folder]
Checks: headers; plans / gold CSVs / _documents.csv list the same files; every quote on its line; allowed kind,
period, comparator, pillar, level, doc_type; fraction => denominator; range <=> value_high; NFC; no trailing newline."""
import csv, os, re, sys, unicodedata
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
PLANS, GOLD = os.path.join(ROOT, 'plans'), os.path.join(ROOT, 'gold')
GH = "file,line,kind,year,period,value,value_high,unit,denominator,comparator,pillar,concept,quote".split(',')
DH = "file,locality_name,locality_level,parent,province,plan_year,plan_period,results_year,issued,doc_type,notes".split(',')
KINDS = {'actual', 'target'}
PERIOD = re.compile(r'^(|Y|H1|H2|Q1|Q2|Q3|Q4|to-\d{4})$')
COMPS = {'eq', 'ge', 'gt', 'le', 'approx', 'range'}
PILLARS = {'awareness', 'institution', 'infrastructure', 'data', 'platform', 'workforce', 'security', 'government', 'economy', 'society'}
LEVELS = {'xa', 'phuong', 'thi_tran', 'huyen', 'thi_xa', 'thanh_pho', 'tinh'}
DOCTYPES = {'plan', 'multi_year_plan', 'report', 'half_year_report', 'decision', 'news', 'table'}
DENOM_UNITS = {'fraction', 'rank', 'points'}
errors = []
def err(m): errors.append(m)
def num(s): return re.fullmatch(r'-?\d+(\.\d+)?', s) is not None

def read_raw(path):
    b = open(path, 'rb').read()
    t = b.decode('utf-8')
    if t != unicodedata.normalize('NFC', t): err(f'{path}: not NFC')
    return t

plans = sorted(f for f in os.listdir(PLANS) if f.endswith('.txt'))
golds = sorted(f[:-4] + '.txt' for f in os.listdir(GOLD) if f.endswith('.csv') and not f.startswith('_'))
if plans != golds: err(f'plans {plans} != gold csvs {golds}')
texts = {}
for p in plans:
    t = read_raw(os.path.join(PLANS, p))
    if t.endswith('\n'): err(f'{p}: trailing newline')
    texts[p] = t.split('\n')

dpath = os.path.join(GOLD, '_documents.csv')
read_raw(dpath)
with open(dpath, encoding='utf-8', newline='') as f:
    rows = list(csv.reader(f))
if rows[0] != DH: err(f'_documents.csv header {rows[0]}')
dfiles = []
for r in rows[1:]:
    if len(r) != len(DH): err(f'_documents.csv row width {r[:1]}'); continue
    d = dict(zip(DH, r)); dfiles.append(d['file'])
    if d['locality_level'] not in LEVELS: err(f"{d['file']}: level {d['locality_level']}")
    if d['doc_type'] not in DOCTYPES: err(f"{d['file']}: doc_type {d['doc_type']}")
    if d['plan_period'] not in ('', 'Y', 'H1', 'H2'): err(f"{d['file']}: plan_period {d['plan_period']}")
    for k in ('plan_year', 'results_year'):
        if d[k] and not re.fullmatch(r'\d{4}', d[k]): err(f"{d['file']}: {k} {d[k]}")
    if d['issued'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d['issued']): err(f"{d['file']}: issued {d['issued']}")
    if not d['locality_name'] or not d['province']: err(f"{d['file']}: locality/province empty")
if sorted(dfiles) != plans: err(f'_documents files {sorted(dfiles)} != plans {plans}')

n = 0
for p in plans:
    gp = os.path.join(GOLD, p[:-4] + '.csv')
    read_raw(gp)
    with open(gp, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != GH: err(f'{gp}: header {rows[0]}')
    for i, r in enumerate(rows[1:], 2):
        where = f'{p[:-4]}.csv:{i}'
        if len(r) != len(GH): err(f'{where}: width {len(r)}'); continue
        d = dict(zip(GH, r)); n += 1
        if d['file'] != p: err(f'{where}: file {d["file"]}')
        if not d['line'].isdigit() or not (1 <= int(d['line']) <= len(texts[p])): err(f'{where}: line {d["line"]}'); continue
        if d['quote'] not in texts[p][int(d['line']) - 1]: err(f'{where}: quote not on line {d["line"]}: {d["quote"]!r}')
        if not d['quote'].strip(): err(f'{where}: empty quote')
        if d['kind'] not in KINDS: err(f'{where}: kind {d["kind"]}')
        if d['year'] and not re.fullmatch(r'\d{4}', d['year']): err(f'{where}: year {d["year"]}')
        if not PERIOD.match(d['period']): err(f'{where}: period {d["period"]}')
        if d['period'] and not d['year']: err(f'{where}: period without year')
        if not num(d['value']): err(f'{where}: value {d["value"]}')
        if d['value_high'] and not num(d['value_high']): err(f'{where}: value_high {d["value_high"]}')
        if d['comparator'] not in COMPS: err(f'{where}: comparator {d["comparator"]}')
        if (d['comparator'] == 'range') != bool(d['value_high']): err(f'{where}: range <=> value_high')
        if d['pillar'] not in PILLARS: err(f'{where}: pillar {d["pillar"]}')
        if not d['unit'] or not d['concept']: err(f'{where}: unit/concept empty')
        if d['unit'] == 'fraction' and not d['denominator']: err(f'{where}: fraction without denominator')
        if d['denominator']:
            if d['unit'] not in DENOM_UNITS: err(f'{where}: denominator with unit {d["unit"]}')
            if not num(d['denominator']): err(f'{where}: denominator {d["denominator"]}')
        if d['unit'] == 'percent' and num(d['value']) and float(d['value']) > 1000: err(f'{where}: percent {d["value"]}')
print(f'{len(plans)} documents, {n} statements')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
