-- The public list reads only published articles, newest first: a partial index serves it directly.
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
-- Keyed (editor) lists see every status.
create index article_updated_idx on article (updated_at desc, id desc);
