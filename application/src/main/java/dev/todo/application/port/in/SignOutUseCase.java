package dev.todo.application.port.in;

import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;

/** Ends a session: its refresh token and its access tokens stop being accepted. */
public interface SignOutUseCase {
    /** Ends the session an access token named in its {@code sid}. */
    void signOut(UserId user, SessionId session);

    /** Ends the session this refresh token belongs to; a token that renews nothing is ignored. */
    void signOut(String refreshToken);
}
