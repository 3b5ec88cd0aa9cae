-- Failed sign-ins per user name and per client address (LoginThrottleEntry), shared by every instance of a
-- cluster so that N instances do not give N times the tries, and kept over restarts. Replaces the in-memory
-- count, which stopped counting once it tracked 10,000 keys. Entries an hour quiet with no pause running are
-- removed (SignInThrottle), so the table stays small. Portable SQL for H2 2.x and PostgreSQL 15.

create table login_throttle (
    -- "user:<name>" or "address:<ip>"; longer names are kept as their SHA-256
    throttle_key  varchar(300)  not null primary key,
    failures      integer       not null,
    window_start  timestamp with time zone not null,
    last_failure  timestamp with time zone not null,
    paused_until  timestamp with time zone
);

create index login_throttle_last_failure_ix on login_throttle (last_failure);
