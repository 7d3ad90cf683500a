#!/usr/bin/env bash
# A long fuzzing campaign over the document reader and the extractor (issue 21, part 5): the property tests of
# dxrank-core/src/test/java/io/dxrank/extract/ExtractorProperties.java with many more cases than mvn verify's 1,000.
# Usage: bench/fuzz.sh [TRIES]    (default 100000 cases per property, random seeds; jqwik shrinks a failing case
# and prints it with its seed). Writes bench/results/fuzz-<date>.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tries="${1:-100000}"
mkdir -p bench/results
log="bench/results/fuzz-$(date -u +%Y-%m-%d).log"
start=$(date +%s)
status=0
mvn -B -pl dxrank-core test -Dtest=ExtractorProperties -Dsurefire.failIfNoSpecifiedTests=false \
  -Djqwik.tries.default="$tries" -Djqwik.reporting.onlyfailures=false > "$log" 2>&1 || status=$?
end=$(date +%s)
{
  echo "fuzz: $tries cases per property, $((end - start)) s wall, load average $(cut -d' ' -f1-3 /proc/loadavg), exit $status"
  grep -E "Tests run:|tries|seed|checks" "$log" | head -20
} | tee -a "$log"
exit "$status"
