#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the statements ArticleListPlanner (ArticleRepository before issue 23), TagRepository and PersonRepository send since
# migration V6 (the shapes of commit 7c37703, literals in place of the bind parameters), with jit off as the
# service's connections have it. Plans land in plans/ (not kept in git).
source $(dirname "$0")/picks.env
E=$(dirname "$0")/ex.sh; R=${RUNS:-5}; export JIT=off
q() { psql -h 127.0.0.1 -U postgres -d bench_1m -X -At -c "$1"; }
t1=$(q "select id from tag where slug = '$T1'"); t2=$(q "select id from tag where slug = '$T2'")
p1=$(q "select id from person where slug = '$P1'")
pub="a.status = 'PUBLISHED'"
walk() { # $1: link view, $2: its key column and value, $3: more conditions
    echo "(select $4 d.article_id as id, d.published_at as k from $1 d join article a on a.id = d.article_id where $pub $3 and d.$2 and d.published order by d.published_at desc, d.article_id desc limit 21)"
}
wrap() { echo "select u.id as id, u.k as k from ($1) u order by u.k desc, u.id desc limit 21"; }
$E v6_resolve $R <<<"select n.id as id, n.slug as slug, coalesce(s.published_articles, 0) as n from tag n left join tag_stats s on s.tag_id = n.id where n.slug in ('$T1', '$T2')"
$E v6_tag $R <<<"$(wrap "$(walk article_tag_listing "tag_id = '$t1'")")"
$E v6_tag_all $R <<<"$(wrap "$(walk article_tag_listing "tag_id = '$t2'" "and exists (select 1 from article_tag at where at.article_id = a.id and at.tag_id = '$t1')")")"
$E v6_anytag $R <<<"$(wrap "$(walk article_tag_listing "tag_id = '$t1'") union $(walk article_tag_listing "tag_id = '$t2'")")"
$E v6_person $R <<<"$(wrap "$(walk article_person_listing "person_id = '$p1'" "" distinct)")"
$E v6_page500_count $R <<<"select count(*) from (select 1 from article a where $pub limit 10001) c"
$E v6_page500_rows $R <<<"select a.id as id, a.published_at as k from article a where $pub order by a.published_at desc, a.id desc offset 9980 limit 20"
ids=$(q "select string_agg(quote_literal(id), ',') from (select id from tag order by name, id limit 100) x")
$E v6_tags_counts $R <<<"select tag_id as id, published_articles as n from tag_stats where tag_id in ($ids)"
ids=$(q "select string_agg(quote_literal(id), ',') from (select id from person order by name, id limit 100) x")
$E v6_people_counts $R <<<"select person_id as id, published_articles as n from person_stats where person_id in ($ids)"
