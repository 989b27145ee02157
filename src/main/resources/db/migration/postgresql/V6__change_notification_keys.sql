-- Notifications name what changed, so that each instance drops only the cached responses that showed it
-- (news.dateline.cache.Shown): 'article:<id> article:<id>…', 'tag:<id>', 'person:<id>'; a change to an article's
-- tags or people names the article. A statement that changed more than 100 rows, or a TRUNCATE, sends '*' (drop
-- everything): a payload must stay under 8000 bytes, and a bulk load has nothing worth keeping anyway.
-- Transition tables allow one event per trigger, hence three triggers per table.
create function dateline_notify_rows() returns trigger
    language plpgsql as
$$
declare
    changed_count bigint;
    keys          text;
begin
    -- tg_argv[0]: the kind ('article', 'tag', 'person'); tg_argv[1]: the column holding its id
    execute format('select count(*), string_agg(distinct %L || '':'' || %I::text, '' '') from changed_rows',
                   tg_argv[0], tg_argv[1])
        into changed_count, keys;
    if changed_count > 100 then
        perform pg_notify('dateline_changes', '*');
    elsif changed_count > 0 then
        perform pg_notify('dateline_changes', keys);
    end if;
    return null;
end
$$;

create function dateline_notify_everything() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('dateline_changes', '*');
    return null;
end
$$;

drop trigger article_notify_change on article;
drop trigger article_tag_notify_change on article_tag;
drop trigger article_person_notify_change on article_person;
drop trigger tag_notify_change on tag;
drop trigger person_notify_change on person;
drop function dateline_notify_change();

create trigger article_inserted after insert on article referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'id');
create trigger article_updated after update on article referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'id');
create trigger article_deleted after delete on article referencing old table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'id');
create trigger article_truncated after truncate on article
    for each statement execute function dateline_notify_everything();

create trigger article_tag_inserted after insert on article_tag referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_tag_updated after update on article_tag referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_tag_deleted after delete on article_tag referencing old table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_tag_truncated after truncate on article_tag
    for each statement execute function dateline_notify_everything();

create trigger article_person_inserted after insert on article_person referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_person_updated after update on article_person referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_person_deleted after delete on article_person referencing old table as changed_rows
    for each statement execute function dateline_notify_rows('article', 'article_id');
create trigger article_person_truncated after truncate on article_person
    for each statement execute function dateline_notify_everything();

create trigger tag_inserted after insert on tag referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('tag', 'id');
create trigger tag_updated after update on tag referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('tag', 'id');
create trigger tag_deleted after delete on tag referencing old table as changed_rows
    for each statement execute function dateline_notify_rows('tag', 'id');
create trigger tag_truncated after truncate on tag
    for each statement execute function dateline_notify_everything();

create trigger person_inserted after insert on person referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('person', 'id');
create trigger person_updated after update on person referencing new table as changed_rows
    for each statement execute function dateline_notify_rows('person', 'id');
create trigger person_deleted after delete on person referencing old table as changed_rows
    for each statement execute function dateline_notify_rows('person', 'id');
create trigger person_truncated after truncate on person
    for each statement execute function dateline_notify_everything();
