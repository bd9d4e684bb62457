-- PATCH /api/{user_id}/tasks/{id}/complete: two transactions, as CompleteTaskService runs them through
-- PostgresTaskRepository.find and then update (which rewrites every editable column at version + 1).
-- Columns the server rebinds unchanged and that the read does not return (title_key, search, the
-- absent due time) are written back as they are; the server's clock is now().
-- Like toggle.lua, no two clients ever pick the same task: client c takes the user's tasks whose offset
-- is c modulo the number of clients, so no transaction waits on another's row lock.
\set slot :client_id % @COUNT@
\set id @FIRST@ + :slot + :clients * random(0, (@COUNT@ - 1 - :slot) / :clients)
\startpipeline
BEGIN;
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
\endpipeline
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid and id = :id \gset
COMMIT;
\set done NOT :completed
\startpipeline
BEGIN;
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
\endpipeline
update tasks set title = :title, title_key = title_key, description = :description, completed = :done, completed_at = case when cast(:done as boolean) then now() end, priority = cast(:priority as smallint), due_at = due_at, tags = :tags, search = search, updated_at = now(), version = version + 1 where user_id = :uid and id = :id and version = :version;
COMMIT;
