-- Articles, tags and people. Portable between PostgreSQL and H2 (the dev database);
-- PostgreSQL-only DDL lives in db/migration/postgresql.

create table tag (
    id          uuid                     primary key,
    slug        varchar(120)             not null,
    name        varchar(200)             not null,
    description varchar(2000),
    kind        varchar(20)              not null,
    aliases     varchar(200) array       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint tag_slug_key unique (slug),
    constraint tag_kind_check check (kind in ('TOPIC', 'PLACE', 'ORGANISATION', 'EVENT'))
);

create table person (
    id          uuid                     primary key,
    slug        varchar(120)             not null,
    name        varchar(200)             not null,
    title       varchar(200),
    affiliation varchar(200),
    country     varchar(2),
    bio         varchar(5000),
    image_url   varchar(2000),
    aliases     varchar(200) array       not null,
    wikidata_id varchar(20),
    website     varchar(2000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint person_slug_key unique (slug),
    constraint person_wikidata_id_key unique (wikidata_id),
    constraint person_country_check check (country is null or char_length(country) = 2)
);

create table article (
    id                     uuid                     primary key,
    slug                   varchar(120)             not null,
    title                  varchar(300)             not null,
    subtitle               varchar(500),
    excerpt                varchar(1000)            not null,
    excerpt_derived        boolean                  not null,
    body_markdown          varchar(200000)          not null,
    body_html              varchar(1000000)         not null,
    body_text              varchar(200000)          not null,
    language               varchar(35)              not null,
    status                 varchar(20)              not null,
    publish_at             timestamp with time zone,
    published_at           timestamp with time zone,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    dateline_place         varchar(200),
    featured_image_url     varchar(2000),
    featured_image_alt     varchar(500),
    featured_image_caption varchar(1000),
    featured_image_credit  varchar(200),
    canonical_url          varchar(2000),
    reading_time_minutes   integer                  not null,
    word_count             integer                  not null,
    version                bigint                   not null,
    constraint article_slug_key unique (slug),
    constraint article_status_check check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    constraint article_scheduled_has_publish_at check (status <> 'SCHEDULED' or publish_at is not null),
    constraint article_published_has_published_at check (status <> 'PUBLISHED' or published_at is not null),
    constraint article_counts_check check (reading_time_minutes >= 0 and word_count >= 0)
);

-- Ordered tags of an article: position 0 is the primary tag.
create table article_tag (
    article_id uuid    not null references article (id) on delete cascade,
    tag_id     uuid    not null references tag (id) on delete cascade,
    position   integer not null,
    primary key (article_id, tag_id),
    constraint article_tag_position_check check (position >= 0)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);

-- People linked to an article, each with a role; one person may hold several roles.
create table article_person (
    article_id uuid        not null references article (id) on delete cascade,
    person_id  uuid        not null references person (id) on delete cascade,
    role       varchar(20) not null,
    position   integer     not null,
    primary key (article_id, person_id, role),
    constraint article_person_role_check
        check (role in ('AUTHOR', 'SUBJECT', 'QUOTED', 'MENTIONED', 'CONTRIBUTOR', 'PHOTOGRAPHER', 'EDITOR')),
    constraint article_person_position_check check (position >= 0)
);
create index article_person_person_idx on article_person (person_id, role, article_id);
