#!/usr/bin/env bash
# Brings up Dateline's one-machine scale-out stack under deploy/local/run/, in order, each tier checked before the
# next starts:
#
#   PostgreSQL primary (5433) -> streaming replica (5434) -> Dateline instance 1 (8181) and 2 (8182)
#   -> HAProxy (8180, with stats on 8188) -> Varnish (8080)
#
# Everything listens on 127.0.0.1. PIDs go to run/pids/ (PostgreSQL: its data directories' postmaster.pid), logs
# to run/logs/. Stop it all with down.sh. Builds nothing: the jar comes from ./mvnw package -DskipTests.
# Ports, the jar and the key can be changed through the environment: see lib.sh and README.md.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# ----------------------------------------------------------------------------------------------------------------
# Checks before anything starts
# ----------------------------------------------------------------------------------------------------------------
preflight() {
    need_commands java curl jq psql ss varnishd haproxy nginx wrk runuser
    [[ -x $DL_PG_BIN/initdb && -x $DL_PG_BIN/pg_ctl && -x $DL_PG_BIN/pg_basebackup ]] ||
        die "no PostgreSQL server binaries in $DL_PG_BIN (apt-get install -y postgresql-15, or set DL_PG_BIN)"
    [[ -f $DATELINE_JAR ]] ||
        die "no Dateline jar at $DATELINE_JAR: build it with ./mvnw package -DskipTests (or set DATELINE_JAR)"
    # A stack that is (even partly) up already: refuse, rather than start a second copy beside it.
    local running=() name
    for name in instance-1 instance-2 haproxy varnish; do
        [[ -n $(running_pid "$name") ]] && running+=("$name (pid $(running_pid "$name"))")
    done
    pg_running "$PRIMARY_DATA" && running+=("primary")
    pg_running "$REPLICA_DATA" && running+=("replica")
    if (( ${#running[@]} > 0 )); then
        die "a stack is already running from $RUN_DIR: ${running[*]}. Run deploy/local/down.sh first."
    fi

    local port
    for port in "$DL_PRIMARY_PORT" "$DL_REPLICA_PORT" "$DL_INSTANCE1_PORT" "$DL_INSTANCE2_PORT" \
        "$DL_HAPROXY_PORT" "$DL_HAPROXY_STATS_PORT" "$DL_VARNISH_PORT"; do
        port_free "$port" || die "port $port on this machine is taken by something else (ss -ltnp 'sport = :$port')"
    done

    # Compiling the VCL now finds a missing xkey vmod (varnish-modules) before anything has started.
    mkdir -p "$LOG_DIR"
    write_varnish_files
    if ! varnishd -C -f "$VARNISH_DIR/dateline.vcl" -p vcl_path="$VARNISH_DIR" -n "$VARNISH_DIR/n" \
        > "$LOG_DIR/varnish-vcl.c" 2> "$LOG_DIR/varnish-vcl.err"; then
        cat "$LOG_DIR/varnish-vcl.err" >&2
        grep -qi xkey "$LOG_DIR/varnish-vcl.err" && die "Varnish's xkey vmod is missing: apt-get install -y varnish-modules"
        die "the VCL does not compile (varnishd -C): see above"
    fi
}

# ----------------------------------------------------------------------------------------------------------------
# PostgreSQL primary and replica
# ----------------------------------------------------------------------------------------------------------------
setup_primary() {
    if [[ -f $PRIMARY_DATA/PG_VERSION ]]; then
        log "primary: reusing the cluster in $PRIMARY_DATA"
    else
        log "primary: creating a cluster in $PRIMARY_DATA"
        mkdir -p "$RUN_DIR/pg"
        (( EUID == 0 )) && chown postgres: "$RUN_DIR/pg"
        as_pg "$DL_PG_BIN/initdb" -D "$PRIMARY_DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            > "$LOG_DIR/initdb.log" 2>&1 || { cat "$LOG_DIR/initdb.log" >&2; die "initdb failed"; }
        # Appended, so these win over initdb's defaults. TCP on loopback only (no Unix socket, so nothing is
        # shared with another PostgreSQL's socket directory); WAL for streaming replication.
        cat >> "$PRIMARY_DATA/postgresql.conf" <<EOF

# --- deploy/local/up.sh ---
listen_addresses = '127.0.0.1'
port = $DL_PRIMARY_PORT
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
wal_keep_size = 256MB
hot_standby = on
max_connections = 200
log_line_prefix = '%m [%p] %q%u@%d '
EOF
        # Trust on loopback, for the application and for replication (pg_basebackup, the replica's WAL receiver).
        cat > "$PRIMARY_DATA/pg_hba.conf" <<EOF
# deploy/local/up.sh: loopback only, trust (a local test stack; never expose these ports).
host    all             all             127.0.0.1/32            trust
host    replication     all             127.0.0.1/32            trust
EOF
        (( EUID == 0 )) && chown postgres: "$PRIMARY_DATA/postgresql.conf" "$PRIMARY_DATA/pg_hba.conf"
    fi
    pg_start "$PRIMARY_DATA" primary
    if [[ -z $(psql_at "$DL_PRIMARY_PORT" postgres "select 1 from pg_database where datname = '$DL_DB'") ]]; then
        psql_at "$DL_PRIMARY_PORT" postgres "create database $DL_DB" >/dev/null
        log "primary: database $DL_DB created"
    fi
    # The migrations use unaccent (contrib). Creating it here says at once, and clearly, when contrib is missing.
    [[ -n $(psql_at "$DL_PRIMARY_PORT" "$DL_DB" "select 1 from pg_available_extensions where name = 'unaccent'") ]] ||
        die "the unaccent extension is not available: install PostgreSQL's contrib (Debian: part of postgresql-15)"
    psql_at "$DL_PRIMARY_PORT" "$DL_DB" "create extension if not exists unaccent" >/dev/null
}

setup_replica() {
    if [[ -f $REPLICA_DATA/PG_VERSION ]]; then
        log "replica: reusing the standby in $REPLICA_DATA"
    else
        log "replica: base backup from the primary into $REPLICA_DATA"
        # -R writes primary_conninfo and standby.signal, -C -S a replication slot so the primary keeps the WAL the
        # replica has not received yet (it can be stopped and catch up); -X stream copies the WAL made meanwhile.
        as_pg "$DL_PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$DL_PRIMARY_PORT" -U postgres -D "$REPLICA_DATA" \
            -R -X stream -C -S "$REPLICATION_SLOT" -c fast > "$LOG_DIR/basebackup.log" 2>&1 ||
            { cat "$LOG_DIR/basebackup.log" >&2; die "pg_basebackup failed"; }
        # The copied postgresql.conf says the primary's port: the last setting in the file wins.
        printf '\n# --- deploy/local/up.sh: the replica ---\nport = %s\nhot_standby = on\n' "$DL_REPLICA_PORT" \
            >> "$REPLICA_DATA/postgresql.conf"
    fi
    pg_start "$REPLICA_DATA" replica
    [[ $(psql_at "$DL_REPLICA_PORT" postgres "select pg_is_in_recovery()") == t ]] ||
        die "replica: pg_is_in_recovery() is not true: it is not a standby"
    local i
    for (( i = 0; i < 100; i++ )); do replica_streaming && break; sleep 0.1; done
    replica_streaming || die "replica: its WAL receiver is not streaming from the primary (log: $LOG_DIR/replica.log)"
    REPLICATION_LAG_MS=""
    replication_check || die "replica: a row written on the primary did not appear on the replica within 10 s"
    log "replica: in recovery, streaming; a row written on the primary showed on the replica after ${REPLICATION_LAG_MS} ms"
}

# ----------------------------------------------------------------------------------------------------------------
# HAProxy
# ----------------------------------------------------------------------------------------------------------------
write_haproxy_cfg() {
    mkdir -p "$HAPROXY_DIR"
    cat > "$HAPROXY_DIR/haproxy.cfg" <<EOF
# Written by deploy/local/up.sh. Balances the Dateline instances; loopback only.
global
    maxconn 4096
    # Foreground, logs on stdout (run/logs/haproxy.log): only errors, retries and redispatches (dontlog-normal).
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    option dontlog-normal
    option http-keep-alive
    timeout connect 1s
    timeout client 30s
    # Above the service's own bounds (a read gives up after 10 s with a 503), so its answer gets through.
    timeout server 15s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout queue 5s
    # Each retry goes to another server (redispatch 1): with two instances, the one that failed is never retried
    # at once. The turn-around wait before retrying the same server is min(timeout connect, 1 s).
    retries 3
    option redispatch 1
    # Readiness says 503 when an instance cannot reach its database; after two failed checks 500 ms apart the
    # instance gets no more traffic, after two good ones it is back.
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2

frontend api
    bind 127.0.0.1:$DL_HAPROXY_PORT
    # The instances trust these from 127.0.0.1 (QUARKUS_HTTP_PROXY_*): the client's address for rate limits, and
    # the scheme for the URLs they build. X-Forwarded-For is appended to (Varnish sets the client's address).
    option forwardfor
    http-request set-header X-Forwarded-Proto http
    # Reads may be replayed on another instance whatever went wrong; writes only when they never reached one.
    use_backend reads if METH_GET
    default_backend writes

backend reads
    balance roundrobin
    # conn-failure, empty-response, junk-response, response-timeout, 0rtt-rejected, 500, 502, 503, 504: a read is
    # safe to send again, so an instance killed mid-request (empty response) or one whose database just went away
    # (503) costs the client nothing while another can answer.
    retry-on all-retryable-errors
    server i1 127.0.0.1:$DL_INSTANCE1_PORT check
    server i2 127.0.0.1:$DL_INSTANCE2_PORT check
    # When no instance is ready (the primary restarting: every readiness check fails at once), send requests to
    # the instances anyway rather than answer 503 here at once: a read then waits for the database for a few
    # seconds (its 503s are retried, above) instead of failing, and what still fails gets the instance's own 503
    # problem with Retry-After. Measured: a read sent into a 4 s primary outage answered 200 after 4.1 s. A dead
    # instance refuses the connection, which is retried on the other.
    option allbackups
    server i1-nodb 127.0.0.1:$DL_INSTANCE1_PORT backup
    server i2-nodb 127.0.0.1:$DL_INSTANCE2_PORT backup

backend writes
    balance roundrobin
    # A write that reached an instance may have been committed: replaying it could apply it twice (a second tag, a
    # 409, a 412). Only a connection that never opened is retried.
    retry-on conn-failure
    server i1 127.0.0.1:$DL_INSTANCE1_PORT track reads/i1
    server i2 127.0.0.1:$DL_INSTANCE2_PORT track reads/i2
    option allbackups
    server i1-nodb 127.0.0.1:$DL_INSTANCE1_PORT backup
    server i2-nodb 127.0.0.1:$DL_INSTANCE2_PORT backup

listen stats
    bind 127.0.0.1:$DL_HAPROXY_STATS_PORT
    option dontlog-normal
    stats enable
    stats uri /
    stats refresh 2s
EOF
}

start_haproxy() {
    write_haproxy_cfg
    haproxy -c -q -f "$HAPROXY_DIR/haproxy.cfg" || die "HAProxy refuses $HAPROXY_DIR/haproxy.cfg"
    log "haproxy: starting on 127.0.0.1:$DL_HAPROXY_PORT (stats: http://127.0.0.1:$DL_HAPROXY_STATS_PORT/)"
    # -db: stays in the foreground, so $! is its PID and its log lines go to its log file.
    nohup haproxy -db -f "$HAPROXY_DIR/haproxy.cfg" </dev/null >> "$LOG_DIR/haproxy.log" 2>&1 &
    echo "$!" > "$PID_DIR/haproxy.pid"
    local i
    for (( i = 0; i < 100; i++ )); do
        alive "$(pid_of haproxy)" || { tail -20 "$LOG_DIR/haproxy.log" >&2; die "haproxy exited during start"; }
        if haproxy_server_states | grep -q '^reads/i1 UP' && haproxy_server_states | grep -q '^reads/i2 UP'; then
            log "haproxy: both instances UP (health checks: GET /q/health/ready every 500 ms)"
            return 0
        fi
        sleep 0.1
    done
    haproxy_server_states >&2 || true
    die "haproxy: the instances did not both come UP within 10 s"
}

# ----------------------------------------------------------------------------------------------------------------
# Varnish
# ----------------------------------------------------------------------------------------------------------------
write_varnish_files() {
    mkdir -p "$VARNISH_DIR/n"
    cp "$DL_DIR/varnish/dateline.vcl" "$VARNISH_DIR/dateline.vcl"
    cat > "$VARNISH_DIR/backend.vcl" <<EOF
# Written by deploy/local/up.sh, included by dateline.vcl: the backend (HAProxy, in front of the instances) and
# the addresses allowed to purge (the instances').
backend default {
    .host = "127.0.0.1";
    .port = "$DL_HAPROXY_PORT";
    .connect_timeout = 1s;
    # HAProxy may retry a read on the other instance; the service itself gives up after 10 s.
    .first_byte_timeout = 20s;
    .between_bytes_timeout = 10s;
}

acl purgers {
    "127.0.0.1";
}
EOF
}

start_varnish() {
    write_varnish_files
    log "varnish: starting on 127.0.0.1:$DL_VARNISH_PORT (-s malloc,$DL_VARNISH_MEMORY, workdir $VARNISH_DIR/n)"
    # -F: foreground, so $! is the manager's PID (the cache process is its child and ends with it) and what it
    # says goes to its log. -T on a free loopback port: varnishadm -n <workdir> finds it. http_gzip_support=off:
    # objects are kept as Dateline sent them, one per encoding (see dateline.vcl, vcl_recv). backend_idle_timeout
    # 5 s, below HAProxy's keep-alive timeout (10 s): Varnish closes an idle connection to HAProxy before HAProxy
    # does, so it never sends a request down a connection that is being closed.
    nohup varnishd -F -a "127.0.0.1:$DL_VARNISH_PORT" -T 127.0.0.1:0 -n "$VARNISH_DIR/n" \
        -f "$VARNISH_DIR/dateline.vcl" -p vcl_path="$VARNISH_DIR" -p http_gzip_support=off -p backend_idle_timeout=5 \
        -s "malloc,$DL_VARNISH_MEMORY" \
        -P "$VARNISH_DIR/varnishd.pid" </dev/null >> "$LOG_DIR/varnish.log" 2>&1 &
    echo "$!" > "$PID_DIR/varnish.pid"
    local i status
    for (( i = 0; i < 100; i++ )); do
        alive "$(pid_of varnish)" || { tail -20 "$LOG_DIR/varnish.log" >&2; die "varnishd exited during start"; }
        status=$(http_status "http://127.0.0.1:$DL_VARNISH_PORT/q/health/ready")
        [[ $status == 200 ]] && { log "varnish: up, /q/health/ready through it: 200"; return 0; }
        sleep 0.1
    done
    die "varnish: /q/health/ready through Varnish did not answer 200 within 10 s (last: $status)"
}

# ----------------------------------------------------------------------------------------------------------------
summary() {
    local slug
    slug=$(curl -s --max-time 5 "http://127.0.0.1:$DL_VARNISH_PORT/api/v1/articles?limit=1" | jq -r '.items[0].slug // empty' || true)
    cat <<EOF

Dateline scale-out stack is up (run dir: $RUN_DIR)
  Varnish     http://127.0.0.1:$DL_VARNISH_PORT/api/v1/articles        (X-Cache: HIT|MISS)
  HAProxy     http://127.0.0.1:$DL_HAPROXY_PORT/api/v1/articles        stats: http://127.0.0.1:$DL_HAPROXY_STATS_PORT/
  instance 1  http://127.0.0.1:$DL_INSTANCE1_PORT/q/health/ready   pid $(pid_of instance-1)
  instance 2  http://127.0.0.1:$DL_INSTANCE2_PORT/q/health/ready   pid $(pid_of instance-2)
  primary     psql -h 127.0.0.1 -p $DL_PRIMARY_PORT -U postgres $DL_DB
  replica     psql -h 127.0.0.1 -p $DL_REPLICA_PORT -U postgres $DL_DB   (read-only, streaming)
  admin key   Authorization: Bearer $DL_ADMIN_KEY
  seed article: ${slug:-(none found)}
  logs: $LOG_DIR/   stop: deploy/local/down.sh [--clean]   proof: deploy/local/verify.sh
EOF
}

main() {
    preflight
    mkdir -p "$RUN_DIR" "$LOG_DIR" "$PID_DIR"
    save_stack_env
    local t0; t0=$(now_ms)
    setup_primary
    setup_replica
    # The first instance migrates the schema (Flyway) and seeds the demo content; the second starts on a schema
    # that is already there, so the two never race to migrate.
    start_instance 1
    start_instance 2
    start_haproxy
    start_varnish
    log "stack up in $(( ($(now_ms) - t0) / 1000 )) s"
    summary
}

main "$@"
