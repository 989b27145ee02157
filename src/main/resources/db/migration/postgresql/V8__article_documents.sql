-- Published articles rendered once, when they change, and served as stored bytes
-- (news.dateline.article.ArticleDocuments): a read that misses the in-memory cache reads one row instead of loading
-- entities and serialising them.
--
-- Rules that keep a stored document from ever being stale once a change commits:
-- 1. Any change that can alter an article's public representation (the article's row, its links, a linked tag or
--    person) queues the article in article_document_queue and deletes its document, in the changing transaction
--    (the triggers below: writes made outside the service count too).
-- 2. A renderer (the service right after its own write, or the refresh job for the rest) first locks the article's
--    queue row, then reads what it renders, stores the document and deletes the queue row. A change that commits
--    after that read must update the locked queue row, so it waits and queues the article again afterwards.
-- 3. Reads serve a document only while its article is not queued.
-- Queue rows are written in article id order, so two bulk changes lock them in the same order (no deadlock).

-- Queueing every published article below takes longer than the service's statement timeout on a large archive.
set local statement_timeout = 0;

create table article_document (
    article_id     uuid                     primary key references article (id) on delete cascade,
    slug           varchar(120)             not null unique,
    etag           varchar(80)              not null,
    updated_at     timestamp with time zone not null,
    surrogate_keys text                     not null,
    -- JSON fragments (news.dateline.article.ArticleDocument): the fields every list item has, without the closing
    -- brace; then ',"bodyHtml":…', ',"tags":[…]' and ',"people":[…]', each appended when asked for.
    head           text                     not null,
    body_html      text                     not null,
    tags           text                     not null,
    people         text                     not null
);

create table article_document_queue (
    article_id uuid                     primary key references article (id) on delete cascade,
    queued_at  timestamp with time zone not null default clock_timestamp()
);

-- tg_argv[0]: how to find the changed articles from the transition table "changed":
-- 'article' (its id column), 'link' (article_id), 'tag' / 'person' (through the link rows).
create function dateline_document_stale() returns trigger language plpgsql as $$
declare
    affected uuid[];
begin
    if tg_argv[0] = 'article' then
        select array_agg(id) into affected from changed;
    elsif tg_argv[0] = 'link' then
        select array_agg(distinct article_id) into affected from changed;
    elsif tg_argv[0] = 'tag' then
        select array_agg(distinct at.article_id) into affected
            from changed c join article_tag at on at.tag_id = c.id;
    else
        select array_agg(distinct ap.article_id) into affected
            from changed c join article_person ap on ap.person_id = c.id;
    end if;
    if affected is null then
        return null;
    end if;
    -- Queue first, then delete: a renderer holding a queue row never waits for a document row this holds.
    -- The join skips articles deleted by the same statement (a cascade from a deleted article reaches its links).
    insert into article_document_queue as q (article_id)
        select a.id from article a where a.id = any (affected) order by a.id
        on conflict (article_id) do update set queued_at = clock_timestamp();
    delete from article_document where article_id = any (affected);
    return null;
end $$;

-- Transition tables allow one event per trigger: a trigger per event and table.
do
$$
declare
    watched record;
    event   text;
begin
    for watched in select * from (values ('article', 'article'), ('article_tag', 'link'), ('article_person', 'link'),
                                         ('tag', 'tag'), ('person', 'person')) as w (table_name, kind)
    loop
        foreach event in array array ['insert', 'update', 'delete']
        loop
            -- A tag or person is new before anything links it, and its deletion reaches the links by cascade.
            continue when watched.kind in ('tag', 'person') and event <> 'update';
            continue when watched.kind = 'article' and event = 'delete'; -- its document goes by cascade
            execute format('create trigger %I after %s on %I referencing %s table as changed '
                               || 'for each statement execute function dateline_document_stale(%L)',
                           watched.table_name || '_document_' || event, event, watched.table_name,
                           case event when 'delete' then 'old' else 'new' end, watched.kind);
        end loop;
    end loop;
end
$$;

-- What exists already is rendered by the refresh job.
insert into article_document_queue (article_id) select id from article where status = 'PUBLISHED';
