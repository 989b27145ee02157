# shellcheck shell=bash disable=SC2034  # (the variables are used by the scripts that source this file)
# Shared by up.sh, down.sh and verify.sh: where things live, which ports they use, and the functions that start,
# check and stop each tier. Sourced, never run. Everything listens on 127.0.0.1 only.
#
# Every port and path can be overridden from the environment (DL_* variables below). up.sh records the values it
# used in run/stack.env, and down.sh / verify.sh read them back from there, so a stack is always stopped and
# checked with the settings it was started with, whatever the caller's environment says now.

DL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$DL_DIR/../.." && pwd)

RUN_DIR=${DL_RUN_DIR:-$DL_DIR/run}
LOG_DIR=$RUN_DIR/logs
PID_DIR=$RUN_DIR/pids
STACK_ENV=$RUN_DIR/stack.env

DL_PG_BIN=${DL_PG_BIN:-/usr/lib/postgresql/15/bin}
DL_PRIMARY_PORT=${DL_PRIMARY_PORT:-5433}
DL_REPLICA_PORT=${DL_REPLICA_PORT:-5434}
DL_DB=${DL_DB:-dateline}
DL_INSTANCE1_PORT=${DL_INSTANCE1_PORT:-8181}
DL_INSTANCE2_PORT=${DL_INSTANCE2_PORT:-8182}
DL_HAPROXY_PORT=${DL_HAPROXY_PORT:-8180}
DL_HAPROXY_STATS_PORT=${DL_HAPROXY_STATS_PORT:-8188}
DL_VARNISH_PORT=${DL_VARNISH_PORT:-8080}
DL_VARNISH_MEMORY=${DL_VARNISH_MEMORY:-256m}
DL_NGINX_PORT=${DL_NGINX_PORT:-8090}
# The editor/admin key of this local stack. It is documented in README.md and is for a machine's loopback only.
DL_ADMIN_KEY=${DL_ADMIN_KEY:-local-admin-key-change-me}
DL_JAVA_OPTS=${DL_JAVA_OPTS:--Xmx256m}
# wrk is one client at one address: with the default allowance (6,000 reads a minute per client) it would turn
# into 429s within a second, so the load tests run with rate limiting off. DL_RATE_LIMIT_ENABLED=true puts it back.
DL_RATE_LIMIT_ENABLED=${DL_RATE_LIMIT_ENABLED:-false}
DATELINE_JAR=${DATELINE_JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}

PRIMARY_DATA=$RUN_DIR/pg/primary
REPLICA_DATA=$RUN_DIR/pg/replica
REPLICATION_SLOT=dateline_replica
HAPROXY_DIR=$RUN_DIR/haproxy
VARNISH_DIR=$RUN_DIR/varnish
NGINX_DIR=$RUN_DIR/nginx

# Names of the variables up.sh records in stack.env (and nothing else is read back from it).
STACK_VARS=(DL_PG_BIN DL_PRIMARY_PORT DL_REPLICA_PORT DL_DB DL_INSTANCE1_PORT DL_INSTANCE2_PORT DL_HAPROXY_PORT
    DL_HAPROXY_STATS_PORT DL_VARNISH_PORT DL_VARNISH_MEMORY DL_NGINX_PORT DL_ADMIN_KEY DL_JAVA_OPTS
    DL_RATE_LIMIT_ENABLED DATELINE_JAR)

# ----------------------------------------------------------------------------------------------------------------
# Output and small helpers
# ----------------------------------------------------------------------------------------------------------------
# (|| true: output that nobody reads any more, as after "down.sh | head", must not stop a script half-way.)
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" || true; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2 || true; }
die() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# Writes the settings in use to run/stack.env (values quoted with printf %q, so sourcing it gives them back).
save_stack_env() {
    local v
    {
        echo "# Written by up.sh at $(date -Is): the settings this stack was started with."
        for v in "${STACK_VARS[@]}"; do printf '%s=%q\n' "$v" "${!v}"; done
    } > "$STACK_ENV"
}

# Reads run/stack.env back, if there is one: down.sh and verify.sh act on the stack that is there.
load_stack_env() {
    [[ -f $STACK_ENV ]] || return 0
    local line name
    while IFS= read -r line; do
        [[ $line =~ ^([A-Z0-9_]+)= ]] || continue
        name=${BASH_REMATCH[1]}
        # Only the names up.sh writes: the file must not be a way to set anything else.
        [[ " ${STACK_VARS[*]} " == *" $name "* ]] || continue
        eval "$line"
    done < "$STACK_ENV"
}

need_commands() {
    local missing=() c
    for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
    if (( ${#missing[@]} > 0 )); then
        die "missing: ${missing[*]}. On Debian/Ubuntu: apt-get install -y varnish varnish-modules haproxy nginx-light wrk curl jq postgresql-15 postgresql-client-15"
    fi
}

port_free() { ! ss -Htln "sport = :$1" | grep -q .; }

# pid_of NAME: the PID recorded in run/pids/NAME.pid, or nothing.
pid_of() {
    local f=$PID_DIR/$1.pid
    if [[ -s $f ]]; then tr -dc '0-9' < "$f"; fi
    return 0
}

# alive PID: whether that process exists (and is not a zombie).
alive() {
    [[ -n ${1:-} ]] || return 1
    kill -0 "$1" 2>/dev/null || return 1
    [[ $(ps -o stat= -p "$1" 2>/dev/null) != Z* ]]
}

# ours NAME PID: whether PID is still the process recorded as NAME, not another that got its number after it ended
# (its command line names this stack's files). Only ever asked of a recorded PID; nothing is looked up by name.
ours() {
    local name=$1 pid=$2 cmd want
    alive "$pid" || return 1
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || return 1
    case $name in
        instance-*) want=$(basename "$DATELINE_JAR") ;;
        haproxy) want=$HAPROXY_DIR/haproxy.cfg ;;
        varnish) want=$VARNISH_DIR/n ;;
        nginx) want=$NGINX_DIR ;;
        *) return 1 ;;
    esac
    [[ $cmd == *"$want"* ]]
}

# running_pid NAME: the recorded PID of NAME if that process is running and is ours, else nothing.
running_pid() {
    local pid
    pid=$(pid_of "$1")
    if [[ -n $pid ]] && ours "$1" "$pid"; then echo "$pid"; fi
    return 0
}

# stop_pid NAME [SIGNAL] [SECONDS]: sends the signal to the PID recorded for NAME, waits for it to exit, and only if
# it outlives the wait, SIGKILL. Nothing is ever looked up by process name.
stop_pid() {
    local name=$1 sig=${2:-TERM} secs=${3:-20} pid i
    pid=$(pid_of "$name")
    if [[ -z $pid ]] || ! ours "$name" "$pid"; then
        [[ -n $pid ]] && log "$name: not running (pid $pid)"
        rm -f "$PID_DIR/$name.pid"
        return 0
    fi
    log "$name: stopping pid $pid (SIG$sig)"
    kill "-$sig" "$pid" 2>/dev/null || true
    for (( i = 0; i < secs * 10; i++ )); do
        alive "$pid" || break
        sleep 0.1
    done
    if alive "$pid"; then
        warn "$name: still running after ${secs}s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for (( i = 0; i < 50; i++ )); do alive "$pid" || break; sleep 0.1; done
    fi
    rm -f "$PID_DIR/$name.pid"
}

# http_status URL [curl options...]: the status code, or 000 when nothing answered.
http_status() {
    local url=$1; shift
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" "$url" || true
}

# wait_http NAME URL SECONDS [PID]: polls until URL answers 200; fails early if the process PID has died.
wait_http() {
    local name=$1 url=$2 secs=$3 pid=${4:-} t0 i
    t0=$(now_ms)
    for (( i = 0; i < secs * 4; i++ )); do
        [[ $(http_status "$url") == 200 ]] && { log "$name: ready ($(( $(now_ms) - t0 )) ms)"; return 0; }
        if [[ -n $pid ]] && ! alive "$pid"; then return 1; fi
        sleep 0.25
    done
    return 1
}

# ----------------------------------------------------------------------------------------------------------------
# PostgreSQL (as user postgres: it refuses to run as root)
# ----------------------------------------------------------------------------------------------------------------
as_pg() {
    if (( EUID == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ctl_() { as_pg "$DL_PG_BIN/pg_ctl" "$@"; }

# psql_at PORT [DB] SQL: one unaligned, tuples-only answer; TCP to 127.0.0.1 only.
psql_at() {
    local port=$1 db=$2 sql=$3
    PGCONNECT_TIMEOUT=3 PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" -c "$sql"
}

pg_running() { [[ -f $1/postmaster.pid ]] && pg_ctl_ status -D "$1" >/dev/null 2>&1; }

# pg_start DATA NAME: starts a cluster and waits (pg_ctl -w) until it accepts connections.
pg_start() {
    local data=$1 name=$2
    touch "$LOG_DIR/$name.log"
    (( EUID == 0 )) && chown postgres: "$LOG_DIR/$name.log"
    pg_ctl_ start -D "$data" -l "$LOG_DIR/$name.log" -w -t 60 >/dev/null ||
        { tail -20 "$LOG_DIR/$name.log" >&2; die "$name: PostgreSQL did not start (log: $LOG_DIR/$name.log)"; }
    log "$name: PostgreSQL up (pid $(head -1 "$data/postmaster.pid"), data $data)"
}

# pg_stop DATA NAME [MODE]: stops a cluster through its data directory, if it runs.
pg_stop() {
    local data=$1 name=$2 mode=${3:-fast}
    if pg_running "$data"; then
        log "$name: stopping PostgreSQL (-m $mode)"
        pg_ctl_ stop -D "$data" -m "$mode" -w -t 60 >/dev/null || warn "$name: pg_ctl stop failed"
    fi
}

# replica_streaming: whether the replica is in recovery and its WAL receiver is streaming from the primary.
replica_streaming() {
    [[ $(psql_at "$DL_REPLICA_PORT" postgres "select pg_is_in_recovery()" 2>/dev/null) == t ]] &&
        [[ $(psql_at "$DL_REPLICA_PORT" postgres "select status from pg_stat_wal_receiver" 2>/dev/null) == streaming ]]
}

# replication_check: writes a fresh token on the primary and waits (at most 10 s) for it to appear on the replica.
# The check table lives in the "postgres" database, not in the application's.
replication_check() {
    local token i t0
    token="check-$(date +%s%N)"
    t0=$(now_ms)
    psql_at "$DL_PRIMARY_PORT" postgres \
        "create table if not exists replication_check (token text primary key, at timestamptz not null default now());
         insert into replication_check (token) values ('$token')" >/dev/null
    for (( i = 0; i < 200; i++ )); do
        if [[ $(psql_at "$DL_REPLICA_PORT" postgres \
                "select count(*) from replication_check where token = '$token'" 2>/dev/null) == 1 ]]; then
            REPLICATION_LAG_MS=$(( $(now_ms) - t0 ))
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# ----------------------------------------------------------------------------------------------------------------
# Dateline instances
# ----------------------------------------------------------------------------------------------------------------
instance_port() {
    case $1 in
        1) echo "$DL_INSTANCE1_PORT" ;;
        2) echo "$DL_INSTANCE2_PORT" ;;
        *) die "no instance $1" ;;
    esac
}

# start_instance N: starts instance N in the background (PID in run/pids/instance-N.pid, log in run/logs) and
# waits until /q/health/ready says 200 (the first start also migrates the schema and loads the demo content).
start_instance() {
    local n=$1 port jar_dir cds=() pid
    port=$(instance_port "$n")
    [[ -f $DATELINE_JAR ]] || die "no Dateline jar at $DATELINE_JAR: build it with ./mvnw package -DskipTests (or set DATELINE_JAR)"
    port_free "$port" || die "instance-$n: port $port is already taken"
    jar_dir=$(dirname "$DATELINE_JAR")
    # The AppCDS archive the build leaves beside the jar only works when the JVM starts in that directory with a
    # relative -jar (README, "Run the packaged service"); without it the JVM starts anyway, a little slower.
    [[ -f $jar_dir/app-cds.jsa ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    log "instance-$n: starting on 127.0.0.1:$port (log: $LOG_DIR/instance-$n.log)"
    # Environment: README.md's configuration table. DATELINE_PURGE_VARNISH_URLS and DATELINE_READ_REPLICA_URL are
    # read only by versions that have purge-on-change and read-replica routing; older ones ignore them.
    # shellcheck disable=SC2086  # DL_JAVA_OPTS is a list of JVM options, split on purpose
    (
        cd "$jar_dir" || exit 1
        export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
            QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$DL_PRIMARY_PORT/$DL_DB" \
            QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD="" \
            QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
            QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
            DATELINE_ADMIN_KEY="$DL_ADMIN_KEY" DATELINE_SEED_DEMO=true \
            DATELINE_SITE_BASE_URL="http://127.0.0.1:$DL_VARNISH_PORT" \
            DATELINE_RATE_LIMIT_ENABLED="$DL_RATE_LIMIT_ENABLED" \
            DATELINE_PURGE_VARNISH_URLS="http://127.0.0.1:$DL_VARNISH_PORT" \
            DATELINE_READ_REPLICA_URL="jdbc:postgresql://127.0.0.1:$DL_REPLICA_PORT/$DL_DB"
        exec nohup java $DL_JAVA_OPTS "${cds[@]}" -jar "$(basename "$DATELINE_JAR")" </dev/null \
            >> "$LOG_DIR/instance-$n.log" 2>&1
    ) &
    pid=$!
    echo "$pid" > "$PID_DIR/instance-$n.pid"
    if ! wait_http "instance-$n" "http://127.0.0.1:$port/q/health/ready" 120 "$pid"; then
        tail -30 "$LOG_DIR/instance-$n.log" >&2
        die "instance-$n (pid $pid) did not become ready on port $port (log: $LOG_DIR/instance-$n.log)"
    fi
}

# ----------------------------------------------------------------------------------------------------------------
# HAProxy and Varnish
# ----------------------------------------------------------------------------------------------------------------
# haproxy_server_states: "backend/server STATUS" lines from the stats CSV (e.g. "reads/i1 UP").
haproxy_server_states() {
    curl -s --max-time 3 "http://127.0.0.1:$DL_HAPROXY_STATS_PORT/;csv" |
        awk -F, '$1 != "" && $1 !~ /^#/ && $2 != "FRONTEND" && $2 != "BACKEND" { print $1 "/" $2, $18 }'
}

# wait_haproxy_up SERVER SECONDS: until the reads backend's SERVER (i1, i2) is UP again.
wait_haproxy_up() {
    local server=$1 secs=$2 i
    for (( i = 0; i < secs * 10; i++ )); do
        haproxy_server_states | grep -q "^reads/$server UP" && return 0
        sleep 0.1
    done
    return 1
}
