-- Three revisions (created, edited, published) of the articles whose id starts with the hex digit :prefix.
insert into revision (resource, entity_id, number, made_at, reason, key_id, key_name, public_etag, snapshot)
select 'article', a.id, r.number, a.created_at + r.number * interval '10 minutes', r.reason, null, 'env',
       case when r.reason = 'published' then '"' || r.number || '-' || left(md5(a.id::text), 16) || '"' end,
       bench_snapshot(a, r.reason = 'published', r.number = 0)
from article a
cross join (values (0, 'created'), (1, 'edited'), (2, 'published')) as r(number, reason)
where left(a.id::text, 1) = :'prefix'
on conflict do nothing;
