-- The trash (specs/006-change-log, FR-601…FR-606): a deleted task moves here with its id, one version on,
-- and comes back from here on restore. A table of its own, so that no query or index of tasks changes.
-- Same columns and checks as tasks (the id is not an identity here: it is the one tasks gave), owner-keyed
-- under the same forced row-level security.

create table trashed_tasks (like tasks including defaults including constraints);
alter table trashed_tasks add column deleted_at timestamptz not null;
alter table trashed_tasks add primary key (user_id, id);
create index trashed_tasks_by_deleted on trashed_tasks (user_id, deleted_at desc, id desc);

alter table trashed_tasks enable row level security;
alter table trashed_tasks force row level security;
create policy trashed_tasks_of_acting_user on trashed_tasks
    using (user_id = current_setting('app.user_id', true))
    with check (user_id = current_setting('app.user_id', true));

grant select, insert, delete on trashed_tasks to todo_app;
