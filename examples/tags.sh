#!/usr/bin/env bash
# Tags: list, read, create, replace, merge-patch, delete.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/tags.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
RUN=$(date +%s)

curl -i "$BASE/api/v1/tags?limit=5"                                                  # 200
curl -i "$BASE/api/v1/tags?page=1&fields=slug,name,articleCount"                     # 200
curl -i "$BASE/api/v1/tags/osce"                                                     # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' "$BASE/api/v1/tags/osce")
curl -i -H "If-None-Match: $ETAG" "$BASE/api/v1/tags/osce"                           # 304
curl -i "$BASE/api/v1/tags/no-such-tag"                                              # 404

curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/tags" \
  -d '{"name":"Example tag '"$RUN"'","slug":"example-tag-'"$RUN"'","kind":"topic"}'  # 201
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/tags" \
  -d '{"name":"Taken","slug":"osce"}'                                                # 409
TAG="$BASE/api/v1/tags/example-tag-$RUN"
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$TAG")
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" \
  "$TAG" -d '{"description":"An example.","aliases":["Sample tag"]}'                 # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$TAG")
curl -i -X PUT -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$TAG" \
  -d '{"name":"Example tag '"$RUN"'","slug":"example-tag-'"$RUN"'","kind":"event"}'  # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$TAG")
curl -i -X DELETE -H "$KEY" -H "If-Match: $ETAG" "$TAG"                              # 204
