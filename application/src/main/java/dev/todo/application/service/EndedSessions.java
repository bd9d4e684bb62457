package dev.todo.application.service;

import dev.todo.application.port.in.EndedSessionsUseCase;
import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.SessionRepository.EndedSession;
import dev.todo.domain.user.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ended sessions whose access tokens may still be presented, in memory, so that checking one costs a
 * hash lookup. Sessions ended here are added at once; {@link #catchUp()} adds those other instances ended,
 * reading the store's feed from a little before the newest end it has seen (a transaction that ended a
 * session can commit after a later one was read). Entries are dropped once the tokens have expired.
 */
public final class EndedSessions implements EndedSessionsUseCase {
    /** How far back each read starts before the newest end already seen. */
    static final Duration OVERLAP = Duration.ofSeconds(10);

    private final SessionRepository sessions;
    private final Duration remember;
    private final Clock clock;
    private final Map<SessionId, Instant> forgetAt = new ConcurrentHashMap<>();
    private volatile Instant readFrom;

    EndedSessions(SessionRepository sessions, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.remember = policy.rememberEnded();
        this.clock = clock;
        this.readFrom = clock.instant().minus(remember);
    }

    @Override
    public boolean hasEnded(SessionId session) {
        return !forgetAt.isEmpty() && forgetAt.containsKey(session);
    }

    @Override
    public synchronized void catchUp() {
        Instant now = clock.instant();
        Instant newest = null;
        for (EndedSession ended : sessions.endedSince(readFrom)) {
            forgetAt.putIfAbsent(ended.session(), ended.endedAt().plus(remember));
            newest = ended.endedAt();
        }
        if (newest != null && newest.minus(OVERLAP).isAfter(readFrom)) {
            readFrom = newest.minus(OVERLAP);
        }
        forgetAt.values().removeIf(at -> at.isBefore(now));
    }

    /** A session this instance ended: refused from now on. */
    void endedHere(SessionId session) {
        forgetAt.put(session, clock.instant().plus(remember));
    }
}
