-- Benchmark data, step 1 of 3 (run by bench/generate.sh): builds the word material in schema bench_gen
-- (a Zipf-ranked vocabulary, pools of sentences, paragraphs and headings) and loads the tags and people.
-- Set-based SQL only. psql variables: ntags, npeople, nstaff, nsent, npara, nhead, seedtext.
\set ON_ERROR_STOP 1
set client_min_messages = warning;
set synchronous_commit = off;
select setseed(0.4242) \gset

drop schema if exists bench_gen cascade;
create schema bench_gen;

-- A version 7 UUID (what the application generates): 48 bits of Unix milliseconds, then random bits.
create function bench_gen.uuid7(ts timestamptz) returns uuid language sql volatile as $$
    select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7'
            || substr(md5(random()::text), 1, 3) || to_hex(8 + floor(random() * 4)::int)
            || substr(md5(random()::text), 1, 15))::uuid
$$;

-- ASCII slug of a name: unaccented, lower case, runs of anything else become one hyphen.
create function bench_gen.slugify(name text, max_len int) returns text language sql stable as $$
    select trim(both '-' from left(trim(both '-' from
        regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', '-', 'g')), max_len))
$$;

-- Zipf-like rank in 1..n: continuous inverse CDF of density x^-s on [1, n+1] (s = 1: log-uniform).
create function bench_gen.zipf(n int, s float8, u float8) returns int language sql immutable as $$
    select least(n, greatest(1, floor(case when s = 1 then exp(u * ln(n + 1))
        else power(1 + u * (power(n + 1, 1 - s) - 1), 1 / (1 - s)) end)))::int
$$;

------------------------------------------------------------------------------------------------------------------
-- Vocabulary. Rank 1 is the most frequent word; a word of rank r is drawn with probability ~ 1/(r ln V).
-- grp 0: topical words pinned at chosen ranks, so that a search for them matches a realistic share of articles
--        (rank 300 ~ one article in five, rank 800 ~ one in eleven, rank 2500 ~ one in thirty);
-- grp 1: English function words, in frequency order;
-- grp 2: the words of the seed article (the OSCE report) and common news words, in hash order;
-- grp 3: a long tail of made-up words (names of places, people, rarer words), in hash order.
------------------------------------------------------------------------------------------------------------------
create unlogged table bench_gen.word_src (word text not null, pref int, grp int not null, ord float8 not null);

insert into bench_gen.word_src (word, pref, grp, ord)
select w, r, 0, 0 from (values
    ('Russia', 150), ('Ukraine', 300), ('NATO', 600), ('Trump', 700), ('OSCE', 800), ('Europe', 400),
    ('Malta', 1500), ('Armenia', 1800), ('Azerbaijan', 2000), ('Lavrov', 2500), ('Blinken', 3000),
    ('Nagorno-Karabakh', 4000), ('ministerial', 1200), ('diplomats', 500)) as v(w, r);

insert into bench_gen.word_src (word, pref, grp, ord)
select w, null, 1, o from unnest(string_to_array(
    'the of and to a in is that for it on was with as he be by at are have this from or had not but they his an '
    'which has were been their will said would its more after who also than about she her one two there new '
    'when over up all into can could we some other last year out first them people no only government president '
    'minister what most years three before while since against under between during so if may our do just now '
    'many those then such where because any both through each these us did very him like even back well still',
    ' ')) with ordinality as t(w, o);

insert into bench_gen.word_src (word, pref, grp, ord)
select tok, null, 2, 0
from (
    -- words as the application counts them: letters and digits, joined by inner apostrophes or hyphens
    select (regexp_matches(:'seedtext', '[[:alnum:]]+(?:[''’-][[:alnum:]]+)*', 'g'))[1] as tok
    union all
    select unnest(string_to_array(
        'war talks meeting security foreign ministers officials country countries state states military political '
        'economic election elections parliament vote votes law laws court police attack forces troops border region '
        'capital city agreement deal sanctions energy gas oil prices market markets inflation budget crisis conflict '
        'peace ceasefire negotiations summit leaders leader prime party opposition coalition reform policy report '
        'statement spokesperson ministry defence interior health climate refugees migrants humanitarian aid support '
        'allies alliance diplomatic embassy ambassador relations cooperation rights human international national local '
        'public federal central western eastern northern southern union strike strikes missile drone drones army '
        'navy soldiers civilians victims killed wounded hospital schools children women families residents workers '
        'unions companies company industry trade exports imports tariffs growth economy bank banks interest rates debt '
        'loan investment investors jobs unemployment wages tax taxes spending funding plan plans proposal proposals '
        'decision decisions council committee commission assembly senate congress campaign candidate candidates voters '
        'polls results victory defeat protest protests demonstrators arrested charges trial judge prison sentence '
        'investigation evidence journalists media press freedom independence sovereignty territory occupation '
        'invasion offensive frontline shelling airstrike airstrikes weapons ammunition nuclear talks envoy mediation '
        'dialogue tensions dispute accord treaty agreements measures mission observers monitoring delegation '
        'secretary general chairman chair vice deputy senior adviser advisers analysts experts observers critics '
        'supporters officials sources according told reported added warned called urged announced confirmed denied '
        'expected planned agreed rejected accused criticised welcomed condemned visited met discussed signed approved '
        'week month months weeks today yesterday tomorrow morning evening night day days time times decade history '
        'future recent current previous next final major key main important significant serious critical difficult '
        'possible likely clear strong large small high low long short early late open free full whole several '
        'water food grain harvest farmers drought floods wildfires storm earthquake disaster emergency rescue '
        'transport railway airport flights ports shipping pipeline electricity power grid infrastructure '
        'technology internet data cyber hackers digital platform science research university students teachers '
        'culture festival film music art museum sport football championship team players coach season match',
        ' '))
) s
-- possessives ("Lavrov’s") would be one more frequent spelling of a pinned word: the pinned ranks decide those
where char_length(tok) > 1 and tok !~ '[''’]s$';

-- The long tail: two- and three-syllable made-up words, an eighth of them capitalised like names.
insert into bench_gen.word_src (word, pref, grp, ord)
select case when md5(w) < '2' then initcap(w) else w end, null, 3, 0
from (
    select distinct s1 || s2 || coalesce(s3, '') as w
    from unnest(string_to_array('ba be bi bo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so '
                                'ta te ti to va ve vi vo za zo dar ken lor min tas vel gor nis pol rud', ' ')) s1,
         unnest(string_to_array('ba de ki lo mu na re si to va zo ran tel mar kin dov ros lan', ' ')) s2,
         unnest(array[null, 'a', 'o', 'ik', 'ev', 'an', 'ia', 'ov', 'es', 'in', 'ur', 'ek', 'ja', 'na', 'ri']) s3
) t;

create table bench_gen.vocab (rank int primary key, word text not null, grp int not null);
with w as (
    select distinct on (lower(word)) word, pref, grp, ord from bench_gen.word_src order by lower(word), grp
), pinned as (
    select word, pref as rank, grp from w where grp = 0
), rest as (
    select word, grp, row_number() over (order by grp, ord, md5(word)) as k from w where grp <> 0
), free as (
    select r as rank, row_number() over (order by r) as k
    from generate_series(1, (select count(*) from w)::int) r
    where r not in (select rank from pinned)
)
insert into bench_gen.vocab (rank, word, grp)
select rank, word, grp from pinned
union all
select f.rank, r.word, r.grp from rest r join free f using (k);

select count(*) as vocab_size from bench_gen.vocab \gset
\echo [gen] vocabulary: :vocab_size words

-- Made-up capitalised words, for names of places, organisations and people.
create table bench_gen.names (k int primary key, word text not null);
insert into bench_gen.names
select row_number() over (order by md5(word)), initcap(word) from bench_gen.vocab where grp = 3;
select count(*) as nnames from bench_gen.names \gset

------------------------------------------------------------------------------------------------------------------
-- Pools of text. Sentences of 6-24 Zipf-drawn words (sometimes a comma), paragraphs of 3-6 sentences, headings
-- of 3-7 words. Articles are assembled from these pools, so a million articles need no per-word work.
------------------------------------------------------------------------------------------------------------------
create table bench_gen.sentence (id int primary key, txt text not null, words int not null);
with x as materialized (
    select s, 6 + floor(random() * 19)::int as len from generate_series(1, :nsent) s
), d as materialized (
    select x.s, pos, bench_gen.zipf(:vocab_size, 1, random()) as r, (pos < x.len and random() < 0.07) as comma
    from x, generate_series(1, x.len) pos
), w as (
    select d.s, d.pos, v.word || case when d.comma then ',' else '' end as w
    from d join bench_gen.vocab v on v.rank = d.r
)
insert into bench_gen.sentence (id, txt, words)
select s, upper(left(t, 1)) || substr(t, 2) || '.', n
from (select s, string_agg(w, ' ' order by pos) as t, count(*) as n from w group by s) a;
\echo [gen] sentences: :nsent

create table bench_gen.para (id int primary key, txt text not null, words int not null);
with x as materialized (
    select p, 3 + floor(random() * 4)::int as n from generate_series(1, :npara) p
), picks as materialized (
    select x.p, k, 1 + floor(random() * :nsent)::int as sid from x, generate_series(1, x.n) k
)
insert into bench_gen.para (id, txt, words)
select pk.p, string_agg(s.txt, ' ' order by pk.k), sum(s.words)
from picks pk join bench_gen.sentence s on s.id = pk.sid
group by pk.p;
\echo [gen] paragraphs: :npara

create table bench_gen.heading (id int primary key, txt text not null, words int not null);
with x as materialized (
    select h, 1 + floor(random() * :nsent)::int as sid, 3 + floor(random() * 5)::int as n
    from generate_series(1, :nhead) h
)
insert into bench_gen.heading (id, txt, words)
select h, array_to_string(ws, ' '), cardinality(ws)
from (
    select x.h, (string_to_array(regexp_replace(s.txt, '[,.]', '', 'g'), ' '))[1:x.n] as ws
    from x join bench_gen.sentence s on s.id = x.sid
) a;

------------------------------------------------------------------------------------------------------------------
-- Tags: the seed article's eleven first (the most used), then made-up topics, places, organisations and events.
-- tag_rank maps a draw rank to the tag; rank 1 is drawn most often.
------------------------------------------------------------------------------------------------------------------
create table bench_gen.tag_rank (rank int primary key, id uuid not null, name text not null, kind text not null);

with seed(rank, name, slug, kind, description, aliases) as (values
    (1, 'Ukraine', 'ukraine', 'PLACE', null, '{}'::varchar[]),
    (2, 'Russia', 'russia', 'PLACE', null, '{Russian Federation}'),
    (3, 'United States', 'united-states', 'PLACE', null, '{U.S.,USA,United States of America}'),
    (4, 'European Union', 'european-union', 'ORGANISATION', null, '{EU}'),
    (5, 'NATO', 'nato', 'ORGANISATION', null, '{North Atlantic Treaty Organization}'),
    (6, 'OSCE', 'osce', 'ORGANISATION',
        'Organization for Security and Co-operation in Europe, a regional security organisation of 57 participating States.',
        '{Organization for Security and Co-operation in Europe,Organization for Security and Cooperation in Europe}'),
    (7, 'Turkey', 'turkey', 'PLACE', null, '{Türkiye}'),
    (8, 'Armenia', 'armenia', 'PLACE', null, '{}'),
    (9, 'Azerbaijan', 'azerbaijan', 'PLACE', null, '{}'),
    (10, 'Malta', 'malta', 'PLACE', null, '{}'),
    (11, 'Nagorno-Karabakh', 'nagorno-karabakh', 'PLACE', null, '{Karabakh}')
), gen as materialized (
    select t as rank, random() as rk, random() as r1, random() as r2, random() as r3,
           1 + floor(random() * :nnames)::int as n1, 1 + floor(random() * 200)::int as w1,
           1 + floor(random() * 200)::int as w2, 1 + floor(random() * :nsent)::int as sid,
           random() as rdesc, random() as ralias, random() as rtime, random() as redit
    from generate_series(12, greatest(:ntags, 11)) t
), named as (
    select g.*, kind, name
    from gen g
    cross join lateral (select case when g.rk < 0.40 then 'TOPIC' when g.rk < 0.75 then 'PLACE'
                                    when g.rk < 0.90 then 'ORGANISATION' else 'EVENT' end as kind) k
    cross join lateral (select nm.word as nw from bench_gen.names nm where nm.k = g.n1) nwq
    cross join lateral (select v1.word as t1 from bench_gen.vocab v1 where v1.rank = 14 + 90 + g.w1) a
    cross join lateral (select v2.word as t2 from bench_gen.vocab v2 where v2.rank = 14 + 90 + g.w2) b
    cross join lateral (select case k.kind
        when 'TOPIC' then initcap(a.t1) || ' ' || lower(b.t2)
        when 'PLACE' then nw || case when g.r1 < 0.3 then ' ' || (array['Region', 'Province', 'City', 'Valley',
                                                   'Islands', 'Coast'])[1 + floor(g.r2 * 6)::int] else '' end
        when 'ORGANISATION' then nw || ' ' || (array['Union', 'Council', 'Party', 'Foundation', 'Alliance',
                                  'Institute', 'Commission', 'Bank', 'Agency', 'Front'])[1 + floor(g.r2 * 10)::int]
        else nw || ' ' || (array['Summit', 'Conference', 'Elections', 'Talks', 'Forum', 'Games', 'Festival'])
                 [1 + floor(g.r2 * 7)::int] || ' ' || (1995 + floor(g.r3 * 31)::int)
        end as name) n
), slugged as (
    select named.*, bench_gen.slugify(name, 100) as base from named
), rows as (
    select rank, name,
           base || case when row_number() over (partition by base order by rank) > 1
                        then '-' || row_number() over (partition by base order by rank) else '' end as slug,
           kind,
           case when rdesc < 0.4 then (select s.txt from bench_gen.sentence s where s.id = sid) end as description,
           case when ralias < 0.15 then array[upper(left(base, 3))]::varchar[] else '{}'::varchar[] end as aliases,
           now() - interval '10 years' * rtime as created, redit
    from slugged
), all_tags as (
    select rank, name, slug, kind, description, aliases,
           now() - interval '10 years' as created, 0.0::float8 as redit
    from seed
    union all
    select rank, name, slug, kind, description, aliases, created, redit from rows
), ins as (
    insert into tag (id, slug, name, description, kind, aliases, created_at, updated_at, version)
    select bench_gen.uuid7(created), slug, name, description, kind, aliases, created,
           case when redit < 0.3 then created + (now() - created) * redit else created end,
           case when redit < 0.3 then 1 + floor(redit * 10)::int else 0 end
    from all_tags
    returning id, slug, name, kind
)
insert into bench_gen.tag_rank (rank, id, name, kind)
select a.rank, ins.id, ins.name, ins.kind from ins join all_tags a using (slug);

select count(*) as tags_loaded from bench_gen.tag_rank \gset
\echo [gen] tags: :tags_loaded

------------------------------------------------------------------------------------------------------------------
-- People: the seed article's four first (the most written about), then made-up people; the last nstaff people
-- are the newsroom's reporters and photographers, who author the articles.
------------------------------------------------------------------------------------------------------------------
create table bench_gen.person_rank (rank int primary key, id uuid not null, name text not null);

with seed(rank, name, slug, title, affiliation, country, aliases, wikidata) as (values
    (1, 'Sergei Lavrov', 'sergei-lavrov', 'Russian Foreign Minister',
        'Ministry of Foreign Affairs of the Russian Federation', 'RU', '{Lavrov,Sergey Lavrov}'::varchar[], null),
    (2, 'Antony Blinken', 'antony-blinken', 'U.S. Secretary of State', 'U.S. Department of State', 'US',
        '{Blinken,Tony Blinken}', null),
    (3, 'Donald Trump', 'donald-trump', 'U.S. President-elect', null, 'US', '{Trump,Donald J. Trump}', 'Q22686'),
    (4, 'Feridun Sinirlioğlu', 'feridun-sinirlioglu', 'Incoming OSCE Secretary General', 'OSCE', 'TR',
        '{Sinirlioglu,Feridun Hadi Sinirlioğlu}', null)
), firsts as (
    select array['Anna', 'Maria', 'Elena', 'Olga', 'Sofia', 'Laura', 'Sarah', 'Emma', 'Julia', 'Nina', 'Irina',
        'Fatima', 'Aisha', 'Leila', 'Mariam', 'Zeynep', 'Ana', 'Lucía', 'Chloé', 'Hélène', 'Ingrid', 'Katarzyna',
        'Yulia', 'Natalia', 'Mei', 'Priya', 'Amara', 'Claire', 'Eva', 'Hanna', 'Ivan', 'Sergei', 'Dmitri',
        'Andriy', 'Oleksandr', 'Mykola', 'Pavel', 'Giorgi', 'Arman', 'Ilham', 'Recep', 'Mehmet', 'Ahmed', 'Omar',
        'Ali', 'Hassan', 'John', 'James', 'Michael', 'David', 'Robert', 'Thomas', 'Daniel', 'Mark', 'Peter',
        'Paul', 'Jean', 'Pierre', 'François', 'Emmanuel', 'Olaf', 'Jürgen', 'Klaus', 'Stefan', 'Lars', 'Jonas',
        'Marco', 'Luca', 'Giorgio', 'José', 'Carlos', 'Miguel', 'Luis', 'Kenji', 'Wei', 'Arjun', 'Kwame',
        'Tomasz', 'Andrzej', 'Viktor'] as a
), lasts as (
    select array['Smith', 'Johnson', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Clarke', 'Walker', 'Petrov',
        'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko',
        'Melnyk', 'Kravchenko', 'Aliyev', 'Mammadov', 'Hasanov', 'Sargsyan', 'Grigoryan', 'Harutyunyan', 'Yılmaz',
        'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker',
        'Dubois', 'Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'García',
        'Fernández', 'López', 'Martínez', 'Nowak', 'Kowalski', 'Wiśniewski', 'Novák', 'Horváth', 'Nagy',
        'Jansen', 'de Vries', 'Andersson', 'Nilsson', 'Hansen', 'Larsen', 'Korhonen', 'Papadopoulos', 'Borg',
        'Camilleri', 'Vella', 'Khan', 'Rahman', 'Hussein', 'Haddad', 'Cohen', 'Levi', 'Chen', 'Wang', 'Li',
        'Tanaka', 'Sato', 'Kim', 'Park', 'Singh', 'Patel', 'Okafor', 'Mensah', 'Silva', 'Santos'] as a
), gen as materialized (
    select p as rank, random() as rf, random() as rl, random() as rs, 1 + floor(random() * :nnames)::int as n1,
           random() as rt, random() as ra, random() as rc, random() as rb, random() as ri, random() as ral,
           random() as rw, random() as rweb, random() as rtime, random() as redit,
           1 + floor(random() * :nsent)::int as sid,
           1 + floor(random() * greatest(1, :ntags - 11))::int + 11 as org
    from generate_series(5, greatest(:npeople, 5)) p
), named as (
    select g.*, (p.staff) as staff,
           f.a[1 + floor(g.rf * cardinality(f.a))::int] || ' '
           || case when g.rs < 0.6 then l.a[1 + floor(g.rl * cardinality(l.a))::int] else nm.word end as name
    from gen g cross join firsts f cross join lasts l
    join bench_gen.names nm on nm.k = g.n1
    cross join lateral (select g.rank > :npeople - :nstaff as staff) p
), slugged as (
    select named.*, bench_gen.slugify(name, 100) as base from named
), rows as (
    select s.rank, s.name,
           s.base || case when row_number() over (partition by s.base order by s.rank) > 1
                          then '-' || row_number() over (partition by s.base order by s.rank) else '' end as slug,
           case when s.staff then (array['Correspondent', 'Staff reporter', 'Senior correspondent', 'Photographer',
                                         'Editor'])[1 + floor(s.rt * 5)::int]
                when s.rt < 0.7 then (array['Foreign Minister', 'Prime Minister', 'President', 'Member of Parliament',
                    'Spokesperson', 'Chief Executive', 'Professor of Economics', 'Mayor', 'Ambassador', 'Analyst',
                    'Activist', 'Defence Minister', 'Opposition Leader', 'Central Bank Governor', 'Football coach',
                    'Author', 'Envoy', 'Secretary General'])[1 + floor(s.rt / 0.7 * 18)::int] end as title,
           case when s.staff then 'Dateline Newsroom'
                when s.ra < 0.5 then (select t.name from bench_gen.tag_rank t where t.rank = s.org) end as affiliation,
           case when s.rc < 0.85 then (array['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'PL', 'UA', 'RU', 'TR', 'AM',
                    'AZ', 'GE', 'MT', 'NL', 'BE', 'SE', 'NO', 'FI', 'DK', 'AT', 'CH', 'CZ', 'HU', 'RO', 'BG', 'GR',
                    'RS', 'HR', 'KZ', 'CN', 'JP', 'IN', 'BR', 'MX', 'CA', 'AU', 'ZA', 'NG', 'EG'])
                    [1 + floor(s.rc / 0.85 * 40)::int] end as country,
           case when s.rb < 0.3 then (select st.txt from bench_gen.sentence st where st.id = s.sid) end as bio,
           case when s.ri < 0.4 then 'https://images.example.org/people/' || s.base || '.jpg' end as image_url,
           case when s.ral < 0.3 then array[split_part(s.name, ' ', 2)]::varchar[] else '{}'::varchar[] end as aliases,
           case when s.rw < 0.2 then 'Q' || (5000000 + s.rank) end as wikidata,
           case when s.rweb < 0.1 then 'https://www.example.org/' || s.base end as website,
           now() - interval '10 years' * s.rtime as created, s.redit
    from slugged s
), all_people as (
    select rank, name, slug, title, affiliation, country, null::text as bio, null::text as image_url, aliases,
           wikidata, null::text as website, now() - interval '10 years' as created, 0.0::float8 as redit
    from seed
    union all
    select rank, name, slug, title, affiliation, country, bio, image_url, aliases, wikidata, website, created, redit
    from rows
), ins as (
    insert into person (id, slug, name, title, affiliation, country, bio, image_url, aliases, wikidata_id, website,
                        created_at, updated_at, version)
    select bench_gen.uuid7(created), slug, name, title, affiliation, country, bio, image_url, aliases, wikidata,
           website, created,
           case when redit < 0.3 then created + (now() - created) * redit else created end,
           case when redit < 0.3 then 1 + floor(redit * 10)::int else 0 end
    from all_people
    returning id, slug, name
)
insert into bench_gen.person_rank (rank, id, name)
select a.rank, ins.id, ins.name from ins join all_people a using (slug);

select count(*) as people_loaded from bench_gen.person_rank \gset
\echo [gen] people: :people_loaded (of whom :nstaff newsroom staff)

------------------------------------------------------------------------------------------------------------------
-- Albanian-looking text for the articles in language `sq` (generate.sh's SQ share; none by default). Benchmark
-- data, not Albanian prose: a fixed list of common Albanian words (many with ë and ç, which search folds), a few
-- pinned at the ranks the English topical words have, and a long tail of made-up words built from Albanian
-- syllables. The pools follow the English ones in the same tables, at ids offset by nsent, npara and nhead, so
-- that batch.sql only adds an offset for an Albanian article. Built last, so the English pools, tags and people
-- are the same as without it.
------------------------------------------------------------------------------------------------------------------
create unlogged table bench_gen.sq_word_src (word text not null, pref int, grp int not null, ord float8 not null);
insert into bench_gen.sq_word_src (word, pref, grp, ord)
select w, r, 0, 0 from (values
    ('Rusia', 150), ('Shqipëria', 300), ('Evropa', 400), ('Ukraina', 500), ('Kosova', 600), ('Tirana', 800),
    ('qeveria', 1000), ('Prishtina', 1500), ('përgjigje', 2500), ('çështja', 3000)) as v(w, r);
insert into bench_gen.sq_word_src (word, pref, grp, ord)
select w, null, 1, o from unnest(string_to_array(
    'të e në i për me që një nga është do ka nuk se si ose edhe por më kjo ky ai ajo ata ato ne ju tij saj tyre '
    'ishte janë kanë u mbi pas para deri gjatë midis sipas kundër pa sot dje vetëm shumë pak tani atje këtu kur ku '
    'çfarë çdo cili cila dhe tha thuhet',
    ' ')) with ordinality as t(w, o);
insert into bench_gen.sq_word_src (word, pref, grp, ord)
select w, null, 2, 0 from unnest(string_to_array(
    'qeverisë ministri ministria kryeministri presidenti parlamenti zgjedhjet zgjedhje votimi partia opozita '
    'shteti shtetit vendi vendit bashkia qyteti kryeqyteti policia gjykata ligji ligjit marrëveshje marrëveshja '
    'bisedimet takimi takim samiti siguria sigurisë lufta luftës paqja paqes ushtria ushtarët forcat kufiri '
    'rajoni ekonomia ekonomisë tregu çmimet çmimi inflacioni buxheti taksat banka investimet punëtorët punë '
    'papunësia rrogat energjia gazi nafta drita uji ushqimi shëndetësia spitali shkolla fëmijët gratë familjet '
    'banorët studentët mësuesit kultura festivali muzika filmi sporti futbolli ekipi ndeshja sezoni gazetarët '
    'media liria drejtësia korrupsioni hetimi prokuroria akuza gjyqi burgu protesta protestuesit deklarata '
    'zëdhënësi ambasadori ambasada marrëdhëniet bashkëpunimi ndihma refugjatët emigrantët klima përmbytjet '
    'zjarret tërmeti shpëtimi përgjigjja pyetje javë muaj vit vjet ditë mëngjes mbrëmje natë histori ardhmëri '
    'rëndësishme madhe vogël lartë ulët shkurtër hapur lirë plotë disa çështje këshilli komisioni kuvendi '
    'senati fushata kandidati votuesit sondazhet fitorja humbja raporti deklaroi paralajmëroi njoftoi konfirmoi '
    'mohoi pritet nënshkroi miratoi kritikoi dënoi vizitoi takoi diskutuan çelësi çmenduri çift çliruar çmimit '
    'bujqësia fermerët thatësira porti aeroporti hekurudha rruga rrugët teknologjia interneti shkenca '
    'universiteti studimi muzeu artistët skena gjuha gjuhës shqip shqiptarët shqiptare kombëtare ndërkombëtare',
    ' ')) as t(w);
insert into bench_gen.sq_word_src (word, pref, grp, ord)
select case when md5(w) < '2' then initcap(w) else w end, null, 3, 0
from (
    select distinct s1 || s2 || coalesce(s3, '') as w
    from unnest(string_to_array('ba bë bi bo ça çe ço dha dhë gja gjë gji ka kë ki ko la lë li lo ma më mi mo na në '
                                'ni nu ra rë ri ro sha shë shi ta të ti to va vë vi xha xhë za zë zo', ' ')) s1,
         unnest(string_to_array('ba dë ki lo mu na rë si to va zë ran tël mar kin dov ros llan', ' ')) s2,
         unnest(array[null, 'a', 'o', 'ë', 'it', 'ës', 'ja', 've', 'ët', 'in', 'ur', 'ek', 'ri', 'ni', 'ra']) s3
) t;

create table bench_gen.sq_vocab (rank int primary key, word text not null, grp int not null);
with w as (
    select distinct on (lower(word)) word, pref, grp, ord from bench_gen.sq_word_src order by lower(word), grp
), pinned as (
    select word, pref as rank, grp from w where grp = 0
), rest as (
    select word, grp, row_number() over (order by grp, ord, md5(word)) as k from w where grp <> 0
), free as (
    select r as rank, row_number() over (order by r) as k
    from generate_series(1, (select count(*) from w)::int) r
    where r not in (select rank from pinned)
)
insert into bench_gen.sq_vocab (rank, word, grp)
select rank, word, grp from pinned
union all
select f.rank, r.word, r.grp from rest r join free f using (k);
select count(*) as sq_vocab_size from bench_gen.sq_vocab \gset

with x as materialized (
    select s, 6 + floor(random() * 19)::int as len from generate_series(1, :nsent) s
), d as materialized (
    select x.s, pos, bench_gen.zipf(:sq_vocab_size, 1, random()) as r, (pos < x.len and random() < 0.07) as comma
    from x, generate_series(1, x.len) pos
), w as (
    select d.s, d.pos, v.word || case when d.comma then ',' else '' end as w
    from d join bench_gen.sq_vocab v on v.rank = d.r
)
insert into bench_gen.sentence (id, txt, words)
select :nsent + s, upper(left(t, 1)) || substr(t, 2) || '.', n
from (select s, string_agg(w, ' ' order by pos) as t, count(*) as n from w group by s) a;

with x as materialized (
    select p, 3 + floor(random() * 4)::int as n from generate_series(1, :npara) p
), picks as materialized (
    select x.p, k, :nsent + 1 + floor(random() * :nsent)::int as sid from x, generate_series(1, x.n) k
)
insert into bench_gen.para (id, txt, words)
select :npara + pk.p, string_agg(s.txt, ' ' order by pk.k), sum(s.words)
from picks pk join bench_gen.sentence s on s.id = pk.sid
group by pk.p;

with x as materialized (
    select h, :nsent + 1 + floor(random() * :nsent)::int as sid, 3 + floor(random() * 5)::int as n
    from generate_series(1, :nhead) h
)
insert into bench_gen.heading (id, txt, words)
select :nhead + h, array_to_string(ws, ' '), cardinality(ws)
from (
    select x.h, (string_to_array(regexp_replace(s.txt, '[,.]', '', 'g'), ' '))[1:x.n] as ws
    from x join bench_gen.sentence s on s.id = x.sid
) a;
\echo [gen] Albanian pools: :sq_vocab_size words, :nsent sentences, :npara paragraphs, :nhead headings
