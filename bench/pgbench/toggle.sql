-- PATCH /api/{user_id}/tasks/{id}/complete without a body: PostgresTaskRepository.complete, the toggle in
-- one statement (the server binds a null :completed and its clock; a typed null and now() stand for them).
-- Scope and statement are sent together with auto-commit, as ScopedTransactions.rowsActingAs does:
-- one round trip, one implicit transaction (up to the pipeline's Sync), no BEGIN or COMMIT.
-- Like toggle.lua, no two clients ever pick the same task: client c takes the user's tasks whose offset
-- is c modulo the number of clients, so no transaction waits on another's row lock.
\set slot :client_id % @COUNT@
\set id @FIRST@ + :slot + :clients * random(0, (@COUNT@ - 1 - :slot) / :clients)
\startpipeline
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
update tasks set completed = coalesce(cast(null as boolean), not completed), completed_at = case when coalesce(cast(null as boolean), not completed) = completed then completed_at when coalesce(cast(null as boolean), not completed) then now() else null end, updated_at = case when coalesce(cast(null as boolean), not completed) = completed then updated_at else now() end, version = case when coalesce(cast(null as boolean), not completed) = completed then version else version + 1 end where user_id = :uid and id = :id returning user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version;
\endpipeline
