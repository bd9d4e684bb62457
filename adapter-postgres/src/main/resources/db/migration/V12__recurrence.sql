-- Recurring and all-day tasks (specs/007-recurring-reminders, FR-701…FR-718): whether it is due all day (its
-- due_at then the start of its date in time_zone), its rule (RFC 5545 RRULE subset, in its
-- canonical form), the IANA time zone it is computed in, and its place in a series: the series' id (its first
-- occurrence's id), where the current rule starts and which instance this task stands for (local times in
-- time_zone, as iCalendar's DTSTART;TZID and RECURRENCE-ID), and the occurrence its completion created.
-- The trash keeps the same columns, so that a restored occurrence continues its series.

alter table tasks
    add column recurrence         text check (char_length(recurrence) between 10 and 500),
    add column time_zone          text not null default 'UTC'
                                       check (time_zone ~ '^[A-Za-z][A-Za-z0-9._+/-]{0,63}$'),
    add column series_id          bigint check (series_id > 0),
    add column series_start       timestamp,
    add column occurrence_of      timestamp,
    add column next_occurrence_id bigint check (next_occurrence_id > 0),
    add column all_day            boolean not null default false,
    add constraint tasks_all_day_needs_due check (not all_day or due_at is not null),
    add constraint tasks_recurrence_needs_due check (recurrence is null or due_at is not null),
    add constraint tasks_recurrence_has_series check (recurrence is null
        or (series_id is not null and series_start is not null and occurrence_of is not null));
alter table trashed_tasks
    add column recurrence         text check (char_length(recurrence) between 10 and 500),
    add column time_zone          text not null default 'UTC'
                                       check (time_zone ~ '^[A-Za-z][A-Za-z0-9._+/-]{0,63}$'),
    add column series_id          bigint check (series_id > 0),
    add column series_start       timestamp,
    add column occurrence_of      timestamp,
    add column next_occurrence_id bigint check (next_occurrence_id > 0),
    add column all_day            boolean not null default false;

-- A series' history, listed by GET /tasks?series=
create index tasks_by_series on tasks (user_id, series_id, id) where series_id is not null;

-- The first occurrence of a series is named by its own id (identity values exist in before-row triggers).
create function start_task_series() returns trigger language plpgsql as $$
begin
    new.series_id := new.id;
    return new;
end
$$;
create trigger tasks_series_started before insert on tasks for each row
    when (new.recurrence is not null and new.series_id is null)
    execute function start_task_series();
