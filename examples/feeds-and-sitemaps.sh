#!/usr/bin/env bash
# Feeds (RSS 2.0, Atom, JSON Feed: everything, per tag, per person, the corrections), the sitemaps and the Google News sitemap.
# Each request is a plain curl; the comment after it is the status it answers on the demo content.
# Run against `./mvnw quarkus:dev`: bash examples/feeds-and-sitemaps.sh (BASE points it elsewhere).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}

curl -i "$BASE/feeds/articles.rss"                                                   # 200
curl -i "$BASE/feeds/articles.atom?limit=10"                                         # 200
curl -i "$BASE/feeds/articles.json"                                                  # 200
curl -i "$BASE/feeds/articles.json?language=sq"                                      # 200, Albanian only
curl -i "$BASE/feeds/articles.rss?language=not%20a%20tag"                             # 400
curl -i "$BASE/feeds/tags/osce.rss"                                                  # 200
curl -i "$BASE/feeds/tags/ukraine.atom"                                              # 200
curl -i "$BASE/feeds/tags/malta.json"                                                # 200
curl -i "$BASE/feeds/people/sergei-lavrov.rss"                                       # 200
curl -i "$BASE/feeds/people/antony-blinken.atom"                                     # 200
curl -i "$BASE/feeds/people/feridun-sinirlioglu.json"                                # 200
curl -i "$BASE/feeds/corrections.rss"                                                # 200
curl -i "$BASE/feeds/corrections.atom"                                               # 200
curl -i "$BASE/feeds/corrections.json?limit=10"                                      # 200
curl -i "$BASE/feeds/tags/no-such-tag.rss"                                           # 404
ETAG=$(curl -s -o /dev/null -w '%header{etag}' "$BASE/feeds/tags/osce.rss")
curl -i -H "If-None-Match: $ETAG" "$BASE/feeds/tags/osce.rss"                        # 304

curl -i "$BASE/sitemap.xml"                                                          # 200
curl -i "$BASE/sitemaps/articles-1.xml"                                              # 200
curl -i "$BASE/sitemaps/tags-1.xml"                                                  # 200
curl -i "$BASE/sitemaps/people-1.xml"                                                # 200
curl -i "$BASE/sitemaps/news.xml"                                                    # 200
curl -i "$BASE/sitemaps/articles-999.xml"                                            # 404
