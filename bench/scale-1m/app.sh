#!/usr/bin/env bash
# The reads of SCALE-1M.md's table through a running service (BASE, default http://127.0.0.1:18090), measured by
# measure.sh: one client, sequential. Deep cursors are found first by following links.next.
# usage: app.sh LABEL   (picks from picks.env)
set -euo pipefail
DIR=$(dirname "$0")
source "$DIR/picks.env"
BASE=${BASE:-http://127.0.0.1:18090}
A=/api/v1/articles
# The link of the page reached after following links.next $2 times from $1.
deep() {
    local link=$1
    for _ in $(seq 1 "$2"); do
        link=$(curl -sf --max-time 60 "$BASE$link" | jq -r '.links.next')
    done
    printf '%s' "$link"
}
{
    printf 'list page 1\t%s\n' "$A?limit=20"
    printf 'cursor page 51\t%s\n' "$(deep "$A?limit=20" 50)"
    printf 'tag\t%s\n' "$A?tag=$T1"
    printf 'tag, cursor page 51\t%s\n' "$(deep "$A?tag=$T1" 50)"
    printf 'two tags all-of\t%s\n' "$A?tag=$T1&tag=$T2"
    printf 'anyTag\t%s\n' "$A?anyTag=$T1,$T2"
    printf 'person\t%s\n' "$A?person=$P1"
    printf 'page 500 (deepest numbered)\t%s\n' "$A?page=500&limit=20"
    printf 'tags limit 100\t%s\n' "/api/v1/tags?limit=100"
    printf 'people limit 100\t%s\n' "/api/v1/people?limit=100"
    printf 'q word\t%s\n' "$A?q=${WORD:-ukraine}"
    printf 'search word\t%s\n' "/api/v1/search?q=${WORD:-ukraine}"
} | "$DIR/measure.sh" "$1"
