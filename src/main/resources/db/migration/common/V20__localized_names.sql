-- Localised names of tags and people (news.dateline.language): name, description and aliases of a tag, name, title,
-- bio and aliases of a person, in other languages than the base (dateline.languages.default), as JSON text keyed by
-- BCP 47 tag: {"sq":{"name":"OSBE","aliases":["…"]}}. Text, not jsonb, so that this one migration serves PostgreSQL
-- and H2 alike; PostgreSQL reads it as jsonb where it searches (V20.1).
--
-- A column of the row rather than a table of its own: changing a localisation updates the tag's or person's row, so
-- everything that already follows those updates follows it too: the statement triggers of V8 queue every article
-- that shows the tag or person for a new stored document, the change log names the tag or person and those articles,
-- and the caches in process and at the CDN drop what shows them.
alter table tag add column localizations varchar not null default '{}';
alter table person add column localizations varchar not null default '{}';
