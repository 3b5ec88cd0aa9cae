-- Accounts of think-tank staff and administrators (the public reads without one). Portable SQL for H2 2.x and
-- PostgreSQL 15. Only PBKDF2 hashes are stored ("algorithm:iterations:salt:hash", Jakarta Security's format).
-- No account is created here: the first start creates "admin" (see README, "Accounts"), so no default password
-- ever ships. Failed sign-ins are counted in memory (LoginThrottle), not here.

create sequence account_seq start with 1 increment by 1;

create table account (
    id                    bigint        not null primary key,
    version               bigint        not null,
    username              varchar(40)   not null,
    password_hash         varchar(255)  not null,
    enabled               boolean       not null,
    must_change_password  boolean       not null,
    -- raised whenever the account's live sessions must end (disabled, new password, new roles)
    session_epoch         integer       not null,
    created_at            timestamp with time zone not null,
    modified_at           timestamp with time zone not null,
    constraint account_username_uk unique (username),
    constraint account_username_ck check (username = lower(username))
);

create table account_role (
    account_id  bigint       not null references account (id),
    role_name   varchar(20)  not null,
    -- STAFF or ADMIN (the Role enum). No check constraint: H2 2.4.240 evaluates a check that compares with
    -- string constants in the session that created it, and refuses inserts from any other ("Check constraint
    -- invalid ... database has been closed").
    primary key (account_id, role_name)
);
