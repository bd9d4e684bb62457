-- GET /api/{user_id}/tasks?limit=50: PostgresTaskRepository.list with TaskListQuery's default order,
-- created desc; the service reads one row more than the page.
-- Scope and statement are sent together with auto-commit, as ScopedTransactions.rowsActingAs does:
-- one round trip, one implicit transaction (up to the pipeline's Sync), no BEGIN or COMMIT.
\startpipeline
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid order by created_at desc, id desc limit :limit;
\endpipeline
