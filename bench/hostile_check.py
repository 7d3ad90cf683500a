#!/usr/bin/env python3
"""Checks one hostile run against the good plan alone (issue 21's bars) and prints the report in Markdown.

Usage: bench/hostile_check.py WORK GOOD_RC GOOD_SECONDS HOSTILE_RC HOSTILE_SECONDS LOAD_BEFORE LOAD_AFTER COMMIT
WORK holds kinds.csv (bench/hostile.py), out-good/ and out-hostile/ (the two runs) and hostile.stdout/.stderr.
Exit status 1 when a bar is missed.
"""
import collections
import csv
import glob
import os
import re
import sys

MAX_QUALITY_ROWS = 10_000
MAX_CELL = 10_000
MAX_COST = 3.0
csv.field_size_limit(1 << 30)


def rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def key(name):
    """A file name with its control characters (however a CSV shows them) and anything not a letter or digit dropped."""
    return re.sub(r'[^0-9A-Za-z]', '', re.sub(r'\\[ntr]|\\x1b|\\u001b', '', name))


def main():
    work, good_rc, good_s, hostile_rc, hostile_s, load_before, load_after, commit = sys.argv[1:9]
    good_s, hostile_s = float(good_s), float(hostile_s)
    kinds = rows(os.path.join(work, 'kinds.csv'))
    out_good, out = os.path.join(work, 'out-good'), os.path.join(work, 'out-hostile')
    plans = rows(os.path.join(out, 'plans.csv'))
    quality = rows(os.path.join(out, 'quality.csv'))
    facts = rows(os.path.join(out, 'facts.csv'))
    findings = collections.defaultdict(list)
    for q in quality:
        findings[q['source_file']].append(q['code'])
    by_key = {key(p['source_file']): p for p in plans}
    failures = []

    lines = ['# Hostile inputs, commit %s' % commit, '',
             '`bench/hostile.sh`: %d files (%d kinds besides the good plan) and the good plan alone, `./dxrank run --full`'
             ' each, one after the other. Load average %s before, %s after.' % (len(kinds), len(kinds) - 1,
                                                                                load_before, load_after), '',
             '| file | kind | status | statements | reason or findings |', '|---|---|---|---|---|']
    for k in kinds:
        p = by_key.get(key(k['file']))
        shown = k['file'].encode('unicode_escape').decode('ascii')
        if p is None:
            failures.append('%s (%s) is not in plans.csv' % (shown, k['kind']))
            lines.append('| `%s` | %s | **missing** | | |' % (shown, k['kind']))
            continue
        codes = collections.Counter(findings.get(p['source_file'], []))
        said = p['reason'] if p['status'] == 'rejected' else ', '.join(
            '%s x%d' % (c, n) if n > 1 else c for c, n in sorted(codes.items()))
        lines.append('| `%s` | %s | %s | %s | %s |' % (shown, k['kind'], p['status'], p['statements'],
                                                        said.replace('|', '/')[:160]))
        if p['status'] not in ('ok', 'rejected'):
            failures.append('%s: status %s' % (shown, p['status']))
        elif p['status'] == 'rejected' and not p['reason'].strip():
            failures.append('%s: rejected without a reason' % shown)
        elif k['expect'] in ('good', 'readable') and (p['status'] != 'ok' or int(p['statements'] or 0) == 0):
            failures.append('%s (%s): expected to be read, got %s with %s statements'
                            % (shown, k['kind'], p['status'], p['statements']))
        elif k['expect'] == 'hostile' and p['status'] == 'ok' and not codes:
            failures.append('%s (%s): ok without a finding' % (shown, k['kind']))
    listed = {key(k['file']) for k in kinds}
    for p in plans:
        if key(p['source_file']) not in listed:
            failures.append('plans.csv lists a file that is not in the folder: %r' % p['source_file'])

    # the good plan's facts, from whichever byte-identical copy was kept, equal the good plan's alone
    def used(fs, files):
        return collections.Counter((f['indicator_code'], f['kind'], f['year'], f['period'], f['value'])
                                   for f in fs if f['status'] == 'used' and f['source_file'] in files)
    alone = used(rows(os.path.join(out_good, 'facts.csv')), {'good-plan.txt'})
    copies = {k['file'] for k in kinds if k['file'].startswith('good-plan')}
    together = used(facts, copies)
    lines += ['', 'The good plan: %d facts used alone, %d with the hostile files (from its copies %s).'
              % (sum(alone.values()), sum(together.values()), ', '.join(sorted(copies)))]
    if alone != together or not alone:
        failures.append('the good plan\'s facts differ: %d alone, %d among the hostile files (missing %s)'
                        % (sum(alone.values()), sum(together.values()), list((alone - together).items())[:3]))

    # bounded output: quality.csv rows, every cell of every CSV, no spreadsheet formula, no leaked local file
    widest, widest_where, formulas, leaks = 0, '', [], []
    for path in sorted(glob.glob(os.path.join(out, '*.csv'))):
        with open(path, encoding='utf-8-sig', newline='') as f:
            for n, row in enumerate(csv.reader(f), start=1):
                for cell in row:
                    if len(cell) > widest:
                        widest, widest_where = len(cell), '%s row %d' % (os.path.basename(path), n)
                    if cell[:1] in ('=', '+', '@') and len(cell) > 1:
                        formulas.append('%s row %d: %s' % (os.path.basename(path), n, cell[:40]))
                    if 'root:x:0:0' in cell:
                        leaks.append('%s row %d' % (os.path.basename(path), n))
    lines.append('quality.csv: %d rows (bar < %d). Widest CSV cell: %d characters, %s (bar <= %d).'
                 % (len(quality), MAX_QUALITY_ROWS, widest, widest_where, MAX_CELL))
    if len(quality) >= MAX_QUALITY_ROWS:
        failures.append('quality.csv has %d rows' % len(quality))
    if widest > MAX_CELL:
        failures.append('a cell of %d characters in %s' % (widest, widest_where))
    if formulas:
        failures.append('cells a spreadsheet would run as formulas: %s' % formulas[:3])
    if leaks:
        failures.append('/etc/passwd leaked into %s' % leaks[:3])

    # the run: exit code, no stack trace, cost
    said = open(os.path.join(work, 'hostile.stdout'), encoding='utf-8', errors='replace').read() + \
        open(os.path.join(work, 'hostile.stderr'), encoding='utf-8', errors='replace').read()
    traces = re.findall(r'^\s+at [\w.$]+\(.*\)$', said, re.M)
    ratio = hostile_s / good_s
    lines.append('Exit codes: %s alone, %s with the hostile files; stack-trace lines printed: %d.'
                 % (good_rc, hostile_rc, len(traces)))
    lines.append('Wall time: %.1f s alone, %.1f s with the hostile files: ratio %.2f (bar <= %.1f).'
                 % (good_s, hostile_s, ratio, MAX_COST))
    if good_rc != '0' or hostile_rc != '0':
        failures.append('exit codes %s and %s' % (good_rc, hostile_rc))
    if traces:
        failures.append('%d stack-trace lines reached the user, first %s' % (len(traces), traces[0].strip()))
    if ratio > MAX_COST:
        failures.append('the run cost %.2f times the good plan alone' % ratio)

    lines += ['', '**%s**' % ('All bars hold.' if not failures else '%d bar(s) missed:' % len(failures))]
    lines += ['- %s' % f for f in failures]
    print('\n'.join(lines))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
