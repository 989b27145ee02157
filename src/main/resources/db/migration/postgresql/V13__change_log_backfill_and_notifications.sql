-- Backfilling a large archive takes longer than the service's statement timeout.
set local statement_timeout = 0;

-- What existed before the change log (V12) enters it once, as created: a client syncing from the start gets it all.
insert into change_log (resource, entity_id, slug, action, was_public, is_public, changed_at)
select resource, id, slug, 'upsert', false, is_public, updated_at
from (select 'tag' as resource, id, slug, true as is_public, updated_at, 1 as kind from tag
      union all
      select 'person', id, slug, true, updated_at, 2 from person
      union all
      select 'article', id, slug, status = 'PUBLISHED', updated_at, 3 from article) existing
order by kind, updated_at, id;

-- The public change stream skips draft-only rows: this index holds just the rows it reads.
create index change_log_public on change_log (seq) where was_public or is_public;

-- Cache invalidation across instances reads the change log too: each committed batch of change rows tells every
-- listening instance (news.dateline.cache.ChangeListener) what changed, as V5's triggers on the content tables did,
-- which this replaces. NOTIFY is delivered at commit; payloads stay under 8000 bytes: more than 100 rows in one
-- statement (a tag renamed on a thousand articles) say '*' (drop everything).
create function dateline_notify_change_log() returns trigger
    language plpgsql as
$$
declare
    changed_count bigint;
    keys          text;
begin
    select count(*), string_agg(distinct resource || ':' || entity_id::text, ' ') into changed_count, keys
        from changed_rows;
    if changed_count > 100 then
        perform pg_notify('dateline_changes', '*');
    elsif changed_count > 0 then
        perform pg_notify('dateline_changes', keys);
    end if;
    return null;
end
$$;

create trigger change_log_inserted after insert on change_log referencing new table as changed_rows
    for each statement execute function dateline_notify_change_log();

do
$$
declare
    watched text;
begin
    foreach watched in array array ['article', 'article_tag', 'article_person', 'tag', 'person']
    loop
        execute format('drop trigger %I on %I', watched || '_inserted', watched);
        execute format('drop trigger %I on %I', watched || '_updated', watched);
        execute format('drop trigger %I on %I', watched || '_deleted', watched);
        execute format('drop trigger %I on %I', watched || '_truncated', watched);
    end loop;
end
$$;

drop function dateline_notify_rows();
drop function dateline_notify_everything();
