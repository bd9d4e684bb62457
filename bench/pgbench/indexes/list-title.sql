-- GET /api/{user_id}/tasks?sort=title&order=asc&limit=50: the page query TaskListQuery builds for it, in the server's scoped transaction.
\startpipeline
BEGIN;
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
\endpipeline
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid order by title_key asc, id asc limit :limit;
COMMIT;
