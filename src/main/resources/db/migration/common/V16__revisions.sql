-- Revisions (news.dateline.revision.Revisions): every write of an article keeps one row here, written in the writing
-- transaction just before its change-log row, so the history and the change log never disagree. Rows are never
-- updated; a restore writes a new one. Only a configured retention (dateline.revisions.keep-edits) deletes rows, and
-- only unpublished edits.
--
-- Keyed by the resource's id, with no foreign key: a deleted article's history stays readable to editors. number is
-- the resource's version after the write (for a deletion: the last version + 1). snapshot is JSON text (portable
-- between PostgreSQL and H2; PostgreSQL compresses it out of line past 2 kB). public_etag is the ETag readers got for
-- this version, when it was published.
create table revision (
    resource    varchar(16)              not null,
    entity_id   uuid                     not null,
    number      bigint                   not null,
    made_at     timestamp with time zone not null,
    reason      varchar(16)              not null,
    key_id      uuid,
    key_name    varchar(200)             not null,
    public_etag varchar(64),
    snapshot    varchar                  not null,
    primary key (resource, entity_id, number),
    constraint revision_resource_check check (resource in ('article', 'tag', 'person')),
    constraint revision_reason_check check (reason in ('created', 'edited', 'published', 'unpublished', 'scheduled',
        'archived', 'restored', 'corrected', 'deleted')),
    constraint revision_number_check check (number >= 0)
);
