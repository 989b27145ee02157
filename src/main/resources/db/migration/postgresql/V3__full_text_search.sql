-- Ranked, accent-insensitive full-text search over articles, tags and people (PostgreSQL only: the H2 dev
-- database has no V3 and searches with LIKE-style matching instead, see news.dateline.search.H2TextSearch).

-- unaccent is installed once per database, in one schema, and shared by every schema that uses it. Several
-- schemas of one database may migrate at the same moment (test runs), so the check-then-create is serialised,
-- and the configurations below name the dictionary in whichever schema holds it: public when we install it,
-- wherever a DBA put it otherwise. Flyway's clean leaves extensions outside the cleaned schema alone. unaccent is a
-- trusted extension, but since PostgreSQL 15 only the database owner may create objects in public: for any other
-- role a DBA installs it once (create extension unaccent), and this migration then simply uses it.
--
-- Text search configurations are created in the schema being migrated (the first on the search_path) and found
-- through the search_path at query time, like the tables. Flyway's clean drops tables and functions but not text
-- search configurations, so a cleaned schema may still hold them: they are replaced, not assumed absent.
--
-- dateline        = english with unaccent before the stemmer for words with non-ASCII letters (the recipe of the
--                   PostgreSQL unaccent documentation): "Sinirlioğlu" and "Sinirlioglu" give one lexeme. Articles
--                   are indexed and queried with it; to_tsvector('dateline', text) is immutable, so it can feed a
--                   generated column.
-- dateline_simple = simple (no stemming, no stop words) with unaccent: whole words as typed, which is what a
--                   prefix needs. Stemming a half-typed word breaks prefixes ("organisa" would never reach the
--                   stem "organ" of "organisation"), so type-ahead prefixes are matched against these lexemes.
do $$
declare
    dictionary_schema name;
begin
    perform pg_advisory_xact_lock(7261836441);
    if not exists (select 1 from pg_extension where extname = 'unaccent') then
        create extension unaccent with schema public;
    end if;
    select n.nspname into dictionary_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';

    execute format('drop text search configuration if exists %I.dateline', current_schema());
    execute format('create text search configuration %I.dateline (copy = pg_catalog.english)', current_schema());
    execute format('alter text search configuration %I.dateline alter mapping for hword, hword_part, word'
                   ' with %I.unaccent, english_stem', current_schema(), dictionary_schema);

    execute format('drop text search configuration if exists %I.dateline_simple', current_schema());
    execute format('create text search configuration %I.dateline_simple (copy = pg_catalog.simple)', current_schema());
    execute format('alter text search configuration %I.dateline_simple alter mapping for hword, hword_part, word'
                   ' with %I.unaccent, simple', current_schema(), dictionary_schema);
end
$$;

-- array_to_string is only STABLE because turning an element into text may depend on settings in general
-- (DateStyle for timestamps, extra_float_digits for floats). The elements here are varchar, whose text form is
-- the value itself and depends on no setting, so for this argument type the result is fixed by the argument
-- alone: declaring it IMMUTABLE is true, and lets the aliases feed a generated column.
create function dateline_words(words varchar[]) returns text
    language sql immutable strict parallel safe
    as $$ select array_to_string(words, ' ') $$;

-- Articles: title weighs most (A), then subtitle and excerpt (B), then the body (C). Adding a stored generated
-- column rewrites the table once, here; after that PostgreSQL keeps it current on every insert and update.
-- Hibernate does not map it (schema validation ignores unmapped columns) and never writes it.
alter table article add column search tsvector generated always as (
    setweight(to_tsvector('dateline', coalesce(title, '')), 'A')
    || setweight(to_tsvector('dateline', coalesce(subtitle, '') || ' ' || coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector('dateline', coalesce(body_text, '')), 'C')
) stored;
create index article_search_idx on article using gin (search);

-- Tags and people: the name (A) and the aliases (B), each as stemmed words (for whole-word queries with the
-- dateline configuration) and as unstemmed words (for prefixes with dateline_simple). Both sit in one vector
-- behind one GIN index.
--
-- Type-ahead ("lavr" → Sergei Lavrov, "sinirli" → Sinirlioğlu) uses a prefix tsquery ('lavr':*) on this GIN
-- index rather than a btree on lower(unaccent(name)) with text_pattern_ops: the btree would only serve
-- prefixes of the whole name ("serg…", never "lavr…" of "Sergei Lavrov"), would not cover aliases
-- ("Organization for Security…" → OSCE), and would need an immutable wrapper around unaccent() too; GIN
-- answers prefixes of any word of the name or of an alias, accent-insensitively, from the same index that
-- serves whole-word search.
alter table tag add column search tsvector generated always as (
    setweight(to_tsvector('dateline', name) || to_tsvector('dateline_simple', name), 'A')
    || setweight(to_tsvector('dateline', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline_simple', coalesce(dateline_words(aliases), '')), 'B')
) stored;
create index tag_search_idx on tag using gin (search);

alter table person add column search tsvector generated always as (
    setweight(to_tsvector('dateline', name) || to_tsvector('dateline_simple', name), 'A')
    || setweight(to_tsvector('dateline', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline_simple', coalesce(dateline_words(aliases), '')), 'B')
) stored;
create index person_search_idx on person using gin (search);
