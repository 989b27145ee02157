-- How far each caching tier has been purged (news.dateline.purge.Purger): the change log's seq up to which the
-- changes readers could see have been purged at that tier ("varnish", "fastly"). A tier's row is made when an instance
-- first purges there, at the log's end then: what changed before the tier was configured was never purged by us.
-- Instances take a tier's row FOR UPDATE while they purge and move it in the same transaction, so one instance at a
-- time purges each tier, and a failed purge leaves the row where it was, to be tried again.
create table purge_cursor (
    target   varchar(32) primary key,
    last_seq bigint      not null
);
