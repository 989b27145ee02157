-- A RUM index on the articles' search vectors, where the rum extension is available (Debian and Ubuntu package it as
-- postgresql-<version>-rum; .ci/run installs it). RUM keeps each word's positions in the index, so a phrase
-- ("foreign minister") is checked there: a GIN index knows only which articles hold both words and rechecks each
-- of them in the table, which at a million articles took 1.9-2.3 s for a phrase whose two words are common
-- (bench/SCALE-1M.md). Searches with a phrase are planned to use it (news.dateline.search.PostgresTextSearch).
-- Without rum (most managed PostgreSQL services), or for a role that may not create it, this migration does
-- nothing: search works the same, phrases are slower.
--
-- Like unaccent in V3: installed once per database, in public, shared by every schema; serialised against other
-- schemas migrating at the same moment.

-- At a million articles the index takes minutes to build, longer than the service's statement timeout.
set local statement_timeout = 0;

do $$
declare
    rum_schema name;
begin
    perform pg_advisory_xact_lock(7261836441);
    if not exists (select 1 from pg_available_extensions where name = 'rum') then
        raise notice 'rum is not available: phrase search runs on the GIN index alone';
        return;
    end if;
    if not exists (select 1 from pg_extension where extname = 'rum') then
        begin
            create extension rum with schema public;
        exception when insufficient_privilege then
            raise notice 'rum is available but this role may not create it: a DBA can run create extension rum';
            return;
        end;
    end if;
    select n.nspname into rum_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'rum';
    execute format('create index if not exists article_search_rum_idx on article using rum (search %I.rum_tsvector_ops)'
                   ' where status = ''PUBLISHED''', rum_schema);
end
$$;
