#!/usr/bin/env bash
# Entity suggestions at 60,000 tags and people (issue 26): how long the dictionary takes to build and how much heap it
# holds, and the latency of POST /api/v1/suggestions for a 2,000-word body, one client and a few.
# Usage: bench/suggestions.sh   (knobs below; see bench/README.md). Builds nothing: package the jar first.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
JAR=$(realpath "${JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}")
DB=${DB:-bench_suggest}                 # loaded with NTAGS tags and NPEOPLE people (and N articles) when empty
EMPTY_DB=${EMPTY_DB:-${DB}_empty}       # migrated, never loaded: the heap of a service without a dictionary
NTAGS=${NTAGS:-10000} NPEOPLE=${NPEOPLE:-50000} N=${N:-1000}
WORDS=${WORDS:-2000}                    # words in the body
DURATION=${DURATION:-20} WARMUP=${WARMUP:-10}
CLIENTS=${CLIENTS:-"1 4"}               # wrk connections per run (one wrk thread per connection, at most 2)
PORT=${PORT:-18180}
JAVA_OPTS=${JAVA_OPTS:-}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ADMIN_KEY=bench-admin-key
WORK=$(mktemp -d)
APP_PID=""

log() { printf '[suggest] %s\n' "$*"; }
die() { printf '[suggest] error: %s\n' "$*" >&2; exit 1; }
for db in "$DB" "$EMPTY_DB"; do
    [[ $db != test && $db != bench1m && $db != bench_1m ]] || die "refusing to use database '$db'"
done
for cmd in java wrk psql curl jq jcmd ss; do command -v "$cmd" >/dev/null || die "$cmd not found"; done
[[ -r $JAR ]] || die "no jar at $JAR: ./mvnw -B -q package -DskipTests first"

stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! ss -Htln "sport = :$1" | grep -q .; }
for (( p = PORT; p < PORT + 50; p++ )); do port_free "$p" && break; done
PORT=$p
BASE=http://127.0.0.1:$PORT

ensure_db() {
    if [[ -z $(psql -X -d postgres -Atc "select 1 from pg_database where datname = '$1'") ]]; then
        log "creating database $1"
        psql -X -q -d postgres -c "create database \"$1\""
        psql -X -q -d "$1" -c "create extension if not exists unaccent" -c "create extension if not exists rum" \
            2>/dev/null || true
    fi
}

start_app() { # database
    : > "$WORK/app.log"
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DATELINE_ADMIN_KEY="$ADMIN_KEY" \
        DATELINE_RATE_LIMIT_READS=1000000000 DATELINE_RATE_LIMIT_WRITES=1000000000 \
        sh -c 'cd "$1" && shift && exec "$@"' start "$(dirname "$JAR")" \
        java $JAVA_OPTS -jar "$(basename "$JAR")" >> "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 900); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; die "Dateline exited during start"; }
        curl -fs -o /dev/null "$BASE/q/health/ready" && return 0
        sleep 0.2
    done
    die "Dateline not ready after 3 minutes"
}

# The live heap after a full collection (jcmd GC.class_histogram collects first), in KB.
live_heap_kb() { jcmd "$APP_PID" GC.class_histogram | awk '/^Total/ { printf "%d", $3 / 1024 }'; }

# 1. The heap of a service whose dictionary is empty.
ensure_db "$EMPTY_DB"
start_app "$EMPTY_DB"
EMPTY_HEAP=$(live_heap_kb)
log "live heap with an empty dictionary: ${EMPTY_HEAP} KB"
stop_app

# 2. The database with 60,000 tags and people.
ensure_db "$DB"
start_app "$DB"
if (( $(psql -X -d "$DB" -Atc "select count(*) from tag") == 0 )); then
    stop_app
    log "loading $NTAGS tags, $NPEOPLE people and $N articles into $DB"
    PGDATABASE=$DB N=$N NTAGS=$NTAGS NPEOPLE=$NPEOPLE "$BENCH_DIR/generate.sh" > "$WORK/generate.log" 2>&1 \
        || { tail -20 "$WORK/generate.log" >&2; die "generate.sh failed"; }
    start_app "$DB"
fi
TAGS=$(psql -X -d "$DB" -Atc "select count(*) from tag")
PEOPLE=$(psql -X -d "$DB" -Atc "select count(*) from person")
BUILD_LINE=$(grep -o 'Suggestion dictionary built: [^"]*' "$WORK/app.log" | head -1)
FULL_HEAP=$(live_heap_kb)
log "$TAGS tags, $PEOPLE people; $BUILD_LINE; live heap ${FULL_HEAP} KB"

# 3. A rebuild while serving: one tag changed through the API, then the time until a suggestion finds it.
NAME="Bench Accord $(date +%s)"
t0=$(date +%s%3N)
curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
    "$BASE/api/v1/tags" -d "{\"name\":\"$NAME\"}"
until curl -fs -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" \
        -d "{\"body\":\"The $NAME was signed.\"}" | jq -e '.entities | length > 0' >/dev/null; do
    (( $(date +%s%3N) - t0 < 30000 )) || die "the new tag was not suggested within 30 s"
    sleep 0.05
done
REBUILD_MS=$(( $(date +%s%3N) - t0 ))
log "a new tag was suggested ${REBUILD_MS} ms after its POST"

# 4. A 2,000-word body: the seed story, then generated article bodies, cut at WORDS words.
cp "$REPO_DIR/src/main/resources/demo/osce-ministerial-malta-2024.md" "$WORK/text.md"
psql -X -d "$DB" -Atc "select body_markdown from article order by id limit 40" >> "$WORK/text.md"
awk -v max="$WORDS" '{ out = ""; for (i = 1; i <= NF && n < max; i++) { out = out (out == "" ? "" : " ") $i; n++ }
        print out; if (n >= max) exit }' "$WORK/text.md" > "$WORK/body.md"
BODY_WORDS=$(wc -w < "$WORK/body.md")
jq -n --rawfile body "$WORK/body.md" \
    '{title: "Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine", body: $body, language: "en"}' \
    > "$WORK/request.json"
ANSWER=$(curl -fs -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
    "$BASE/api/v1/suggestions" --data-binary @"$WORK/request.json")
FOUND=$(jq -r '[(.entities | length), (.ambiguous | length), (.candidates | length)] | map(tostring) | join(" / ")' <<< "$ANSWER")
log "a ${BODY_WORDS}-word body: entities / ambiguous / candidates = $FOUND"

# 5. Latency: wrk, WARMUP seconds unmeasured, then DURATION seconds per client count.
export SUGGEST_BODY="$WORK/request.json" BENCH_KEY="$ADMIN_KEY"
wrk -t1 -c1 -d"${WARMUP}s" -s "$BENCH_DIR/wrk/suggest.lua" "$BASE/api/v1/suggestions" > /dev/null
RESULTS=()
for c in $CLIENTS; do
    threads=$(( c < 2 ? c : 2 ))
    wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -s "$BENCH_DIR/wrk/suggest.lua" \
        "$BASE/api/v1/suggestions" > "$WORK/wrk-$c.txt"
    p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk-$c.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk-$c.txt")
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk-$c.txt")
    errors=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk-$c.txt"); errors=${errors:-0}
    RESULTS+=("clients=$c p50=$p50 p99=$p99 req/s=$rps non-2xx=$errors")
    log "clients=$c: p50 $p50, p99 $p99, $rps req/s, non-2xx $errors"
done

echo
echo "SUGGEST tags=$TAGS people=$PEOPLE words=$BODY_WORDS found=\"$FOUND\""
echo "SUGGEST build: ${BUILD_LINE#Suggestion dictionary built: }"
echo "SUGGEST heap: live $FULL_HEAP KB with the dictionary, $EMPTY_HEAP KB without: $(( (FULL_HEAP - EMPTY_HEAP) / 1024 )) MB"
echo "SUGGEST rebuild: a new tag suggested ${REBUILD_MS} ms after its POST"
for r in "${RESULTS[@]}"; do echo "SUGGEST $r"; done
