#!/usr/bin/env bash
# dxrank benchmark: one command, one corpus, every figure in bench/results/<date>.md.
#
#   bench/run.sh --localities 2000                  # 2000 localities x 5 years = 10,000 plans
#   bench/run.sh --localities 200 --facts 1000000   # a quick run
#   options: --years 2022-2026 --seed 1 --facts 1000000,10000000 --analytics-timeout 900 (s, per engine and size: 10M facts take Spark about 5 min here)
#
# Steps (each in its own JVM, peak RSS and wall time taken by /usr/bin/time -v):
#   1. corpus   io.dxrank.bench.GenerateCommand (reused when the same options made it before)
#   2. floor    the pure-Java extractor over all files, one thread per core, no Spark
#   3. dxrank   ./dxrank run on embedded Spark local[*], per-stage timings from manifest.json
#   4. analytics  AnalyticsStage on Spark vs the same SQL in DuckDB on synthetic facts (--facts sizes), agreement;
#               Spark without the rank-stability pass (DuckDB's side has none), then with it, timed apart
#   5. accuracy recall and precision of the extractor against the corpus's ground truth
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

localities=2000
years=2022-2026
seed=1
facts="1000000,10000000"
analytics_timeout=900
work=bench/work
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --localities) localities="$2"; shift 2 ;;
    --years) years="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --facts) facts="$2"; shift 2 ;;
    --analytics-timeout) analytics_timeout="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
results="${results:-bench/results/$(date -u +%F).md}"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

corpus="$work/corpus-$localities-$years-$seed"
metrics="$work/metrics"
rm -rf "$metrics" "$work/out" "$work/charts" "$work/analytics-out"
mkdir -p "$metrics" "$work/facts"
log() { printf '%s bench: %s\n' "$(date -u +%T)" "$*" >&2; }
# wall seconds and peak RSS (KB) of a /usr/bin/time -v report into a properties file
timed() {
  local name="$1" rc=0; shift
  /usr/bin/time -v -o "$metrics/$name.time" "$@" || rc=$?
  {
    echo "rss_kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$metrics/$name.time")"
    echo "wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$metrics/$name.time")"
    echo "cpu_s=$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$metrics/$name.time")"
  } > "$metrics/$name.proc.properties"
  return "$rc"
}

log "building (dxrank, then test classes with -Pbench)"
./dxrank --version >/dev/null
mvn -B -q -o -Pbench -DskipTests -pl dxrank-bench -am package >&2 || mvn -B -q -Pbench -DskipTests -pl dxrank-bench -am package >&2
read -r -a jvm_opts < dxrank-app/target/classes/dxrank-jvm.options
java_opts=(${DXRANK_JAVA_OPTS:--Xmx4g} -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "${jvm_opts[@]}")
cp="dxrank-bench/target/classes:$(cat dxrank-bench/target/bench-classpath.txt)"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
bench_java() { java "${java_opts[@]}" -cp "$cp" "$@"; }

if [ ! -f "$corpus/corpus.json" ]; then
  log "1/5 generating $localities localities x $years (seed $seed) into $corpus"
  rm -rf "$corpus"
  timed generate bench_java io.dxrank.bench.GenerateCommand --localities "$localities" --years "$years" --seed "$seed" --out "$corpus"
else
  log "1/5 reusing $corpus"
fi
cp "$corpus/corpus.json" "$metrics/corpus.json"

log "2/5 floor: pure-Java extraction"
sync
timed floor java "${java_opts[@]}" -cp "$cp" io.dxrank.bench.FloorBench "$corpus/plans" "$metrics/floor.properties"

log "3/5 dxrank run (embedded Spark)"
timed dxrank ./dxrank run --input "$corpus/plans" --out "$work/out" --charts "$work/charts" \
  --gazetteer "$corpus/reference/localities.csv"
cp "$work/out/manifest.json" "$metrics/manifest.json"

IFS=',' read -r -a sizes <<< "$facts"
for rows in "${sizes[@]}"; do
  [ -n "$rows" ] || continue
  f="$work/facts/facts-$rows.parquet"
  log "4/5 analytics on $rows facts rows: Spark, then DuckDB, then agreement"
  [ -f "$f" ] || bench_java io.dxrank.bench.AnalyticsBench facts "$rows" data/catalog/indicators.csv "$f"
  # spark: the same work as DuckDB's SQL (no rank-stability pass); sparkstab: the product's default 1,000
  # weight draws on top, timed apart so the comparison stays like for like
  for engine in spark duckdb sparkstab; do
    mode=$engine draws=()
    [ "$engine" = spark ] && draws=(0)
    [ "$engine" = sparkstab ] && mode=spark draws=(1000)
    # an engine that needs longer than the timeout is stopped and reported as such, keeping the run bounded
    if ! timed "$engine-$rows" timeout "$analytics_timeout" java "${java_opts[@]}" -cp "$cp" \
        io.dxrank.bench.AnalyticsBench "$mode" "$f" data/catalog/indicators.csv data/weights/default.csv \
        "$work/analytics-out/$engine-$rows" "$metrics/$engine-$rows.properties" "${draws[@]}"; then
      log "$engine on $rows rows stopped after $analytics_timeout s"
      printf 'timed_out=true\nanalytics_ms=%d\n' "$((analytics_timeout * 1000))" > "$metrics/$engine-$rows.properties"
    fi
  done
  if [ -d "$work/analytics-out/spark-$rows/composite" ] && [ -f "$work/analytics-out/duckdb-$rows/composite.parquet" ]; then
    bench_java io.dxrank.bench.AnalyticsBench compare "$work/analytics-out/spark-$rows" \
      "$work/analytics-out/duckdb-$rows" "$metrics/compare-$rows.properties"
  fi
done

log "5/5 accuracy against the ground truth"
bench_java io.dxrank.bench.AccuracyBench "$corpus" data/catalog/indicators.csv "$metrics/accuracy.properties" \
  "$metrics/accuracy-samples.md"

mkdir -p "$(dirname "$results")"
bench_java io.dxrank.bench.BenchReport "$metrics" "$results" "bench/run.sh --localities $localities --years $years --seed $seed --facts $facts"
log "wrote $results"
