-- Indexes for the remaining hot orders and filters of the article list (V2 serves newest-first).
-- Public lists by language, newest first.
create index article_published_language_idx on article (language, published_at desc, id desc)
    where status = 'PUBLISHED';
-- Public lists by title (sort=title).
create index article_published_title_idx on article (title, id) where status = 'PUBLISHED';
-- Editors' newest-first over every status: drafts (no publishedAt) last, as the list orders them.
create index article_any_status_published_idx on article (published_at desc nulls last, id desc);
