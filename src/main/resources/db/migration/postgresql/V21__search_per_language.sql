-- Search per language (issue 25 item 4): each article is indexed with its own language's text search
-- configuration, and a query is analysed the same way (news.dateline.search.PostgresTextSearch).
--
-- The rules of the state kept here:
-- * text_search_language is the one mapping from a language to its configuration. Keys are lower-case BCP 47
--   tags or primary subtags ('en', 'pt', 'pt-br'); 'und' (BCP 47's "undetermined") is the default for a language
--   the table does not name. dateline_search_config(tag) looks a tag up: the exact tag, then its primary subtag
--   (pt-BR -> pt), then 'und'. Changing a row changes new and edited articles only; to re-index the others,
--   update article set language = language where ... (the trigger below fires on it).
-- * article.search_config is that lookup for the article's language, kept by a BEFORE INSERT / UPDATE OF language
--   trigger. It is a column, not part of the generated expression, because a generated column may only call
--   immutable functions and the lookup reads a table; to_tsvector(regconfig, text) is immutable, so the generated
--   search vector can take the configuration from the column. Loads that run with triggers off
--   (session_replication_role = replica, as bench/sql/batch.sql does) get the default, dateline, and must set
--   search_config themselves (bench/sql/finish.sql does).
-- * Hibernate maps neither search_config nor search (schema validation ignores unmapped columns) and never
--   writes them.
--
-- The configurations (created in the schema being migrated, found through the search_path, like V3's):
-- * dateline (V3) stays English: english stop words, unaccent, english_stem. English articles are indexed exactly
--   as before.
-- * dateline_<language> for a few languages with a Snowball stemmer in PostgreSQL: a copy of PostgreSQL's own
--   configuration for the language (its stop words and stemmer) with unaccent before the stemmer for words with
--   non-ASCII letters, as V3 did for English, so that a query typed without accents finds accented words. Left
--   out although PostgreSQL stems them: Finnish, Hungarian and Turkish, whose stemmers read suffixes through the
--   very letters unaccent folds (ä, ö, ı, ş...), so folding first would spoil the stems; they, and every language
--   without a stemmer, take the default.
-- * dateline_simple (V3) is the default: no stemming and no stop words, unaccent only. Albanian (sq) has no
--   Snowball stemmer; with dateline_simple "Përgjigje" and "pergjigje" give one lexeme, since unaccent folds ë
--   and ç (unaccent('ëç Ë Ç') = 'ec E C', checked on PostgreSQL 15.20 with Debian's unaccent.rules), so no
--   rules needed adding.
--
-- The million-article rewrite: the new search column is computed for every row once (one table rewrite, which
-- also sets search_config), then its GIN index and V7's RUM index are built again. At a million articles this is
-- long (bench/SCALE-1M.md: the rewrite alone had not finished after 24 minutes on a shared two-core machine), and
-- the driver's socketTimeout (10 s in %prod) must be lifted for the start that applies it.
set local statement_timeout = 0;

do $$
declare
    dictionary_schema name;
    language name;
begin
    perform pg_advisory_xact_lock(7261836441);
    select n.nspname into dictionary_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    foreach language in array array['danish', 'dutch', 'french', 'german', 'italian', 'norwegian', 'portuguese',
                                     'russian', 'spanish', 'swedish'] loop
        execute format('drop text search configuration if exists %I.%I', current_schema(), 'dateline_' || language);
        execute format('create text search configuration %I.%I (copy = pg_catalog.%I)', current_schema(),
                       'dateline_' || language, language);
        execute format('alter text search configuration %I.%I alter mapping for hword, hword_part, word'
                       ' with %I.unaccent, %I', current_schema(), 'dateline_' || language, dictionary_schema,
                       language || '_stem');
    end loop;
end
$$;

create table text_search_language (
    language text primary key check (language = lower(language) and language ~ '^[a-z]{2,3}(-[a-z0-9]{2,8})*$'),
    config regconfig not null
);
insert into text_search_language (language, config) values
    ('und', 'dateline_simple'),
    ('en', 'dateline'),
    ('da', 'dateline_danish'),
    ('de', 'dateline_german'),
    ('es', 'dateline_spanish'),
    ('fr', 'dateline_french'),
    ('it', 'dateline_italian'),
    ('nb', 'dateline_norwegian'),
    ('nl', 'dateline_dutch'),
    ('nn', 'dateline_norwegian'),
    ('no', 'dateline_norwegian'),
    ('pt', 'dateline_portuguese'),
    ('ru', 'dateline_russian'),
    ('sq', 'dateline_simple'),
    ('sv', 'dateline_swedish');

-- STABLE, not IMMUTABLE: it reads a table whose rows may change.
create function dateline_search_config(tag text) returns regconfig
    language sql stable parallel safe
    as $$
        select coalesce(
            (select config from text_search_language where language = lower(tag)),
            (select config from text_search_language where language = lower(split_part(tag, '-', 1))),
            (select config from text_search_language where language = 'und'))
    $$;

create function dateline_article_search_config() returns trigger language plpgsql as $$
begin
    new.search_config := dateline_search_config(new.language);
    return new;
end $$;

-- The old vector goes with its GIN and RUM indexes ("if exists": a bulk load may have dropped it, as the 1M
-- benchmark's did, since this migration computes every vector again anyway). Adding search_config with a constant default rewrites
-- nothing; the next statement rewrites the table once: ALTER ... TYPE ... USING computes each row's
-- configuration, and PostgreSQL computes a generated column after the other new values of the same rewrite, so the
-- new vector is made with it. No row trigger fires during ALTER TABLE, so no stored document (V8) is queued again:
-- none shows the search vector.
alter table article drop column if exists search;
alter table article add column search_config regconfig not null default 'dateline';
alter table article
    alter column search_config type regconfig using dateline_search_config(language),
    add column search tsvector generated always as (
        setweight(to_tsvector(search_config, coalesce(title, '')), 'A')
        || setweight(to_tsvector(search_config, coalesce(subtitle, '') || ' ' || coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector(search_config, coalesce(body_text, '')), 'C')
    ) stored;

create trigger article_search_config before insert or update of language on article
    for each row execute function dateline_article_search_config();

create index article_search_idx on article using gin (search);

-- V7's RUM index again, where V7 made one (rum installed and usable).
do $$
declare
    rum_schema name;
begin
    select n.nspname into rum_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'rum';
    if rum_schema is not null then
        execute format('create index article_search_rum_idx on article using rum (search %I.rum_tsvector_ops)'
                       ' where status = ''PUBLISHED''', rum_schema);
    end if;
end
$$;
