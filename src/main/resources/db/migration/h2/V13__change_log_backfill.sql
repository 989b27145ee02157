-- What existed before the change log (V12) enters it once, as created: a client syncing from the start gets it all.
insert into change_log (resource, entity_id, slug, action, was_public, is_public, changed_at)
select resource, id, slug, 'upsert', false, is_public, updated_at
from (select 'tag' as resource, id, slug, true as is_public, updated_at, 1 as kind from tag
      union all
      select 'person', id, slug, true, updated_at, 2 from person
      union all
      select 'article', id, slug, status = 'PUBLISHED', updated_at, 3 from article) existing
order by kind, updated_at, id;
