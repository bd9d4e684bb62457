-- Housekeeping (specs/006-change-log, FR-607, FR-660): one run per period across every instance, kept by
-- db-scheduler in its table (its PostgreSQL layout, verbatim), and a role that can purge only what has
-- expired: trashed tasks deleted before the cutoff the run names (app.purge_before), of any user.

create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'todo_housekeeper') then
        create role todo_housekeeper nologin nosuperuser nobypassrls noinherit;
    end if;
end
$$;
grant todo_housekeeper to current_user;
do $$
begin
    if not has_schema_privilege('todo_housekeeper', '${flyway:defaultSchema}', 'USAGE') then
        execute format('grant usage on schema %I to todo_housekeeper', '${flyway:defaultSchema}');
    end if;
end
$$;

-- The owner policy of V7 admits nothing without an acting user; this one admits expired rows only.
create policy trashed_tasks_expired_for_housekeeping on trashed_tasks for select to todo_housekeeper
    using (deleted_at < cast(current_setting('app.purge_before', true) as timestamptz));
create policy trashed_tasks_purged_by_housekeeping on trashed_tasks for delete to todo_housekeeper
    using (deleted_at < cast(current_setting('app.purge_before', true) as timestamptz));
grant select, delete on trashed_tasks to todo_housekeeper;
