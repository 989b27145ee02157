\timing on
set maintenance_work_mem = '1GB';
create index scale_proto_article_search_rum_idx on article using rum (search rum_tsvector_ops) where status = 'PUBLISHED';
