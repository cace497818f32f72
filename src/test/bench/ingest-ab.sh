#!/usr/bin/env bash
# Ingest before/after: runs dev.newsgraph.bench.IngestBenchmark against two packaged jars in turn, alternating A, B,
# A, B ... ($AB_PASSES passes each), every pass on a fresh copy of a template database, so the jars meet the same
# machine load and the same tables. Prints each pass's figures.
#
#   ./mvnw test-compile && src/test/bench/ingest-ab.sh <jar-a> <jar-b> <template-db>
#
# The template database holds the schema (and any articles) both jars start from; the copies are named
# <template-db>_ab and dropped after each pass. AB_SECONDS (default 24) is the benchmark's measurement time,
# AB_JAVA_OPTS options for the servers, AB_BENCH_OPTS for the benchmark's JVM (-Dthreads, -Drounds, -Dwarmup).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jar_a=$1 jar_b=$2 template=$3
db=${template}_ab
port=${AB_PORT:-8718}
pages=${BENCH_PAGES:-$repo/../shared/bench}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
keys=$(mktemp -d)
"$repo/docker/jwt.sh" keys "$keys" 2>/dev/null
export NEWSGRAPH_AUTHORIZATION="Bearer $("$repo/docker/jwt.sh" token "$keys/private-key.pem" bench ingest 1)"
jsoup=$(find ~/.m2 -name 'jsoup-1.24.1.jar' | head -1)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null || true' EXIT

for pass in $(seq 1 "${AB_PASSES:-2}"); do
  for side in A B; do
    jar=$([ $side = A ] && echo "$jar_a" || echo "$jar_b")
    dropdb --if-exists "$db" && createdb -T "$template" "$db"
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$keys/public-key.pem QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db QUARKUS_DATASOURCE_USERNAME=$PGUSER \
      "$java" ${AB_JAVA_OPTS:-} -jar "$jar" > "${TMPDIR:-/tmp}/ingest-ab-server-$side.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do
      curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
      sleep 1
    done
    echo "=== pass $pass, $side: $jar (load $(cut -d' ' -f1-3 /proc/loadavg))"
    "$java" -Ddb="$db" ${AB_BENCH_OPTS:-} -cp "$repo/target/test-classes:$repo/target/classes:$jsoup" \
      dev.newsgraph.bench.IngestBenchmark "http://127.0.0.1:$port" "${AB_SECONDS:-24}" "$server" \
      "$pages/aeb-dev/html" "$pages/metadata-dev/html"
    kill $server; wait $server 2>/dev/null || true
    server=
  done
done
dropdb --if-exists "$db"
