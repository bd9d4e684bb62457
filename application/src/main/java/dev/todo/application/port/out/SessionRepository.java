package dev.todo.application.port.out;

import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions of built-in accounts and the hashes of their refresh tokens are kept, and the feed of
 * ended sessions every instance follows to refuse their access tokens.
 */
public interface SessionRepository {
    /** Stores a new session of {@code user}, active until {@code expiresAt}, renewed by {@code first}. */
    void start(UserId user, SessionId session, RefreshToken first, Instant now, Instant expiresAt);

    /**
     * Spends {@code presented} and stores {@code next} in its place, extending the session to {@code expiresAt},
     * all at once; rotations of one session apply one after the other. A token that was already spent ends
     * its session (reuse: the token was copied), except a retry whose answer was lost: a token spent after
     * {@code retryAfter}, none of whose successors has been presented since, rotates again, and the
     * successors it had are withdrawn (spent, never to rotate again).
     */
    Rotation rotate(RefreshToken presented, RefreshToken next, Instant now, Instant expiresAt, Instant retryAfter);

    /** Ends the session (nothing happens if it has already ended). */
    void end(UserId user, SessionId session);

    /** Ends the session {@code token} belongs to, if there is one; its id. */
    Optional<SessionId> endByToken(RefreshToken token);

    /** Deletes the user's sessions that ended or expired before {@code now}, with their refresh tokens. */
    void forgetEnded(UserId user, Instant now);

    /** Sessions ended (by any instance) at or after {@code since}, by the store's clock, oldest first. */
    List<EndedSession> endedSince(Instant since);

    /** What a rotation did: {@code session} is empty for an unknown token, expired or ended session. */
    record Rotation(Outcome outcome, Optional<SessionId> session) {
        public enum Outcome {
            ROTATED,
            REUSE_ENDED_SESSION,
            REFUSED
        }

        public static Rotation rotated(SessionId session) {
            return new Rotation(Outcome.ROTATED, Optional.of(session));
        }

        public static Rotation reused(SessionId session) {
            return new Rotation(Outcome.REUSE_ENDED_SESSION, Optional.of(session));
        }

        public static Rotation refused() {
            return new Rotation(Outcome.REFUSED, Optional.empty());
        }
    }

    /** A session that ended, and when, by the store's clock. */
    record EndedSession(SessionId session, Instant endedAt) {}
}
