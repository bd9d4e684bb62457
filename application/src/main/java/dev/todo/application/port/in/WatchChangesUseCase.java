package dev.todo.application.port.in;

import dev.todo.domain.user.UserId;
import java.util.OptionalLong;

/** Live changes: every entry of the acting user's log from a position on, as it is written on any instance. */
public interface WatchChangesUseCase {
    /**
     * Delivers to {@code sink}, in order and once each, every entry after {@code after} (without it: after the
     * newest now), then each new one, until the subscription is closed.
     *
     * @throws ChangesExpiredException if entries after {@code after} are no longer kept, or it is beyond the newest
     */
    ChangeSubscription watch(UserId actor, OptionalLong after, ChangeSink sink);
}
