-- The security log (issue 17, finding 4): sign-ins and account administration, for administrators to read in
-- the portal (/admin/security-log.xhtml). Who did what to which account, when and from which address. It never
-- holds a password, a hash or a session id, and a failed sign-in under an unknown user name keeps no name at
-- all (people type their password into the user name field). Portable SQL for H2 2.x and PostgreSQL 15.

create sequence security_event_seq start with 1 increment by 1;

create table security_event (
    id           bigint        not null primary key,
    occurred_at  timestamp with time zone not null,
    -- the SecurityEventKind enum: SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCOUNT_CREATED, ...
    kind         varchar(30)   not null,
    -- the account the event is about; null for a failed sign-in under a user name no account has
    account      varchar(40),
    -- who did it: the administrator for account administration, the account itself for sign-ins
    actor        varchar(40),
    -- the client address as the server saw it (IPv6 at most 45 characters)
    address      varchar(45)   not null,
    -- the roles given, for ACCOUNT_CREATED and ROLES_CHANGED ("ADMIN,STAFF")
    roles        varchar(40),
    -- refused tries counted into one row: a throttled minute of one user name from one address is one row
    attempts     integer       not null,
    last_at      timestamp with time zone not null
);

create index security_event_occurred_ix on security_event (occurred_at);
