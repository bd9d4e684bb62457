-- GET /api/{user_id}/tasks?tag=<tag>&limit=50 (a tag on one task in ten): the page query TaskListQuery builds for it, in the server's scoped transaction.
\startpipeline
BEGIN;
select set_config('role', 'todo_app', true), set_config('app.user_id', :uid, true), set_config('app.email', '', true), set_config('statement_timeout', :timeout, true), set_config('search_path', :search_path, true);
\endpipeline
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid and tags @> array[cast(:tag as text)] order by created_at desc, id desc limit :limit;
COMMIT;
