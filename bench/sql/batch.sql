-- Benchmark data, step 2 of 3 (run by bench/generate.sh once per batch): articles number :lo to :hi, with their
-- ordered tags and people, in one transaction. Every random choice is made once, in temp table b, and the rows
-- are then assembled from the pools of setup.sql. psql variables: lo, hi, ntags, npeople, nstaff, nsent, npara,
-- nhead, sq (share of articles in Albanian, 0..1: their text comes from setup.sql's Albanian pools, at ids
-- offset by nsent, npara and nhead).
\set ON_ERROR_STOP 1
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '64MB';
-- No triggers during the load: parallel batches would queue on the same tag_stats rows, and the change
-- notifications would empty every listening cache each batch; finish.sql sets what the triggers keep, at once.
set session_replication_role = replica;
select setseed((:lo % 99991)::float8 / 99991) \gset

begin;

-- One row per article: its status, times, language, counts of links and the choices that shape its text.
create temp table b on commit drop as
with x as materialized (
    select i, random() as rs, random() as rl, random() as rt, random() as rc, random() as re, random() as re2,
           random() as rsub, random() as rimg, random() as rcap, random() as rcanon, random() as rhead,
           random() as rquote, random() as rexc, random() as rplace, random() as rnt, random() as rna,
           random() as rno, random() as rph, random() as rcred,
           600 + floor(random() * 301)::int as target,
           1 + floor(random() * :nsent)::int as tsid, 5 + floor(random() * 7)::int as tlen,
           1 + floor(random() * :nsent)::int as ssid, 1 + floor(random() * :nsent)::int as esid,
           1 + floor(random() * :nsent)::int as csid, floor(random() * :nhead)::int as hbase
    from generate_series(:lo, :hi) i
), s0 as (
    select x.*, case when rl < :sq then :nsent else 0 end as so,
           case when rl < :sq then :npara else 0 end as po, case when rl < :sq then :nhead else 0 end as ho
    from x
), s as (
    select s0.*,
           case when rs < 0.95 then 'PUBLISHED' when rs < 0.98 then 'DRAFT' when rs < 0.99 then 'SCHEDULED'
                else 'ARCHIVED' end as status,
           -- the sq share first; the rest keeps its mix (85 % en, 7 % de, 5 % fr, 3 % ru)
           case when rl < :sq then 'sq' when (rl - :sq) / (1 - :sq) < 0.85 then 'en'
                when (rl - :sq) / (1 - :sq) < 0.92 then 'de' when (rl - :sq) / (1 - :sq) < 0.97 then 'fr'
                else 'ru' end as lang,
           case when rnt < 0.10 then 1 when rnt < 0.30 then 2 when rnt < 0.60 then 3 when rnt < 0.82 then 4
                when rnt < 0.92 then 5 else 6 end as ntags,
           1 + (rna < 0.15)::int as nauth,
           case when rno < 0.35 then 0 when rno < 0.70 then 1 when rno < 0.90 then 2 else 3 end as nother
    from s0
), t as (
    -- Published dates over eight years, denser towards now; drafts from the last 60 days; scheduled ones due
    -- within a month.
    select s.*,
           case when status in ('PUBLISHED', 'ARCHIVED')
                then date_trunc('minute', now() - interval '8 years' * power(rt, 1.6) - interval '1 minute') end
               as published
    from s
), u as (
    select t.*,
           case when status in ('PUBLISHED', 'ARCHIVED') then published - interval '36 hours' * rc
                when status = 'DRAFT' then now() - interval '60 days' * rt
                else now() - interval '10 days' * rc end as created,
           case when status = 'SCHEDULED' then date_trunc('minute', now() + interval '1 hour' + interval '30 days' * rt)
                else published end as publish_at
    from t
), v as (
    select u.*,
           case when re < 0.25 then least(now(), coalesce(published, created) + interval '10 days' * re2)
                else coalesce(published, created) end as updated,
           case when status = 'DRAFT' then floor(re2 * 3)::int
                when status = 'SCHEDULED' then 1
                else 1 + case when re < 0.25 then 1 + floor(re2 * 4)::int else 0 end end as version,
           (select regexp_replace(array_to_string((string_to_array(rtrim(st.txt, '.'), ' '))[1:u.tlen], ' '),
                                  ',$', '')
            from bench_gen.sentence st where st.id = u.so + u.tsid) as title
    from u
)
select v.*, bench_gen.uuid7(created) as id, bench_gen.slugify(title, 80) || '-' || i as slug from v;
create index on b (i);
analyze b;

-- Tags: Zipf-drawn (exponent 0.75, so the top tags are common and most are rare), duplicates dropped, in order.
create temp table bt on commit drop as
with d as materialized (
    select b.i, j, bench_gen.zipf(:ntags, 0.75, random()) as rank from b, generate_series(1, b.ntags) j
), u as (
    select i, rank, min(j) as j from d group by i, rank
)
select u.i, t.id as tag_id, t.name, t.kind, (row_number() over (partition by u.i order by u.j) - 1)::int as position
from u join bench_gen.tag_rank t using (rank);

-- People: one or two authors from the newsroom staff, then 0-3 people the article is about (Zipf-drawn),
-- now and then a photographer.
create temp table bp on commit drop as
with o as materialized (
    select b.i, j, random() as r, random() as z from b, generate_series(1, b.nother) j
), d as materialized (
    select b.i, j, 'AUTHOR' as role, :npeople - :nstaff + 1 + floor(random() * :nstaff)::int as rank
    from b, generate_series(1, b.nauth) j
    union all
    select o.i, 10 + o.j,
           case when o.r < 0.5 then 'SUBJECT' when o.r < 0.85 then 'QUOTED' else 'MENTIONED' end,
           bench_gen.zipf(:npeople - :nstaff, 0.75, o.z)
    from o
    union all
    select b.i, 20, 'PHOTOGRAPHER', :npeople - :nstaff + 1 + floor(b.rph / 0.05 * :nstaff)::int
    from b where b.rph < 0.05
), u as (
    select i, rank, role, min(j) as j from d group by i, rank, role
)
select u.i, p.id as person_id, u.role, (row_number() over (partition by u.i order by u.j) - 1)::int as position
from u join bench_gen.person_rank p using (rank);

-- Body: paragraphs from the pool until the article's target of 600-900 words is reached, a heading before the
-- 4th, 8th and 12th paragraph in most articles, the 6th as a quotation in some. Markdown, the HTML the
-- application's renderer makes of it, and the plain text it derives, with the word count.
create temp table bb on commit drop as
with picks as materialized (
    select b.i, j, b.po + 1 + floor(random() * :npara)::int as pid from b, generate_series(1, 14) j
)
select pk.i, pk.j, p.txt, p.words, sum(p.words) over (partition by pk.i order by pk.j) as cum
from picks pk join bench_gen.para p on p.id = pk.pid;

create temp table body on commit drop as
select bb.i,
       string_agg(case when f.hd then '## ' || h.txt || E'\n\n' else '' end
                  || case when f.qt then '> ' else '' end || bb.txt, E'\n\n' order by bb.j) as md,
       string_agg(case when f.hd then '<h2>' || h.txt || E'</h2>\n' else '' end
                  || case when f.qt then E'<blockquote>\n<p>' || bb.txt || E'</p>\n</blockquote>'
                          else '<p>' || bb.txt || '</p>' end, E'\n' order by bb.j) as html,
       string_agg(case when f.hd then h.txt || E'\n\n' else '' end || bb.txt, E'\n\n' order by bb.j) as txt,
       sum(bb.words + case when f.hd then h.words else 0 end)::int as words,
       min(bb.txt) filter (where bb.j = 1) as first_para
from bb
join b on b.i = bb.i
cross join lateral (select b.rhead < 0.7 and bb.j in (4, 8, 12) as hd, b.rquote < 0.3 and bb.j = 6 as qt) f
join bench_gen.heading h on h.id = b.ho + 1 + (b.hbase + bb.j) % :nhead
where bb.cum - bb.words < b.target
group by bb.i;

insert into article (id, slug, title, subtitle, excerpt, excerpt_derived, body_markdown, body_html, body_text,
                     language, status, publish_at, published_at, created_at, updated_at, dateline_place,
                     featured_image_url, featured_image_alt, featured_image_caption, featured_image_credit,
                     canonical_url, reading_time_minutes, word_count, version)
select b.id, b.slug, b.title,
       case when b.rsub < 0.6 then (select st.txt from bench_gen.sentence st where st.id = b.so + b.ssid) end,
       case when b.rexc < 0.1 then (select st.txt from bench_gen.sentence st where st.id = b.so + b.esid)
            when char_length(body.first_para) <= 300 then body.first_para
            -- the application's derived excerpt: first paragraph, cut at a word boundary, with an ellipsis
            else regexp_replace(regexp_replace(left(body.first_para, 300), '\s+\S*$', ''),
                                '[[:punct:][:space:]]+$', '') || '…' end,
       b.rexc >= 0.1,
       body.md, body.html, body.txt, b.lang, b.status, b.publish_at, b.published, b.created, b.updated,
       case when b.rplace < 0.7 then pl.name end,
       case when b.rimg < 0.7 then 'https://images.example.org/'
            || to_char(coalesce(b.published, b.created) at time zone 'UTC', 'YYYY/MM') || '/' || b.slug || '.jpg' end,
       case when b.rimg < 0.7 then b.title end,
       case when b.rimg < 0.7 and b.rcap < 0.6 then (select st.txt from bench_gen.sentence st where st.id = b.so + b.csid) end,
       case when b.rimg < 0.7 then (array['Dateline Photo', 'Reuters', 'AP Photo', 'AFP', 'Getty Images'])
                                   [1 + floor(b.rcred * 5)::int] end,
       case when b.rcanon < 0.1 then 'https://www.example-news.org/' || b.slug end,
       ceil(body.words / 230.0)::int, body.words, b.version
from b
join body on body.i = b.i
left join (select distinct on (i) i, name from bt where kind = 'PLACE' order by i, position) pl on pl.i = b.i;

insert into article_tag (article_id, tag_id, position)
select b.id, bt.tag_id, bt.position from bt join b on b.i = bt.i;

insert into article_person (article_id, person_id, role, position)
select b.id, bp.person_id, bp.role, bp.position from bp join b on b.i = bp.i;

commit;
