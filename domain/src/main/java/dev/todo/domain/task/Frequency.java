package dev.todo.domain.task;

/** How often a recurrence rule repeats (RFC 5545 {@code FREQ}, the subset Todo accepts). */
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY
}
