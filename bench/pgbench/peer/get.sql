-- The peer's GET /api/{user_id}/tasks/{id} (TaskRepository.get): one statement in autocommit.
\set id random(@FIRST@, @LAST@)
SELECT id, user_id, title, description, completed, priority, due_at, created_at, updated_at FROM tasks WHERE id = :id AND user_id = :uid;
