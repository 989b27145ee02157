#!/usr/bin/env bash
# Facets (facets= on /api/v1/articles) at a million articles: no filter (tags and people from the kept counts), a
# common tag, a common word, a tag with a language, a tag with years, and each dimension with its own filter lifted.
# Measured by measure.sh against a running service (BASE, default http://127.0.0.1:18090): one client, sequential,
# with the response cache off (DATELINE_CACHE_ENABLED=false when the service was started). Then, once per request,
# which facets were exact, approximate (counted over a sample) or omitted.
# usage: facets.sh LABEL   (TAG, WORD, LANGUAGE to pick others)
set -euo pipefail
DIR=$(dirname "$0")
BASE=${BASE:-http://127.0.0.1:18090}
TAG=${TAG:-ukraine}
WORD=${WORD:-ukraine}
LANGUAGE_=${LANGUAGE:-sq}
ALL=tags,people,language,year
requests() {
    printf 'list, no facets (hot read)\t%s\n' "/api/v1/articles?tag=$TAG"
    printf 'facets, no filter\t%s\n' "/api/v1/articles?facets=$ALL"
    printf 'facets tags+people, no filter\t%s\n' "/api/v1/articles?facets=tags,people"
    printf 'facets, tag\t%s\n' "/api/v1/articles?tag=$TAG&facets=$ALL"
    printf 'facets, q\t%s\n' "/api/v1/articles?q=$WORD&facets=$ALL"
    printf 'facets, tag+language\t%s\n' "/api/v1/articles?tag=$TAG&language=$LANGUAGE_&facets=$ALL"
    printf 'facets, tag+year\t%s\n' "/api/v1/articles?tag=$TAG&publishedAfter=2024-01-01&facets=$ALL"
    printf 'facets places, limit 50\t%s\n' "/api/v1/articles?tag=$TAG&facets=places,organisations&facetLimit=50"
}
requests | BASE=$BASE "$DIR/measure.sh" "$1"
# How each answer was counted: dimension=exact|approximate|omitted, and /without for the counts without its filter.
requests | while IFS=$'\t' read -r name path; do
    curl -s --max-time 60 "$BASE$path" | python3 -c '
import json, sys
facets = json.load(sys.stdin).get("facets") or {}
def how(f):
    return "omitted" if f.get("omitted") else ("approximate" if f.get("approximate") else "exact")
parts = []
for name, f in facets.items():
    part = name + "=" + how(f)
    if f.get("withoutOwnFilter") is not None:
        part += "/without=" + how(f["withoutOwnFilter"])
    parts.append(part)
print(sys.argv[1] + "\t" + sys.argv[2] + "\t" + (" ".join(parts) or "no facets"))
' "$1" "$name"
done
