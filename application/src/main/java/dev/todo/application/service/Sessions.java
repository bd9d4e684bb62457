package dev.todo.application.service;

import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.TokenIssuer;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/** Opens sessions for sign-up and sign-in: the one place a session and its first tokens are made. */
final class Sessions {
    private final SessionRepository sessions;
    private final TokenIssuer tokens;
    private final SessionPolicy policy;
    private final Clock clock;

    Sessions(SessionRepository sessions, TokenIssuer tokens, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.policy = policy;
        this.clock = clock;
    }

    /** A new session for {@code user}; the user's ended sessions are forgotten on the way. */
    SignedIn open(User user) {
        Instant now = clock.instant();
        sessions.forgetEnded(user.id(), now);
        SessionId session = SessionId.random();
        RefreshToken refresh = RefreshToken.issue(user.id());
        sessions.start(user.id(), session, refresh, now, now.plus(policy.sessionTtl()));
        return new SignedIn(user, tokens.issue(user, session), refresh);
    }

    /** Rotates {@code presented} into a new refresh token, or says why not. */
    SessionRepository.Rotation rotate(RefreshToken presented, RefreshToken next) {
        Instant now = clock.instant();
        return sessions.rotate(
                presented, next, now, now.plus(policy.sessionTtl()), now.minus(SessionPolicy.REFRESH_RETRY_WINDOW));
    }

    SignedIn renewed(User user, SessionId session, RefreshToken next) {
        return new SignedIn(user, tokens.issue(user, session), next);
    }
}
