#!/usr/bin/env bash
# What history costs (issue 24): bytes per revision and per article at N articles (default 100,000) with three
# revisions each, against the articles themselves; then write throughput (deploy/local/wrk/writes.lua, published
# 600-word articles, wrk -c8) of this jar against a base jar that keeps no revisions, alternating, ROUNDS times.
# Usage: JAR=target/quarkus-app/quarkus-run.jar BASE_JAR=/path/to/base/quarkus-run.jar bench/revisions.sh
# Needs what bench/run.sh needs (psql, wrk, curl, jq). Prints a Markdown report on stdout; bench/REVISIONS.md is one.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
N=${N:-100000}
DB=${DB:-bench_revisions}
JAR=${JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}
BASE_JAR=${BASE_JAR:-}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
PORT=${PORT:-18090}
KEY=bench-admin-key
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '[revisions] %s\n' "$*" >&2; }
die() { printf '[revisions] error: %s\n' "$*" >&2; exit 1; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
[[ $DB != test ]] || die "refusing database 'test' (the test suite's)"
[[ -r $JAR ]] || die "no jar at $JAR (./mvnw -B -q package -DskipTests)"

LOG=$(mktemp /tmp/dateline-revisions.XXXXXX)
APP_PID=""
stop_app() {
    [[ -n $APP_PID ]] || return 0
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
trap 'stop_app; rm -f "$LOG"' EXIT
start_app() {  # start_app <jar>
    ! ss -Htln "sport = :$PORT" | grep -q . || die "port $PORT is taken: another process would answer for Dateline"
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DATELINE_ADMIN_KEY="$KEY" \
        DATELINE_RATE_LIMIT_WRITES=1000000000 DATELINE_RATE_LIMIT_READS=1000000000 \
        QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:missing,*:future' \
        sh -c 'cd "$1" && shift && exec "$@"' start "$(dirname "$1")" java -jar "$(basename "$1")" >> "$LOG" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$LOG" >&2; die "Dateline exited during start"; }
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return 0
        sleep 0.2
    done
    die "Dateline not ready after 2 minutes"
}

# 1. The data: N generated articles (the jar migrates the schema first), then three revisions each.
if [[ -z $(psql -X -d postgres -Atc "select 1 from pg_database where datname = '$DB'") ]]; then
    psql -X -q -d postgres -c "create database \"$DB\""
fi
start_app "$JAR"; stop_app
if (( $(psql_db -Atc "select count(*) from article") == 0 )); then
    log "loading $N articles"
    PGDATABASE=$DB N=$N "$BENCH_DIR/generate.sh" >&2
fi
if (( $(psql_db -Atc "select count(*) from revision where key_name = 'env' and number <= 2") < 3 * N )); then
    log "writing three revisions for each article, in 16 slices (by the first hex digit of the id)"
    psql_db -f "$BENCH_DIR/revisions/snapshots.sql"
    for prefix in 0 1 2 3 4 5 6 7 8 9 a b c d e f; do
        psql_db -v prefix="$prefix" -f "$BENCH_DIR/revisions/insert.sql"
    done
fi

# 2. Parity: the service writes snapshots for 20 articles itself (an edit each, taking the number the SQL gave their
# third revision); compare them with what bench_snapshot makes of the same articles as they now are.
psql_db -f "$BENCH_DIR/revisions/snapshots.sql"
sample=$(psql_db -Atc "select slug from article where status = 'PUBLISHED' order by id limit 20")
psql_db -c "delete from revision r using article a where r.entity_id = a.id and r.number >= a.version + 1
            and a.slug in ($(sed "s/.*/'&'/" <<< "$sample" | paste -sd,))"
start_app "$JAR"
for slug in $sample; do
    etag=$(curl -s -o /dev/null -w '%header{etag}' -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/api/v1/articles/$slug")
    curl -fs -o /dev/null -X PATCH -H "Authorization: Bearer $KEY" -H 'Content-Type: application/merge-patch+json' \
        -H "If-Match: $etag" "http://127.0.0.1:$PORT/api/v1/articles/$slug" -d '{"subtitle":"Edited for the benchmark"}'
done
stop_app
read -r app_bytes sql_bytes same_keys < <(psql_db -Atc "
    select round(avg(octet_length(r.snapshot))), round(avg(octet_length(bench_snapshot(a, true, false)))),
           bool_and((select array_agg(k order by k) from json_object_keys(r.snapshot::json) k)
                  = (select array_agg(k order by k) from json_object_keys(bench_snapshot(a, true, false)::json) k))
    from revision r join article a on a.id = r.entity_id
    where r.reason = 'edited' and r.number = a.version and r.made_at > now() - interval '1 hour'" | tr '|' ' ')

psql_db -c "vacuum analyze revision" -c "vacuum analyze article"
read -r revisions heap toast indexes total articles article_total < <(psql_db -Atc "
    select (select count(*) from revision), pg_relation_size('revision'),
           coalesce(pg_total_relation_size(nullif((select reltoastrelid from pg_class where relname = 'revision'), 0)), 0),
           pg_indexes_size('revision'), pg_total_relation_size('revision'),
           (select count(*) from article), pg_total_relation_size('article')" | tr '|' ' ')
per_revision=$(( total / revisions ))
per_article=$(( total / articles ))

cat <<REPORT
## Bytes ($articles articles, $revisions revisions)

| | bytes |
|---|---|
| \`revision\` in all (heap $heap, TOAST $toast, primary key $indexes) | $total |
| per revision | $per_revision |
| per article (its revisions) | $per_article |
| \`article\` in all, for comparison (with its indexes and TOAST) | $article_total |

Snapshots the service wrote (20 edits through the API) average $app_bytes bytes of JSON; the SQL-built ones for the
same articles $sql_bytes (same keys: $same_keys).
REPORT

# 3. Write throughput, base jar and this jar in turn, on the same database: the base jar leaves alone the tables and
# triggers of migrations it does not have (QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS).
[[ -n $BASE_JAR ]] || { log "no BASE_JAR: write throughput left out"; exit 0; }
command -v wrk >/dev/null || die "wrk not found"
echo
echo "## Writes (wrk -t2 -c8 -d${DURATION}s after ${WARMUP} s unmeasured, deploy/local/wrk/writes.lua, WRK_WRITE=article)"
echo
echo "| round | jar | writes/s | p50 | p99 | non-201 |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
    for which in base this; do
        jar=$JAR; [[ $which == base ]] && jar=$BASE_JAR
        start_app "$jar"
        # A cold JVM compiles as it goes: the first seconds are not measured.
        WRK_KEY=$KEY WRK_WRITE=article wrk -t2 -c8 -d"${WARMUP}s" -s "$REPO_DIR/deploy/local/wrk/writes.lua" \
            "http://127.0.0.1:$PORT" > /dev/null 2>&1
        out=$(WRK_KEY=$KEY WRK_WRITE=article wrk -t2 -c8 -d"${DURATION}s" --latency \
            -s "$REPO_DIR/deploy/local/wrk/writes.lua" "http://127.0.0.1:$PORT" 2>&1)
        stop_app
        rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
        p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
        p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
        other=$(grep -o 'other=[0-9]*' <<< "$out" | head -1 | cut -d= -f2)
        echo "| $round | $which | $rps | $p50 | $p99 | ${other:-?} |"
    done
done
