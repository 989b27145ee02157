#!/usr/bin/env bash
# The application's search SQL (PostgresTextSearch + ArticleListPlanner.rows (ArticleRepository.rows before issue 23) / SearchRepository.articles), :q literal.
# usage: before_search.sh LABEL 'query text'
E=$(dirname "$0")/ex.sh; R=${RUNS:-2}
label=$1; q=$(psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -c "select quote_literal(\$x\$$2\$x\$)")
MATCH="websearch_to_tsquery('dateline', $q)"; QUERY="(select $MATCH)"
RANK="cast(ts_rank(a.search, (select cast(querytree(websearch_to_tsquery('dateline', $q)) as tsquery))) as double precision)"
HO="'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2'"
hl() { echo "ts_headline('dateline', $1, $QUERY, $HO)"; }
SNIP="case when ts_filter(a.search, cast(array['c'] as \"char\"[])) @@ $QUERY then $(hl a.body_text) when ts_filter(a.search, cast(array['a'] as \"char\"[])) @@ $QUERY then $(hl a.title) else $(hl "concat_ws(' ', a.subtitle, a.excerpt)") end"
SEL="querytree($QUERY) not in ('T', '')"
$E b_articles_q_$label $R <<<"select a.id as id, $RANK as k, $SNIP as s from article a where a.status = 'PUBLISHED' and a.search @@ $MATCH and $SEL order by $RANK desc, a.id desc limit 21"
$E b_search_articles_$label $R <<<"select a.id, a.slug, a.title, a.excerpt, a.published_at, a.updated_at, r.rank, $SNIP as snippet from (select a.id, $RANK as rank from article a where (a.search @@ $MATCH and $SEL) and $SEL and a.status = 'PUBLISHED' order by rank desc, a.id limit 10) r join article a on a.id = r.id order by r.rank desc, a.id"
