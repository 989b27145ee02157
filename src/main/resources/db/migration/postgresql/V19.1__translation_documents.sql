-- Stored article documents (V8) carry the article's published translations (V19) as one more fragment,
-- ',"translations":[…]', and what the answer's headers say of them: the article's language (Content-Language) and the
-- Link header's hreflang alternates (null: none). A sibling published, unpublished, renamed or deleted touches the
-- other members of its group (news.dateline.article.Translations), and that update queues them through V8's triggers.

set local statement_timeout = 0;

alter table article_document add column translations text not null default ',"translations":[]';
alter table article_document add column language varchar(35);
alter table article_document add column alternates text;

-- Every stored document lacks the fragment: render them again (readers get them rendered per read meanwhile).
insert into article_document_queue (article_id)
    select article_id from article_document order by article_id
    on conflict (article_id) do nothing;
delete from article_document;
