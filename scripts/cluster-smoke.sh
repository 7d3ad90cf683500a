#!/usr/bin/env bash
# Cluster smoke test: starts a Spark standalone cluster on 127.0.0.1 (one Master, two Workers of 1 core and
# 1 GB each) from the project's own class path (no Spark distribution installed), submits the cluster jar
# (dxrank-app/target/dxrank-app-*-cluster.jar) with `job run` through SparkSubmit, runs the same job in local mode, and
# checks every CSV is byte for byte the same. The cluster is stopped on exit, whatever happens.
# Usage: scripts/cluster-smoke.sh [INPUT_DIR]   (default data/plans; takes about 2 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
input="$(realpath "${1:-data/plans}")"
jar="$(ls dxrank-app/target/dxrank-app-*-cluster.jar 2>/dev/null | head -1 || true)"
if [ -z "$jar" ] || [ ! -f dxrank-app/target/classpath.txt ]; then
  mvn -B -q -DskipTests -pl dxrank-app -am package
  jar="$(ls dxrank-app/target/dxrank-app-*-cluster.jar | head -1)"
fi
jar="$(realpath "$jar")"

work="$(mktemp -d "${TMPDIR:-/tmp}/dxrank-cluster.XXXXXX")"
pids=()
ok=0
stop_cluster() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$ok" -eq 1 ]; then rm -rf "$work"; else echo "cluster-smoke: logs kept in $work" >&2; fi
}
trap stop_cluster EXIT
log() { echo "cluster-smoke: $*" >&2; }

# A stand-in SPARK_HOME: Workers build executor command lines from $SPARK_HOME/jars, here links to the
# Maven class path (Spark and the libraries dxrank compiles against).
mkdir -p "$work/spark-home/jars"
tr ':' '\n' < dxrank-app/target/classpath.txt | while read -r entry; do
  if [ -f "$entry" ]; then ln -sf "$entry" "$work/spark-home/jars/$(basename "$entry")"; fi
done
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_LOCAL_DIRS="$work/local"
read -r -a jvm_opts < dxrank-app/target/classes/dxrank-jvm.options
spark_cp="$(cat dxrank-app/target/classpath.txt)"   # Spark only: dxrank itself comes from the submitted jar
port="${DXRANK_SMOKE_PORT:-7077}"
master="spark://127.0.0.1:$port"

java -Xmx512m "${jvm_opts[@]}" -cp "$spark_cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  java -Xmx256m "${jvm_opts[@]}" -cp "$spark_cp" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$work/worker$w" "$master" \
    > "$work/worker$w.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 120); do
  registered=$( (grep -l "Successfully registered with master" "$work"/worker*.log 2>/dev/null || true) | wc -l)
  [ "$registered" -eq 2 ] && break
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { log "a cluster process died:"; tail -20 "$work"/*.log >&2; exit 1; }
  done
  sleep 1
done
[ "$registered" -eq 2 ] || { log "workers did not register"; tail -20 "$work"/*.log >&2; exit 1; }
log "master and 2 workers up at $master"

job() { # job NAME MASTER_LINE
  cat > "$work/$1.properties" <<JOB
name=smoke-$1
inputs=$input
out=$work/$1/out
charts=$work/$1/charts
weight_draws=200
$2
JOB
}
job local "spark.master=local[2]"
job cluster ""

start=$(date +%s)
java -Xmx1g -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC "${jvm_opts[@]}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.io.dxrank=info \
  -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --class io.dxrank.cli.Main \
  --conf spark.driver.host=127.0.0.1 --conf spark.executor.cores=1 --conf spark.executor.memory=768m \
  --conf spark.cores.max=2 --conf spark.ui.enabled=false \
  "$jar" job run "$work/cluster.properties" 2> "$work/submit.log" \
  || { log "cluster run failed:"; tail -30 "$work/submit.log" >&2; exit 1; }
executors=$( (grep -l "Asked to launch executor" "$work"/worker*.log || true) | wc -l)
tasks=$(cat "$work"/worker*/app-*/*/stderr 2>/dev/null | grep -c "Finished task" || true)
log "cluster run done in $(( $(date +%s) - start )) s: executors on $executors worker(s) ran $tasks tasks"
[ "$executors" -eq 2 ] && [ "$tasks" -gt 0 ] || { log "expected executors on both workers running tasks"; exit 1; }

start=$(date +%s)
./dxrank job run "$work/local.properties" 2> "$work/local.log" \
  || { log "local run failed:"; tail -30 "$work/local.log" >&2; exit 1; }
log "local run done in $(( $(date +%s) - start )) s"

compared=0
for csv in "$work"/local/out/latest/*.csv; do
  name="$(basename "$csv")"
  cmp -s "$csv" "$work/cluster/out/latest/$name" \
    || { log "$name differs between local and cluster:"; diff "$csv" "$work/cluster/out/latest/$name" | head >&2; exit 1; }
  compared=$((compared + 1))
done
[ "$compared" -ge 8 ] || { log "only $compared CSVs to compare"; exit 1; }
log "ok: $compared CSVs identical between local[2] and the standalone cluster"
ok=1
