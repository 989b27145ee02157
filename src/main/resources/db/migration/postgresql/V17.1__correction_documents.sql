-- Stored article documents (V8) carry the article's public notes (V17) as one more fragment, ',"corrections":[…]',
-- and contentUpdatedAt in their head. The rules at the top of V8 hold for notes too: a note written, changed or deleted
-- (by the service or with psql) queues its article and drops its document in the same transaction.

set local statement_timeout = 0;

alter table article_document add column corrections text not null default ',"corrections":[]';

do
$$
declare
    event text;
begin
    foreach event in array array ['insert', 'update', 'delete']
    loop
        execute format('create trigger %I after %s on article_correction referencing %s table as changed '
                           || 'for each statement execute function dateline_document_stale(%L)',
                       'article_correction_document_' || event, event,
                       case event when 'delete' then 'old' else 'new' end, 'link');
    end loop;
end
$$;

-- Every stored document lacks contentUpdatedAt: render them again (readers get them rendered per read meanwhile).
insert into article_document_queue (article_id)
    select article_id from article_document order by article_id
    on conflict (article_id) do nothing;
delete from article_document;
