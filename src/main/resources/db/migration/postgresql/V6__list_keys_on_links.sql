-- Lists filtered by tag or person walk an index in list order, and tag and person counts are maintained rather than
-- computed per read (measured at a million articles in bench/SCALE-1M.md: 110-733 ms became 0.1-3.7 ms).
-- The application reads the link rows through the views article_tag_listing and article_person_listing, and the
-- counts through tag_stats and person_stats, so that the embedded dev database (H2, no PL/pgSQL) can offer the
-- same names as plain views.

-- It rewrites every link row: at a million articles that takes minutes, longer than the service's statement timeout.
set local statement_timeout = 0;

-- 1. The list's sort key on the link rows, kept by triggers (the application never writes these columns).
alter table article_tag    add column published_at timestamp with time zone,
                           add column published boolean not null default false;
alter table article_person add column published_at timestamp with time zone,
                           add column published boolean not null default false;
update article_tag at set published_at = a.published_at, published = (a.status = 'PUBLISHED')
    from article a where a.id = at.article_id;
update article_person ap set published_at = a.published_at, published = (a.status = 'PUBLISHED')
    from article a where a.id = ap.article_id;
create index article_tag_list_idx on article_tag (tag_id, published_at desc, article_id desc) where published;
create index article_person_list_idx on article_person (person_id, published_at desc, article_id desc) where published;
-- author= filters by role as well
create index article_person_role_list_idx on article_person (person_id, role, published_at desc, article_id desc)
    where published;

-- 2. Published-article counts, in side tables: the application's Tag/Person entities never write them (no lost
--    update through Hibernate, no optimistic-lock conflict, no lock on the tag row an editor is changing).
create table tag_stats (tag_id uuid primary key references tag (id) on delete cascade,
                        published_articles bigint not null default 0);
create table person_stats (person_id uuid primary key references person (id) on delete cascade,
                           published_articles bigint not null default 0);
insert into tag_stats select t.id, count(at.tag_id) from tag t
    left join article_tag at on at.tag_id = t.id and at.published group by t.id;
insert into person_stats select p.id, count(distinct ap.article_id) from person p
    left join article_person ap on ap.person_id = p.id and ap.published group by p.id;
-- the lists order by name
create index tag_name_idx on tag (name, id);
create index person_name_idx on person (name, id);

-- 3. Triggers. A link row takes its article's key when it is written; an article whose status or published_at
--    changes pushes them to its link rows; counts follow every change of a published link.
create function dateline_link_sort_key() returns trigger language plpgsql as $$
begin
    select a.published_at, a.status = 'PUBLISHED' into new.published_at, new.published
    from article a where a.id = new.article_id;
    return new;
end $$;
create trigger article_tag_sort_key before insert or update of article_id on article_tag
    for each row execute function dateline_link_sort_key();
create trigger article_person_sort_key before insert or update of article_id on article_person
    for each row execute function dateline_link_sort_key();

create function dateline_article_sort_key() returns trigger language plpgsql as $$
begin
    update article_tag set published_at = new.published_at, published = (new.status = 'PUBLISHED')
        where article_id = new.id;
    update article_person set published_at = new.published_at, published = (new.status = 'PUBLISHED')
        where article_id = new.id;
    return null;
end $$;
create trigger article_sort_key after update of status, published_at on article for each row
    when (old.status is distinct from new.status or old.published_at is distinct from new.published_at)
    execute function dateline_article_sort_key();

-- Counts. A tag counts its links ((article_id, tag_id) is unique): increments. A person counts distinct articles (one
-- person may hold several roles on one article): the people a statement touched are recounted from the new index
-- (an index-only scan of their published links), through transition tables.
create function dateline_tag_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.published then
        update tag_stats set published_articles = published_articles - 1 where tag_id = old.tag_id;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.published then
        insert into tag_stats as s values (new.tag_id, 1)
            on conflict (tag_id) do update set published_articles = s.published_articles + 1;
    end if;
    return null;
end $$;
create trigger article_tag_count after insert or delete or update of published, tag_id on article_tag
    for each row execute function dateline_tag_count();

create function dateline_person_recount() returns trigger language plpgsql as $$
begin
    insert into person_stats as s (person_id, published_articles)
    select t.person_id, (select count(distinct ap.article_id) from article_person ap
                         where ap.person_id = t.person_id and ap.published)
    from (select person_id from changed) t
    where exists (select 1 from person where id = t.person_id)   -- a person deleted in the same statement
    group by t.person_id
    on conflict (person_id) do update set published_articles = excluded.published_articles;
    return null;
end $$;
-- The same function serves one trigger per event, each naming its transition table "changed" (an UPDATE recounts
-- the people of the rows before and after, in case person_id itself changed).
create trigger article_person_count_ins after insert on article_person referencing new table as changed
    for each statement execute function dateline_person_recount();
create trigger article_person_count_del after delete on article_person referencing old table as changed
    for each statement execute function dateline_person_recount();
create trigger article_person_count_upd_new after update on article_person referencing new table as changed
    for each statement execute function dateline_person_recount();
create trigger article_person_count_upd_old after update on article_person referencing old table as changed
    for each statement execute function dateline_person_recount();

-- What the application reads (PostgreSQL inlines these views: the index walks stay).
create view article_tag_listing as
    select tag_id, article_id, published_at, published from article_tag;
create view article_person_listing as
    select person_id, article_id, role, published_at, published from article_person;
