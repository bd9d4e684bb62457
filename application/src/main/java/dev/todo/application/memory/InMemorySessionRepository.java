package dev.todo.application.memory;

import dev.todo.application.port.out.SessionRepository;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A thread-safe {@link SessionRepository} in memory; its clock stamps when sessions end. */
public final class InMemorySessionRepository implements SessionRepository {
    private final Clock clock;
    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final Map<ByteBuffer, Token> tokens = new HashMap<>();
    private final List<EndedSession> endedFeed = new ArrayList<>();

    private static final class Session {
        final UserId user;
        Instant expiresAt;
        boolean ended;

        Session(UserId user, Instant expiresAt) {
            this.user = user;
            this.expiresAt = expiresAt;
        }
    }

    private static final class Token {
        final SessionId session;
        final Instant issuedAt;
        /** When it was rotated or withdrawn; null while it renews. */
        Instant spentAt;
        /** Spent by the retry of its predecessor, never presented. */
        boolean withdrawn;

        Token(SessionId session, Instant issuedAt) {
            this.session = session;
            this.issuedAt = issuedAt;
        }
    }

    public InMemorySessionRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void start(UserId user, SessionId session, RefreshToken first, Instant now, Instant expiresAt) {
        sessions.put(session, new Session(user, expiresAt));
        tokens.put(key(first), new Token(session, now));
    }

    @Override
    public synchronized Rotation rotate(
            RefreshToken presented, RefreshToken next, Instant now, Instant expiresAt, Instant retryAfter) {
        Token token = tokens.get(key(presented));
        Session session = token == null ? null : sessions.get(token.session);
        if (session == null || !session.user.equals(presented.user()) || session.ended) {
            return Rotation.refused();
        }
        if (token.spentAt != null && !isRetry(token, retryAfter)) {
            endSession(token.session, session);
            return Rotation.reused(token.session);
        }
        if (!session.expiresAt.isAfter(now)) {
            return Rotation.refused();
        }
        if (token.spentAt == null) {
            token.spentAt = now;
        } else {
            successors(token).filter(successor -> successor.spentAt == null).forEach(successor -> {
                successor.spentAt = now;
                successor.withdrawn = true;
            });
        }
        tokens.put(key(next), new Token(token.session, now));
        session.expiresAt = expiresAt;
        return Rotation.rotated(token.session);
    }

    /** A token spent after {@code retryAfter}, none of whose successors has been presented. */
    private boolean isRetry(Token token, Instant retryAfter) {
        return token.spentAt.isAfter(retryAfter)
                && successors(token).noneMatch(successor -> successor.spentAt != null && !successor.withdrawn);
    }

    private Stream<Token> successors(Token token) {
        return tokens.values().stream()
                .filter(other -> other != token
                        && other.session.equals(token.session)
                        && !other.issuedAt.isBefore(token.spentAt));
    }

    @Override
    public synchronized void end(UserId user, SessionId id) {
        Session session = sessions.get(id);
        if (session != null && session.user.equals(user)) {
            endSession(id, session);
        }
    }

    @Override
    public synchronized Optional<SessionId> endByToken(RefreshToken presented) {
        Token token = tokens.get(key(presented));
        if (token == null || !sessions.get(token.session).user.equals(presented.user())) {
            return Optional.empty();
        }
        endSession(token.session, sessions.get(token.session));
        return Optional.of(token.session);
    }

    @Override
    public synchronized void forgetEnded(UserId user, Instant now) {
        sessions.entrySet()
                .removeIf(e -> e.getValue().user.equals(user)
                        && (e.getValue().ended || !e.getValue().expiresAt.isAfter(now)));
        tokens.values().removeIf(token -> !sessions.containsKey(token.session));
    }

    @Override
    public synchronized List<EndedSession> endedSince(Instant since) {
        return endedFeed.stream().filter(e -> !e.endedAt().isBefore(since)).toList();
    }

    private void endSession(SessionId id, Session session) {
        if (!session.ended) {
            session.ended = true;
            endedFeed.add(new EndedSession(id, clock.instant()));
        }
    }

    private static ByteBuffer key(RefreshToken token) {
        return ByteBuffer.wrap(token.hash());
    }
}
