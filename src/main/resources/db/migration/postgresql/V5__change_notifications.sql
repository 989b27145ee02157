-- Every committed change to the content tables tells every listening instance (news.dateline.cache.ChangeListener),
-- so that each drops the cached responses that showed what changed (news.dateline.cache.Shown). NOTIFY is
-- transactional: it is delivered at commit, once per distinct payload. Statement triggers also fire for writes made
-- outside the service (a bulk load, a console fix). Payloads name what changed: 'article:<id> article:<id>…',
-- 'tag:<id>', 'person:<id>'; a change to an article's tags or people names the article. A statement that changed
-- more than 100 rows, or a TRUNCATE, sends '*' (drop everything): a payload must stay under 8000 bytes, and a bulk
-- load has nothing worth keeping anyway.
-- Transition tables allow one event per trigger, hence a trigger per event and table.
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

-- Per table: the kind of resource its rows change, and the column holding that resource's id.
do
$$
declare
    watched record;
begin
    for watched in select * from (values ('article', 'article', 'id'),
                                         ('article_tag', 'article', 'article_id'),
                                         ('article_person', 'article', 'article_id'),
                                         ('tag', 'tag', 'id'),
                                         ('person', 'person', 'id')) as w (table_name, kind, id_column)
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed_rows '
                           || 'for each statement execute function dateline_notify_rows(%L, %L)',
                       watched.table_name || '_inserted', watched.table_name, watched.kind, watched.id_column);
        execute format('create trigger %I after update on %I referencing new table as changed_rows '
                           || 'for each statement execute function dateline_notify_rows(%L, %L)',
                       watched.table_name || '_updated', watched.table_name, watched.kind, watched.id_column);
        execute format('create trigger %I after delete on %I referencing old table as changed_rows '
                           || 'for each statement execute function dateline_notify_rows(%L, %L)',
                       watched.table_name || '_deleted', watched.table_name, watched.kind, watched.id_column);
        execute format('create trigger %I after truncate on %I for each statement '
                           || 'execute function dateline_notify_everything()',
                       watched.table_name || '_truncated', watched.table_name);
    end loop;
end
$$;
