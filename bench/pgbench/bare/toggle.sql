-- PATCH /api/{user_id}/tasks/{id}/complete, bare: one statement that flips the task and returns it, in
-- autocommit (the server reads, then writes at version + 1, in two transactions). Clients take
-- distinct tasks as in toggle.sql.
\set slot :client_id % @COUNT@
\set id @FIRST@ + :slot + :clients * random(0, (@COUNT@ - 1 - :slot) / :clients)
update tasks set completed = not completed, completed_at = case when completed then null else now() end, updated_at = now(), version = version + 1 where user_id = :uid and id = :id returning user_id, id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at, version;
