package dev.todo.application.port.in;

import dev.todo.domain.user.SessionId;

/**
 * The sessions whose access tokens are refused: those ended here at once, those ended on other instances
 * once {@link #catchUp()} has run (the service runs it every second).
 */
public interface EndedSessionsUseCase {
    /** True if the session has ended; called on every request that carries a session's access token. */
    boolean hasEnded(SessionId session);

    /** Reads the sessions ended since the last call (on any instance) from the store. */
    void catchUp();
}
