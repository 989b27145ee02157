-- Every tag and person has its tag_stats / person_stats row from the moment it exists, so that an article write can
-- lock the counters it is about to change before it changes them (LinkCounters): writers of different articles that
-- share tags or people then take those locks in one order and wait for each other, where the counter triggers of V6,
-- taking them link by link in each writer's own order, deadlocked (two editors retagging two articles with the same
-- tags in opposite orders: one of them got a 503).
insert into tag_stats (tag_id) select id from tag on conflict do nothing;
insert into person_stats (person_id) select id from person on conflict do nothing;

create function dateline_tag_stats_row() returns trigger language plpgsql as $$
begin
    insert into tag_stats (tag_id) values (new.id) on conflict do nothing;
    return null;
end $$;
create trigger tag_stats_row after insert on tag for each row execute function dateline_tag_stats_row();

create function dateline_person_stats_row() returns trigger language plpgsql as $$
begin
    insert into person_stats (person_id) values (new.id) on conflict do nothing;
    return null;
end $$;
create trigger person_stats_row after insert on person for each row execute function dateline_person_stats_row();
