\timing on
set maintenance_work_mem = '1GB';
create extension if not exists rum;
create index article_head_rum_idx on scale_proto.article_head using rum (head rum_tsvector_ops) where status = 'PUBLISHED';
analyze scale_proto.article_head;
