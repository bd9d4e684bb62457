package dev.todo.application.port.in;

import dev.todo.domain.user.UserId;
import java.util.OptionalLong;

/** Delta sync: the acting user's changes after a position, for a client that keeps a copy of the tasks. */
public interface ListChangesUseCase {
    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 1_000;

    /**
     * At most {@code limit} entries after {@code since}, oldest first; without {@code since}, no entries and
     * the newest position, where a client that has just read the whole list starts.
     *
     * @param limit 1 to {@link #MAX_LIMIT}
     * @throws ChangesExpiredException if entries after {@code since} are no longer kept, or it is beyond the newest
     * @throws dev.todo.domain.ValidationException if {@code since} is negative or the limit out of range
     */
    ChangePage listChanges(UserId actor, OptionalLong since, int limit);
}
