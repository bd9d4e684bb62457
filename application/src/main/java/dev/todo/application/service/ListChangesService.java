package dev.todo.application.service;

import dev.todo.application.port.in.ChangePage;
import dev.todo.application.port.in.ChangesExpiredException;
import dev.todo.application.port.in.ListChangesUseCase;
import dev.todo.application.port.out.ChangeLog;
import dev.todo.application.port.out.ChangeRead;
import dev.todo.domain.ValidationException;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Reads a page of the acting user's change log, refusing a position whose following entries are gone. */
public final class ListChangesService implements ListChangesUseCase {
    private final ChangeLog log;

    public ListChangesService(ChangeLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public ChangePage listChanges(UserId actor, OptionalLong since, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        if (since.isEmpty()) {
            return new ChangePage(List.of(), log.read(actor, Long.MAX_VALUE, 0).position());
        }
        ChangeRead read = readUnbroken(log, actor, since.getAsLong(), limit);
        List<ChangeEntry> entries = read.entries();
        return new ChangePage(
                entries,
                entries.isEmpty()
                        ? since.getAsLong()
                        : entries.get(entries.size() - 1).id());
    }

    /** The entries after {@code after}, or {@link ChangesExpiredException} if they are not all kept. */
    static ChangeRead readUnbroken(ChangeLog log, UserId owner, long after, int limit) {
        if (after < 0) {
            throw new ValidationException("since", "must be a non-negative integer");
        }
        ChangeRead read = log.read(owner, after, limit);
        if (!read.isUnbrokenAfter(after)) {
            throw new ChangesExpiredException(after);
        }
        return read;
    }
}
