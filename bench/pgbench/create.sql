-- POST /api/{user_id}/tasks: PostgresTaskRepository.add. The server binds its clock and a null due
-- time; now() and a typed null stand for them here.
-- Scope and statement are sent together with auto-commit, as ScopedTransactions.rowsActingAs does:
-- one round trip, one implicit transaction (up to the pipeline's Sync), no BEGIN or COMMIT.
\startpipeline
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
insert into tasks (user_id, title, title_key, description, completed, completed_at, priority, due_at, tags, search, created_at, updated_at, version) values (:uid, :title, :title_key, :description, false, null, cast(:priority as smallint), cast(null as timestamptz), :tags, :search, now(), now(), 1) returning id;
\endpipeline
