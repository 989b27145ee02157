#!/usr/bin/env bash
# Soak test: runs the packaged Dateline jar against a fresh database under bench/run.sh's mixed read/write load
# (wrk/mixed.lua) for DURATION seconds, samples the JVM's RSS every SAMPLE seconds into a CSV, and prints requests,
# errors and RSS first/min/max/last with the slope over the second half. Exits non-zero when any request failed or
# RSS grew faster than RSS_MAX_SLOPE. Builds nothing. Usage: bench/soak.sh   (knobs below and in bench/README.md)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

JAR=${JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-bench_soak}
FRESH=${FRESH:-1}                              # 1: drop and create DB first; 0: reuse it (loaded if empty)
N=${N:-200}                                    # articles generate.sh loads into the empty database
PORT=${PORT:-18090}                            # first port tried
DURATION=${DURATION:-600}                      # seconds of load
SAMPLE=${SAMPLE:-10}                           # seconds between RSS samples
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WRK_TIMEOUT=${WRK_TIMEOUT:-5}                  # seconds before wrk counts a request as timed out (an error)
SLUGS=${SLUGS:-1000}
WRITE_PERCENT=${WRITE_PERCENT:-5}
WRITE_TARGETS=${WRITE_TARGETS:-32}
RSS_MAX_SLOPE=${RSS_MAX_SLOPE:-2}              # MB per minute over the second half above which the run fails
NMT=${NMT:-0}                                  # 1: JVM native memory tracking, its diff over the load in nmt-diff.txt
ADMIN_KEY=${ADMIN_KEY:-bench-admin-key}
OUT=${OUT:-$(mktemp -d /tmp/dateline-soak.XXXXXX)}   # app.log, rss.csv, wrk.txt stay here

log() { printf '[soak] %s\n' "$*"; }
die() { printf '[soak] error: %s\n' "$*" >&2; exit 1; }
int() { [[ $2 =~ ^[0-9]+$ ]] && (( $2 >= $3 && $2 <= $4 )) || die "$1 must be a whole number in $3..$4, not '$2'"; }

for cmd in java wrk psql curl ps awk ss; do command -v "$cmd" >/dev/null || die "$cmd not found"; done
[[ -f $JAR ]] || die "no jar at $JAR (build one: ./mvnw -B -q package -DskipTests, or set JAR=)"
[[ $DB =~ ^[A-Za-z0-9_]+$ ]] || die "DB must be a plain identifier"
[[ $DB != test ]] || die "refusing to use database 'test' (the test suite's)"
int DURATION "$DURATION" 10 86400; int SAMPLE "$SAMPLE" 1 600; int THREADS "$THREADS" 1 64
int CONNECTIONS "$CONNECTIONS" 1 10000; int N "$N" 1 10000000; int WRITE_PERCENT "$WRITE_PERCENT" 0 100
int WRITE_TARGETS "$WRITE_TARGETS" 1 10000; int SLUGS "$SLUGS" 1 100000; int WRK_TIMEOUT "$WRK_TIMEOUT" 1 600
mkdir -p "$OUT"
if (( NMT == 1 )); then
    command -v jcmd >/dev/null || die "jcmd not found (NMT=1)"
    JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
fi

APP_PID=""
stop_app() {                                   # by the PID this script started, nothing else
    [[ -n $APP_PID ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
trap 'stop_app' EXIT
trap 'exit 130' INT TERM

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
port_free() { ! ss -Htln "sport = :$1" | grep -q .; }
for (( p = PORT; p < PORT + 50; p++ )); do port_free "$p" && break; done
port_free "$p" || die "no free port in $PORT..$(( PORT + 49 ))"
PORT=$p
BASE=http://127.0.0.1:$PORT

if (( FRESH == 1 )); then
    log "fresh database $DB"
    psql -X -q -d postgres -c "drop database if exists \"$DB\" with (force)" -c "create database \"$DB\""
elif [[ -z $(psql -X -d postgres -Atc "select 1 from pg_database where datname = '$DB'") ]]; then
    psql -X -q -d postgres -c "create database \"$DB\""
fi

start_app() {
    log "starting Dateline on $BASE (JAVA_OPTS=$JAVA_OPTS, log: $OUT/app.log)"
    local cds=""
    [[ -f $(dirname "$JAR")/app-cds.jsa ]] && cds="-XX:SharedArchiveFile=app-cds.jsa"
    # wrk is one client at one address: the rate limit counts, with allowances it never reaches (as in run.sh).
    # shellcheck disable=SC2086
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DATELINE_ADMIN_KEY="$ADMIN_KEY" \
        DATELINE_RATE_LIMIT_READS="${DATELINE_RATE_LIMIT_READS:-1000000000}" \
        DATELINE_RATE_LIMIT_WRITES="${DATELINE_RATE_LIMIT_WRITES:-1000000000}" \
        sh -c 'cd "$1" && shift && exec "$@"' start "$(dirname "$JAR")" \
        java $JAVA_OPTS $cds -jar "$(basename "$JAR")" >> "$OUT/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do                  # at most ~2 minutes
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$OUT/app.log" >&2; die "Dateline exited during start"; }
        curl -fs -o /dev/null "$BASE/q/health/ready" && { log "ready (pid $APP_PID)"; return 0; }
        sleep 0.2
    done
    die "Dateline not ready after 2 minutes"
}

# Seed as run.sh does: Flyway migrates at the first start, generate.sh loads, the service renders stored documents.
start_app
if (( $(psql_db -Atc "select count(*) from article") == 0 )); then
    stop_app
    log "loading $N articles"
    PGDATABASE=$DB N=$N "$BENCH_DIR/generate.sh" > "$OUT/generate.log" 2>&1 || { tail "$OUT/generate.log"; die "load"; }
    start_app
fi
for _ in $(seq 1 720); do
    queued=$(psql_db -Atc "select count(*) from article_document_queue")
    (( queued == 0 )) && break
    sleep 5
done
(( queued == 0 )) || die "$queued articles still wait for their stored document"

# Requests, as run.sh's mixed scenario: published articles by slug, list page 1 every tenth read, edits of
# WRITE_TARGETS other articles (PATCH with If-Match; the script follows each new ETag).
D=$OUT/data; mkdir -p "$D"
TARGETS_SQL="select id from article where status = 'PUBLISHED' order by md5(id::text) limit $WRITE_TARGETS"
psql_db -Atc "select id from article where id in ($TARGETS_SQL) order by md5(id::text)" > "$D/target-ids"
psql_db -Atc "select slug from article where status = 'PUBLISHED' and id not in ($TARGETS_SQL)
              order by md5(slug) limit $SLUGS" | sed 's|^|/api/v1/articles/|' > "$D/reads"
psql_db -Atc "select '/api/v1/articles/' || slug from article where id in ($TARGETS_SQL)" >> "$D/reads"
awk '{ print } NR % 9 == 0 { print "/api/v1/articles?limit=15&include=tags,people" }' "$D/reads" > "$D/mixed-reads"
while read -r id; do
    printf '%s\t%s\n' "$id" "$(curl -s -o /dev/null -H "Authorization: Bearer $ADMIN_KEY" -w '%header{etag}' \
        "$BASE/api/v1/articles/$id")"
done < "$D/target-ids" > "$D/targets"
log "$(wc -l < "$D/mixed-reads") read paths, $(wc -l < "$D/targets") edited articles, $WRITE_PERCENT% edits"

# The load, with RSS sampled beside it (ps -o rss, kB) until wrk ends.
rss_kb() { ps -o rss= -p "$APP_PID" | tr -d ' '; }
CMD=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${WRK_TIMEOUT}s" -s "$BENCH_DIR/wrk/mixed.lua"
     "$BASE" -- "$D/mixed-reads" "$D/targets" "$WRITE_PERCENT" "$ADMIN_KEY")
log "${CMD[*]}"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
(( NMT == 0 )) || jcmd "$APP_PID" VM.native_memory baseline > /dev/null
BENCH_THREADS=$THREADS "${CMD[@]}" > "$OUT/wrk.txt" 2>&1 &
WRK_PID=$!
echo "elapsed_s,rss_kb" > "$OUT/rss.csv"
t0=$SECONDS
while kill -0 "$WRK_PID" 2>/dev/null && (( SECONDS - t0 <= DURATION + 60 )); do
    echo "$(( SECONDS - t0 )),$(rss_kb)" >> "$OUT/rss.csv"
    for _ in $(seq 1 "$SAMPLE"); do kill -0 "$WRK_PID" 2>/dev/null || break; sleep 1; done
done
wait "$WRK_PID" || { cat "$OUT/wrk.txt" >&2; die "wrk failed"; }
echo "$(( SECONDS - t0 )),$(rss_kb)" >> "$OUT/rss.csv"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill -0 "$APP_PID" 2>/dev/null || die "Dateline died during the soak"
if (( NMT == 1 )); then                        # where the memory went: heap, metaspace, code, threads, malloc...
    jcmd "$APP_PID" VM.native_memory summary.diff scale=MB > "$OUT/nmt-diff.txt" 2>&1 || true
    jcmd "$APP_PID" GC.heap_info > "$OUT/heap.txt" 2>&1 || true
fi
stop_app

# Errors: socket errors and timeouts, every 5xx, and every 4xx but the 412s of edits that lost a race (expected:
# the article is fetched again and edited on). 2xx and 3xx are fine.
line=$(grep '^BENCH ' "$OUT/wrk.txt" | tail -1) || die "no BENCH line in $OUT/wrk.txt"
val() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<" ${line#BENCH }"; }
REQUESTS=$(val requests)
SOCKET=$(( $(val err_connect) + $(val err_read) + $(val err_write) + $(val err_timeout) ))
S5XX=$(val status_5xx); S4XX=$(val status_4xx); W412=$(val writes_412)
ERRORS=$(( SOCKET + S5XX + S4XX - W412 ))
summary=$(awk -F, -v dur="$DURATION" '
    NR == 1 { next }
    { t[++n] = $1; r[n] = $2 / 1024 }
    n == 1 { first = r[1]; min = max = r[1] }
    { if (r[n] < min) min = r[n]; if (r[n] > max) max = r[n] }
    END {
        for (i = 1; i <= n; i++) if (t[i] >= dur / 2) { k++; sx += t[i]; sy += r[i]; sxx += t[i]^2; sxy += t[i]*r[i] }
        slope = (k > 1 && k * sxx - sx^2 > 0) ? (k * sxy - sx * sy) / (k * sxx - sx^2) * 60 : 0
        printf "%d %.1f %.1f %.1f %.1f %.2f", n, first, min, max, r[n], slope
    }' "$OUT/rss.csv")
read -r SAMPLES RSS_FIRST RSS_MIN RSS_MAX RSS_LAST SLOPE <<<"$summary"

log "command: JAVA_OPTS='$JAVA_OPTS' DB=$DB N=$N DURATION=$DURATION NMT=$NMT bench/soak.sh"
log "requests=$REQUESTS rps=$(val rps) p50_ms=$(val p50_ms) p99_ms=$(val p99_ms) max_ms=$(val max_ms)"
log "edits_ok=$(val writes_ok) edits_412=$W412 refreshes=$(val refreshes) 2xx=$(val status_2xx)" \
    "3xx=$(val status_3xx) 4xx=$S4XX 5xx=$S5XX socket_errors=$SOCKET"
log "errors=$ERRORS"
log "RSS MB ($SAMPLES samples every ${SAMPLE}s, $OUT/rss.csv): first=$RSS_FIRST min=$RSS_MIN max=$RSS_MAX" \
    "last=$RSS_LAST slope_second_half=$SLOPE MB/min (limit $RSS_MAX_SLOPE)"
log "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
fail=0
(( ERRORS == 0 )) || { log "FAIL: $ERRORS errors"; fail=1; }
awk -v s="$SLOPE" -v m="$RSS_MAX_SLOPE" 'BEGIN { exit !(s > m) }' && { log "FAIL: RSS grows $SLOPE MB/min"; fail=1; }
(( fail == 0 )) && log "PASS"
exit "$fail"
