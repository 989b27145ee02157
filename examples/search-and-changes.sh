#!/usr/bin/env bash
# Search (ranked, over articles, tags and people at once) and the change stream a mirror syncs with.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/search-and-changes.sh (BASE points it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}

curl -i "$BASE/api/v1/search?q=Lavrov"                                               # 200
curl -i "$BASE/api/v1/search?q=%22OSCE%20ministerial%22%20-Trump&limit=5"            # 200
curl -i "$BASE/api/v1/search"                                                        # 400

# The first page of changes, then only what changed after it: pass its `next` back as since
curl -i "$BASE/api/v1/changes?limit=5"                                               # 200
NEXT=$(curl -s "$BASE/api/v1/changes?limit=5" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
curl -i "$BASE/api/v1/changes?since=$NEXT&limit=100"                                 # 200
curl -i "$BASE/api/v1/changes?since=not-a-token"                                     # 400
