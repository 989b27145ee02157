#!/usr/bin/env bash
# Admin: API keys with scopes, and webhook subscriptions with their delivery log. Needs a key with scope admin.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/keys-and-webhooks.sh (BASE and DATELINE_KEY point it elsewhere;
# WEBHOOK_URL is where the subscription sends, by default a local port nothing listens on: deliveries then fail
# and are retried, which the delivery log shows).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
WEBHOOK_URL=${WEBHOOK_URL:-http://127.0.0.1:9/dateline-hook}

curl -i -H "$KEY" "$BASE/api/v1/keys"                                                # 200
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/keys" \
  -d '{"name":"Mobile app (read only)","scopes":["content:read"]}'                  # 201
NEW_KEY=$(curl -s -o /dev/null -w '%header{location}' -H "$KEY" -H 'Content-Type: application/json' \
  "$BASE/api/v1/keys" -d '{"name":"Example key","scopes":["content:write"]}')
curl -i -H "$KEY" "$NEW_KEY"                                                         # 200
curl -i "$BASE/api/v1/keys"                                                          # 401
curl -i -X DELETE -H "$KEY" "$NEW_KEY"                                               # 204
curl -i -H "$KEY" "$NEW_KEY"                                                         # 200, revokedAt set
curl -i -H "$KEY" "$BASE/api/v1/keys/00000000-0000-4000-8000-000000000000"           # 404

curl -i -H "$KEY" "$BASE/api/v1/webhooks"                                            # 200
HOOK=$(curl -s -o /dev/null -w '%header{location}' -H "$KEY" -H 'Content-Type: application/json' \
  "$BASE/api/v1/webhooks" -d '{"url":"'"$WEBHOOK_URL"'","events":["article.*","tag.updated"]}')
curl -i -H "$KEY" "$HOOK"                                                            # 200
curl -i -H "$KEY" "$HOOK/deliveries?limit=20"                                        # 200
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/webhooks" \
  -d '{"url":"'"$WEBHOOK_URL"'","events":["article.created"]}'                       # 422
curl -i -X DELETE -H "$KEY" "$HOOK"                                                  # 204
