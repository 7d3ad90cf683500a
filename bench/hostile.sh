#!/usr/bin/env bash
# Issue 21's bars on a folder of hostile and broken inputs beside one good plan (bench/hostile.py builds it):
# every file ends in plans.csv as ok or rejected, an ok hostile file carries a finding, the good plan's facts are
# all there, the run exits 0 with no stack trace, quality.csv stays under 10,000 rows and no CSV cell over 10,000
# characters, and the run costs at most 3x the good plan alone (both timed here, one after the other).
# Usage: bench/hostile.sh   (about 3 minutes; the report goes to bench/results/hostile-<date>.md, the runs to
# bench/work/hostile/)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=bench/work/hostile
mkdir -p bench/results
good=data/plans/000_94ef183eb1e07201.txt
others=(data/plans/001_*.txt data/plans/002_*.txt data/plans/003_*.txt data/plans/004_*.txt)
python3 bench/hostile.py "$work" "$good" "${others[@]}"

./dxrank --help > /dev/null   # builds when the sources changed, so that neither timed run pays for it
timed_run() { # name input
  local start end rc=0
  start=$(date +%s.%N)
  ./dxrank run --full --input "$2" --out "$work/out-$1" --charts "$work/charts-$1" \
    > "$work/$1.stdout" 2> "$work/$1.stderr" || rc=$?
  end=$(date +%s.%N)
  echo "$rc $(echo "$end - $start" | bc)"
}
# one untimed run first: the first run after a build also writes the JVM's class-data archive
./dxrank run --full --input "$work/good" --out "$work/out-warm" --charts "$work/charts-warm" > /dev/null 2>&1
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r good_rc good_s < <(timed_run good "$work/good")
read -r hostile_rc hostile_s < <(timed_run hostile "$work/hostile")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

report="bench/results/hostile-$(date -u +%Y-%m-%d).md"
status=0
python3 bench/hostile_check.py "$work" "$good_rc" "$good_s" "$hostile_rc" "$hostile_s" "$load_before" "$load_after" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" > "$report" || status=$?
cat "$report"
exit "$status"
