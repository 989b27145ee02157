-- The head of every published article as its own small search vector (issue 26 item 3; bench/SCALE-1M.md section 4):
-- title (weight A), subtitle and excerpt (B), in the article's own text search configuration (V21), so that a
-- ranked search first asks a small index that holds what the article is about, and reads the body's vectors only
-- when the head finds too few.
--
-- The rules of the state kept here:
-- * A side table, not a column of article: adding a stored column, generated or back-filled, rewrites or touches
--   every row of the ~20 GB table at a million articles (V21's rewrite took most of an hour); filling this table
--   reads the short head columns only (the prototype: 28 s at a million, its index 25 s).
-- * One row per PUBLISHED article, kept by the AFTER trigger below in the same transaction as the article's change:
--   inserted or updated when the article is published or its head text, language or publication time changes,
--   deleted when it leaves PUBLISHED, and with it by the foreign key. Searches by editors, which include
--   unpublished articles, do not read it.
-- * language and published_at are copies for filtering and ties, search_config the configuration the vector was
--   made with (the article's own, V21's trigger sets it before this one runs).
-- * Loads that run with triggers off (session_replication_role = replica, as bench/sql/batch.sql does) must fill
--   it themselves (bench/sql/finish.sql does).
--
-- The index is RUM where the extension is installed (V7 installs it when it can): it answers in the order of its
-- distance operator (<=>, the inverse of a rank), so the best matches of a common word come from the index without
-- ranking every match, and it checks phrases from its stored positions. Without RUM (managed PostgreSQL), a GIN
-- index: matches are found by the index and ranked by the application's bounded candidate set.
set local statement_timeout = 0;

create function dateline_search_head(config regconfig, title text, subtitle text, excerpt text) returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector(config, coalesce(title, '')), 'A')
            || setweight(to_tsvector(config, coalesce(subtitle, '') || ' ' || coalesce(excerpt, '')), 'B')
    $$;

create table article_search_head (
    article_id uuid primary key references article (id) on delete cascade,
    language text not null,
    search_config regconfig not null,
    published_at timestamptz not null,
    head tsvector not null
);

create function dateline_article_search_head() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED' then
        insert into article_search_head (article_id, language, search_config, published_at, head)
        values (new.id, new.language, new.search_config, new.published_at,
                dateline_search_head(new.search_config, new.title, new.subtitle, new.excerpt))
        on conflict (article_id) do update set language = excluded.language,
            search_config = excluded.search_config, published_at = excluded.published_at, head = excluded.head;
    elsif tg_op = 'UPDATE' and old.status = 'PUBLISHED' then
        delete from article_search_head where article_id = new.id;
    end if;
    return null;
end $$;

create trigger article_search_head after insert or update of title, subtitle, excerpt, status, language, published_at
    on article for each row execute function dateline_article_search_head();

insert into article_search_head (article_id, language, search_config, published_at, head)
select id, language, search_config, published_at, dateline_search_head(search_config, title, subtitle, excerpt)
from article
where status = 'PUBLISHED';

do $$
declare
    rum_schema name;
begin
    select n.nspname into rum_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'rum';
    if rum_schema is not null then
        execute format('create index article_search_head_idx on article_search_head using rum (head %I.rum_tsvector_ops)',
                       rum_schema);
    else
        create index article_search_head_idx on article_search_head using gin (head);
    end if;
end
$$;

analyze article_search_head;
