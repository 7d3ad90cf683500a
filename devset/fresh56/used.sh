#!/bin/bash
# usage: used.sh "string" ... ; greps devset (own folder excluded, the concurrent fresh57 included) and /work/stage
for s in "$@"; do
  echo "== $s"; grep -rliF -- "$s" /work/main/devset /work/stage 2>/dev/null | grep -v '/fresh56/' | head -5
done
