#!/usr/bin/env python3
"""Verify corpus/truth.csv: every quote is on its line and contains the value's text.

python3 check.py [corpus_dir]
The value's text is the value written the Vietnamese way (thousands '.', decimal ','), or for values below
10 also the two-digit form with a leading zero ("01"); for a fraction the quote must hold "value/denominator";
for a range the quote must hold the high end too. Also checks columns, kinds, periods, comparators, that
every file in documents.csv exists, has 15-80 lines, and that the rows are unique.
"""
import csv, os, re, sys

def vn(v):
    if '.' in v:
        i, d = v.split('.')
    else:
        i, d = v, ''
    s = i
    out = ''
    while len(s) > 3:
        out = '.' + s[-3:] + out
        s = s[:-3]
    return s + out + (',' + d if d else '')

def forms(v):
    f = {vn(v)}
    if re.fullmatch(r'\d', v):
        f.add('0' + v)
    return f

def num_in(text, v):
    """True if one of v's written forms stands in text as a whole number (not part of a longer one)."""
    for f in forms(v):
        for m in re.finditer(re.escape(f), text):
            a, b = m.start(), m.end()
            before = text[a - 1] if a else ' '
            after = text[b:b + 2]
            if before.isdigit() or (before in ',.' and a >= 2 and text[a - 2].isdigit()):
                continue
            if after[:1].isdigit() or (after[:1] in ',.' and after[1:2].isdigit()):
                continue
            return True
    return False

def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')
    docs = list(csv.DictReader(open(os.path.join(root, 'documents.csv'), encoding='utf-8')))
    files = {}
    errors = 0
    for d in docs:
        p = os.path.join(root, 'plans', d['file'])
        if not os.path.exists(p):
            print('missing file', d['file']); errors += 1; continue
        lines = open(p, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        files[d['file']] = lines
        if not 15 <= len(lines) <= 80:
            print('length', d['file'], len(lines)); errors += 1
    seen = set()
    n = 0
    with open(os.path.join(root, 'truth.csv'), encoding='utf-8') as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == ['file', 'line', 'kind', 'year', 'period', 'value', 'value_high', 'unit', 'denominator',
                                 'comparator', 'concept', 'quote'], rd.fieldnames
        for r in rd:
            n += 1
            bad = []
            lines = files.get(r['file'])
            if lines is None:
                bad.append('unknown file')
            else:
                ln = int(r['line'])
                text = lines[ln - 1] if 1 <= ln <= len(lines) else None
                if text is None:
                    bad.append('line out of range')
                elif r['quote'] not in text:
                    bad.append('quote not on line')
            q = r['quote']
            if not num_in(q, r['value']):
                bad.append('value text not in quote')
            if r['value_high'] and not num_in(q, r['value_high']):
                bad.append('value_high text not in quote')
            if r['unit'] == 'fraction' or r['denominator']:
                if not r['denominator']:
                    bad.append('fraction without denominator')
                elif not any(a + '/' + b in q for a in forms(r['value']) for b in forms(r['denominator'])):
                    bad.append('a/b not in quote')
            if r['kind'] not in ('actual', 'target'):
                bad.append('kind')
            if not re.fullmatch(r'Y|H[12]|Q[1-4]|to-\d{4}', r['period']):
                bad.append('period')
            if r['comparator'] not in ('eq', 'ge', 'gt', 'le', 'approx', 'range'):
                bad.append('comparator')
            if (r['comparator'] == 'range') != bool(r['value_high']):
                bad.append('range/value_high mismatch')
            if r['unit'] == 'percent' and lines is not None and '%' not in lines[int(r['line']) - 1]:
                bad.append('percent without % on the line')
            key = (r['file'], r['line'], r['value'], r['concept'], r['kind'], r['year'], r['period'])
            if key in seen:
                bad.append('duplicate row')
            seen.add(key)
            if bad:
                errors += 1
                print(r['file'], r['line'], r['value'], repr(q), '; '.join(bad))
    print('documents %d, truth rows %d, errors %d' % (len(docs), n, errors))
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
