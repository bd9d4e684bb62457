-- GET /api/{user_id}/tasks?limit=50, bare: the page query alone, in autocommit.
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid order by created_at desc, id desc limit :limit;
