#!/usr/bin/env bash
# Search per language (migration V21) at a million articles, 10 % of them Albanian (sq): a common English word and a
# common Albanian word, typed without its accents, with and without language=, through /search and /articles?q=.
# Measured by measure.sh against a running service (BASE, default http://127.0.0.1:18090): one client, sequential.
# usage: lang.sh LABEL   (EN_WORD, SQ_WORD to pick other words)
set -euo pipefail
DIR=$(dirname "$0")
EN=${EN_WORD:-ukraine}
SQ=${SQ_WORD:-shqiperia}
{
    printf 'search en word\t%s\n' "/api/v1/search?q=$EN"
    printf 'search en word, language=en\t%s\n' "/api/v1/search?q=$EN&language=en"
    printf 'search sq word, language=sq\t%s\n' "/api/v1/search?q=$SQ&language=sq"
    printf 'search sq word\t%s\n' "/api/v1/search?q=$SQ"
    printf 'articles q en word\t%s\n' "/api/v1/articles?q=$EN"
    printf 'articles q en word, language=en\t%s\n' "/api/v1/articles?q=$EN&language=en"
    printf 'articles q sq word, language=sq\t%s\n' "/api/v1/articles?q=$SQ&language=sq"
    printf 'articles q sq word\t%s\n' "/api/v1/articles?q=$SQ"
} | "$DIR/measure.sh" "$1"
