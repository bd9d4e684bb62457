-- GET /api/{user_id}/tasks/{id}, bare: the one statement the request needs, in autocommit (no BEGIN,
-- no scope, no COMMIT; the role bypasses row-level security, so the owner test is the WHERE clause).
\set id random(@FIRST@, @LAST@)
select user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version from tasks where user_id = :uid and id = :id;
