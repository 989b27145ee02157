#!/usr/bin/env bash
# Ranked search at a million articles (issue 26 item 3): a common word, a phrase of two common words and boolean
# queries through /api/v1/search and /api/v1/articles?q=, one client (measure.sh), then 32 concurrent clients on the
# word and the phrase (wrk, 30 s each, every status counted). Against a running service (BASE, default
# http://127.0.0.1:18090) started with DATELINE_CACHE_ENABLED=false and high rate limits (see v21.sh).
# usage: search.sh LABEL   (WORD, PHRASE, BOOLEAN, CLIENTS, SECONDS to change them)
set -euo pipefail
DIR=$(dirname "$0")
BASE=${BASE:-http://127.0.0.1:18090}
WORD=${WORD:-ukraine}
PHRASE=${PHRASE:-%22human%20rights%22}
BOOLEAN=${BOOLEAN:-lavrov%20OR%20blinken%20-russia}
CLIENTS=${CLIENTS:-32}
SECONDS_=${SECONDS:-30}
{
    printf 'search word\t%s\n' "/api/v1/search?q=$WORD"
    printf 'search phrase\t%s\n' "/api/v1/search?q=$PHRASE"
    printf 'search boolean\t%s\n' "/api/v1/search?q=$BOOLEAN"
    printf 'search word, limit=50\t%s\n' "/api/v1/search?q=$WORD&limit=50"
    printf 'search phrase, limit=50\t%s\n' "/api/v1/search?q=$PHRASE&limit=50"
    printf 'articles q word\t%s\n' "/api/v1/articles?q=$WORD"
    printf 'articles q phrase\t%s\n' "/api/v1/articles?q=$PHRASE"
} | "$DIR/measure.sh" "$1"
# wrk counts non-2xx answers itself ("Non-2xx or 3xx responses"); --latency prints the percentiles.
for path in "/api/v1/search?q=$WORD" "/api/v1/search?q=$PHRASE"; do
    echo "[$1] $CLIENTS clients, ${SECONDS_} s: $path"
    wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" --timeout 10s --latency "$BASE$path" \
        | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%|requests in'
done
