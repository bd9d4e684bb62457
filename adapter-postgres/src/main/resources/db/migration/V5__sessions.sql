-- Sessions of built-in accounts (specs/005-sessions). Owner-keyed like tasks, under the same forced
-- row-level security: a transaction reaches only the sessions of the user it acts for. A refresh token
-- names its user in clear, so it is looked up acting as that user; only its SHA-256 is stored.

create table sessions (
    user_id    text        not null check (user_id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    id         uuid        not null,
    created_at timestamptz not null,
    -- a session ends when it goes unrefreshed until expires_at, or is ended (sign-out, token reuse)
    expires_at timestamptz not null,
    ended_at   timestamptz,
    primary key (user_id, id)
);

create table refresh_tokens (
    user_id    text        not null,
    token_hash bytea       not null check (length(token_hash) = 32),
    session_id uuid        not null,
    issued_at  timestamptz not null,
    -- set when the token was rotated; presenting it again ends the session
    spent_at   timestamptz,
    primary key (user_id, token_hash),
    foreign key (user_id, session_id) references sessions (user_id, id) on delete cascade
);
create index refresh_tokens_by_session on refresh_tokens (user_id, session_id);

alter table sessions enable row level security;
alter table sessions force row level security;
create policy sessions_of_acting_user on sessions
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

alter table refresh_tokens enable row level security;
alter table refresh_tokens force row level security;
create policy refresh_tokens_of_acting_user on refresh_tokens
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

-- The feed of ended sessions every instance reads each second to refuse their access tokens: a random
-- session id and a time, no user data, so no row-level security (service state, like signing_keys).
create table ended_sessions (
    session_id uuid        primary key,
    ended_at   timestamptz not null default now()
);
create index ended_sessions_by_time on ended_sessions (ended_at);

grant select, insert, update, delete on sessions, refresh_tokens to todo_app;
grant select, insert, delete on ended_sessions to todo_app;
