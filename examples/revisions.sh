#!/usr/bin/env bash
# An article's history, for editors: its revisions, one with its snapshot, the diff of two, and a restore.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/revisions.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
RUN=$(date +%s)
A="$BASE/api/v1/articles/example-history-$RUN"

# Three writes, three revisions: created, edited, published
curl -s -o /dev/null -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" \
  -d '{"title":"Ministers meet in Malta","slug":"example-history-'"$RUN"'","body":"The talks opened in Malta."}'
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$A")
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" "$A" \
  -d '{"body":"The talks opened in Malta on Thursday."}'                            # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$A")
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" "$A" \
  -d '{"status":"published"}'                                                        # 200

# Read: newest first, paged like every list; one revision with its snapshot; what a revision changed
curl -i -H "$KEY" "$A/revisions?limit=2"                                             # 200
curl -i -H "$KEY" "$A/revisions/1"                                                   # 200
curl -i -H "$KEY" "$A/revisions/1/diff"                                              # 200
curl -i -H "$KEY" "$A/revisions/2/diff?against=0"                                    # 200
curl -i -H "$KEY" "$A/revisions/1/diff?against=1"                                    # 422
curl -i -H "$KEY" "$A/revisions/9"                                                   # 404
curl -i "$A/revisions"                                                               # 404

# Restore: revision 0's text as a new version; the article stays published
curl -i -X POST -H "$KEY" "$A/revisions/0/restore"                                   # 428
curl -i -X POST -H "$KEY" -H 'If-Match: "0-stale"' "$A/revisions/0/restore"          # 412
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$A")
curl -i -X POST -H "$KEY" -H "If-Match: $ETAG" "$A/revisions/0/restore"              # 200
