# Sourced by the read benchmarks: starts the packaged jar against $BENCH_DB and seeds the database with real pages.
# Sets: here, repo, db, port, url, java, server (pid), AUTHORIZATION; defines gql, ingest_if_empty, cpu_ticks.
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-newsgraph_bench}
port=${BENCH_PORT:-8089}
pages=${BENCH_PAGES:-$repo/../shared/bench}
jar=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Writes need a bearer token: a key pair made for this run (docker/jwt.sh) unless the caller brings its own
# $NEWSGRAPH_AUTHORIZATION and $MP_JWT_VERIFY_PUBLICKEY_LOCATION.
if [ -z "${NEWSGRAPH_AUTHORIZATION:-}" ]; then
  keys=$(mktemp -d)
  "$repo/docker/jwt.sh" keys "$keys" 2>/dev/null
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION=$keys/public-key.pem
  NEWSGRAPH_AUTHORIZATION="Bearer $("$repo/docker/jwt.sh" token "$keys/private-key.pem" bench ingest 1)"
fi
export AUTHORIZATION=$NEWSGRAPH_AUTHORIZATION
url=http://127.0.0.1:$port/graphql

psql -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 || createdb "$db"

start_newsgraph() { # $1: jar, $2: port; sets $started to the server's pid once it is ready
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db QUARKUS_DATASOURCE_USERNAME=$PGUSER \
  QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-} QUARKUS_HTTP_PORT=$2 \
    "$java" ${BENCH_JAVA_OPTS:-} -jar "$1" > "${TMPDIR:-/tmp}/newsgraph-bench-server-$2.log" 2>&1 &
  started=$!
  extra_servers="${extra_servers:-} $started"
  for _ in $(seq 1 600); do  # the first start migrates the schema
    curl -sf "http://127.0.0.1:$2/q/health/ready" > /dev/null && break
    sleep 1
  done
}
stop_servers() { # every server started here
  kill ${extra_servers:-} 2>/dev/null
  wait ${extra_servers:-} 2>/dev/null || true
}
trap stop_servers EXIT
start_newsgraph "$jar" "$port"
server=$started
echo "server pid $server ready; database $db"

gql() { # $1: JSON request body; prints the response
  curl -sf "$url" -H 'Content-Type: application/json' -H "Authorization: $AUTHORIZATION" --data-binary @- <<< "$1"
}

ingest_if_empty() { # ingests the pages under $pages through the API when the database has no articles
  [ "$(psql -d "$db" -tAc 'select count(*) from article')" = 0 ] || return 0
  echo "ingesting the pages under $pages through the API"
  local mutation='mutation($docs: [DocumentInput!]!) { ingestDocuments(inputs: $docs) { status } }'
  find -L "$pages" -path '*/html/*' -type f | sort | xargs -n 10 | while read -r -a batch; do
    for f in "${batch[@]}"; do
      jq -n --rawfile c "$f" --arg u "https://bench.example.org/$(basename "$f")" \
        '{url: $u, content: $c, format: (if ($u | endswith(".txt")) then "TEXT" else "HTML" end)}'
    done | jq -s --arg q "$mutation" '{query: $q, variables: {docs: .}}' | gql "$(cat)" > /dev/null
  done
  psql -d "$db" -tAc "select count(*) || ' articles ingested' from article"
}

cpu_ticks() { # CPU time (user + system, clock ticks) the given pids have used; pids gone are skipped
  local total=0 pid fields
  for pid in "$@"; do
    fields=$(cut -d')' -f2- "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a f <<< "$fields"
    total=$((total + f[11] + f[12]))
  done
  echo $total
}
