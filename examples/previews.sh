#!/usr/bin/env bash
# Preview links: an editor lets someone without a key read an unpublished article exactly as it will be published,
# until the link expires (60 s to 7 days, a day by default) or is revoked. Minting, listing and revoking need a key
# with content:write; reading a link needs none: its token is the credential.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/previews.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
RUN=$(date +%s)
DRAFT="$BASE/api/v1/articles/example-preview-$RUN"

curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" \
  -d '{"title":"Ministers from 57 countries meet in Malta","slug":"example-preview-'"$RUN"'",
       "body":"The annual OSCE meeting opens in **Malta**.","tags":["osce","malta"]}'  # 201, a draft

# Mint a link for an hour: its url (also the Location) holds the token, shown this once
curl -i -H "$KEY" -H 'Content-Type: application/json' "$DRAFT/previews" -d '{"ttlSeconds":3600}'  # 201
PREVIEW=$(curl -s -o /dev/null -w '%header{location}' -H "$KEY" -H 'Content-Type: application/json' \
  "$DRAFT/previews" -d '{}')
curl -i "$PREVIEW"                                  # 200, as published; private, no-store, X-Robots-Tag: noindex
curl -i "$DRAFT"                                    # 404, readers still see no draft
curl -i -H "$KEY" -H 'Content-Type: application/json' "$DRAFT/previews" -d '{"ttlSeconds":30}'  # 422

# A link to one revision (here the first), the newest of the article's live links (listed without their tokens)
LINK=$(curl -s -o /dev/null -w '%header{location}' -H "$KEY" -H 'Content-Type: application/json' \
  "$DRAFT/previews" -d '{"revision":0}')
curl -i "$LINK"                                                                      # 200, revision 0
curl -i -H "$KEY" "$DRAFT/previews"                                                  # 200
ID=$(curl -s -H "$KEY" "$DRAFT/previews" | sed -E 's/^\{"items":\[\{"id":"([^"]+)".*/\1/')
curl -i -X DELETE -H "$KEY" "$DRAFT/previews/$ID"                                    # 204
curl -i "$LINK"                                                                      # 404, revoked
curl -i "$BASE/api/v1/previews/not-a-token"                                          # 404
curl -i "$DRAFT/previews"                                                            # 404, editors only
