-- Every committed change to the content tables tells every listening instance, so that each can drop the public
-- responses it holds (news.dateline.cache.ChangeListener). NOTIFY is transactional: it is delivered at commit, and
-- only once per channel and payload in a transaction, so a write that touches many rows sends one message per
-- table. Statement triggers also fire for writes made outside the service (a bulk load, a console fix).
create function dateline_notify_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('dateline_changes', tg_table_name);
    return null;
end
$$;

create trigger article_notify_change after insert or update or delete or truncate on article
    for each statement execute function dateline_notify_change();
create trigger article_tag_notify_change after insert or update or delete or truncate on article_tag
    for each statement execute function dateline_notify_change();
create trigger article_person_notify_change after insert or update or delete or truncate on article_person
    for each statement execute function dateline_notify_change();
create trigger tag_notify_change after insert or update or delete or truncate on tag
    for each statement execute function dateline_notify_change();
create trigger person_notify_change after insert or update or delete or truncate on person
    for each statement execute function dateline_notify_change();
