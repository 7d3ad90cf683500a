#!/bin/bash
# usage: seen.sh "string" ... ; shows matching lines (first 3) from other folders, to tell TAKEN from DROPPED
for s in "$@"; do
  echo "== $s"; grep -rhiF -- "$s" /work/main/devset /work/stage --include=sources*.txt --include=README*.md 2>/dev/null | grep -v '^$' | cut -c1-220 | head -4
  grep -rliF -- "$s" /work/main/devset/*/plans /work/main/devset/*/*/plans 2>/dev/null | grep -v '/fresh56/' | head -3 | sed 's/^/  PLAN: /'
done
