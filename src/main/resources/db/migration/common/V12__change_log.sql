-- One change log under everything downstream (news.dateline.changelog.ChangeLog): every committed change to an
-- article, tag or person is a row here, written in the changing transaction, so the change stream
-- (GET /api/v1/changes), the webhook outbox and the cache invalidation across instances all read the same truth.
--
-- Ordering: seq is handed out in commit order. A writer takes the one row of change_log_clock FOR UPDATE as the last
-- thing it does before it commits, and only then takes its seq values, so a transaction that began earlier but commits
-- later still gets the higher seq: a reader that has seen seq n never meets a row below n committing after its read.
-- (Identity values alone are handed out at insert, before commit, which would let a slow writer's row appear behind a
-- reader's position.) Writers hold the clock only between that last step and their commit.
--
-- A row says what changed and whether readers without a key could see it before (was_public) and after (is_public):
-- for an article, whether it was and is published; tags and people are always public. The public stream shows rows
-- where either is true, so a draft's edits are never seen, and an article that leaves the published state shows as a
-- tombstone. slug is the resource's slug at the time, for tombstones.
create table change_log (
    seq        bigint generated always as identity primary key,
    resource   varchar(16)              not null,
    entity_id  uuid                     not null,
    slug       varchar(120)             not null,
    action     varchar(8)               not null,
    was_public boolean                  not null,
    is_public  boolean                  not null,
    changed_at timestamp with time zone not null,
    constraint change_log_resource_check check (resource in ('article', 'tag', 'person')),
    constraint change_log_action_check check (action in ('upsert', 'delete'))
);

create table change_log_clock (
    id integer primary key,
    constraint change_log_clock_single_row check (id = 1)
);

insert into change_log_clock (id) values (1);
