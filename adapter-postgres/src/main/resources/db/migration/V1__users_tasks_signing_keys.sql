-- Schema of the Todo service. Forward-only: later changes go in new versions.

-- Substring search over title and description (LIKE '%term%') through a trigram index, and
-- owner-first GIN indexes (btree_gin) so tag and text filters stay within one owner's rows.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

-- The runtime role: the application switches to it at the start of every transaction
-- (set_config('role', 'todo_app', true)), so its statements run without superuser rights, without
-- table ownership and under row-level security. It cannot log in by itself.
do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'todo_app') then
        create role todo_app nologin nosuperuser nobypassrls noinherit;
    end if;
end
$$;
grant todo_app to current_user;

create table users (
    id            text        primary key check (id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    email         text        not null check (char_length(email) between 3 and 254),
    name          text        not null check (char_length(name) between 1 and 100),
    password_hash text        not null check (password_hash <> ''),
    created_at    timestamptz not null,
    constraint users_email_unique unique (email)
);

-- Tags as the domain allows them: at most 10 distinct labels of 1..32 characters without spaces or capitals.
create function todo_valid_tags(tags text[]) returns boolean
    language sql immutable strict parallel safe
    return cardinality(tags) <= 10
        and array_position(tags, null) is null
        and (select count(distinct t) from unnest(tags) t) = cardinality(tags)
        and not exists (
            select from unnest(tags) t where char_length(t) not between 1 and 32 or t ~ '[[:space:][:upper:]]');

-- No foreign key to users: a user known only through an external token owns tasks without a users row.
create table tasks (
    user_id      text        not null check (user_id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    id           bigint      generated always as identity check (id > 0),
    title        text        not null check (char_length(title) between 1 and 200),
    title_key    text        collate "C" not null check (title_key <> ''),
    description  text        check (char_length(description) between 1 and 1000),
    completed    boolean     not null,
    completed_at timestamptz,
    priority     smallint    not null default 0 check (priority between 0 and 3),
    due_at       timestamptz check (due_at between '1900-01-01T00:00:00Z' and '9999-12-31T23:59:59.999999Z'),
    tags         text[]      not null default '{}' check (todo_valid_tags(tags)),
    search       text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null check (version >= 1),
    primary key (user_id, id),
    constraint tasks_completed_at_iff_completed check (completed = (completed_at is not null))
);

-- One index per sort key, each ending in id (the tie-breaker), so keyset pages are index range scans.
create index tasks_by_created on tasks (user_id, created_at, id);
create index tasks_by_updated on tasks (user_id, updated_at, id);
create index tasks_by_title on tasks (user_id, title_key, id);
-- An absent due time sorts after every due time: it is indexed as +infinity.
create index tasks_by_due on tasks (user_id, coalesce(due_at, 'infinity'::timestamptz), id);
create index tasks_by_priority on tasks (user_id, priority, id);
create index tasks_by_tag on tasks using gin (user_id, tags);
create index tasks_by_text on tasks using gin (user_id, search gin_trgm_ops);

create table signing_keys (
    singleton   boolean     primary key default true check (singleton),
    key_id      text        not null check (key_id <> ''),
    algorithm   text        not null check (algorithm <> ''),
    private_key text        not null check (private_key <> ''),
    created_at  timestamptz not null
);

-- Row-level security: a transaction sees and writes only the rows of the user it acts for
-- (app.user_id, set per transaction). FORCE applies the policies to the table owner as well.
alter table tasks enable row level security;
alter table tasks force row level security;
create policy tasks_of_acting_user on tasks
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

-- Sign-in looks an account up by email before anyone is known, so the acting email (app.email)
-- also opens its row; sign-up may only insert the account it acts for.
alter table users enable row level security;
alter table users force row level security;
create policy users_read_self on users for select
    using (id = current_setting('app.user_id', true) or email = current_setting('app.email', true));
create policy users_sign_up_self on users for insert
    with check (id = current_setting('app.user_id', true));

-- signing_keys belongs to the service, not to a user: no row security, read and insert only.
grant select, insert, update, delete on tasks to todo_app;
grant select, insert on users to todo_app;
grant select, insert on signing_keys to todo_app;
