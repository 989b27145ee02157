-- The embedded dev database offers, as plain views, the names that PostgreSQL's V6 keeps in columns and tables
-- maintained by triggers: small demo data needs no index walks and no maintained counts.
create view article_tag_listing as
    select at.tag_id, at.article_id, a.published_at, a.status = 'PUBLISHED' as published
    from article_tag at join article a on a.id = at.article_id;
create view article_person_listing as
    select ap.person_id, ap.article_id, ap.role, a.published_at, a.status = 'PUBLISHED' as published
    from article_person ap join article a on a.id = ap.article_id;
create view tag_stats as
    select at.tag_id, count(*) as published_articles from article_tag_listing at where at.published
    group by at.tag_id;
create view person_stats as
    select ap.person_id, count(distinct ap.article_id) as published_articles from article_person_listing ap
    where ap.published group by ap.person_id;
