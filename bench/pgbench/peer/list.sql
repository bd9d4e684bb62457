-- The peer's GET /api/{user_id}/tasks (TaskRepository.list, a fixed page of 50).
SELECT id, user_id, title, description, completed, priority, due_at, created_at, updated_at FROM tasks WHERE user_id = :uid ORDER BY created_at DESC, id DESC LIMIT :peer_limit;
