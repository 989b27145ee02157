#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the proposed query shapes over the prototype tables of proto.sql.
source $(dirname "$0")/picks.env
E=$(dirname "$0")/ex.sh; R=${RUNS:-5}
lt=scale_proto.article_tag; lp=scale_proto.article_person
ord="order by at.published_at desc, at.article_id desc"
$E a_tag $R <<<"select at.article_id as id, at.published_at as k from $lt at where at.tag_id = '$T1ID' and at.published $ord limit 21"
# a deep cursor on the tag list: the 5,000th entry's key
IFS='|' read K KID < <(psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -F'|' -c "select published_at, article_id from $lt where tag_id = '$T1ID' and published order by published_at desc, article_id desc offset 5000 limit 1")
$E a_tag_cursor $R <<<"select at.article_id as id, at.published_at as k from $lt at where at.tag_id = '$T1ID' and at.published and (at.published_at, at.article_id) < ('$K', '$KID') $ord limit 21"
$E a_tag_all $R <<<"select at.article_id as id, at.published_at as k from $lt at where at.tag_id = '$T1ID' and at.published and exists (select 1 from $lt b where b.article_id = at.article_id and b.tag_id = '$T2ID') $ord limit 21"
$E a_anytag_union $R <<<"select id, k from ((select at.article_id as id, at.published_at as k from $lt at where at.tag_id = '$T1ID' and at.published $ord limit 21) union (select at.article_id, at.published_at from $lt at where at.tag_id = '$T2ID' and at.published $ord limit 21)) u order by k desc, id desc limit 21"
$E a_anytag_any $R <<<"select distinct at.article_id as id, at.published_at as k from $lt at where at.tag_id = any(array['$T1ID', '$T2ID']::uuid[]) and at.published order by k desc, id desc limit 21"
$E a_person $R <<<"select ap.article_id as id, ap.published_at as k from $lp ap where ap.person_id = '$P1ID' and ap.published group by ap.published_at, ap.article_id order by ap.published_at desc, ap.article_id desc limit 21"
$E a_page2000_indexonly $R <<<"select a.id as id, a.published_at as k from article a where a.status = 'PUBLISHED' order by a.published_at desc, a.id desc offset 39980 limit 20"
$E a_page500 $R <<<"select a.id as id, a.published_at as k from article a where a.status = 'PUBLISHED' order by a.published_at desc, a.id desc offset 9980 limit 20"
$E a_tags_page $R <<<"select t.*, c.published_articles from tag t join scale_proto.tag_count c on c.tag_id = t.id order by t.name, t.id limit 101"
$E a_people_page $R <<<"select p.*, c.published_articles from person p join scale_proto.person_count c on c.person_id = p.id order by p.name, p.id limit 101"
$E a_tag_total $R <<<"select published_articles from scale_proto.tag_count where tag_id = '$T1ID'"
