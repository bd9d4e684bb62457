-- Change-log positions from transaction ids (specs/006-change-log, FR-621, FR-622, research R617). An
-- entry's id is its transaction's id times 4096 plus its place in that transaction, so a user's ids increase
-- but are not consecutive; readers take only entries below the oldest transaction still writing, so none
-- is skipped. This replaces V9's per-user head row, which every change updated and kept locked until its
-- commit: a quarter of the write throughput (bench/RESULTS.md, runs 7 and 8).

-- Where housekeeping has trimmed each user's log: the highest id it deleted. A position below it has lost
-- entries (410); none at or above it has.
create table change_trims (
    user_id    text   primary key check (user_id ~ '^[A-Za-z0-9._~:@|+=-]{1,128}$'),
    through_id bigint not null check (through_id > 0)
);

-- V9's ids count each user's entries from 1 and so sit below every id given from here on, unless one user
-- already had more entries than 4096 times this transaction's id (refused rather than misordered).
do $$
begin
    if exists (select from task_changes where id >= pg_current_xact_id()::text::bigint * 4096) then
        raise exception 'a change log holds more entries than V10 can keep in order; see specs/006-change-log research R617';
    end if;
end
$$;

alter table change_heads no force row level security;
alter table task_changes no force row level security;
insert into change_trims (user_id, through_id)
select h.user_id, coalesce(k.first_kept - 1, h.last_id)
  from change_heads h
  left join (select user_id, min(id) as first_kept from task_changes group by user_id) k using (user_id)
 where coalesce(k.first_kept - 1, h.last_id) > 0;
alter table task_changes force row level security;
drop table change_heads;

alter table change_trims enable row level security;
alter table change_trims force row level security;
create policy change_trims_of_acting_user on change_trims for select
    using (user_id = current_setting('app.user_id', true));
create policy change_trims_moved_by_housekeeping on change_trims to todo_housekeeper
    using (true) with check (true);
grant select on change_trims to todo_app;
grant select, insert, update on change_trims to todo_housekeeper;

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

    -- the entry's place among those of its transaction, counted in a setting that ends with the transaction
    place := coalesce(nullif(current_setting('todo.change_place', true), ''), '0')::int + 1;
    if place > 4095 then
        raise exception 'one transaction can record at most 4095 task changes'
            using hint = 'split the work into several transactions';
    end if;
    perform set_config('todo.change_place', place::text, true);
    insert into "${flyway:defaultSchema}".task_changes (user_id, id, type, task_id, at, task)
    values (owner, pg_current_xact_id()::text::bigint * 4096 + place, change_type, changed_id, entry_at, changed);
    return null;
end
$$;
