-- Preview links (news.dateline.preview): an editor lets someone without a key read one article, or one of its
-- revisions, as it will be published, until the link expires or is revoked. Only the SHA-256 digest of the link's
-- token is stored (the token is shown once, when the link is made); a token is looked up by its digest through the
-- unique index, and a lookup that finds no live row (unknown, expired, revoked) is the same 404.
--
-- A link dies with its article (on delete cascade). revision is null for the article as it stands when read.
-- key_id and key_name say who made it (key_id is null for the environment's key), as a revision does.
create table article_preview (
    id           uuid                     primary key,
    article_id   uuid                     not null references article (id) on delete cascade,
    token_sha256 varchar(64)              not null,
    revision     bigint,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    key_id       uuid,
    key_name     varchar(200)             not null,
    constraint article_preview_token_sha256_key unique (token_sha256),
    constraint article_preview_token_sha256_check check (char_length(token_sha256) = 64),
    constraint article_preview_expiry_check check (expires_at > created_at),
    constraint article_preview_revision_check check (revision is null or revision >= 0)
);

-- An article's links, newest first, for the editors' list.
create index article_preview_article_idx on article_preview (article_id, created_at desc);
