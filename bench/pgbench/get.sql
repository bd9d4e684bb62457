-- GET /api/{user_id}/tasks/{id}: PostgresTaskRepository.find.
-- Scope and statement are sent together with auto-commit, as ScopedTransactions.rowsActingAs does:
-- one round trip, one implicit transaction (up to the pipeline's Sync), no BEGIN or COMMIT.
\set id random(@FIRST@, @LAST@)
\startpipeline
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid and id = :id;
\endpipeline
