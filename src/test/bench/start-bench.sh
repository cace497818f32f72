#!/usr/bin/env bash
# Time from `java -jar` to /q/health/ready answering, without and with a JDK 25 AOT cache, alternating.
#
#   ./mvnw package -DskipTests && src/test/bench/start-bench.sh [rounds]
#
# Trains the cache first (one start with -XX:AOTCacheOutput, a few requests, stop: the JVM writes the cache on exit),
# as docker/Dockerfile.jvm does at image build. Runs against $BENCH_DB (created and migrated by the first start) on
# the local PostgreSQL. Prints wall time, the CPU the JVM used until ready and its resident memory then, per start.
# BENCH_JAR measures another build's jar (e.g. an older commit's, for a before/after).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-newsgraph_start}
port=${BENCH_PORT:-8093}
rounds=${1:-4}
jar=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$repo/docker/jwt.sh" keys "$work/keys" > /dev/null 2>&1
psql -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 || createdb "$db"
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db QUARKUS_DATASOURCE_USERNAME=$PGUSER \
  QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-} QUARKUS_HTTP_PORT=$port \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=$work/keys/public-key.pem

start() { # $1: label, $2: "train" or "", rest: JVM options; prints one line
  local label=$1 train=$2; shift 2
  local t0 t1 pid cpu rss
  t0=$(date +%s%N)
  "$java" "$@" -jar "$jar" > "$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$label: the server stopped"; tail -5 "$work/server.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  cpu=$(awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$pid/stat")
  rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  if [ -n "$train" ]; then
    for q in '{ articles(first: 5) { totalCount nodes { title persons { person { name } } quotes { text } } } }' \
        '{ persons(first: 5, search: \"jo\") { nodes { name } } }' \
        '{ parseDocument(input: {content: \"<title>T</title><p>Jane Doe said it.</p>\"}) { title persons { name } } }'; do
      curl -s "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "{\"query\": \"$q\"}" > /dev/null
    done
  fi
  kill $pid
  wait $pid 2>/dev/null || true
  printf '| %s | %d ms | %s s | %s MB |\n' "$label" $(( (t1 - t0) / 1000000 )) "$cpu" "$rss"
}

echo "| start | to ready | CPU to ready | RSS at ready |"
echo "| --- | --- | --- | --- |"
start "first start (migrates an empty database, or validates)" ""
start "training run (-XX:AOTCacheOutput)" train -XX:AOTCacheOutput="$work/app.aot"
for _ in $(seq 1 "$rounds"); do
  start "without cache" ""
  start "with the AOT cache" "" -XX:AOTCache="$work/app.aot"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cache $(du -m "$work/app.aot" | cut -f1) MB"
