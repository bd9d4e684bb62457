-- The peer's PATCH /api/{user_id}/tasks/{id}/complete (TaskRepository.toggle): one statement.
-- Clients take distinct tasks as in toggle.sql.
\set slot :client_id % @COUNT@
\set id @FIRST@ + :slot + :clients * random(0, (@COUNT@ - 1 - :slot) / :clients)
UPDATE tasks SET completed = NOT completed, updated_at = now() WHERE id = :id AND user_id = :uid RETURNING id, user_id, title, description, completed, priority, due_at, created_at, updated_at;
