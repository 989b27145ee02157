-- Scheduled publishing looks every second for scheduled articles whose time has come
-- (news.dateline.article.ScheduledPublishing): the few scheduled ones, by time, in a small partial index.
-- Building it reads the whole article table: longer than the service's statement timeout on a large archive.
set local statement_timeout = 0;
create index article_scheduled_idx on article (publish_at, id) where status = 'SCHEDULED';
