package dev.todo.adapter.postgres;

import dev.todo.application.port.out.SessionRepository;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Sessions in {@code sessions} and {@code refresh_tokens}, each reached acting as its owner (the refresh
 * token names its user); ended sessions also go to {@code ended_sessions}, the feed every instance reads.
 * A rotation locks the presented token's row, so of two concurrent rotations of one token the second
 * finds it spent.
 */
final class PostgresSessionRepository implements SessionRepository {
    /** Ended sessions are kept in the feed this long: longer than any access token lives (PT24H at most). */
    private static final String FEED_KEEPS = "2 days";

    private static final String INSERT_SESSION = """
            insert into sessions (user_id, id, created_at, expires_at)
            values (:user, :session, :now, :expiresAt)
            """;
    private static final String INSERT_TOKEN = """
            insert into refresh_tokens (user_id, token_hash, session_id, issued_at)
            values (:user, :hash, :session, :now)
            """;
    /**
     * The presented token with its session, both locked: rotations of one session apply one after the
     * other, so a retry sees every successor presented before it.
     */
    private static final String FIND_TOKEN = """
            select t.session_id, t.spent_at is not null as spent, s.ended_at is not null as ended,
                   s.expires_at > :now as active,
                   t.spent_at > :retryAfter and not exists (
                       select from refresh_tokens u
                        where u.user_id = t.user_id and u.session_id = t.session_id and u.token_hash <> t.token_hash
                          and u.issued_at >= t.spent_at and u.spent_at is not null and not u.withdrawn) as retry
            from refresh_tokens t join sessions s on s.user_id = t.user_id and s.id = t.session_id
            where t.user_id = :user and t.token_hash = :hash
            for update of t, s
            """;
    /** A retry withdraws the successors of the token it presents that were never presented themselves. */
    private static final String WITHDRAW_SUCCESSORS = """
            update refresh_tokens set spent_at = :now, withdrawn = true
             where user_id = :user and session_id = :session and spent_at is null
            """;

    private static final String END_SESSION = """
            update sessions set ended_at = now()
            where user_id = :user and id = :session and ended_at is null
            returning id
            """;
    private static final String PUBLISH_END = """
            insert into ended_sessions (session_id) values (:session) on conflict do nothing
            """;
    private static final String FORGET_OLD_ENDS =
            "delete from ended_sessions where ended_at < now() - interval '" + FEED_KEEPS + "'";

    private final ScopedTransactions transactions;

    PostgresSessionRepository(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    /** The presented token's row, locked, with the state of its session. */
    private record Found(UUID session, boolean spent, boolean ended, boolean active, boolean retry) {}

    @Override
    public void start(UserId user, SessionId session, RefreshToken first, Instant now, Instant expiresAt) {
        transactions.actingAs(user, handle -> {
            handle.createUpdate(INSERT_SESSION)
                    .bind("user", user.value())
                    .bind("session", session.value())
                    .bind("now", SqlTimes.utc(now))
                    .bind("expiresAt", SqlTimes.utc(expiresAt))
                    .execute();
            return insertToken(handle, first, session.value(), now);
        });
    }

    @Override
    public Rotation rotate(
            RefreshToken presented, RefreshToken next, Instant now, Instant expiresAt, Instant retryAfter) {
        return transactions.actingAs(presented.user(), handle -> {
            Optional<Found> found = find(handle, presented, now, retryAfter);
            if (found.isEmpty() || found.get().ended()) {
                return Rotation.refused();
            }
            SessionId session = new SessionId(found.get().session());
            if (found.get().spent() && !found.get().retry()) {
                endSession(handle, presented.user(), session);
                return Rotation.reused(session);
            }
            if (!found.get().active()) {
                return Rotation.refused();
            }
            handle.createUpdate(
                            found.get().spent()
                                    ? WITHDRAW_SUCCESSORS
                                    : "update refresh_tokens set spent_at = :now where user_id = :user and token_hash = :hash")
                    .bind("now", SqlTimes.utc(now))
                    .bind("user", presented.user().value())
                    .bind("hash", presented.hash())
                    .bind("session", session.value())
                    .execute();
            insertToken(handle, next, session.value(), now);
            handle.createUpdate("update sessions set expires_at = :expiresAt where user_id = :user and id = :session")
                    .bind("expiresAt", SqlTimes.utc(expiresAt))
                    .bind("user", presented.user().value())
                    .bind("session", session.value())
                    .execute();
            return Rotation.rotated(session);
        });
    }

    @Override
    public void end(UserId user, SessionId session) {
        transactions.actingAs(user, handle -> endSession(handle, user, session));
    }

    @Override
    public Optional<SessionId> endByToken(RefreshToken token) {
        return transactions.actingAs(token.user(), handle -> {
            Optional<SessionId> session = handle.createQuery(
                            "select session_id from refresh_tokens where user_id = :user and token_hash = :hash")
                    .bind("user", token.user().value())
                    .bind("hash", token.hash())
                    .mapTo(UUID.class)
                    .findOne()
                    .map(SessionId::new);
            session.ifPresent(id -> endSession(handle, token.user(), id));
            return session;
        });
    }

    @Override
    public void forgetEnded(UserId user, Instant now) {
        transactions.actingAs(
                user,
                handle -> handle.createUpdate(
                                "delete from sessions where user_id = :user and (ended_at is not null or expires_at <= :now)")
                        .bind("user", user.value())
                        .bind("now", SqlTimes.utc(now))
                        .execute());
    }

    @Override
    public List<EndedSession> endedSince(Instant since) {
        return transactions.asService(handle -> handle.createQuery(
                        "select session_id, ended_at from ended_sessions where ended_at >= :since order by ended_at")
                .bind("since", SqlTimes.utc(since))
                .map((rs, ctx) -> new EndedSession(
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getObject("ended_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    private static Optional<Found> find(Handle handle, RefreshToken token, Instant now, Instant retryAfter) {
        return handle.createQuery(FIND_TOKEN)
                .bind("now", SqlTimes.utc(now))
                .bind("retryAfter", SqlTimes.utc(retryAfter))
                .bind("user", token.user().value())
                .bind("hash", token.hash())
                .map((rs, ctx) -> new Found(
                        rs.getObject("session_id", UUID.class),
                        rs.getBoolean("spent"),
                        rs.getBoolean("ended"),
                        rs.getBoolean("active"),
                        rs.getBoolean("retry")))
                .findOne();
    }

    private static int insertToken(Handle handle, RefreshToken token, UUID session, Instant now) {
        return handle.createUpdate(INSERT_TOKEN)
                .bind("user", token.user().value())
                .bind("hash", token.hash())
                .bind("session", session)
                .bind("now", SqlTimes.utc(now))
                .execute();
    }

    /** Ends the session if it is still going, and publishes the end to every instance. */
    private static int endSession(Handle handle, UserId user, SessionId session) {
        boolean ended = handle.createQuery(END_SESSION)
                .bind("user", user.value())
                .bind("session", session.value())
                .mapTo(UUID.class)
                .findOne()
                .isPresent();
        if (!ended) {
            return 0;
        }
        handle.createUpdate(FORGET_OLD_ENDS).execute();
        return handle.createUpdate(PUBLISH_END).bind("session", session.value()).execute();
    }
}
