-- POST /api/{user_id}/tasks: one transaction (PostgresTaskRepository.add). The server binds its clock
-- and a null due time; now() and a typed null stand for them here.
\startpipeline
BEGIN;
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
\endpipeline
insert into tasks (user_id, title, title_key, description, completed, completed_at, priority, due_at, tags, search, created_at, updated_at, version) values (:uid, :title, :title_key, :description, false, null, cast(:priority as smallint), cast(null as timestamptz), :tags, :search, now(), now(), 1) returning id;
COMMIT;
