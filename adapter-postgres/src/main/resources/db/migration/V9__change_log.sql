-- The change log (specs/006-change-log, FR-620…FR-625, FR-644): every change to a user's tasks is an entry
-- in task_changes, written by triggers in the transaction of the change, whatever statement made it. A
-- user's entries count from 1 without gaps: change_heads holds the newest id and is locked by each change
-- until its transaction ends, so the entries of one user commit in id order. (Other instances learn of new
-- entries from the service's NOTIFY after commit, not from here: research R616.)

create table change_heads (
    user_id text        primary key check (user_id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    last_id bigint      not null check (last_id >= 0),
    last_at timestamptz not null
);

create table task_changes (
    user_id text        not null,
    id      bigint      not null check (id > 0),
    type    text        not null check (type in ('task.created', 'task.updated', 'task.completed',
                            'task.reopened', 'task.deleted', 'task.restored', 'task.purged', 'reminder.due')),
    task_id bigint      not null check (task_id > 0),
    at      timestamptz not null,
    -- the task after the change (its tasks or trashed_tasks row as JSON, without search keys); none for a purge
    task    jsonb,
    primary key (user_id, id),
    constraint task_changes_task_unless_purged check ((type = 'task.purged') = (task is null))
);
create index task_changes_by_time on task_changes using brin (at);

create function record_task_change() returns trigger language plpgsql as $$
declare
    change_type text;
    owner       text;
    changed_id  bigint;
    changed     jsonb;
    entry_id    bigint;
    entry_at    timestamptz;
begin
    if tg_table_name = 'tasks' then
        if tg_op = 'INSERT' then
            -- a new task starts at version 1; one back from the trash is at least at version 3
            change_type := case when new.version = 1 then 'task.created' else 'task.restored' end;
        elsif new.completed <> old.completed then
            change_type := case when new.completed then 'task.completed' else 'task.reopened' end;
        else
            change_type := 'task.updated';
        end if;
    elsif tg_op = 'INSERT' then
        change_type := 'task.deleted';
    elsif exists (select from "${flyway:defaultSchema}".tasks t where t.user_id = old.user_id and t.id = old.id) then
        return null; -- moved back by a restore: the insert into tasks records it
    else
        change_type := 'task.purged';
    end if;

    if tg_op = 'DELETE' then
        owner := old.user_id;
        changed_id := old.id;
        entry_at := clock_timestamp();
    else
        owner := new.user_id;
        changed_id := new.id;
        changed := to_jsonb(new) - 'search' - 'title_key';
        entry_at := new.updated_at;
    end if;

    insert into "${flyway:defaultSchema}".change_heads as head (user_id, last_id, last_at)
    values (owner, 1, entry_at)
    on conflict (user_id) do update
        set last_id = head.last_id + 1, last_at = greatest(head.last_at, excluded.last_at)
    returning last_id, last_at into entry_id, entry_at;
    insert into "${flyway:defaultSchema}".task_changes (user_id, id, type, task_id, at, task)
    values (owner, entry_id, change_type, changed_id, entry_at, changed);
    return null;
end
$$;

create trigger tasks_added after insert on tasks for each row execute function record_task_change();
-- A completion request that changes nothing keeps the version: no entry.
create trigger tasks_changed after update on tasks for each row
    when (old.version is distinct from new.version)
    execute function record_task_change();
create trigger trashed_tasks_changed after insert or delete on trashed_tasks for each row
    execute function record_task_change();

-- What existed before the log: each task a task.created entry, each trashed task a task.deleted entry
-- (ids per owner in that order), so that reading a log from its start reproduces the list and the trash.
alter table tasks no force row level security;
alter table trashed_tasks no force row level security;
insert into task_changes (user_id, id, type, task_id, at, task)
select user_id, row_number() over (partition by user_id order by in_trash, id), type, id, now(), task
  from (select user_id, id, false as in_trash, 'task.created' as type, to_jsonb(t) - 'search' - 'title_key' as task
          from tasks t
        union all
        select user_id, id, true, 'task.deleted', to_jsonb(d) - 'search' - 'title_key'
          from trashed_tasks d) existing;
insert into change_heads (user_id, last_id, last_at)
select user_id, max(id), now() from task_changes group by user_id;
alter table tasks force row level security;
alter table trashed_tasks force row level security;

alter table change_heads enable row level security;
alter table change_heads force row level security;
create policy change_heads_of_acting_user on change_heads
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));
alter table task_changes enable row level security;
alter table task_changes force row level security;
create policy task_changes_of_acting_user on task_changes
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

-- Requests write entries and read them; no role of the service updates or deletes one, except
-- housekeeping, which deletes those older than the cutoff its run names.
grant select, insert, update on change_heads to todo_app;
grant select, insert on task_changes to todo_app;

-- Housekeeping purges expired trash of any user, which writes those users' task.purged entries; the
-- trigger asks whether a deleted trashed task went back to tasks, which shows it no row (no acting user).
grant select (user_id, id) on tasks to todo_housekeeper;
create policy change_heads_moved_by_housekeeping on change_heads to todo_housekeeper
    using (true) with check (true);
grant select, insert, update on change_heads to todo_housekeeper;
create policy task_changes_purges_by_housekeeping on task_changes for insert to todo_housekeeper
    with check (type = 'task.purged');
create policy task_changes_expired_for_housekeeping on task_changes for select to todo_housekeeper
    using (at < cast(current_setting('app.purge_before', true) as timestamptz));
create policy task_changes_trimmed_by_housekeeping on task_changes for delete to todo_housekeeper
    using (at < cast(current_setting('app.purge_before', true) as timestamptz));
grant select, insert, delete on task_changes to todo_housekeeper;
