-- API keys with scopes (news.dateline.key). Only the SHA-256 digest of a key's secret is stored: the secret is shown
-- once, when the key is made. Keys are looked up by digest, so the digest is unique (and indexed by that).
create table api_key (
    id            uuid                     primary key,
    name          varchar(100)             not null,
    scopes        varchar(100)             not null,
    secret_sha256 varchar(64)              not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    constraint api_key_secret_sha256_key unique (secret_sha256),
    constraint api_key_secret_sha256_check check (char_length(secret_sha256) = 64),
    constraint api_key_scopes_check check (scopes <> '')
);
