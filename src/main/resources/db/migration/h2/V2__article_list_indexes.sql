-- H2 has no partial indexes; the dev database is small, a plain index is enough.
create index article_published_idx on article (status, published_at desc, id desc);
create index article_updated_idx on article (updated_at desc, id desc);
