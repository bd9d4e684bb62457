-- The trigram index over tasks.search did not pay for itself (bench/RESULTS.md, index experiment): with
-- users of 200, 1000 and 5000 tasks the q= search ran as fast without it (0.95-1.03x), because the
-- planner reads the owner's rows along an owner-first index and filters them, while every insert and
-- every non-HOT update paid for its trigram entries. The search column and pg_trgm stay (embedders may
-- have installed the extension; searches still use LIKE on the column).
drop index if exists tasks_by_text;
