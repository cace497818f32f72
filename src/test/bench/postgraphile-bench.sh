#!/usr/bin/env bash
# newsgraph and PostGraphile 4.14.1 side by side on the same database: the same list page, alternating wrk rounds.
#
#   ./mvnw package -DskipTests && src/test/bench/postgraphile-bench.sh
#
# 1. starts target/quarkus-app/quarkus-run.jar against $BENCH_DB (seeded with the real pages when empty, as
#    read-bench.sh does) and PostGraphile (npm postgraphile@4.14.1, installed into ./postgraphile on first use,
#    --cluster-workers 2) on 127.0.0.1 against the same database;
# 2. checks that both answer the list page identically (PostGraphile's shape mapped onto newsgraph's);
# 3. warms both ($BENCH_WARMUP seconds of load each, twice, alternating: the JVM's JIT and V8's);
# 4. runs $BENCH_ROUNDS rounds of $BENCH_SECONDS s each, newsgraph then PostGraphile, wrk with $BENCH_CONNECTIONS
#    connections; prints every round: throughput, p50 and p99 in ms, and CPU per request in ms of the server's
#    processes and of the database's backends (all of $BENCH_DB's sessions; only one server is loaded at a time).
#
# BENCH_JAR=<jar> measures another build; BENCH_OTHER_JARS="label=<jar> ..." adds builds (e.g. the one before a change)
# to each round, each on a port of its own, checked for the same answer; BENCH_NEWSGRAPH_ONLY=1 skips PostGraphile.
# Needs: wrk, psql, curl, jq, node and npm. The servers, the database and wrk share the machine: compare one run.
set -euo pipefail

seconds=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS:-4}
warmup=${BENCH_WARMUP:-30}
connections=${BENCH_CONNECTIONS:-8}
pg_port=${BENCH_POSTGRAPHILE_PORT:-$(( ${BENCH_PORT:-8089} + 1 ))}
# shellcheck source=bench-server.sh
. "$(dirname "$0")/bench-server.sh"
ingest_if_empty

NEWSGRAPH='{ articles(first: 20) { totalCount nodes { id title publishedDate persons { mentions person { name } } quotes { kind text speakerName } } } }'
POSTGRAPHILE='{ allArticles(first: 20, orderBy: [SORT_DATE_DESC, ID_DESC]) { totalCount nodes { id title publishedDate personMentionsByArticleId { nodes { mentions personByPersonId { name } } } quotesByArticleId { nodes { kind text speakerName } } } } }'
newsgraph_body=$(jq -cn --arg q "$NEWSGRAPH" '{query: $q}')
postgraphile_body=$(jq -cn --arg q "$POSTGRAPHILE" '{query: $q}')
pg_url=http://127.0.0.1:$pg_port/graphql

if [ -z "${BENCH_NEWSGRAPH_ONLY:-}" ]; then
  tool=$here/postgraphile
  if [ "$(jq -r .version "$tool/node_modules/postgraphile/package.json" 2>/dev/null)" != 4.14.1 ]; then
    mkdir -p "$tool"
    npm install --prefix "$tool" --no-audit --no-fund --save-exact postgraphile@4.14.1 > /dev/null
  fi
  "$tool/node_modules/.bin/postgraphile" -c "postgres://$PGUSER@$PGHOST:$PGPORT/$db" --schema public \
    --host 127.0.0.1 --port "$pg_port" --cluster-workers 2 --disable-query-log \
    > "${TMPDIR:-/tmp}/postgraphile-bench-$pg_port.log" 2>&1 &
  postgraphile=$!
  extra_servers="$extra_servers $postgraphile"
  for _ in $(seq 1 120); do
    curl -sf "$pg_url" -H 'Content-Type: application/json' --data-binary '{"query":"{ __typename }"}' > /dev/null && break
    sleep 1
  done
  # Identical answers: PostGraphile's connections of nested rows mapped onto newsgraph's lists.
  ours=$(gql "$newsgraph_body" | jq -S '.data.articles')
  theirs=$(curl -sf "$pg_url" -H 'Content-Type: application/json' --data-binary "$postgraphile_body" | jq -S \
    '.data.allArticles | {totalCount, nodes: [.nodes[] | {id, title, publishedDate,
      persons: [.personMentionsByArticleId.nodes[] | {mentions, person: {name: .personByPersonId.name}}],
      quotes: .quotesByArticleId.nodes}]}')
  if [ "$ours" != "$theirs" ]; then
    diff <(echo "$ours") <(echo "$theirs") | head -20
    echo "the two servers answer differently" >&2
    exit 1
  fi
  echo "identical answers: $(jq '.nodes | length' <<< "$ours") articles, $(jq '[.nodes[].quotes[]] | length' <<< "$ours") quotes," \
    "$(jq '[.nodes[].persons[]] | length' <<< "$ours") persons, totalCount $(jq .totalCount <<< "$ours")"
fi

# Other builds, each on the next free port after PostGraphile's.
others=()
other_port=$pg_port
for other in ${BENCH_OTHER_JARS:-}; do
  other_port=$((other_port + 1))
  start_newsgraph "${other#*=}" "$other_port"
  others+=("${other%%=*} $other_port $started")
  answer=$(curl -sf "http://127.0.0.1:$other_port/graphql" -H 'Content-Type: application/json' \
    --data-binary "$newsgraph_body" | jq -S '.data.articles')
  if [ "$answer" != "$(gql "$newsgraph_body" | jq -S '.data.articles')" ]; then
    echo "newsgraph ${other%%=*} answers differently" >&2
    exit 1
  fi
done

backend_ticks() { # "pid ticks" of each of the database's server processes now
  local pid
  for pid in $(psql -d postgres -tAc "select pid from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(cpu_ticks "$pid")"
  done
  return 0
}

run() { # $1: name, $2: url, $3: body, $4: Authorization, $5: seconds, $6...: server pids; prints one table row
  local name=$1 target=$2 body=$3 auth=$4 duration=$5
  shift 5
  local samples before_server line requests sampler db_ticks
  # Pools open and close sessions during a round: the backends are sampled every half second, and each one's CPU
  # counts from its first sample (or from zero when it was not there at the start) to its last.
  samples=$(mktemp)
  backend_ticks | sed 's/^/start /' > "$samples"
  (while :; do backend_ticks | sed 's/^/during /' >> "$samples"; sleep 0.5; done) &
  sampler=$!
  before_server=$(cpu_ticks "$@")
  line=$(BODY=$body AUTHORIZATION=$auth wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s \
    -s "$here/post.lua" "$target" | grep '^RESULT')
  kill $sampler; wait $sampler 2>/dev/null || true
  backend_ticks | sed 's/^/during /' >> "$samples"
  db_ticks=$(awk '$1 == "start" { start[$2] = $3 } $3 > last[$2] { last[$2] = $3 }
    END { for (p in last) t += last[p] - start[p]; print t + 0 }' "$samples")
  rm -f "$samples"
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$line")
  awk -v name="$name" -v line="$line" -v req="$requests" -v s=$(( $(cpu_ticks "$@") - before_server )) \
    -v d="$db_ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {
      split(line, kv, /[ =]/); printf "| %s | %s | %s | %s | %.2f | %.2f | %s |\n", name, kv[3], kv[5], kv[7],
      1000 * s / hz / req, 1000 * d / hz / req, kv[11] }'
}

servers() { # $1: what, $2: seconds; runs each newsgraph build, then PostGraphile, once each
  local other label other_port pid
  for other in "${others[@]}"; do
    read -r label other_port pid <<< "$other"
    run "newsgraph $label $1" "http://127.0.0.1:$other_port/graphql" "$newsgraph_body" "" "$2" "$pid"
  done
  run "newsgraph $1" "$url" "$newsgraph_body" "" "$2" "$server"
  if [ -n "${postgraphile:-}" ]; then
    run "PostGraphile $1" "$pg_url" "$postgraphile_body" "" "$2" "$postgraphile" $(pgrep -P "$postgraphile")
  fi
}

echo "warming up: ${warmup} s each, twice; load: $(cut -d' ' -f1-3 /proc/loadavg)"
servers warm-up "$warmup" > /dev/null
servers warm-up "$warmup" > /dev/null
echo "| round | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for i in $(seq 1 "$rounds"); do
  servers "round $i" "$seconds"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
