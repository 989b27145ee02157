#!/usr/bin/env bash
# The proof, against a stack that up.sh brought up (it changes the seed article's subtitle and back, creates tags,
# and kills, stops and restarts parts of the stack; it leaves the stack whole and running):
#   a. hot reads: Varnish against nginx serving the very same bytes (and HAProxy -> instance, for context)
#   b. purge to fresh: an edit made through an instance shows through Varnish within how many ms
#   c. one instance killed (kill -9) under load: no failed request
#   d. the replica stopped under load: no failed request; then it streams again
#   e. the primary restarted during writes: every acknowledged write is there; the replica follows again
# Every loop is bounded in count and time, all traffic goes to 127.0.0.1. Each figure is printed, and a markdown
# summary goes to run/verify-<timestamp>.md (for deploy/RESULTS.md). Exit status 0 only if every step passed.
#
# Knobs (environment): VERIFY_STEPS ("a b c d e"), VERIFY_THREADS (2), VERIFY_CONNECTIONS (32),
# VERIFY_DURATION (15, seconds per step-a wrk run), VERIFY_FAULT_DURATION (15), VERIFY_FAULT_AFTER (5, seconds into
# the run when the fault is made), VERIFY_PURGE_ROUNDS (5), VERIFY_PURGE_TIMEOUT_MS (5000),
# VERIFY_WRITES_MAX (200), VERIFY_WRITES_SECONDS (20), VERIFY_PRIMARY_OUTAGE (0: pg_ctl restart -m fast; N: stop,
# N seconds down, start, for a longer outage), VERIFY_FILL_ARTICLES (19: copies of the seed article published
# first, so that the list page holds 20 articles; 0: none).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_stack_env

VERIFY_STEPS=${VERIFY_STEPS:-a b c d e}
VERIFY_THREADS=${VERIFY_THREADS:-2}
VERIFY_CONNECTIONS=${VERIFY_CONNECTIONS:-32}
VERIFY_DURATION=${VERIFY_DURATION:-15}
VERIFY_FAULT_DURATION=${VERIFY_FAULT_DURATION:-15}
VERIFY_FAULT_AFTER=${VERIFY_FAULT_AFTER:-5}
VERIFY_PURGE_ROUNDS=${VERIFY_PURGE_ROUNDS:-5}
VERIFY_PURGE_TIMEOUT_MS=${VERIFY_PURGE_TIMEOUT_MS:-5000}
VERIFY_WRITES_MAX=${VERIFY_WRITES_MAX:-200}
VERIFY_WRITES_SECONDS=${VERIFY_WRITES_SECONDS:-20}
VERIFY_PRIMARY_OUTAGE=${VERIFY_PRIMARY_OUTAGE:-0}
VERIFY_FILL_ARTICLES=${VERIFY_FILL_ARTICLES:-19}

VARNISH=http://127.0.0.1:$DL_VARNISH_PORT
HAPROXY=http://127.0.0.1:$DL_HAPROXY_PORT
NGINX=http://127.0.0.1:$DL_NGINX_PORT
AUTH="Authorization: Bearer $DL_ADMIN_KEY"
STATUSES_LUA=$DL_DIR/wrk/statuses.lua

STAMP=$(date +%Y%m%d-%H%M%S)
WORK=$RUN_DIR/verify-$STAMP
REPORT=$RUN_DIR/verify-$STAMP.md
REPORT_LINES=()
FAILED_STEPS=()
SLUG=""

# ----------------------------------------------------------------------------------------------------------------
# Reporting
# ----------------------------------------------------------------------------------------------------------------
# md LINE...: lines for the markdown summary.
md() { local line; for line in "$@"; do REPORT_LINES+=("$line"); done; }
# figure TEXT: printed now and kept for the summary as a list item.
figure() { log "  $*"; md "- $*"; }
pass() { log "step $1: PASS${2:+ ($2)}"; md "" "**Step $1: PASS**${2:+ ($2)}"; }
fail() { warn "step $1: FAIL: $2"; md "" "**Step $1: FAIL**: $2"; FAILED_STEPS+=("$1"); }

write_report() {
    {
        echo "# deploy/local/verify.sh, $(date -Is)"
        echo
        echo "Commit: $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO_DIR" \
            status --porcelain 2>/dev/null | grep -q . && echo ' (with uncommitted changes)'), jar: \`$DATELINE_JAR\`"
        echo "Machine: $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg);" \
            "wrk -t$VERIFY_THREADS -c$VERIFY_CONNECTIONS, ${VERIFY_DURATION}s per hot-read run," \
            "${VERIFY_FAULT_DURATION}s per fault run (fault after ${VERIFY_FAULT_AFTER}s). Steps: $VERIFY_STEPS."
        printf '%s\n' "${REPORT_LINES[@]}"
        echo
        if (( ${#FAILED_STEPS[@]} == 0 )); then echo "All steps passed."; else echo "Failed steps: ${FAILED_STEPS[*]}."; fi
    } > "$REPORT"
    log "summary written to $REPORT"
}

# ----------------------------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------------------------
NGINX_STARTED=0
cleanup() {
    local rc=$?
    (( NGINX_STARTED == 1 )) && stop_pid nginx QUIT 10
    # A step that was cut short may have left a tier down: say which, so it is not mistaken for a working stack.
    local name
    for name in instance-1 instance-2 haproxy varnish; do
        [[ -n $(running_pid "$name") ]] || warn "$name is not running: restart the stack (down.sh; up.sh)"
    done
    pg_running "$PRIMARY_DATA" || warn "the primary is not running: restart the stack (down.sh; up.sh)"
    pg_running "$REPLICA_DATA" || warn "the replica is not running: restart the stack (down.sh; up.sh)"
    (( ${#REPORT_LINES[@]} > 0 )) && write_report
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wrk_rps FILE: the Requests/sec figure of a plain wrk output.
wrk_rps() { awk '/^Requests\/sec:/ { printf "%d", $2 }' "$1"; }
# wrk_errors FILE: non-2xx/3xx answers plus socket errors (wrk prints those lines only when they are not zero).
wrk_errors() {
    awk '/Non-2xx or 3xx responses:/ { n += $NF }
         /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 }
         END { printf "%d", n }' "$1"
}
# statuses FILE FIELD: a field of the STATUSES line that wrk/statuses.lua prints.
statuses() { sed -n 's/^STATUSES .*\b'"$2"'=\([^ ]*\).*/\1/p' "$1" | head -1; }
# fault_failures FILE: what a client saw fail in a run under a fault: answers other than 2xx/3xx, and socket errors.
fault_failures() {
    local f=$1
    [[ -n $(statuses "$f" total) ]] || { echo "unparsed"; return 0; }
    echo $(( $(statuses "$f" 4xx) + $(statuses "$f" 5xx) + $(statuses "$f" connect) + $(statuses "$f" read) \
        + $(statuses "$f" write) + $(statuses "$f" timeout) ))
}
# statuses_line FILE: a one-line account of a STATUSES run for the report.
statuses_line() {
    local f=$1 secs
    secs=$(awk '/requests in/ { gsub("s,", "", $4); print $4 }' "$f")
    printf '%s requests (%s req/s), %s failed (4xx %s, 5xx %s; socket errors: connect %s, read %s, write %s, timeout %s), p99 %s ms, codes %s' \
        "$(statuses "$f" total)" "$(wrk_rps "$f")" "$(fault_failures "$f")" "$(statuses "$f" 4xx)" \
        "$(statuses "$f" 5xx)" "$(statuses "$f" connect)" "$(statuses "$f" read)" "$(statuses "$f" write)" \
        "$(statuses "$f" timeout)" "$(statuses "$f" p99ms)" "$(statuses "$f" codes)${secs:+ in ${secs}s}"
}

x_cache() { curl -s -o /dev/null -D - --max-time 5 "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" { print $2 }'; }

# warm URL: fetches through Varnish until X-Cache says HIT (at most 10 tries); fails if it never does.
warm() {
    local url=$1 i
    for (( i = 0; i < 10; i++ )); do
        [[ $(x_cache "$url") == HIT ]] && return 0
        sleep 0.05
    done
    return 1
}

check_stack() {
    local name missing=()
    for name in instance-1 instance-2 haproxy varnish; do [[ -n $(running_pid "$name") ]] || missing+=("$name"); done
    pg_running "$PRIMARY_DATA" || missing+=(primary)
    pg_running "$REPLICA_DATA" || missing+=(replica)
    (( ${#missing[@]} == 0 )) || die "the stack is not (fully) up: ${missing[*]} not running. Start it with deploy/local/up.sh"
    [[ $(http_status "$VARNISH/q/health/ready") == 200 ]] || die "Varnish at $VARNISH does not answer /q/health/ready with 200"
    SLUG=$(curl -s --max-time 5 "$VARNISH/api/v1/articles?limit=1" | jq -r '.items[0].slug // empty')
    [[ -n $SLUG ]] || die "no published article at $VARNISH/api/v1/articles?limit=1 (DATELINE_SEED_DEMO=true loads one)"
    log "stack up; seed article: $SLUG"
}

# fill_articles: makes sure VERIFY_FILL_ARTICLES copies of the seed article are published (slugs verify-filler-N,
# published before it, so the seed stays first and the list page is a full page of real-sized items rather than
# the demo content's single article). Idempotent: a copy that is there already is left alone.
fill_articles() {
    local n=$VERIFY_FILL_ARTICLES i made=0 seed body status
    (( n > 0 )) || return 0
    seed=$(curl -s --max-time 5 -H "$AUTH" "$HAPROXY/api/v1/articles/$SLUG")
    for (( i = 1; i <= n; i++ )); do
        [[ $(http_status "$HAPROXY/api/v1/articles/verify-filler-$i" -H "$AUTH") == 200 ]] && continue
        body=$(jq -c --arg slug "verify-filler-$i" --argjson i "$i" '{
                slug: $slug, title: ("Filler \($i): " + .title), subtitle, excerpt, body, language, datelinePlace,
                status: "published", publishAt: ((.publishedAt | fromdate) - $i * 3600 | todate),
                tags: [.tags[].slug], people: [.people[] | {person: .slug, role}]
            } | with_entries(select(.value != null))' <<< "$seed")
        status=$(curl -s -o "$WORK/fill.json" -w '%{http_code}' --max-time 10 -X POST -H "$AUTH" \
            -H 'Content-Type: application/json' --data "$body" "$HAPROXY/api/v1/articles" || echo 000)
        [[ $status == 201 ]] || die "could not create filler article $i: $status $(head -c 400 "$WORK/fill.json")"
        made=$(( made + 1 ))
    done
    if (( made > 0 )); then
        # Varnish may hold a list page from before (max-age 60 s): purge the lists' key ourselves, as an instance
        # would, so step a measures the full page whether or not this jar purges on change (step b tests that).
        curl -s -o /dev/null --max-time 5 -X PURGE -H 'xkey-purge: articles' "$VARNISH/" || true
    fi
    log "filler articles: $n wanted, $made created now"
    md "" "Content: the demo article and $n published copies of it (\`verify-filler-N\`, made by verify.sh), so that the list page is a full page."
}

# ----------------------------------------------------------------------------------------------------------------
# a. Hot reads: Varnish against nginx serving the same bytes
# ----------------------------------------------------------------------------------------------------------------
start_nginx() {
    local conf=$NGINX_DIR/nginx.conf t i
    port_free "$DL_NGINX_PORT" || die "port $DL_NGINX_PORT (nginx) is taken"
    for t in body proxy fastcgi uwsgi scgi; do mkdir -p "$NGINX_DIR/tmp/$t"; done
    cat > "$conf" <<EOF
# Written by deploy/local/verify.sh: serves the bytes Varnish served, from files, as fast as nginx can.
worker_processes auto;
pid $PID_DIR/nginx.pid;
error_log $LOG_DIR/nginx.log warn;
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
    open_file_cache max=1000 inactive=60s;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$DL_NGINX_PORT;
        root $NGINX_DIR/www;
        # /api/v1/articles is a list and also the directory of the articles: the list is kept beside them.
        location = /api/v1/articles { try_files /_lists/articles.json =404; }
        location / { try_files \$uri =404; }
    }
}
EOF
    # The workers may run as another user (nobody): they must be able to read the files.
    chmod -R a+rX "$NGINX_DIR"
    nginx -t -q -p "$NGINX_DIR" -e "$LOG_DIR/nginx.log" -c "$conf" || die "nginx refuses $conf"
    # daemon on (the default): nginx writes its master's PID to run/pids/nginx.pid, which is what stops it.
    nginx -p "$NGINX_DIR" -e "$LOG_DIR/nginx.log" -c "$conf"
    NGINX_STARTED=1
    for (( i = 0; i < 50; i++ )); do
        [[ $(http_status "$NGINX/api/v1/articles") == 200 ]] && return 0
        sleep 0.1
    done
    die "nginx did not answer on $NGINX within 5 s (log: $LOG_DIR/nginx.log)"
}

# hot_run NAME URL: one plain wrk run (no script: nothing slows wrk down); prints and returns requests/s.
hot_run() {
    local name=$1 url=$2 out
    out=$WORK/a-$name.txt
    wrk -t"$VERIFY_THREADS" -c"$VERIFY_CONNECTIONS" -d"${VERIFY_DURATION}s" --timeout 5s "$url" > "$out" 2>&1 || true
    HOT_RPS=$(wrk_rps "$out")
    HOT_ERRORS=$(wrk_errors "$out")
    [[ -n $HOT_RPS ]] || { cat "$out" >&2; HOT_RPS=0; }
    log "  $name: $HOT_RPS req/s, $HOT_ERRORS errors ($url)"
}

step_a() {
    log "step a: hot reads through Varnish against nginx serving the same bytes (wrk -t$VERIFY_THREADS -c$VERIFY_CONNECTIONS -d${VERIFY_DURATION}s)"
    md "" "## a. Hot reads: Varnish against nginx serving the same bytes" ""
    md "wrk -t$VERIFY_THREADS -c$VERIFY_CONNECTIONS -d${VERIFY_DURATION}s, no Accept-Encoding (identity bodies), one URL per run." ""
    mkdir -p "$NGINX_DIR/www/api/v1/articles" "$NGINX_DIR/www/_lists"
    local article=/api/v1/articles/$SLUG list=/api/v1/articles path file ok=1
    for path in "$article" "$list"; do
        warm "$VARNISH$path" || { fail a "$path never became a HIT in Varnish (is it cacheable? see X-Cache, Cache-Control)"; return 0; }
        [[ $path == "$list" ]] && file=$NGINX_DIR/www/_lists/articles.json || file=$NGINX_DIR/www$path
        # The body exactly as Varnish sends it to wrk (no Accept-Encoding: the identity copy).
        curl -s --max-time 5 -o "$file" "$VARNISH$path"
        figure "\`$path\`: $(wc -c < "$file") bytes, X-Cache $(x_cache "$VARNISH$path") after warming"
    done
    start_nginx
    cmp -s "$NGINX_DIR/www$article" <(curl -s "$NGINX$article") || die "nginx does not serve the saved article bytes"
    cmp -s "$NGINX_DIR/www/_lists/articles.json" <(curl -s "$NGINX$list") || die "nginx does not serve the saved list bytes"

    md "" "| URL | nginx req/s | Varnish req/s | Varnish / nginx | HAProxy -> instance req/s |" "|---|---|---|---|---|"
    local name n_rps v_rps h_rps ratio errors
    for path in "$article" "$list"; do
        [[ $path == "$list" ]] && name=list || name=article
        hot_run "nginx-$name" "$NGINX$path"; n_rps=$HOT_RPS; errors=$HOT_ERRORS
        hot_run "varnish-$name" "$VARNISH$path"; v_rps=$HOT_RPS; errors=$(( errors + HOT_ERRORS ))
        [[ $(x_cache "$VARNISH$path") == HIT ]] || { warn "$path is no longer a HIT after the run"; ok=0; }
        hot_run "haproxy-$name" "$HAPROXY$path"; h_rps=$HOT_RPS; errors=$(( errors + HOT_ERRORS ))
        ratio=$(awk -v v="$v_rps" -v n="$n_rps" 'BEGIN { if (n > 0) printf "%.0f", 100 * v / n; else print 0 }')
        log "  $name: Varnish at $ratio % of nginx (target >= 90 %); HAProxy -> instance $h_rps req/s"
        md "| \`$path\` | $n_rps | $v_rps | $ratio % | $h_rps |"
        (( ratio >= 90 )) || ok=0
        (( errors == 0 )) || { warn "$name: $errors errors in the runs"; ok=0; }
        A_RATIOS+=("$name $ratio %")
    done
    md ""
    stop_pid nginx QUIT 10
    NGINX_STARTED=0
    if (( ok == 1 )); then pass a "Varnish / nginx: ${A_RATIOS[*]}"; else fail a "Varnish / nginx: ${A_RATIOS[*]} (target >= 90 %, no errors)"; fi
}

# ----------------------------------------------------------------------------------------------------------------
# b. Purge to fresh
# ----------------------------------------------------------------------------------------------------------------
# etag_of PATH: the article's current ETag, asked of an instance (through HAProxy) with the key: never a cached copy.
etag_of() {
    curl -s -o /dev/null -D - --max-time 5 -H "$AUTH" "$HAPROXY$1" | tr -d '\r' |
        awk -F': ' 'tolower($1) == "etag" { print $2 }'
}

# patch_subtitle PATH JSON-VALUE: a merge patch of the subtitle, with If-Match; prints the status.
patch_subtitle() {
    local path=$1 value=$2 etag
    etag=$(etag_of "$path")
    [[ -n $etag ]] || { echo "no-etag"; return 0; }
    curl -s -o "$WORK/b-patch.json" -w '%{http_code}' --max-time 10 -X PATCH -H "$AUTH" \
        -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" \
        --data "{\"subtitle\": $value}" "$HAPROXY$path" || echo "000"
}

step_b() {
    log "step b: purge to fresh ($VERIFY_PURGE_ROUNDS rounds, polling Varnish every 20 ms for at most $VERIFY_PURGE_TIMEOUT_MS ms)"
    md "" "## b. Purge to fresh" ""
    md "An edit (PATCH of the subtitle with If-Match, through HAProxy to an instance), then the article polled through Varnish every 20 ms until it shows the edit (at most $VERIFY_PURGE_TIMEOUT_MS ms)." ""
    local path=/api/v1/articles/$SLUG original round marker status t0 t1 elapsed i seen times=() max=0 ok=1
    original=$(curl -s --max-time 5 -H "$AUTH" "$HAPROXY$path" | jq -c '.subtitle')
    for (( round = 1; round <= VERIFY_PURGE_ROUNDS; round++ )); do
        warm "$VARNISH$path" || { fail b "the article never became a HIT in Varnish"; return 0; }
        marker="verify-$STAMP-round-$round-$(date +%s%N)"
        status=$(patch_subtitle "$path" "\"Subtitle edited by verify.sh ($marker)\"")
        t0=$(now_ms)
        if [[ $status != 200 ]]; then
            fail b "round $round: the PATCH answered $status ($(head -c 300 "$WORK/b-patch.json" 2>/dev/null))"
            return 0
        fi
        seen=0
        # Bounded: at most VERIFY_PURGE_TIMEOUT_MS / 20 polls, and never past that time.
        for (( i = 0; i < VERIFY_PURGE_TIMEOUT_MS / 20; i++ )); do
            if curl -s --max-time 1 "$VARNISH$path" | grep -qF "$marker"; then seen=1; break; fi
            t1=$(now_ms)
            (( t1 - t0 < VERIFY_PURGE_TIMEOUT_MS )) || break
            sleep 0.02
        done
        t1=$(now_ms)
        elapsed=$(( t1 - t0 ))
        if (( seen == 0 )); then
            figure "round $round: TIMEOUT: Varnish still served the old article ${elapsed} ms after the PATCH returned (X-Cache $(x_cache "$VARNISH$path"))"
            ok=0
            # The later rounds would only time out the same way.
            break
        fi
        times+=("$elapsed")
        (( elapsed > max )) && max=$elapsed
        figure "round $round: fresh through Varnish ${elapsed} ms after the PATCH returned"
    done
    # Put the seed article's subtitle back as it was (null removes it, as it was then).
    status=$(patch_subtitle "$path" "$original")
    [[ $status == 200 ]] || warn "could not restore the seed article's subtitle (PATCH answered $status)"
    if (( ok == 1 )) && (( max < 1000 )); then
        pass b "each round: ${times[*]} ms; max $max ms (target < 1000 ms)"
    elif (( ok == 1 )); then
        fail b "each round: ${times[*]} ms; max $max ms, over the 1000 ms target"
    else
        fail b "no purge reached Varnish within $VERIFY_PURGE_TIMEOUT_MS ms: is purge-on-change in this jar, and DATELINE_PURGE_VARNISH_URLS=$VARNISH set (it is, by up.sh)? Without purges Varnish serves the old copy until max-age (60 s) runs out"
    fi
}

# ----------------------------------------------------------------------------------------------------------------
# c. One instance killed under load
# ----------------------------------------------------------------------------------------------------------------
# fault_wrk NAME BASE-URL CONNECTIONS PATHS...: a wrk run of VERIFY_FAULT_DURATION seconds, in the background,
# counting statuses (wrk/statuses.lua). Output: $WORK/NAME.txt. Sets FAULT_PIDS.
fault_wrk() {
    local name=$1 base=$2 connections=$3; shift 3
    WRK_PATHS="$*" WRK_KEY="$DL_ADMIN_KEY" \
        wrk -t1 -c"$connections" -d"${VERIFY_FAULT_DURATION}s" --timeout 10s -s "$STATUSES_LUA" "$base" \
        > "$WORK/$name.txt" 2>&1 &
    FAULT_PIDS+=("$!")
}

wait_fault_wrk() {
    local pid
    for pid in "${FAULT_PIDS[@]}"; do wait "$pid" || true; done
    FAULT_PIDS=()
}

step_c() {
    log "step c: instance 1 killed (kill -9) ${VERIFY_FAULT_AFTER}s into ${VERIFY_FAULT_DURATION}s of load"
    md "" "## c. One instance killed under load" ""
    local half=$(( VERIFY_CONNECTIONS / 2 )) pid states ok=1 f failures
    (( half >= 1 )) || half=1
    md "Two wrk runs at once for ${VERIFY_FAULT_DURATION}s (-t1 -c$half each), \`kill -9\` of instance 1 after ${VERIFY_FAULT_AFTER}s: anonymous reads straight to HAProxy (the instances answer them from memory), and keyed reads through Varnish (passed, so they go to an instance and its database)." ""
    FAULT_PIDS=()
    fault_wrk c-haproxy "$HAPROXY" "$half" "/api/v1/articles/$SLUG" "/api/v1/articles?limit=5" "/api/v1/search?q=OSCE" "/api/v1/tags"
    fault_wrk c-varnish-keyed "$VARNISH" "$half" "key:/api/v1/articles/$SLUG" "key:/api/v1/articles?limit=5" "key:/api/v1/search?q=OSCE"
    sleep "$VERIFY_FAULT_AFTER"
    pid=$(running_pid instance-1)
    [[ -n $pid ]] || die "instance 1 is not running"
    kill -KILL "$pid"
    log "  killed instance 1 (pid $pid)"
    sleep 2
    states=$(haproxy_server_states | grep -E '^reads/i[12] ' | tr '\n' ' ')
    log "  HAProxy 2 s later: $states"
    wait_fault_wrk
    figure "HAProxy 2 s after the kill: $states"
    for f in c-haproxy c-varnish-keyed; do
        figure "$f: $(statuses_line "$WORK/$f.txt")"
        failures=$(fault_failures "$WORK/$f.txt")
        [[ $failures == 0 ]] || ok=0
    done
    log "  restarting instance 1"
    start_instance 1
    wait_haproxy_up i1 10 || { warn "HAProxy does not see instance 1 UP again"; ok=0; }
    figure "instance 1 restarted (pid $(pid_of instance-1)), UP in HAProxy again"
    if (( ok == 1 )); then pass c "0 failed requests"; else fail c "requests failed (see above); target 0"; fi
}

# ----------------------------------------------------------------------------------------------------------------
# d. Replica stopped under load
# ----------------------------------------------------------------------------------------------------------------
# replica_reads: transactions the replica has committed in the database (its reads: a standby writes nothing).
replica_reads() {
    psql_at "$DL_REPLICA_PORT" postgres "select xact_commit from pg_stat_database where datname = '$DL_DB'"
}

step_d() {
    log "step d: replica stopped (pg_ctl stop -m fast) ${VERIFY_FAULT_AFTER}s into ${VERIFY_FAULT_DURATION}s of load on HAProxy"
    md "" "## d. Replica stopped under load" ""
    md "wrk -t1 -c$VERIFY_CONNECTIONS for ${VERIFY_FAULT_DURATION}s through HAProxy: anonymous feeds and sitemaps (never answered from an instance's memory, so each is a database read, which the instances send to the replica while it serves), anonymous API reads, and keyed reads (always the primary); \`pg_ctl stop -m fast\` of the replica after ${VERIFY_FAULT_AFTER}s." ""
    local ok=1 states failures i before after serving
    FAULT_PIDS=()
    before=$(replica_reads)
    fault_wrk d-haproxy "$HAPROXY" "$VERIFY_CONNECTIONS" "/feeds/articles.json" "/sitemaps/articles-1.xml" \
        "/feeds/articles.rss" "/api/v1/articles?limit=5" "/api/v1/search?q=OSCE" \
        "key:/api/v1/articles?limit=5" "key:/api/v1/search?q=OSCE"
    sleep "$VERIFY_FAULT_AFTER"
    after=$(replica_reads)
    serving=$(curl -s "http://127.0.0.1:$DL_INSTANCE1_PORT/q/metrics" | awk '$1 == "dateline_replica_serving" {print $2}')
    figure "before the stop: the replica committed $(( after - before )) read transactions in ${VERIFY_FAULT_AFTER}s of the load; instance 1's dateline_replica_serving ${serving:-?}"
    (( after - before > 0 )) || { figure "the replica served no read before it was stopped"; ok=0; }
    pg_stop "$REPLICA_DATA" replica fast
    sleep 2
    states=$(haproxy_server_states | grep -E '^reads/i[12] ' | tr '\n' ' ')
    log "  HAProxy 2 s after the stop: $states"
    wait_fault_wrk
    figure "HAProxy 2 s after the replica stopped: $states"
    figure "d-haproxy: $(statuses_line "$WORK/d-haproxy.txt")"
    failures=$(fault_failures "$WORK/d-haproxy.txt")
    [[ $failures == 0 ]] || ok=0
    pg_start "$REPLICA_DATA" replica
    for (( i = 0; i < 300; i++ )); do replica_streaming && break; sleep 0.1; done
    if replica_streaming && replication_check; then
        figure "replica restarted: streaming again, a row written on the primary showed on it after ${REPLICATION_LAG_MS} ms"
    else
        figure "replica restarted but NOT streaming from the primary within 30 s"; ok=0
    fi
    if (( ok == 1 )); then pass d "0 failed requests"; else fail d "$failures failed requests, or the replica did not catch up; target 0"; fi
}

# ----------------------------------------------------------------------------------------------------------------
# e. Primary restarted; every acknowledged write present
# ----------------------------------------------------------------------------------------------------------------
# restart_primary: pg_ctl restart -m fast (VERIFY_PRIMARY_OUTAGE=0), or a stop, that many seconds down, and a start;
# writes how long it took to $WORK/e-restart-ms.
restart_primary() {
    local t0
    t0=$(now_ms)
    if (( VERIFY_PRIMARY_OUTAGE == 0 )); then
        pg_ctl_ restart -D "$PRIMARY_DATA" -m fast -w -t 60 -l "$LOG_DIR/primary.log" > "$WORK/e-restart.txt" 2>&1
    else
        pg_ctl_ stop -D "$PRIMARY_DATA" -m fast -w -t 60 > "$WORK/e-restart.txt" 2>&1
        sleep "$VERIFY_PRIMARY_OUTAGE"
        pg_ctl_ start -D "$PRIMARY_DATA" -w -t 60 -l "$LOG_DIR/primary.log" >> "$WORK/e-restart.txt" 2>&1
    fi
    echo "$(( $(now_ms) - t0 ))" > "$WORK/e-restart-ms"
}

step_e() {
    local max=$VERIFY_WRITES_MAX secs=$VERIFY_WRITES_SECONDS
    local how="\`pg_ctl restart -m fast\`"
    (( VERIFY_PRIMARY_OUTAGE == 0 )) || how="\`pg_ctl stop -m fast\`, ${VERIFY_PRIMARY_OUTAGE}s down, \`pg_ctl start\`"
    log "step e: up to $max tag writes over ~${secs}s through HAProxy, the primary restarted (${how//\`/}) after a quarter of them"
    md "" "## e. Primary restarted under writes: every acknowledged write present" ""
    md "Up to $max \`POST /api/v1/tags\` (one at a time, paced over ~${secs}s) through HAProxy; $how of the primary after $(( max / 4 )) of them, while writes go on." ""
    local prefix="verify-$STAMP" pace_ms i status name acked=() failed=0 restart_pid="" t_end codes="" t0 restart_ms=""
    local wait_ms
    pace_ms=$(( secs * 1000 / max ))
    : > "$WORK/e-writes.tsv"
    t0=$(now_ms)
    t_end=$(( t0 + (secs + 15) * 1000 ))       # hard stop, whatever happens
    for (( i = 1; i <= max; i++ )); do
        if (( i == max / 4 + 1 )); then
            log "  restarting the primary (write $i)"
            restart_primary &
            restart_pid=$!
        fi
        name="$prefix-$i"
        status=$(curl -s -o "$WORK/e-last.json" -w '%{http_code}' --max-time 10 -X POST -H "$AUTH" \
            -H 'Content-Type: application/json' --data "{\"name\": \"$name\", \"kind\": \"topic\"}" \
            "$HAPROXY/api/v1/tags" || echo 000)
        printf '%s\t%s\n' "$name" "$status" >> "$WORK/e-writes.tsv"
        if [[ $status == 201 ]]; then
            acked+=("$(jq -r '.slug' "$WORK/e-last.json")")
        else
            failed=$(( failed + 1 ))
        fi
        (( $(now_ms) < t_end )) || { warn "the write loop hit its time bound after $i writes"; break; }
        # Write i+1 is due pace_ms after write i was due: slow writes are not followed by a sleep.
        wait_ms=$(( t0 + i * pace_ms - $(now_ms) ))
        (( wait_ms <= 0 )) || sleep "$(awk -v w="$wait_ms" 'BEGIN { printf "%.3f", w / 1000 }')"
    done
    if [[ -n $restart_pid ]]; then wait "$restart_pid" || true; fi
    restart_ms=$(cat "$WORK/e-restart-ms" 2>/dev/null || echo '?')
    codes=$(cut -f2 "$WORK/e-writes.tsv" | sort | uniq -c | awk '{ printf "%s%s:%s", (NR > 1 ? "," : ""), $2, $1 }')
    figure "writes: $(wc -l < "$WORK/e-writes.tsv") sent, ${#acked[@]} acknowledged (201), $failed failed; codes $codes; pg_ctl restart took $restart_ms ms"

    # Every acknowledged write must be there: asked of the primary itself, and of the API with the key.
    local i_ok ready=0 lost=0 slug in_db via_api=0
    for (( i_ok = 0; i_ok < 100; i_ok++ )); do
        [[ $(http_status "$HAPROXY/q/health/ready") == 200 ]] && { ready=1; break; }
        sleep 0.2
    done
    (( ready == 1 )) || warn "the instances are not ready 20 s after the restart"
    in_db=$(psql_at "$DL_PRIMARY_PORT" "$DL_DB" "select count(*) from tag where name like '$prefix-%'")
    for slug in "${acked[@]}"; do
        if [[ $(http_status "$HAPROXY/api/v1/tags/$slug" -H "$AUTH") == 200 ]]; then
            via_api=$(( via_api + 1 ))
        else
            lost=$(( lost + 1 ))
            warn "acknowledged tag $slug is missing"
        fi
    done
    figure "after the restart: acknowledged ${#acked[@]}, failed $failed, missing $lost (GET with the key: $via_api found); rows on the primary: $in_db ($(( in_db - ${#acked[@]} )) committed without a 201 reaching the client)"

    local follow_ok=1
    for (( i_ok = 0; i_ok < 300; i_ok++ )); do replica_streaming && break; sleep 0.1; done
    if replica_streaming && replication_check; then
        figure "replica follows the restarted primary: streaming, a new row showed on it after ${REPLICATION_LAG_MS} ms"
    else
        figure "replica NOT streaming from the restarted primary within 30 s"; follow_ok=0
    fi
    if (( lost == 0 && follow_ok == 1 && ${#acked[@]} > 0 )); then
        pass e "acked ${#acked[@]} / failed $failed / missing 0"
    else
        fail e "acked ${#acked[@]} / failed $failed / missing $lost, replica following: $follow_ok"
    fi
}

# ----------------------------------------------------------------------------------------------------------------
main() {
    need_commands curl jq wrk nginx psql ss awk cmp
    local s
    for s in $VERIFY_STEPS; do [[ $s =~ ^[abcde]$ ]] || die "VERIFY_STEPS: unknown step '$s' (a b c d e)"; done
    for s in VERIFY_THREADS VERIFY_CONNECTIONS VERIFY_DURATION VERIFY_FAULT_DURATION VERIFY_FAULT_AFTER \
        VERIFY_PURGE_ROUNDS VERIFY_PURGE_TIMEOUT_MS VERIFY_WRITES_MAX VERIFY_WRITES_SECONDS; do
        if ! [[ ${!s} =~ ^[0-9]+$ ]] || (( ${!s} < 1 )); then die "$s must be a whole number >= 1"; fi
    done
    if ! [[ $VERIFY_FILL_ARTICLES =~ ^[0-9]+$ ]] || (( VERIFY_FILL_ARTICLES > 99 )); then
        die "VERIFY_FILL_ARTICLES must be a whole number, at most 99"
    fi
    (( VERIFY_DURATION <= 120 && VERIFY_FAULT_DURATION <= 120 && VERIFY_WRITES_MAX <= 5000 )) ||
        die "keep runs bounded: durations <= 120 s, VERIFY_WRITES_MAX <= 5000"
    if ! [[ $VERIFY_PRIMARY_OUTAGE =~ ^[0-9]+$ ]] || (( VERIFY_PRIMARY_OUTAGE > 60 )); then
        die "VERIFY_PRIMARY_OUTAGE must be a whole number of seconds, at most 60"
    fi
    (( VERIFY_FAULT_AFTER < VERIFY_FAULT_DURATION )) || die "VERIFY_FAULT_AFTER must be less than VERIFY_FAULT_DURATION"
    check_stack
    mkdir -p "$WORK"
    fill_articles
    A_RATIOS=()
    for s in $VERIFY_STEPS; do "step_$s"; done
    if (( ${#FAILED_STEPS[@]} == 0 )); then log "all steps passed"; else warn "failed steps: ${FAILED_STEPS[*]}"; return 1; fi
}

main "$@"
