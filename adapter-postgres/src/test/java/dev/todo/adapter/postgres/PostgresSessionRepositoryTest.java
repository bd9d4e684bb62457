package dev.todo.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.out.SessionRepository;
import dev.todo.application.port.out.SessionRepositoryContract;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedPostgresExtension.class)
class PostgresSessionRepositoryTest extends SessionRepositoryContract {
    private final PostgresTestDatabase database;

    PostgresSessionRepositoryTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    protected SessionRepository newRepository() {
        return database.persistence().sessionRepository();
    }

    @Test
    void ends_older_than_two_days_leave_the_feed_when_a_session_ends() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        database.admin()
                .useHandle(handle -> handle.createUpdate("""
                        insert into ended_sessions (session_id, ended_at)
                        values (:old, now() - interval '2 days 1 minute'), (:recent, now() - interval '1 day')
                        """)
                        .bind("old", old)
                        .bind("recent", recent)
                        .execute());
        UserId ada = UserId.random();
        SessionId session = SessionId.random();
        SessionRepository sessions = newRepository();
        sessions.start(
                ada,
                session,
                RefreshToken.issue(ada),
                Instant.now(),
                Instant.now().plusSeconds(60));

        sessions.end(ada, session);

        var feed = sessions.endedSince(Instant.now().minusSeconds(3 * 24 * 3600)).stream()
                .map(ended -> ended.session().value())
                .toList();
        assertThat(feed).contains(recent, session.value()).doesNotContain(old);
    }
}
