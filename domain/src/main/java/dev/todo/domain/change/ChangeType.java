package dev.todo.domain.change;

import java.util.Arrays;
import java.util.Optional;

/** What one entry of a user's change log records, with the name clients see ({@code task.created}, …). */
public enum ChangeType {
    CREATED("task.created"),
    UPDATED("task.updated"),
    COMPLETED("task.completed"),
    REOPENED("task.reopened"),
    DELETED("task.deleted"),
    RESTORED("task.restored"),
    PURGED("task.purged"),
    /** A task's reminder time passed; the task itself did not change. */
    REMINDER_DUE("reminder.due");

    private final String wireName;

    ChangeType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChangeType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }

    /** The type of a stored change from {@code completedBefore} to {@code completedAfter}: completion wins. */
    public static ChangeType ofReplacement(boolean completedBefore, boolean completedAfter) {
        if (completedBefore == completedAfter) {
            return UPDATED;
        }
        return completedAfter ? COMPLETED : REOPENED;
    }
}
