#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the application's SQL (shapes of ArticleListPlanner (ArticleRepository before issue 23), TagRepository, PersonRepository,
# SearchRepository/PostgresTextSearch at f175a4d), literal values in place of the bind parameters.
source $(dirname "$0")/picks.env
E=$(dirname "$0")/ex.sh; R=${RUNS:-5}
W=${WORD:-ukraine}; PH=${PHRASE}
pub="a.status = 'PUBLISHED'"
ord="order by a.published_at desc, a.id desc"
tagx() { echo "exists (select 1 from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id and (1 = 0 or t.slug in ($1)))"; }
$E b_list $R <<<"select a.id as id, a.published_at as k from article a where $pub $ord limit 21"
$E b_tag $R <<<"select a.id as id, a.published_at as k from article a where $pub and $(tagx "'$T1'") $ord limit 21"
$E b_tag_all $R <<<"select a.id as id, a.published_at as k from article a where $pub and $(tagx "'$T1'") and $(tagx "'$T2'") $ord limit 21"
$E b_anytag $R <<<"select a.id as id, a.published_at as k from article a where $pub and $(tagx "'$T1', '$T2'") $ord limit 21"
$E b_person $R <<<"select a.id as id, a.published_at as k from article a where $pub and exists (select 1 from article_person ap join person p on p.id = ap.person_id where ap.article_id = a.id and (1 = 0 or p.slug in ('$P1'))) $ord limit 21"
$E b_page2000_rows $R <<<"select a.id as id, a.published_at as k from article a where $pub $ord offset 39980 limit 20"
$E b_page2000_count $R <<<"select count(*) from article a where $pub"
ids=$(psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -c "select string_agg(quote_literal(id), ',') from (select id from tag order by name, id limit 100) x")
$E b_tags_page $R <<<"select * from tag order by name, id limit 101"
$E b_tags_counts $R <<<"select at.tag_id as id, count(*) as n from article_tag at join article a on a.id = at.article_id where a.status = 'PUBLISHED' and at.tag_id in ($ids) group by at.tag_id"
ids=$(psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -c "select string_agg(quote_literal(id), ',') from (select id from person order by name, id limit 100) x")
$E b_people_page $R <<<"select * from person order by name, id limit 101"
$E b_people_counts $R <<<"select ap.person_id as id, count(distinct ap.article_id) as n from article_person ap join article a on a.id = ap.article_id where a.status = 'PUBLISHED' and ap.person_id in ($ids) group by ap.person_id"
