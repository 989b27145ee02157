#!/usr/bin/env bash
# Articles: list, filter, read, create, replace, merge-patch, correct, delete, and the JSON-LD of one.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/articles.sh (BASE and DATELINE_KEY point it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEY="Authorization: Bearer ${DATELINE_KEY:-dev-admin-key}"
SEED=lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine
RUN=$(date +%s)

# Lists: newest first in keyset pages (follow the `next` link), or numbered with page=
curl -i "$BASE/api/v1/articles?limit=5"                                              # 200
curl -i "$BASE/api/v1/articles?page=1&limit=5"                                       # 200
curl -i "$BASE/api/v1/articles?tag=osce&person=sergei-lavrov&fields=slug,title"      # 200
curl -i "$BASE/api/v1/articles?anyTag=armenia,azerbaijan&publishedAfter=2024-12-01"  # 200
curl -i "$BASE/api/v1/articles?q=ministerial&sort=relevance&fields=slug,title,highlight"  # 200
curl -i "$BASE/api/v1/articles?page=1&cursor=abc"                                    # 400
curl -i -H "$KEY" "$BASE/api/v1/articles?status=draft,scheduled"                     # 200

# One article, its body as HTML and text, and conditional reads
curl -i "$BASE/api/v1/articles/$SEED?formats=html,text"                              # 200
ETAG=$(curl -s -o /dev/null -w '%header{etag}' "$BASE/api/v1/articles/$SEED")
curl -i -H "If-None-Match: $ETAG" "$BASE/api/v1/articles/$SEED"                      # 304
curl -i "$BASE/api/v1/articles/no-such-article"                                      # 404
curl -i -H 'Accept: application/ld+json' "$BASE/api/v1/articles/$SEED/jsonld"        # 200

# Languages: each version of a story is its own article in one translation group (translationOf)
curl -i "$BASE/api/v1/articles/lavrov-dhe-blinken-takohen-ne-malte"                  # 200, Link hreflang="en"
curl -i "$BASE/api/v1/articles?language=sq&fields=slug,title,language"              # 200
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" \
  -d '{"title":"Another Albanian version","language":"sq","translationOf":"'"$SEED"'"}'  # 422, sq is taken
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" \
  -d '{"title":"Version française '"$RUN"'","slug":"version-francaise-'"$RUN"'","language":"fr",
       "translationOf":"'"$SEED"'"}'                                                 # 201, a draft in the group
FRENCH="$BASE/api/v1/articles/version-francaise-$RUN"
curl -i -H "$KEY" "$FRENCH"                                             # 200, translations: en published, sq published
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$FRENCH")
curl -i -X DELETE -H "$KEY" -H "If-Match: $ETAG" "$FRENCH"                           # 204, the group is as it was

# Write: a key, a JSON body; a change states the version it changes (If-Match)
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" \
  -d '{"title":"Example article '"$RUN"'","slug":"example-article-'"$RUN"'","body":"Written **in Markdown**.",
       "tags":["osce"],"people":[{"person":"sergei-lavrov","role":"subject"}]}'     # 201
curl -i -H 'Content-Type: application/json' "$BASE/api/v1/articles" -d '{"title":"No key"}'  # 401
curl -i -H "$KEY" -H 'Content-Type: application/json' "$BASE/api/v1/articles" -d '{"title":""}'  # 422
ARTICLE="$BASE/api/v1/articles/example-article-$RUN"
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$ARTICLE")
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" \
  "$ARTICLE" -d '{"status":"published","subtitle":"Now public"}'                     # 200
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" \
  "$ARTICLE" -d '{"subtitle":"From a stale copy"}'                                   # 412
curl -i -X PATCH -H "$KEY" -H 'Content-Type: application/merge-patch+json' \
  "$ARTICLE" -d '{"subtitle":"Without a version"}'                                   # 428
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$ARTICLE")
curl -i -X PUT -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$ARTICLE" \
  -d '{"title":"Example article '"$RUN"', replaced","slug":"example-article-'"$RUN"'","status":"published",
       "body":"Replaced whole: what the body leaves out is gone.","tags":["osce","malta"]}'  # 200
# A public note on the published article: a write of it, so it states the article's version too
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$ARTICLE")
curl -i -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$ARTICLE/corrections" \
  -d '{"kind":"correction","text":"An earlier version listed only one tag."}'        # 201
curl -i -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$ARTICLE/corrections" \
  -d '{"kind":"update","text":"From a stale copy."}'                                 # 412
curl -i -H "$KEY" -H 'Content-Type: application/json' "$ARTICLE/corrections" \
  -d '{"kind":"update","text":"Without a version."}'                                 # 428
ETAG=$(curl -s -o /dev/null -w '%header{etag}' -H "$KEY" "$ARTICLE")
curl -i -H "$KEY" -H 'Content-Type: application/json' -H "If-Match: $ETAG" "$ARTICLE/corrections" \
  -d '{"kind":"erratum","text":"An unknown kind."}'                                  # 400
curl -i -X DELETE -H "$KEY" -H "If-Match: $ETAG" "$ARTICLE"                          # 204
curl -i "$ARTICLE"                                                                   # 404
