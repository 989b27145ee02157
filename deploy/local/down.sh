#!/usr/bin/env bash
# Stops the stack that up.sh started, and nothing else: only the PIDs recorded under run/pids/ and the PostgreSQL
# data directories under run/pg/ (through pg_ctl). Never looks processes up by name.
# Order: Varnish, HAProxy, the instances (SIGTERM: they finish in-flight requests, then exit), replica, primary.
#   down.sh            stop everything; run/ (data, logs, results) stays
#   down.sh --clean    stop everything, then delete run/ (the databases too)
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_stack_env
# Stopping half the stack because the reader of our output went away would be the worst outcome: carry on.
trap '' PIPE

main() {
    local clean=0
    case ${1:-} in
        "") ;;
        --clean) clean=1 ;;
        *) die "usage: down.sh [--clean]" ;;
    esac
    [[ -d $RUN_DIR ]] || { log "nothing to stop: no $RUN_DIR"; return 0; }

    stop_pid nginx QUIT 10          # verify.sh's, if it was interrupted
    stop_pid varnish TERM 20
    stop_pid haproxy TERM 10        # SIGTERM: a hard stop; no traffic is expected while stopping
    # quarkus.shutdown.timeout is 10 s: give them that and a margin before SIGKILL.
    stop_pid instance-1 TERM 30 &
    stop_pid instance-2 TERM 30 &
    wait
    pg_stop "$REPLICA_DATA" replica fast
    pg_stop "$PRIMARY_DATA" primary fast

    local left=() name
    for name in nginx varnish haproxy instance-1 instance-2; do
        [[ -n $(running_pid "$name") ]] && left+=("$name")
    done
    pg_running "$REPLICA_DATA" && left+=(replica)
    pg_running "$PRIMARY_DATA" && left+=(primary)
    (( ${#left[@]} == 0 )) || die "still running: ${left[*]}"

    if (( clean == 1 )); then
        # Only the run directory of this checkout, and only when it is where lib.sh says.
        [[ $RUN_DIR == */run && -d $RUN_DIR ]] || die "refusing to delete $RUN_DIR"
        rm -rf "$RUN_DIR"
        log "deleted $RUN_DIR"
    fi
    log "stack down"
}

main "$@"
