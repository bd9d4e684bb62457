-- Reminders (specs/007-recurring-reminders, FR-720…FR-727): a task's remind_at, and reminder_due_at, the
-- reminder still to fire (null when none). Firing clears reminder_due_at without a new version, which a
-- trigger records as reminder.due in the owner's change log, in the same transaction: each pending reminder
-- fires once, whichever instance clears it first.

alter table tasks
    add column remind_at timestamptz
        check (remind_at between '1900-01-01T00:00:00Z' and '9999-12-31T23:59:59.999999Z'),
    add column reminder_due_at timestamptz,
    add constraint tasks_pending_reminder
        check (reminder_due_at is null or (reminder_due_at = remind_at and not completed));
-- Nothing in the trash reminds anyone: a restore sets the reminder again if its time is still to come.
alter table trashed_tasks
    add column remind_at timestamptz
        check (remind_at between '1900-01-01T00:00:00Z' and '9999-12-31T23:59:59.999999Z');
create index tasks_reminders_due on tasks (reminder_due_at) where reminder_due_at is not null;

-- Housekeeping finds the reminders due by the time its poll names, and sees of them only whose they are,
-- which task and when (never a title); it fires each acting as the owner.
grant select (reminder_due_at) on tasks to todo_housekeeper;
-- (nullif: once a pooled session has set the setting, it reads '' outside the transaction that set it, and
-- housekeeping's purge reads tasks too, through the change-log trigger)
create policy tasks_reminders_due_for_housekeeping on tasks for select to todo_housekeeper
    using (reminder_due_at <= cast(nullif(current_setting('app.remind_before', true), '') as timestamptz));

create or replace function record_task_change() returns trigger language plpgsql as $$
declare
    change_type text;
    owner       text;
    changed_id  bigint;
    changed     jsonb;
    entry_at    timestamptz;
    place       int;
begin
    if tg_table_name = 'tasks' then
        if tg_op = 'INSERT' then
            -- a new task starts at version 1; one back from the trash is at least at version 3
            change_type := case when new.version = 1 then 'task.created' else 'task.restored' end;
        elsif new.version = old.version then
            change_type := 'reminder.due'; -- only tasks_reminded calls with the version unchanged
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
        changed := to_jsonb(new) - 'search' - 'title_key' - 'reminder_due_at';
        entry_at := case when change_type = 'reminder.due' then clock_timestamp() else new.updated_at end;
    end if;

    -- the entry's place among those of its transaction, counted in a setting that ends with the transaction
    -- (one expression, evaluated without a query, unlike PERFORM)
    place := set_config('todo.change_place',
                        (coalesce(nullif(current_setting('todo.change_place', true), ''), '0')::int + 1)::text,
                        true)::int;
    if place > 4095 then
        raise exception 'one transaction can record at most 4095 task changes'
            using hint = 'split the work into several transactions';
    end if;
    insert into "${flyway:defaultSchema}".task_changes (user_id, id, type, task_id, at, task)
    values (owner, pg_current_xact_id()::text::bigint * 4096 + place, change_type, changed_id, entry_at, changed);
    return null;
end
$$;

-- A fired reminder: reminder_due_at cleared, version unchanged (every other change advances the version).
create trigger tasks_reminded after update on tasks for each row
    when (old.reminder_due_at is not null and new.reminder_due_at is null and old.version = new.version)
    execute function record_task_change();
