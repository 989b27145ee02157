#!/usr/bin/env bash
# Search prototypes. usage: after_search.sh LABEL 'query text' [rum]
E=$(dirname "$0")/ex.sh; R=${RUNS:-5}
label=$1; q=$(psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -c "select quote_literal(\$x\$$2\$x\$)")
MATCH="websearch_to_tsquery('dateline', $q)"; QUERY="(select $MATCH)"
RQ="(select cast(querytree(websearch_to_tsquery('dateline', $q)) as tsquery))"
HO="'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2'"
SNIP="case when ts_filter(a.search, cast(array['c'] as \"char\"[])) @@ $QUERY then ts_headline('dateline', a.body_text, $QUERY, $HO) when ts_filter(a.search, cast(array['a'] as \"char\"[])) @@ $QUERY then ts_headline('dateline', a.title, $QUERY, $HO) else ts_headline('dateline', concat_ws(' ', a.subtitle, a.excerpt), $QUERY, $HO) end"
SEL="querytree($QUERY) not in ('T', '')"
if [[ $3 != rum ]]; then
# (a) a bounded candidate set: the newest 1,000 matches (walking the newest-first index, or the GIN bitmap for a
#     rare word, as the planner estimates), ranked by the full ts_rank; snippets for the 21 returned rows only.
$E a_bounded1000_$label $R <<<"select c.id, c.rank from (select a.id, cast(ts_rank(a.search, $RQ) as double precision) as rank from article a where a.status = 'PUBLISHED' and a.search @@ $MATCH and $SEL order by a.published_at desc, a.id desc limit 1000) c order by c.rank desc, c.id desc limit 21"
# (b) the small head vector (title A, subtitle+excerpt B): rank its matches only (top-k by the head's ts_rank)
$E a_head_$label $R <<<"select h.id, cast(ts_rank(h.head, $RQ) as double precision) as rank from scale_proto.article_head h where h.status = 'PUBLISHED' and h.head @@ $MATCH order by rank desc, h.id desc limit 21"
# (b') how many rows the head vector matches
$E a_head_count_$label 1 <<<"select count(*) from scale_proto.article_head h where h.status = 'PUBLISHED' and h.head @@ $MATCH"
# (c) the snippets of one page alone (21 rows), the cost every variant pays on top of choosing the rows
$E a_snippets21_$label $R <<<"select a.id, $SNIP from article a where a.id in (select id from article where status = 'PUBLISHED' and search @@ $MATCH order by published_at desc limit 21)"
else
# (d) RUM: an index that returns matches in rank order (its own distance, <=>), partial on published articles
$E a_rum_$label $R <<<"select a.id, a.search <=> $MATCH as dist from article a where a.status = 'PUBLISHED' and a.search @@ $MATCH order by a.search <=> $MATCH limit 21"
$E a_rum_head_$label $R <<<"select h.id, h.head <=> $MATCH as dist from scale_proto.article_head h where h.status = 'PUBLISHED' and h.head @@ $MATCH order by h.head <=> $MATCH limit 21"
fi
