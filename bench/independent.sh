#!/usr/bin/env bash
# The independent synthetic corpus (bench/independent/gen.py, written from a brief by a writer who never read
# dxrank's code): generate it, run dxrank on it, score facts.csv against its truth (recall, precision, kind, year
# per doc_type, unmapped share). Seed 7 is the corpus rules were written on; seed 8 is held out.
#   bench/independent.sh [seed ...]      (default: 7 8; about a minute per seed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=bench/work/independent
mkdir -p "$work"
for seed in "${@:-7 8}"; do
  for s in $seed; do
    corpus="$work/corpus-$s"
    [ -f "$corpus/truth.csv" ] || python3 bench/independent/gen.py --docs 400 --seed "$s" --out "$corpus" > /dev/null
    python3 bench/independent/check.py "$corpus" > /dev/null
    ./dxrank run --full --input "$corpus/plans" --out "$work/out-$s" --charts "$work/charts-$s" > "$work/run-$s.log" 2>&1
    echo "## seed $s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    python3 bench/score_truth.py "$corpus/truth.csv" "$work/out-$s/facts.csv" --documents "$corpus/documents.csv"
  done
done
