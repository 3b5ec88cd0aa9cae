-- The portal's schema. Portable SQL: it runs unchanged on H2 2.x and PostgreSQL 15.
-- Every curated record shares one id space through the "record" table (JOINED inheritance),
-- so citations and curator notes can point at any record with a real foreign key.
-- Column names avoid H2 keywords (year, month, day, value, key, user, level, type).

create sequence record_seq start with 100000 increment by 50;

create table record (
    id           bigint       not null primary key,
    record_type  varchar(20)  not null,
    version      bigint       not null,
    status       varchar(10)  not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    deleted_at   timestamp with time zone,
    constraint record_status_ck check (status in ('PUBLISHED', 'DRAFT'))
);
create index record_type_ix on record (record_type);

create table country (
    id          bigint       not null primary key references record (id),
    code        varchar(3)   not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    region      varchar(30)  not null,
    actor_type  varchar(20)  not null,
    constraint country_code_uk unique (code)
);

create table person (
    id             bigint       not null primary key references record (id),
    name_original  varchar(200) not null,
    name_zh        varchar(200) not null,
    name_en        varchar(200) not null,
    country_id     bigint       not null references country (id)
);

create table person_office (
    person_id  bigint       not null references person (id),
    idx        integer      not null,
    title_zh   varchar(200) not null,
    title_en   varchar(200) not null,
    year_from  integer,
    year_to    integer,
    primary key (person_id, idx)
);

create table source (
    id               bigint        not null primary key references record (id),
    source_type      varchar(30)   not null,
    title            varchar(500)  not null,
    title_en         varchar(500),
    container        varchar(300),
    parent_id        bigint        references source (id),
    publisher        varchar(200),
    place            varchar(100),
    date_year        integer,
    date_month       integer,
    date_day         integer,
    volume           varchar(30),
    issue            varchar(30),
    pages            varchar(30),
    url              varchar(1000),
    lang             varchar(10)   not null,
    et_al            boolean       not null
);

create table source_contributor (
    source_id         bigint       not null references source (id),
    idx               integer      not null,
    name              varchar(200) not null,
    contributor_role  varchar(20)  not null,
    primary key (source_id, idx)
);

create table citation (
    id            bigint        not null primary key references record (id),
    label         varchar(10)   not null,
    footnote      integer,
    citation_kind varchar(20)   not null,
    ibid          boolean       not null,
    locator       varchar(100),
    printed_text  varchar(2000) not null,
    constraint citation_label_uk unique (label),
    constraint citation_footnote_uk unique (footnote)
);

-- the sources a citation cites, in the order printed
create table citation_source (
    citation_id  bigint  not null references citation (id),
    idx          integer not null,
    source_id    bigint  not null references source (id),
    primary key (citation_id, idx)
);
create index citation_source_source_ix on citation_source (source_id);

-- which footnotes support which curated record
create table record_citation (
    record_id    bigint not null references record (id),
    citation_id  bigint not null references citation (id),
    primary key (record_id, citation_id)
);
create index record_citation_citation_ix on record_citation (citation_id);

create table initiative (
    id                   bigint        not null primary key references record (id),
    name_zh              varchar(300)  not null,
    name_en              varchar(300)  not null,
    name_original        varchar(300),
    abbreviation         varchar(30),
    initiative_kind      varchar(20)   not null,
    proposer_country_id  bigint        references country (id),
    proposer_person_id   bigint        references person (id),
    date_year            integer,
    date_month           integer,
    date_day             integer,
    bri_relation         varchar(20)   not null,
    bri_relation_zh      varchar(2000),
    bri_relation_en      varchar(2000),
    summary_zh           varchar(4000),
    summary_en           varchar(4000)
);

create table initiative_member (
    initiative_id  bigint      not null references initiative (id),
    country_id     bigint      not null references country (id),
    member_role    varchar(20) not null,
    primary key (initiative_id, country_id)
);

create table meeting (
    id             bigint       not null primary key references record (id),
    initiative_id  bigint       not null references initiative (id),
    ordinal        integer      not null,
    date_year      integer      not null,
    date_month     integer,
    date_day       integer,
    city_zh        varchar(100),
    city_en        varchar(100),
    country_id     bigint       not null references country (id),
    meeting_level  varchar(30)  not null,
    constraint meeting_ordinal_uk unique (initiative_id, ordinal)
);

create table visit (
    id                 bigint        not null primary key references record (id),
    person_id          bigint        not null references person (id),
    origin_country_id  bigint        not null references country (id),
    date_year          integer       not null,
    date_month         integer,
    date_day           integer,
    office_status      varchar(10)   not null,
    office_zh          varchar(200)  not null,
    office_en          varchar(200)  not null,
    destination_zh     varchar(200),
    destination_en     varchar(200),
    purpose_zh         varchar(2000),
    purpose_en         varchar(2000),
    outcome_zh         varchar(2000),
    outcome_en         varchar(2000)
);

create table visit_destination (
    visit_id    bigint not null references visit (id),
    country_id  bigint not null references country (id),
    primary key (visit_id, country_id)
);

create table agreement (
    id              bigint        not null primary key references record (id),
    title_original  varchar(500)  not null,
    title_zh        varchar(500)  not null,
    title_en        varchar(500)  not null,
    date_year       integer       not null,
    date_month      integer,
    date_day        integer,
    agreement_kind  varchar(30)   not null,
    initiative_id   bigint        references initiative (id),
    outcome_zh      varchar(2000),
    outcome_en      varchar(2000)
);

create table agreement_party (
    agreement_id  bigint not null references agreement (id),
    country_id    bigint not null references country (id),
    primary key (agreement_id, country_id)
);

create table oda_figure (
    id                   bigint         not null primary key references record (id),
    donor_id             bigint         not null references country (id),
    recipient_id         bigint         not null references country (id),
    aid_year             integer        not null,
    amount_usd_millions  numeric(12, 2) not null,
    flow                 varchar(30)    not null,
    dataset              varchar(50)    not null,
    constraint oda_figure_uk unique (donor_id, recipient_id, aid_year, flow, dataset)
);

create table exercise (
    id             bigint        not null primary key references record (id),
    name_zh        varchar(200)  not null,
    name_en        varchar(200)  not null,
    abbreviation   varchar(30),
    exercise_kind  varchar(30)   not null,
    date_year      integer,
    date_month     integer,
    date_day       integer,
    summary_zh     varchar(2000),
    summary_en     varchar(2000)
);

create table exercise_participant (
    exercise_id  bigint not null references exercise (id),
    country_id   bigint not null references country (id),
    primary key (exercise_id, country_id)
);

create table timeline_event (
    id              bigint        not null primary key references record (id),
    date_year       integer       not null,
    date_month      integer,
    date_day        integer,
    title_zh        varchar(300)  not null,
    title_en        varchar(300)  not null,
    event_category  varchar(20)   not null,
    summary_zh      varchar(2000),
    summary_en      varchar(2000)
);

create table timeline_event_country (
    event_id    bigint not null references timeline_event (id),
    country_id  bigint not null references country (id),
    primary key (event_id, country_id)
);

create table curator_note (
    id             bigint        not null primary key references record (id),
    target_id      bigint        not null references record (id),
    note_category  varchar(30)   not null,
    quoted_text    varchar(2000) not null,
    note_zh        varchar(4000) not null,
    note_en        varchar(4000) not null
);
create index curator_note_target_ix on curator_note (target_id);
