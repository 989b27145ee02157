-- Scheduled publishing looks every second for scheduled articles whose time has come (H2 has no partial indexes).
create index article_scheduled_idx on article (status, publish_at, id);
