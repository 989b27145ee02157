-- Benchmark data, step 3 of 3 (run by bench/generate.sh): recreates the indexes dropped for the load, vacuums
-- and analyses, prints what was loaded, and removes the generator's working schema.
\set ON_ERROR_STOP 1
set client_min_messages = warning;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';     -- the match counts below: exact bitmaps, no rechecks

-- What the triggers of migration V6 keep, which did not fire during the load (batch.sql): the list's sort key on
-- the link rows, and the published-article counts. Before the indexes are rebuilt, so that the updates need not
-- maintain them (when the load dropped them).
select exists (select 1 from pg_tables where tablename = 'tag_stats' and schemaname = current_schema()) as has_v6
\gset
\if :has_v6
\echo [gen] sort keys on link rows and article counts (kept by the V6 triggers)
-- Without the triggers, as the load ran: they would count link by link what the inserts below set at once (at a
-- million articles the row triggers took over ten minutes).
set session_replication_role = replica;
update article_tag at set published_at = a.published_at, published = (a.status = 'PUBLISHED')
    from article a where a.id = at.article_id;
update article_person ap set published_at = a.published_at, published = (a.status = 'PUBLISHED')
    from article a where a.id = ap.article_id;
insert into tag_stats as s (tag_id, published_articles)
    select t.id, count(at.tag_id) from tag t left join article_tag at on at.tag_id = t.id and at.published
    group by t.id
    on conflict (tag_id) do update set published_articles = excluded.published_articles;
insert into person_stats as s (person_id, published_articles)
    select p.id, count(distinct ap.article_id) from person p
    left join article_person ap on ap.person_id = p.id and ap.published group by p.id
    on conflict (person_id) do update set published_articles = excluded.published_articles;
reset session_replication_role;
\endif

-- What V8's triggers do, which did not fire either: queue every published article for its stored document (the
-- service renders them in the background; bench/run.sh waits for that).
select exists (select 1 from pg_tables where tablename = 'article_document_queue' and schemaname = current_schema())
    as has_v8
\gset
\if :has_v8
\echo [gen] queueing published articles for their stored documents
insert into article_document_queue (article_id) select id from article where status = 'PUBLISHED'
    on conflict (article_id) do nothing;
\endif

-- What V23's trigger does: the search heads of the published articles, in one statement.
select exists (select 1 from pg_tables where tablename = 'article_search_head' and schemaname = current_schema())
    as has_v23
\gset
\if :has_v23
\echo [gen] search heads of published articles
insert into article_search_head (article_id, language, search_config, published_at, head)
    select id, language, search_config, published_at, dateline_search_head(search_config, title, subtitle, excerpt)
    from article where status = 'PUBLISHED'
    on conflict (article_id) do nothing;
analyze article_search_head;
\endif

select exists (select 1 from pg_tables where schemaname = 'bench_saved' and tablename = 'saved_indexes') as has_saved
\gset
\if :has_saved
\echo [gen] recreating the indexes dropped for the load
select index_name as recreating from bench_saved.saved_indexes order by table_name, index_name;
\timing on
select def from bench_saved.saved_indexes order by table_name, index_name \gexec
\timing off
drop schema bench_saved cascade;
\endif

\echo [gen] vacuum analyze
vacuum (analyze) tag;
vacuum (analyze) person;
vacuum (analyze) article;
vacuum (analyze) article_tag;
vacuum (analyze) article_person;
\if :has_v6
vacuum (analyze) tag_stats;
vacuum (analyze) person_stats;
\endif

\echo [gen] loaded:
select (select count(*) from article) as articles,
       (select count(*) from article where status = 'PUBLISHED') as published,
       (select count(*) from tag) as tags,
       (select count(*) from person) as people,
       round((select count(*) from article_tag)::numeric / greatest(1, (select count(*) from article)), 2)
           as tags_per_article,
       round((select count(*) from article_person)::numeric / greatest(1, (select count(*) from article)), 2)
           as people_per_article,
       (select round(avg(word_count)) from article) as avg_words,
       pg_size_pretty(pg_database_size(current_database())) as database_size;

\echo [gen] languages, most used tags and people, share of articles a common word finds:
select language, count(*) from article group by language order by count(*) desc;
select t.slug, count(*) as articles from article_tag at join tag t on t.id = at.tag_id
group by t.slug order by count(*) desc limit 5;
select p.slug, count(*) as articles from article_person ap join person p on p.id = ap.person_id
where ap.role <> 'AUTHOR' group by p.slug order by count(*) desc limit 3;
-- A load may run without the search vector (bench/SCALE-1M.md, 7 Dec 2026: V21 makes it afterwards).
select exists (select 1 from information_schema.columns where table_schema = current_schema()
               and table_name = 'article' and column_name = 'search') as has_search
\gset
\if :has_search
select w.word, count(a.id) as matches,
       round(100.0 * count(a.id) / greatest(1, (select count(*) from article)), 1) as percent
from (values ('ukraine'), ('osce'), ('lavrov'), ('shqipëria')) w(word)
left join article a on a.search @@ websearch_to_tsquery('dateline', w.word)
group by w.word order by matches desc;
\endif

\if :{?keep}
\echo [gen] kept the working schema bench_gen (KEEP_STAGING)
\else
drop schema bench_gen cascade;
\endif
