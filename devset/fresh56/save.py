#!/usr/bin/env python3
# save.py NAME : reads raw/NAME.json (a JSON string literal of the excerpt), writes plans/NAME.txt NFC, no trailing newline added
import json, sys, unicodedata
n = sys.argv[1]
s = json.loads(open(f'raw/{n}.json', encoding='utf-8').read())
s = unicodedata.normalize('NFC', s)
open(f'plans/{n}.txt', 'w', encoding='utf-8', newline='').write(s)
for i, l in enumerate(s.split('\n'), 1): print(i, l)
print(len(s.encode()), 'bytes')
