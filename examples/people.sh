#!/usr/bin/env bash
# People: list, read, create, replace, merge-patch, delete.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/people.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
RUN=$(date +%s)

curl -i "$BASE/api/v1/people?limit=5"                                                # 200
curl -i "$BASE/api/v1/people?page=1&fields=slug,name,title"                          # 200
curl -i "$BASE/api/v1/people/sergei-lavrov"                                          # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' "$BASE/api/v1/people/sergei-lavrov")
curl -i -H "If-None-Match: $ETAG" "$BASE/api/v1/people/sergei-lavrov"                # 304
curl -i "$BASE/api/v1/people/no-such-person"                                         # 404

curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/people" \
  -d '{"name":"Example Person '"$RUN"'","slug":"example-person-'"$RUN"'","title":"Spokesperson","country":"MT"}'  # 201
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/people" \
  -d '{"name":"Bad country","country":"Malta"}'                                      # 422
PERSON="$BASE/api/v1/people/example-person-$RUN"
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$PERSON")
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" \
  "$PERSON" -d '{"affiliation":"Government of Malta","title":null}'                  # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$PERSON")
curl -i -X PUT -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$PERSON" \
  -d '{"name":"Example Person '"$RUN"'","slug":"example-person-'"$RUN"'","title":"Minister"}'  # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$PERSON")
curl -i -X DELETE -H "$KEY" -H "If-Match: $ETAG" "$PERSON"                           # 204
