-- Three revisions for every article of a generated database (bench/revisions.sh): created (a draft), edited (a
-- draft), published (with the ETag readers got), each with the snapshot the service writes
-- (news.dateline.article.ArticleSnapshot: the writable fields, tags and people as they are linked, the workflow).
-- Built in SQL because 300,000 writes through the API would take the better part of an hour on this machine;
-- revisions.sh checks the shape and size against snapshots the service itself wrote.
-- psql variable: prefix, the first hex digit of the ids of the slice of articles to do.
insert into revision (resource, entity_id, number, made_at, reason, key_id, key_name, public_etag, snapshot)
select 'article', a.id, r.number, a.created_at + r.number * interval '10 minutes', r.reason, null, 'env',
       case when r.reason = 'published' then '"' || r.number || '-' || left(md5(a.id::text), 11) || '"' end,
       json_build_object(
           'slug', a.slug, 'title', a.title, 'subtitle', a.subtitle,
           'excerpt', case when a.excerpt_derived then null else a.excerpt end,
           -- the edit: the body of revision 0 lacks its last paragraph, as a first draft would
           'body', case when r.number = 0 then regexp_replace(a.body_markdown, '\n\n[^\n]*$', '') else a.body_markdown end,
           'language', a.language,
           'status', case when r.reason = 'published' then 'published' else 'draft' end,
           'publishAt', null,
           'publishedAt', case when r.reason = 'published' then a.published_at end,
           'datelinePlace', a.dateline_place,
           'featuredImage', case when a.featured_image_url is null then null else json_build_object(
               'url', a.featured_image_url, 'alt', a.featured_image_alt, 'caption', a.featured_image_caption,
               'credit', a.featured_image_credit) end,
           'canonicalUrl', a.canonical_url,
           'tags', coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name,
                   'kind', lower(t.kind)) order by l.position)
               from article_tag l join tag t on t.id = l.tag_id where l.article_id = a.id), '[]'),
           'people', coalesce((select json_agg(json_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
                   'title', p.title, 'role', lower(l.role)) order by l.position)
               from article_person l join person p on p.id = l.person_id where l.article_id = a.id), '[]'),
           'contentUpdatedAt', null, 'corrections', '[]'::json
       )::text
from article a
cross join (values (0, 'created'), (1, 'edited'), (2, 'published')) as r(number, reason)
where left(a.id::text, 1) = :'prefix'
on conflict do nothing;
