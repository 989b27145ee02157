-- Public notes on published articles (news.dateline.article.Correction): a correction, a clarification or an update,
-- in Markdown with its sanitised HTML, and when it was made. Readers see them in the article, its JSON-LD and
-- /feeds/corrections.*. A note is added by a write of its article (a new version, a revision with reason
-- 'corrected', a change-log row), so everything downstream hears of it as an update of the article.
create table article_correction (
    id         uuid                     primary key,
    article_id uuid                     not null references article (id) on delete cascade,
    kind       varchar(16)              not null,
    markdown   varchar(2000)            not null,
    html       varchar(20000)           not null,
    noted_at   timestamp with time zone not null,
    constraint article_correction_kind_check check (kind in ('CORRECTION', 'CLARIFICATION', 'UPDATE'))
);

-- An article's notes, newest first; and the newest notes of all, for the corrections feed.
create index article_correction_article on article_correction (article_id, noted_at desc);
create index article_correction_newest on article_correction (noted_at desc, id desc);

-- What readers should see as "Updated": set by a note and by an edit that says so (contentUpdated), never by a retag
-- or a plain edit. Null until then: readers fall back to published_at.
alter table article add column content_updated_at timestamp with time zone;

-- Whether the change added a public note: webhooks send it as article.corrected too.
alter table change_log add column corrected boolean not null default false;
