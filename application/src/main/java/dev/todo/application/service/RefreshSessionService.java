package dev.todo.application.service;

import dev.todo.application.port.in.InvalidRefreshTokenException;
import dev.todo.application.port.in.RefreshSessionUseCase;
import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.out.SessionRepository.Rotation;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.User;

/**
 * Rotates refresh tokens. A spent token presented again means it was copied: the session ends (here at
 * once, on other instances when they catch up) and neither copy renews anything any more.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
    private final Sessions sessions;
    private final UserRepository users;
    private final EndedSessions ended;

    RefreshSessionService(Sessions sessions, UserRepository users, EndedSessions ended) {
        this.sessions = sessions;
        this.users = users;
        this.ended = ended;
    }

    @Override
    public SignedIn refresh(String refreshToken) {
        RefreshToken presented = RefreshToken.parse(refreshToken).orElseThrow(InvalidRefreshTokenException::new);
        RefreshToken next = RefreshToken.issue(presented.user());
        Rotation rotation = sessions.rotate(presented, next);
        switch (rotation.outcome()) {
            case ROTATED -> {
                User user = users.findById(presented.user()).orElseThrow(InvalidRefreshTokenException::new);
                return sessions.renewed(user, rotation.session().orElseThrow(), next);
            }
            case REUSE_ENDED_SESSION -> {
                ended.endedHere(rotation.session().orElseThrow());
                throw new InvalidRefreshTokenException();
            }
            default -> throw new InvalidRefreshTokenException();
        }
    }
}
