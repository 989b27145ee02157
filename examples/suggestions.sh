#!/usr/bin/env bash
# Suggestions: the tags and people a text names, and names that are none of them yet (editors only).
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/suggestions.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"

curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" \
  -d '{"title":"Lavrov and Blinken meet in Malta","body":"The **OSCE** chose Feridun Sinirlioglu; Mark Rutte of NATO watched.","language":"en"}'  # 200
curl -i -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" -d '{"body":"OSCE"}'  # 401
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" -d '{"body":42}'  # 400
printf '{"body":"%s"}' "$(head -c 200001 /dev/zero | tr '\0' a)" | curl -i -H "$KEY" \
  -H 'Content-Type: application/json' "$BASE/api/v1/suggestions" --data-binary @-     # 422, over the body limit
