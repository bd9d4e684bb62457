-- The peer's POST /api/{user_id}/tasks (TaskRepository.create), with the body create.lua posts to it.
INSERT INTO tasks (user_id, title, description, completed, priority, due_at) VALUES (:uid, :title, :description, false, :priority, cast(null as timestamptz)) RETURNING id, user_id, title, description, completed, priority, due_at, created_at, updated_at;
