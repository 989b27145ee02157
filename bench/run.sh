#!/usr/bin/env bash
# Benchmarks a built Dateline jar with wrk: articles by slug, list page 1 (with and without bodies), a tag list deep
# by cursor, search, 304 revalidation and a mixed read/write load, with nginx serving the very same response bytes
# as the baseline in the same run; then writes bench/RESULTS.md (through bench/report.sh).
# Builds nothing. Usage: JAR=path/to/quarkus-run.jar bench/run.sh   (knobs: see bench/README.md)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

JAR=${JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:-}
CDS=${CDS:-1}                                  # 1: use the AppCDS archive the build leaves beside the jar, if any
N=${N:-200}                                    # articles to load when the database is empty
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-bench}
PORT=${PORT:-18080}                            # first port tried for Dateline
NGINX_PORT=${NGINX_PORT:-18081}                # first port tried for nginx
DURATION=${DURATION:-15}                       # seconds per measured wrk run
WARMUP=${WARMUP:-5}                            # seconds of unmeasured wrk before each measured run (first round)
ROUNDS=${ROUNDS:-1}                            # times the whole sequence runs; the report gives medians
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WRK_TIMEOUT=${WRK_TIMEOUT:-5}                  # seconds before wrk counts a request as timed out
SLUGS=${SLUGS:-1000}                           # articles the by-slug scenarios rotate over
DEEP_PAGES=${DEEP_PAGES:-50}                   # cursor pages followed for the deep tag list
QUERIES=${QUERIES:-ukraine}                    # search words, space separated, rotated
WRITE_PERCENT=${WRITE_PERCENT:-5}              # share of the mixed load that edits
WRITE_TARGETS=${WRITE_TARGETS:-32}             # articles the mixed load edits
SCENARIOS=${SCENARIOS:-by-slug revalidate list-body list tag-deep search articles-q mixed}
NGINX=${NGINX:-1}                              # 0: no nginx baseline
ADMIN_KEY=${ADMIN_KEY:-bench-admin-key}
RESULTS=${RESULTS:-$BENCH_DIR/RESULTS.md}
NOTE=${NOTE:-}                                 # free text for RESULTS.md (what else ran on the machine)
KEEP_WORK=${KEEP_WORK:-0}                      # 1: keep the temp directory (logs, fetched bytes, wrk output)
LOAD_ONLY=${LOAD_ONLY:-0}                      # 1: create, migrate and load the database, then stop
DOCS_WAIT=${DOCS_WAIT:-3600}                   # seconds to wait for the service to render what the load queued

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
int() { [[ $2 =~ ^[0-9]+$ ]] && (( $2 >= $3 && $2 <= $4 )) || die "$1 must be a whole number in $3..$4, not '$2'"; }

# ---------------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------------
for cmd in java wrk psql curl jq ss; do command -v "$cmd" >/dev/null || die "$cmd not found"; done
(( NGINX == 0 )) || command -v nginx >/dev/null || die "nginx not found (apt-get install nginx-light, or NGINX=0)"
[[ -f $JAR ]] || die "no jar at $JAR (build one: ./mvnw -B -q package -DskipTests, or set JAR=)"
[[ $DB != test ]] || die "refusing to use database 'test' (the test suite's)"
[[ $DB =~ ^[A-Za-z0-9_]+$ ]] || die "DB must be a plain identifier"
int DURATION "$DURATION" 1 600; int WARMUP "$WARMUP" 0 600; int THREADS "$THREADS" 1 64
int CONNECTIONS "$CONNECTIONS" 1 10000; int SLUGS "$SLUGS" 1 100000; int DEEP_PAGES "$DEEP_PAGES" 1 1000
int WRITE_PERCENT "$WRITE_PERCENT" 0 100; int WRITE_TARGETS "$WRITE_TARGETS" 1 10000; int N "$N" 1 100000000
int WRK_TIMEOUT "$WRK_TIMEOUT" 1 600; int ROUNDS "$ROUNDS" 1 20; int DOCS_WAIT "$DOCS_WAIT" 1 86400
(( CONNECTIONS >= THREADS )) || die "CONNECTIONS must be at least THREADS"

# The jar starts from its own directory (below): the archive holds the class path as the build saw it, relative.
CDS_OPTS=""
if (( CDS == 1 )) && [[ -f $(dirname "$JAR")/app-cds.jsa ]]; then
    CDS_OPTS="-XX:SharedArchiveFile=app-cds.jsa"
fi

WORK=$(mktemp -d /tmp/dateline-bench.XXXXXX)
chmod 755 "$WORK"                              # nginx workers may run as another user: they read $WORK/www
mkdir -p "$WORK/data" "$WORK/www" "$WORK/wrk" "$WORK/nginx/tmp"
RESULTS_TSV=$WORK/results.tsv
COMMANDS=$WORK/commands.txt
: > "$RESULTS_TSV"; : > "$COMMANDS"

APP_PID=""
NGINX_PID=""

# Stops what this script started, by PID, and nothing else.
stop_app() {
    [[ -n $APP_PID ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
stop_nginx() {
    [[ -n $NGINX_PID ]] || return 0
    if kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.25; done
        kill -0 "$NGINX_PID" 2>/dev/null && kill -TERM "$NGINX_PID" 2>/dev/null || true
    fi
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}
cleanup() {
    local rc=$?
    stop_nginx
    stop_app
    if (( KEEP_WORK == 1 || rc != 0 )); then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! ss -Htln "sport = :$1" | grep -q .; }
free_port() {
    local p
    for (( p = $1; p < $1 + 50; p++ )); do port_free "$p" && { echo "$p"; return 0; }; done
    die "no free port in $1..$(( $1 + 49 ))"
}
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------------------------
# Database and application
# ---------------------------------------------------------------------------------------------------------------
if [[ -z $(psql -X -d postgres -Atc "select 1 from pg_database where datname = '$DB'") ]]; then
    log "creating database $DB"
    psql -X -q -d postgres -c "create database \"$DB\""
fi

PORT=$(free_port "$PORT")
BASE=http://127.0.0.1:$PORT
READY_MS=""

start_app() {
    log "starting Dateline on port $PORT (log: $WORK/app.log)"
    local t0; t0=$(now_ms)
    # wrk is one client at one address: the rate limit still counts every request (its cost is in the figures),
    # with allowances it never reaches.
    # shellcheck disable=SC2086
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DATELINE_ADMIN_KEY="$ADMIN_KEY" \
        DATELINE_RATE_LIMIT_READS="${DATELINE_RATE_LIMIT_READS:-1000000000}" \
        DATELINE_RATE_LIMIT_WRITES="${DATELINE_RATE_LIMIT_WRITES:-1000000000}" \
        sh -c 'cd "$1" && shift && exec "$@"' start "$(dirname "$JAR")" \
        java $JAVA_OPTS $CDS_OPTS -jar "$(basename "$JAR")" >> "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do                  # at most ~2 minutes
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; die "Dateline exited during start"; }
        if curl -fs -o /dev/null "$BASE/q/health/ready"; then
            READY_MS=$(( $(now_ms) - t0 ))
            log "ready in ${READY_MS} ms (pid $APP_PID)"
            return 0
        fi
        sleep 0.2
    done
    die "Dateline not ready after 2 minutes"
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }

start_app                                      # migrates the schema if needed
articles=$(psql_db -Atc "select count(*) from article")
if (( articles == 0 )); then
    log "database $DB is empty: loading $N articles"
    stop_app
    gen_t0=$SECONDS
    PGDATABASE=$DB N=$N "$BENCH_DIR/generate.sh" 2>&1 | tee "$WORK/generate.log"
    echo "generated $N articles in $(( SECONDS - gen_t0 )) s" > "$WORK/generate.summary"
    start_app
fi
if (( LOAD_ONLY == 1 )); then
    log "LOAD_ONLY=1: database $DB holds $(psql_db -Atc "select count(*) from article") articles; stopping"
    exit 0
fi
# Reads are measured on stored documents (migration V8): the service renders what the load queued, in the background.
if [[ -n $(psql_db -Atc "select 1 from pg_tables where tablename = 'article_document_queue'") ]]; then
    docs_t0=$SECONDS
    while queued=$(psql_db -Atc "select count(*) from article_document_queue"); (( queued > 0 )); do
        (( SECONDS - docs_t0 < DOCS_WAIT )) || die "$queued articles still wait for their stored document"
        log "waiting for stored documents: $queued articles queued"
        sleep 5
    done
    log "stored documents current ($(psql_db -Atc "select count(*) from article_document") documents)"
fi
FIRST_RSS_KB=$(rss_kb)

# ---------------------------------------------------------------------------------------------------------------
# Requests: the paths each scenario rotates over, and the exact response bytes nginx serves
# ---------------------------------------------------------------------------------------------------------------
D=$WORK/data
log "preparing request lists"
# The mixed load edits WRITE_TARGETS published articles that are neither on list page 1 nor among the by-slug
# articles, so that the bytes nginx serves and the ETags revalidation sends stay Dateline's current ones all run.
TARGETS_SQL="select id from article where status = 'PUBLISHED' and id not in (
                 select id from article where status = 'PUBLISHED' order by published_at desc, id desc limit 30)
             order by md5(id::text) limit $WRITE_TARGETS"
psql_db -Atc "select id || chr(9) || slug from article where id in ($TARGETS_SQL) order by md5(id::text)" \
    > "$D/targets"
cut -f1 "$D/targets" > "$D/target-ids"
psql_db -Atc "select slug from article where status = 'PUBLISHED' and id not in ($TARGETS_SQL)
              order by md5(slug) limit $SLUGS" > "$D/slugs"
[[ -s $D/slugs ]] || die "no published articles in $DB"
sed 's|^|/api/v1/articles/|' "$D/slugs" > "$D/by-slug.paths"
mkdir -p "$WORK/www/api/v1/articles" "$WORK/www/_lists"
while read -r slug; do
    printf 'url = "%s/api/v1/articles/%s"\noutput = "%s/www/api/v1/articles/%s"\n' "$BASE" "$slug" "$WORK" "$slug"
done < "$D/slugs" > "$D/fetch.curl"
fetch() {  # fetch <path> <file>: GET into a file, fail unless 200
    local code
    code=$(curl -s -o "$2" -w '%{http_code}' -H 'Accept: application/json' "$BASE$1")
    [[ $code == 200 ]] || die "GET $1 answered $code"
}
LIST_BODY_PATH='/api/v1/articles?limit=15&include=tags,people,body'
LIST_PATH='/api/v1/articles?limit=15&include=tags,people'

# The bytes nginx serves, and the ETags revalidation sends: one curl process fetches every article by slug into
# the nginx root.
curl -s -K "$D/fetch.curl" -H 'Accept: application/json' \
     -w '%{http_code}\t%{size_download}\t%header{etag}\t%{url_effective}\n' > "$D/fetch.out"
awk -F'\t' '$1 != 200' "$D/fetch.out" | head -3 | grep . && die "some articles did not answer 200"
paste <(cat "$D/by-slug.paths") <(cut -f3 "$D/fetch.out") > "$D/revalidate.paths"
fetch "$LIST_BODY_PATH" "$WORK/www/_lists/list-body.json"
fetch "$LIST_PATH" "$WORK/www/_lists/list.json"
echo "$LIST_BODY_PATH" > "$D/list-body.paths"
echo "$LIST_PATH" > "$D/list.paths"

# The deep tag list: the most used tag, its cursor pages followed ahead of time (links.next).
TAG=$(psql_db -Atc "select t.slug from article_tag at join tag t on t.id = at.tag_id
                    join article a on a.id = at.article_id and a.status = 'PUBLISHED'
                    group by t.slug order by count(*) desc, t.slug limit 1")
TAG_ARTICLES=$(psql_db -Atc "select count(*) from article_tag at join tag t on t.id = at.tag_id
                    join article a on a.id = at.article_id and a.status = 'PUBLISHED' where t.slug = '$TAG'")
next="/api/v1/articles?tag=$TAG&limit=15"
: > "$D/tag-deep.paths"
for (( page = 1; page <= DEEP_PAGES; page++ )); do
    echo "$next" >> "$D/tag-deep.paths"
    fetch "$next" "$D/page.json"
    next=$(jq -r '.links.next // empty' "$D/page.json")
    [[ -n $next ]] || break
done
TAG_PAGES=$(wc -l < "$D/tag-deep.paths")

: > "$D/search.paths"; : > "$D/articles-q.paths"
for q in $QUERIES; do
    q=$(jq -rn --arg q "$q" '$q | @uri')
    echo "/api/v1/search?q=$q" >> "$D/search.paths"
    echo "/api/v1/articles?q=$q&limit=15" >> "$D/articles-q.paths"
done
while read -r p; do fetch "$p" "$D/probe.json"; done < <(cat "$D/search.paths" "$D/articles-q.paths")

# Mixed: articles by slug, the edited ones among them, with the list page (no bodies) every tenth read.
cut -f2 "$D/targets" | sed 's|^|/api/v1/articles/|' | cat "$D/by-slug.paths" - \
    | awk -v list="$LIST_PATH" '{ print } NR % 9 == 0 { print list }' > "$D/mixed-reads.paths"
[[ -s $D/target-ids ]] || log "warning: no articles to edit (too few published ones): the mixed load only reads"
mixed_targets() {  # current ETags, fetched with the key (as an editor would before editing)
    sleep 1                                    # edits still in flight from a warm-up finish first
    while read -r id; do
        printf '%s\t%s\n' "$id" "$(curl -s -o /dev/null -H "Authorization: Bearer $ADMIN_KEY" \
            -w '%header{etag}' "$BASE/api/v1/articles/$id")"
    done < "$D/target-ids" > "$D/mixed-targets"
}

body_size() { wc -c < "$1" | tr -d ' '; }
mean_body_size() {  # mean size of the 200 answers to the paths of a file (at most its first 100 lines)
    head -100 "$1" | while read -r p; do
        curl -s -o /dev/null -H 'Accept: application/json' -w '%{size_download}\n' "$BASE$p"
    done | awk '{ s += $1 } END { printf "%.0f", NR ? s / NR : 0 }'
}
BODY_BY_SLUG=$(awk -F'\t' '{ s += $2 } END { printf "%.0f", s / NR }' "$D/fetch.out")
BODY_LIST_BODY=$(body_size "$WORK/www/_lists/list-body.json")
BODY_LIST=$(body_size "$WORK/www/_lists/list.json")
BODY_TAG_DEEP=$(mean_body_size "$D/tag-deep.paths")
BODY_SEARCH=$(mean_body_size "$D/search.paths")
BODY_ARTICLES_Q=$(mean_body_size "$D/articles-q.paths")
log "by-slug: $(wc -l < "$D/slugs") articles, ${BODY_BY_SLUG} B on average; list page 1: $BODY_LIST_BODY B" \
    "with bodies, $BODY_LIST B without; tag '$TAG' ($TAG_ARTICLES articles): $TAG_PAGES cursor pages"

# ---------------------------------------------------------------------------------------------------------------
# nginx serving the same bytes
# ---------------------------------------------------------------------------------------------------------------
start_nginx() {
    NGINX_PORT=$(free_port "$NGINX_PORT")
    local conf=$WORK/nginx/nginx.conf t
    for t in body proxy fastcgi uwsgi scgi; do mkdir -p "$WORK/nginx/tmp/$t"; done
    cat > "$conf" <<EOF
# Private to one benchmark run: serves the bytes Dateline sent, from files.
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    types { }
    default_type application/json;
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    open_file_cache max=20000 inactive=60s;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    map \$arg_include \$list_file {
        "tags,people,body" /_lists/list-body.json;
        default            /_lists/list.json;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        location = /api/v1/articles { try_files \$list_file =404; }
        location / { try_files \$uri =404; }
    }
}
EOF
    nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$conf" -g 'daemon off;' &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" >&2; die "nginx exited during start"; }
        curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/api/v1/articles/$(head -1 "$D/slugs")" && break
        sleep 0.1
    done
    log "nginx on port $NGINX_PORT (pid $NGINX_PID)"
    # Same bytes, or the comparison means nothing.
    local slug; slug=$(head -1 "$D/slugs")
    cmp -s <(curl -s "$BASE/api/v1/articles/$slug") <(curl -s "http://127.0.0.1:$NGINX_PORT/api/v1/articles/$slug") \
        || die "nginx does not serve Dateline's bytes for $slug"
    cmp -s <(curl -s "$BASE$LIST_BODY_PATH") <(curl -s "http://127.0.0.1:$NGINX_PORT$LIST_BODY_PATH") \
        || die "nginx does not serve Dateline's bytes for list page 1"
    # nginx's own ETags (size and modification time) for its 304 run.
    while read -r p; do
        printf '%s\t%s\n' "$p" "$(curl -s -o /dev/null -w '%header{etag}' "http://127.0.0.1:$NGINX_PORT$p")"
    done < "$D/by-slug.paths" > "$D/revalidate-nginx.paths"
}
(( NGINX == 0 )) || start_nginx

# ---------------------------------------------------------------------------------------------------------------
# wrk runs
# ---------------------------------------------------------------------------------------------------------------
# run_wrk <scenario> <server: dateline|nginx> <base-url> <script> <body-bytes> <script args...>
# Warm-up in the first round (same script, not measured), then the measured run; its BENCH line, with the round,
# the JVM's RSS and the 1-minute load average, goes to $RESULTS_TSV.
run_wrk() {
    local scenario=$1 server=$2 base=$3 script=$4 body=$5; shift 5
    local out=$WORK/wrk/$scenario-$server-$round.txt
    local cmd=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${WRK_TIMEOUT}s"
               -s "$BENCH_DIR/wrk/$script" "$base" -- "$@")
    if (( WARMUP > 0 && round == 1 )); then
        BENCH_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${WRK_TIMEOUT}s" \
            -s "$BENCH_DIR/wrk/$script" "$base" -- "$@" > "$out.warmup" 2>&1 || true
    fi
    [[ -z ${PRE_MEASURE:-} ]] || "$PRE_MEASURE"     # e.g. fetch ETags again after a warm-up that wrote
    log "round $round/$ROUNDS, $scenario on $server: ${cmd[*]}"
    BENCH_THREADS=$THREADS "${cmd[@]}" > "$out" 2>&1 || { cat "$out" >&2; die "wrk failed"; }
    local line; line=$(grep '^BENCH ' "$out" | tail -1) || die "no BENCH line in $out"
    local rss=0 load1; load1=$(cut -d' ' -f1 /proc/loadavg)
    [[ $server == dateline ]] && rss=$(rss_kb)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$server" "$round" "$body" "$rss" "$load1" "${line#BENCH }" \
        >> "$RESULTS_TSV"
    (( round > 1 )) || printf '%s\t%s\n' "$scenario/$server" \
        "$(sed -e "s|$WORK|\$WORK|g" -e "s|$REPO_DIR/||g" <<<"${cmd[*]}")" >> "$COMMANDS"
    log "  $(sed -E 's/.*(rps=[^ ]+).*(p50_ms=[^ ]+).*(p99_ms=[^ ]+).*(err_status=[^ ]+).*/\1 \2 \3 \4/' <<<"$line")" \
        "rss=${rss} kB"
}

# What else is using the CPU (over one second), so that RESULTS.md can say how noisy the run was.
busy_others() {
    top -b -n 2 -d 1 -w 200 2>/dev/null | awk -v a="$APP_PID" -v g="$NGINX_PID" '
        /^ *PID/ { block++; next }
        block == 2 && $1 != a && $1 != g && $9 + 0 >= 5 { printf "%s%s %s%%", sep, $12, $9; sep = ", " }' || true
}
NGINX_BASE=http://127.0.0.1:$NGINX_PORT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BUSY_BEFORE=$(busy_others)
for (( round = 1; round <= ROUNDS; round++ )); do
  for scenario in $SCENARIOS; do
    case $scenario in
        by-slug)
            run_wrk by-slug dateline "$BASE" rotate.lua "$BODY_BY_SLUG" "$D/by-slug.paths"
            (( NGINX == 0 )) || run_wrk by-slug nginx "$NGINX_BASE" rotate.lua "$BODY_BY_SLUG" "$D/by-slug.paths" ;;
        list-body)
            run_wrk list-body dateline "$BASE" rotate.lua "$BODY_LIST_BODY" "$D/list-body.paths"
            (( NGINX == 0 )) || run_wrk list-body nginx "$NGINX_BASE" rotate.lua "$BODY_LIST_BODY" "$D/list-body.paths" ;;
        list)
            run_wrk list dateline "$BASE" rotate.lua "$BODY_LIST" "$D/list.paths"
            (( NGINX == 0 )) || run_wrk list nginx "$NGINX_BASE" rotate.lua "$BODY_LIST" "$D/list.paths" ;;
        tag-deep)
            run_wrk tag-deep dateline "$BASE" rotate.lua "$BODY_TAG_DEEP" "$D/tag-deep.paths" ;;
        search)
            run_wrk search dateline "$BASE" rotate.lua "$BODY_SEARCH" "$D/search.paths" ;;
        articles-q)
            run_wrk articles-q dateline "$BASE" rotate.lua "$BODY_ARTICLES_Q" "$D/articles-q.paths" ;;
        revalidate)
            # The ETags fetched beforehand stay current: the mixed load edits other articles.
            run_wrk revalidate dateline "$BASE" rotate.lua 0 "$D/revalidate.paths"
            (( NGINX == 0 )) || run_wrk revalidate nginx "$NGINX_BASE" rotate.lua 0 "$D/revalidate-nginx.paths" ;;
        mixed)
            mixed_targets
            PRE_MEASURE=mixed_targets run_wrk mixed dateline "$BASE" mixed.lua "" "$D/mixed-reads.paths" "$D/mixed-targets" \
                "$WRITE_PERCENT" "$ADMIN_KEY" ;;
        *) die "unknown scenario '$scenario' (known: by-slug revalidate list-body list tag-deep search articles-q mixed)" ;;
    esac
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
BUSY_AFTER=$(busy_others)
FINAL_RSS_KB=$(rss_kb)
HWM_KB=$(hwm_kb)

# ---------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------
DB_STATS=$(psql_db -Atc "select count(*) || ' articles (' || count(*) filter (where status = 'PUBLISHED')
                         || ' published), ' || (select count(*) from tag) || ' tags, ' || (select count(*) from person)
                         || ' people, database ' || pg_size_pretty(pg_database_size(current_database()))
                         from article")
JAR_COMMIT=$(git -C "$(dirname "$JAR")" rev-parse --short HEAD 2>/dev/null || echo unknown)
stop_nginx
stop_app

export RESULTS_TSV COMMANDS RESULTS WORK JAR JAR_COMMIT JAVA_OPTS CDS_OPTS N DB DB_STATS DURATION WARMUP ROUNDS THREADS CONNECTIONS
export WRK_TIMEOUT READY_MS FIRST_RSS_KB FINAL_RSS_KB HWM_KB LOAD_BEFORE LOAD_AFTER TAG TAG_ARTICLES TAG_PAGES
export BUSY_BEFORE BUSY_AFTER QUERIES WRITE_PERCENT WRITE_TARGETS SCENARIOS NOTE NGINX
export SLUG_COUNT; SLUG_COUNT=$(wc -l < "$D/slugs")
export GENERATE_SUMMARY; GENERATE_SUMMARY=$(cat "$WORK/generate.summary" 2>/dev/null || true)
export RUN_COMMAND; RUN_COMMAND="JAR=$JAR N=$N DURATION=$DURATION WARMUP=$WARMUP ROUNDS=$ROUNDS THREADS=$THREADS CONNECTIONS=$CONNECTIONS bench/run.sh"
"$BENCH_DIR/report.sh"
log "wrote $RESULTS"
