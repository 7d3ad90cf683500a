#!/usr/bin/env bash
# A long fuzzing campaign over the document reader and the extractor (issue 21, part 5): the property tests of
# dxrank-core/src/test/java/io/dxrank/extract/ExtractorProperties.java with many more cases than mvn verify's 1,000.
# Usage: bench/fuzz.sh [TRIES]    (default 100000 cases per property, random seeds; jqwik shrinks a failing case
# and prints it with its seed). The summary goes to bench/results/fuzz-<date>.md, Maven's output to bench/work/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tries="${1:-100000}"
mkdir -p bench/results bench/work
log="bench/work/fuzz-mvn.log"
summary="bench/results/fuzz-$(date -u +%Y-%m-%d).md"
start=$(date +%s)
status=0
mvn -B -pl dxrank-core test -Dtest=ExtractorProperties -Dsurefire.failIfNoSpecifiedTests=false \
  -Djqwik.tries.default="$tries" -Djqwik.reporting.onlyfailures=false > "$log" 2>&1 || status=$?
end=$(date +%s)
{
  echo "# Fuzzing campaign $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "bench/fuzz.sh $tries: $tries cases per property, $((end - start)) s wall, load average after" \
    "$(cut -d' ' -f1-3 /proc/loadavg), exit $status"
  echo
  echo '```'
  grep -E "Tests run:|tries =|seed =|checks =|FAIL" "$log" | head -20
  echo '```'
} | tee "$summary"
exit "$status"
