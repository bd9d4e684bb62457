-- Idempotent create (specs/006-change-log, FR-610…FR-615): the key of a create request, the fingerprint
-- of its content and the task as first stored, owner-keyed under the same forced row-level security as
-- tasks. A row is written in the transaction that creates its task, so a failed create leaves no key.

create table idempotency_keys (
    user_id     text        not null check (user_id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    key         text        not null check (key ~ '^[\x21-\x7e]{1,255}$'),
    fingerprint bytea       not null check (length(fingerprint) = 32),
    -- the task as the first request answered it (a tasks row as JSON), answered again to a replay
    task        jsonb       not null,
    created_at  timestamptz not null,
    primary key (user_id, key)
);

alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;
create policy idempotency_keys_of_acting_user on idempotency_keys
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

grant select, insert, delete on idempotency_keys to todo_app;
