#!/usr/bin/env bash
# Seeds a database from real pages and measures the read queries against the packaged jar at growing sizes.
#
#   ./mvnw package -DskipTests && src/test/bench/read-bench.sh 100000 1000000
#
# 1. starts target/quarkus-app/quarkus-run.jar against $BENCH_DB (created if missing) on port $BENCH_PORT;
# 2. if the database has no articles, ingests the real pages under ../shared/bench/*/html through the API
#    (ingestDocuments, batches of 10) with the Authorization header value in $NEWSGRAPH_AUTHORIZATION (default: a token of a key pair made for the run);
# 3. runs the ingest benchmark (dev.newsgraph.bench.IngestBenchmark, after ./mvnw test-compile);
# 4. measures every read query with wrk ($BENCH_CONNECTIONS connections, $BENCH_SECONDS s after a warm-up),
#    then for each size given grows the tables to that many articles (grow.sql: SQL copies of the ingested rows)
#    and measures again. Prints one table row per query and size: throughput, p50, p99.
#
# BENCH_GROW=newsflow grows with dev.newsgraph.bench.NewsFlowArchive instead (articles whose dates follow a news flow,
# see its javadoc; needs ./mvnw test-compile) and measures the search queries on it, BENCH_RARE being the rare phrase.
# BENCH_WARMUP=<wrk duration> (default 10s) is the unmeasured pass over every query before the first measurement.
# BENCH_ONLY=<regex> measures only the queries whose label matches; BENCH_INGEST_SECONDS=0 skips the ingest benchmark
# (each run of it ingests the pages again under new urls, so the database grows by that many originals).
# Needs: wrk (apt-get install wrk), psql, curl, jq; a PostgreSQL reachable as $PGHOST/$PGPORT/$PGUSER.
# The server, the database and wrk share the machine: compare figures from one run.
set -euo pipefail

seconds=${BENCH_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-8}
# shellcheck source=bench-server.sh
. "$(dirname "$0")/bench-server.sh"
ingest_if_empty

# The ingest benchmark: parseDocument and ingestDocuments through the API, with in-process yardsticks.
if [ "${BENCH_INGEST_SECONDS:-8}" != 0 ] && [ -f "$repo/target/test-classes/dev/newsgraph/bench/IngestBenchmark.class" ]; then
  jsoup=$(find ~/.m2 -name 'jsoup-1.24.1.jar' | head -1)
  NEWSGRAPH_AUTHORIZATION=$AUTHORIZATION "$java" -cp "$repo/target/test-classes:$repo/target/classes:$jsoup" \
    dev.newsgraph.bench.IngestBenchmark "http://127.0.0.1:$port" "${BENCH_INGEST_SECONDS:-8}" "$server" \
    "$pages/aeb-dev/html" "$pages/metadata-dev/html" || echo "IngestBenchmark failed"
fi

query() { # $1: GraphQL query text -> JSON body
  jq -cn --arg q "$1" '{query: $q}'
}

WARMED=${BENCH_WARMUP:-}
rare=${BENCH_RARE:-Sven Belmonmer}
measure() { # $1: label, $2: size label, $3: body
  [[ "$1" =~ ${BENCH_ONLY:-.} ]] || return 0
  if [ -n "$WARMED" ]; then # the JIT warm-up pass: every query once, unmeasured
    BODY=$3 wrk -t2 -c"$connections" -d"$WARMED" --timeout 10s -s "$here/post.lua" "$url" > /dev/null
    return 0
  fi
  local response
  response=$(gql "$3") || { echo "$1: request failed"; return; }
  if jq -e '.errors' <<< "$response" > /dev/null; then echo "$1: $response"; return; fi
  BODY=$3 wrk -t2 -c"$connections" -d5s --timeout 10s -s "$here/post.lua" "$url" > /dev/null
  local line
  line=$(BODY=$3 wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/post.lua" "$url" | grep '^RESULT')
  printf '| %s | %s | %s |\n' "$1" "$2" "${line#RESULT }"
}

run_all() {
  local n example
  n=$(psql -d "$db" -tAc 'select count(*) from article')
  example=$(psql -d "$db" -tAc "select url from article where url not like '%#copy-%' order by id desc limit 1")
  echo "--- $n articles, $(psql -d "$db" -tAc 'select count(*) from quote') quotes," \
    "$(psql -d "$db" -tAc 'select count(*) from person') persons; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  measure 'articles(first: 20) list, totalCount' "$n" "$(query '{ articles(first: 20) { totalCount nodes { id title publishedDate persons { mentions person { name } } quotes { kind text speakerName } } } }')"
  measure 'articles(first: 20) list' "$n" "$(query '{ articles(first: 20) { nodes { id title publishedDate persons { mentions person { name } } quotes { kind text speakerName } } } }')"
  measure 'articles(first: 20) titles' "$n" "$(query '{ articles(first: 20) { nodes { id title } } }')"
  measure 'search "government minister"' "$n" "$(query '{ articles(first: 20, filter: {search: "government minister"}) { totalCount nodes { id title publishedDate } } }')"
  measure 'search "government minister", no totalCount' "$n" "$(query '{ articles(first: 20, filter: {search: "government minister"}) { nodes { id title publishedDate } } }')"
  measure 'search "said"' "$n" "$(query '{ articles(first: 20, filter: {search: "said"}) { nodes { id title publishedDate } } }')"
  measure "search rare \"$rare\"" "$n" "$(query "{ articles(first: 20, filter: {search: \"$rare\"}) { nodes { id title publishedDate } } }")"
  measure 'articles(first: 20) id title publishedDate' "$n" "$(query '{ articles(first: 20) { nodes { id title publishedDate } } }')"
  measure 'persons(first: 20, search: "john")' "$n" "$(query '{ persons(first: 20, search: "john") { totalCount nodes { name roles } } }')"
  measure 'persons(first: 20)' "$n" "$(query '{ persons(first: 20) { totalCount nodes { name roles } } }')"
  measure 'quotes(first: 20)' "$n" "$(query '{ quotes(first: 20) { totalCount nodes { kind text speakerName speaker { name } article { title } } } }')"
  measure 'stories(first: 20) with articles and persons' "$n" "$(query '{ stories(first: 20) { totalCount nodes { id title articleCount sourceCount lastPublishedAt articles(first: 5) { nodes { id title source } } persons(first: 5) { mentions articleCount person { name } } } } }')"
  measure 'articleByUrl' "$n" "$(query "{ articleByUrl(url: \"$example\") { id title paragraphs quotes { text } } }")"
}

# Without a pass over every query first, the first query measured pays the JIT's warm-up of the whole read path
# (it measured at half the throughput of the same query run later).
WARMED=${BENCH_WARMUP:-10s} run_all > /dev/null
WARMED=
echo "| query | articles | result |"
echo "| --- | --- | --- |"
run_all
for target in "$@"; do
  if [ "${BENCH_GROW:-copies}" = newsflow ]; then
    nice -n 19 "$java" -cp "$repo/target/test-classes:$repo/target/classes:$(find ~/.m2 -name 'postgresql-42.7.10.jar' | head -1)" \
      dev.newsgraph.bench.NewsFlowArchive "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$target"
  else
    psql -d "$db" -q -v target="$target" -f "$here/grow.sql"
  fi
  psql -d "$db" -qc 'vacuum analyze'
  run_all
done
echo "server resident memory: $(ps -o rss= -p $server) kB"
