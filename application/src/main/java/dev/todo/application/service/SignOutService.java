package dev.todo.application.service;

import dev.todo.application.port.in.SignOutUseCase;
import dev.todo.application.port.out.SessionRepository;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;

/** Ends sessions in the store and, at once, on this instance. */
public final class SignOutService implements SignOutUseCase {
    private final SessionRepository sessions;
    private final EndedSessions ended;

    SignOutService(SessionRepository sessions, EndedSessions ended) {
        this.sessions = sessions;
        this.ended = ended;
    }

    @Override
    public void signOut(UserId user, SessionId session) {
        sessions.end(user, session);
        ended.endedHere(session);
    }

    @Override
    public void signOut(String refreshToken) {
        RefreshToken.parse(refreshToken).flatMap(sessions::endByToken).ifPresent(ended::endedHere);
    }
}
