-- Signed webhooks (news.dateline.webhook). The outbox is the change log (V12): every change is logged in its writer's
-- transaction, and a dispatcher turns the log into deliveries, one per matching subscription, moving its cursor in
-- the same transaction as the rows it writes: a crash or restart loses nothing and repeats nothing. Portable SQL
-- (PostgreSQL and the embedded H2 of dev mode).
--
-- A subscription gets the changes after after_seq, the change log position when it was made. Its secret signs every
-- delivery (HMAC-SHA256), so it is stored as given, not as a digest: the service must be able to use it again.
create table webhook_subscription (
    id         uuid                     primary key,
    url        varchar(2000)            not null,
    events     varchar(400)             not null,
    secret     varchar(200)             not null,
    after_seq  bigint                   not null,
    created_at timestamp with time zone not null,
    constraint webhook_subscription_events_check check (events <> '')
);

-- One row per change and subscription (unique: a change is never queued twice for one subscription), its JSON
-- payload rendered when the change was dispatched. A pending delivery is due at next_attempt_at, which a sender also
-- moves ahead while it sends (its lease); finished ones have none, so the due index holds only pending rows' times.
create table webhook_delivery (
    id               uuid                     primary key,
    subscription_id  uuid                     not null,
    seq              bigint                   not null,
    event_type       varchar(32)              not null,
    payload          text                     not null,
    status           varchar(16)              not null,
    attempts         integer                  not null default 0,
    last_status_code integer,
    last_error       varchar(300),
    created_at       timestamp with time zone not null,
    last_attempt_at  timestamp with time zone,
    next_attempt_at  timestamp with time zone,
    delivered_at     timestamp with time zone,
    constraint webhook_delivery_subscription_fkey foreign key (subscription_id)
        references webhook_subscription (id) on delete cascade,
    constraint webhook_delivery_once unique (subscription_id, seq),
    constraint webhook_delivery_status_check check (status in ('pending', 'delivered', 'failed')),
    constraint webhook_delivery_due_check check ((status = 'pending') = (next_attempt_at is not null)),
    constraint webhook_delivery_delivered_check check ((status = 'delivered') = (delivered_at is not null)),
    constraint webhook_delivery_attempts_check check (attempts >= 0),
    constraint webhook_delivery_status_code_check check (last_status_code between 100 and 599)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at);

-- How far the dispatcher has read the change log. One row: the instance that locks it (FOR UPDATE SKIP LOCKED)
-- dispatches, the others skip their turn. Making or deleting a subscription waits for it (FOR UPDATE), so a batch
-- never sees half of a subscription's life. History before webhooks existed matches no subscription.
create table webhook_cursor (
    id       integer primary key,
    last_seq bigint  not null,
    constraint webhook_cursor_single_row check (id = 1)
);

insert into webhook_cursor (id, last_seq) select 1, coalesce(max(seq), 0) from change_log;
