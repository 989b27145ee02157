-- Prototypes, kept apart from the application's schema in schema scale_proto (the public schema stays as the
-- migrations V1-V5 left it). Run with: psql -h 127.0.0.1 -U postgres -d bench_1m -f proto.sql
\timing on
set maintenance_work_mem = '512MB';
create schema if not exists scale_proto;

-- 1. Link rows carry the list's sort key (published_at) and whether the article is public.
drop table if exists scale_proto.article_tag, scale_proto.article_person, scale_proto.tag_count, scale_proto.person_count,
    scale_proto.article_head cascade;
create table scale_proto.article_tag as
select at.article_id, at.tag_id, at.position, a.published_at, (a.status = 'PUBLISHED') as published
from article_tag at join article a on a.id = at.article_id;
alter table scale_proto.article_tag add primary key (article_id, tag_id);
create index article_tag_list_idx on scale_proto.article_tag (tag_id, published_at desc, article_id desc) where published;

create table scale_proto.article_person as
select ap.article_id, ap.person_id, ap.role, ap.position, a.published_at, (a.status = 'PUBLISHED') as published
from article_person ap join article a on a.id = ap.article_id;
alter table scale_proto.article_person add primary key (article_id, person_id, role);
create index article_person_list_idx on scale_proto.article_person (person_id, published_at desc, article_id desc) where published;
create index article_person_role_list_idx on scale_proto.article_person (person_id, role, published_at desc, article_id desc) where published;

-- 2. Maintained counts of published articles per tag and per person (a column on tag/person in the migration;
--    a side table here so that the public schema stays untouched).
create table scale_proto.tag_count as
select t.id as tag_id, coalesce(c.n, 0)::bigint as published_articles
from tag t left join (select tag_id, count(*) n from scale_proto.article_tag where published group by tag_id) c on c.tag_id = t.id;
alter table scale_proto.tag_count add primary key (tag_id);
create table scale_proto.person_count as
select p.id as person_id, coalesce(c.n, 0)::bigint as published_articles
from person p left join (select person_id, count(distinct article_id) n from scale_proto.article_person where published group by person_id) c on c.person_id = p.id;
alter table scale_proto.person_count add primary key (person_id);
-- The lists order by name: no index serves that today.
create index if not exists scale_proto_tag_name_idx on tag (name, id);
create index if not exists scale_proto_person_name_idx on person (name, id);

-- 3. A small inline vector of title (A), subtitle and excerpt (B), for ranking a bounded candidate set.
create table scale_proto.article_head as
select a.id, a.published_at, a.status,
       setweight(to_tsvector('dateline', coalesce(a.title, '')), 'A')
       || setweight(to_tsvector('dateline', coalesce(a.subtitle, '') || ' ' || coalesce(a.excerpt, '')), 'B') as head
from article a;
alter table scale_proto.article_head add primary key (id);
create index article_head_idx on scale_proto.article_head using gin (head) where status = 'PUBLISHED';
create index article_head_published_idx on scale_proto.article_head (published_at desc, id desc) where status = 'PUBLISHED';

vacuum analyze scale_proto.article_tag, scale_proto.article_person, scale_proto.tag_count, scale_proto.person_count,
    scale_proto.article_head, tag, person;
select relname, pg_size_pretty(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'scale_proto' and c.relkind = 'r';
