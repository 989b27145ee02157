-- Three revisions for every article of a generated database (bench/revisions.sh): created (a draft), edited (a
-- draft), published (with the ETag readers got), each with the snapshot the service writes
-- (news.dateline.article.ArticleSnapshot: the writable fields, tags and people as they are linked, the workflow, the
-- notes). Built in SQL because 300,000 writes through the API would take the better part of an hour on this machine;
-- revisions.sh checks the shape and size against snapshots the service itself wrote (bench_snapshot is for that too).

-- The snapshot of article a as the service would write it; first_draft: revision 0, the body without its last paragraph.
create or replace function bench_snapshot(a article, published boolean, first_draft boolean) returns text
language sql stable as $$
    select json_build_object(
        'slug', a.slug, 'title', a.title, 'subtitle', a.subtitle,
        'excerpt', case when a.excerpt_derived then null else a.excerpt end,
        'body', case when first_draft then regexp_replace(a.body_markdown, '\n\n[^\n]*$', '') else a.body_markdown end,
        'language', a.language,
        'status', case when published then 'published' else 'draft' end,
        'publishAt', null,
        'publishedAt', case when published then a.published_at end,
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
        'contentUpdatedAt', a.content_updated_at,
        'corrections', '[]'::json)::text
$$;
