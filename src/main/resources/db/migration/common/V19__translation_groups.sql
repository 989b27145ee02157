-- Translation groups (news.dateline.article.Translations): each language version of a story is its own article, with
-- its own slug, status, schedule, revisions and URL; the versions of one story share a translation_group, an opaque
-- id that no other table names (null: the article has no other version). A group holds one article per language:
-- the unique index says so to concurrent writers too, and serves the lookup of a group's members by its first column.
alter table article add column translation_group uuid;
create unique index article_translation_language_key on article (translation_group, language);
