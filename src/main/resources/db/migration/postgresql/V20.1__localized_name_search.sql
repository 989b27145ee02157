-- Name search (the tags and people of /api/v1/search) finds localised names too: "OSBE" finds OSCE. The generated
-- columns of V3 are made again with the localisations of V20 added: their names weigh as the base name (A), their
-- aliases as the base aliases (B), stemmed and unstemmed as in V3. PostgreSQL cannot change a generated column's
-- expression, so the column and its index are dropped and added again (a rewrite of two small tables).
--
-- Immutable all the way, as a generated column requires: the cast of text to jsonb, jsonb_path_query_array (no
-- datetime in the paths) and to_tsvector(regconfig, jsonb), which indexes the string values only, never the keys.
alter table tag drop column search;
alter table tag add column search tsvector generated always as (
    setweight(to_tsvector('dateline', name) || to_tsvector('dateline_simple', name)
              || to_tsvector('dateline', jsonb_path_query_array(localizations::jsonb, '$.*.name'))
              || to_tsvector('dateline_simple', jsonb_path_query_array(localizations::jsonb, '$.*.name')), 'A')
    || setweight(to_tsvector('dateline', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline_simple', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline', jsonb_path_query_array(localizations::jsonb, '$.*.aliases[*]'))
                 || to_tsvector('dateline_simple', jsonb_path_query_array(localizations::jsonb, '$.*.aliases[*]')),
                 'B')
) stored;
create index tag_search_idx on tag using gin (search);

alter table person drop column search;
alter table person add column search tsvector generated always as (
    setweight(to_tsvector('dateline', name) || to_tsvector('dateline_simple', name)
              || to_tsvector('dateline', jsonb_path_query_array(localizations::jsonb, '$.*.name'))
              || to_tsvector('dateline_simple', jsonb_path_query_array(localizations::jsonb, '$.*.name')), 'A')
    || setweight(to_tsvector('dateline', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline_simple', coalesce(dateline_words(aliases), ''))
                 || to_tsvector('dateline', jsonb_path_query_array(localizations::jsonb, '$.*.aliases[*]'))
                 || to_tsvector('dateline_simple', jsonb_path_query_array(localizations::jsonb, '$.*.aliases[*]')),
                 'B')
) stored;
create index person_search_idx on person using gin (search);
