package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.todo.application.port.out.SessionRepository.EndedSession;
import dev.todo.application.port.out.SessionRepository.Rotation;
import dev.todo.domain.user.RefreshToken;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionRepository} must have. Each test uses fresh random users. */
public abstract class SessionRepositoryContract {
    private static final Instant NOW = Instant.now();
    private static final Instant LATER = NOW.plus(Duration.ofDays(30));
    /** A retry window that no token was spent in: every spent token presented again is reuse. */
    private static final Instant NO_RETRY = LATER;
    /** The retry window of a rotation at {@code at}: tokens spent in the 30 seconds before it. */
    private static Instant window(Instant at) {
        return at.minusSeconds(30);
    }

    private SessionRepository repository;
    private final UserId ada = UserId.random();

    protected abstract SessionRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    private RefreshToken started(SessionId session) {
        RefreshToken first = RefreshToken.issue(ada);
        repository.start(ada, session, first, NOW, LATER);
        return first;
    }

    @Test
    void a_refresh_token_rotates_once_and_its_successor_rotates_next() {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);
        RefreshToken second = RefreshToken.issue(ada);
        RefreshToken third = RefreshToken.issue(ada);

        assertThat(repository.rotate(first, second, NOW, LATER, NO_RETRY)).isEqualTo(Rotation.rotated(session));
        assertThat(repository.rotate(second, third, NOW, LATER, NO_RETRY)).isEqualTo(Rotation.rotated(session));
    }

    @Test
    void a_spent_token_presented_again_ends_the_session_so_its_successor_renews_nothing_either() {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);
        RefreshToken second = RefreshToken.issue(ada);
        repository.rotate(first, second, NOW, LATER, NO_RETRY);
        Instant before = Instant.now().minusSeconds(5);

        assertThat(repository.rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.reused(session));
        assertThat(repository.rotate(second, RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
        assertThat(repository.endedSince(before))
                .extracting(EndedSession::session)
                .contains(session);
    }

    @Test
    void a_session_without_a_refresh_until_it_expires_renews_nothing() {
        SessionId session = SessionId.random();
        RefreshToken first = RefreshToken.issue(ada);
        repository.start(ada, session, first, NOW, NOW.plusSeconds(60));

        assertThat(repository.rotate(first, RefreshToken.issue(ada), NOW.plusSeconds(60), LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
    }

    @Test
    void a_rotation_extends_the_session() {
        SessionId session = SessionId.random();
        RefreshToken first = RefreshToken.issue(ada);
        repository.start(ada, session, first, NOW, NOW.plusSeconds(60));
        RefreshToken second = RefreshToken.issue(ada);
        repository.rotate(first, second, NOW.plusSeconds(30), NOW.plusSeconds(90), NO_RETRY);

        assertThat(repository.rotate(second, RefreshToken.issue(ada), NOW.plusSeconds(75), LATER, NO_RETRY))
                .isEqualTo(Rotation.rotated(session));
    }

    @Test
    void an_unknown_token_and_a_token_presented_as_another_users_are_refused() {
        RefreshToken first = started(SessionId.random());
        String secret = first.value().substring(first.value().lastIndexOf('.'));
        RefreshToken forged =
                RefreshToken.parse(UserId.random().value() + secret).orElseThrow();

        assertThat(repository.rotate(RefreshToken.issue(ada), RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
        assertThat(repository.rotate(forged, RefreshToken.issue(forged.user()), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
        assertThat(repository.endByToken(forged)).isEmpty();
        assertThat(repository
                        .rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY)
                        .outcome())
                .isEqualTo(Rotation.Outcome.ROTATED);
    }

    @Test
    void an_ended_session_renews_nothing_and_is_in_the_feed_once() {
        Instant before = Instant.now().minusSeconds(5);
        SessionId session = SessionId.random();
        RefreshToken first = started(session);

        repository.end(ada, session);
        repository.end(ada, session);

        assertThat(repository.rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
        assertThat(repository.endedSince(before))
                .filteredOn(e -> e.session().equals(session))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.endedAt()).isBetween(before, Instant.now().plusSeconds(5)));
    }

    @Test
    void another_user_cannot_end_a_session() {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);

        repository.end(UserId.random(), session);

        assertThat(repository.rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.rotated(session));
    }

    @Test
    void a_refresh_token_ends_its_session() {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);

        assertThat(repository.endByToken(first)).contains(session);
        assertThat(repository.rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY))
                .isEqualTo(Rotation.refused());
    }

    @Test
    void forgetting_ended_sessions_keeps_the_active_ones() {
        SessionId active = SessionId.random();
        RefreshToken activeToken = started(active);
        SessionId ended = SessionId.random();
        RefreshToken endedToken = started(ended);
        repository.end(ada, ended);
        SessionId expired = SessionId.random();
        RefreshToken expiredToken = RefreshToken.issue(ada);
        repository.start(ada, expired, expiredToken, NOW, NOW.plusSeconds(1));

        repository.forgetEnded(ada, NOW.plusSeconds(2));

        assertThat(repository.endByToken(endedToken)).isEmpty();
        assertThat(repository.endByToken(expiredToken)).isEmpty();
        assertThat(repository.rotate(activeToken, RefreshToken.issue(ada), NOW.plusSeconds(2), LATER, NO_RETRY))
                .isEqualTo(Rotation.rotated(active));
    }

    @Test
    void of_concurrent_rotations_of_one_token_exactly_one_renews_the_session() throws Exception {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Rotation>> rotations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rotations.add(() -> repository.rotate(first, RefreshToken.issue(ada), NOW, LATER, NO_RETRY));
            }
            List<Rotation.Outcome> outcomes = new ArrayList<>();
            for (Future<Rotation> rotation : threads.invokeAll(rotations)) {
                outcomes.add(rotation.get().outcome());
            }

            assertThat(outcomes).containsOnlyOnce(Rotation.Outcome.ROTATED);
            assertThat(outcomes).contains(Rotation.Outcome.REUSE_ENDED_SESSION);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_refresh_whose_answer_was_lost_is_sent_again_and_withdraws_the_successor_it_never_received() {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);
        RefreshToken lost = RefreshToken.issue(ada);
        RefreshToken received = RefreshToken.issue(ada);
        repository.rotate(first, lost, NOW, LATER, window(NOW));

        Instant retried = NOW.plusSeconds(5);
        assertThat(repository.rotate(first, received, retried, LATER, window(retried)))
                .isEqualTo(Rotation.rotated(session));
        assertThat(repository.rotate(
                        received, RefreshToken.issue(ada), NOW.plusSeconds(6), LATER, window(NOW.plusSeconds(6))))
                .isEqualTo(Rotation.rotated(session));
        // the session has moved on: the first token and the withdrawn one are reuse now
        assertThat(repository.rotate(
                        lost, RefreshToken.issue(ada), NOW.plusSeconds(7), LATER, window(NOW.plusSeconds(7))))
                .isEqualTo(Rotation.reused(session));
    }

    @Test
    void a_spent_token_is_reuse_once_its_successor_was_presented_or_the_retry_window_has_passed() {
        SessionId moved = SessionId.random();
        RefreshToken first = started(moved);
        RefreshToken second = RefreshToken.issue(ada);
        repository.rotate(first, second, NOW, LATER, window(NOW));
        repository.rotate(second, RefreshToken.issue(ada), NOW.plusSeconds(1), LATER, window(NOW.plusSeconds(1)));
        assertThat(repository.rotate(
                        first, RefreshToken.issue(ada), NOW.plusSeconds(2), LATER, window(NOW.plusSeconds(2))))
                .isEqualTo(Rotation.reused(moved));

        SessionId late = SessionId.random();
        RefreshToken spent = started(late);
        repository.rotate(spent, RefreshToken.issue(ada), NOW, LATER, window(NOW));
        Instant afterWindow = NOW.plusSeconds(31);
        assertThat(repository.rotate(spent, RefreshToken.issue(ada), afterWindow, LATER, window(afterWindow)))
                .isEqualTo(Rotation.reused(late));
    }

    @Test
    void concurrent_retries_of_one_token_leave_at_most_one_token_that_renews() throws Exception {
        SessionId session = SessionId.random();
        RefreshToken first = started(session);
        List<RefreshToken> issued = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Rotation>> rotations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                RefreshToken next = RefreshToken.issue(ada);
                issued.add(next);
                rotations.add(() -> repository.rotate(first, next, NOW, LATER, window(NOW)));
            }
            for (Future<Rotation> rotation : threads.invokeAll(rotations)) {
                assertThat(rotation.get().outcome()).isNotEqualTo(Rotation.Outcome.REFUSED);
            }
        } finally {
            threads.shutdownNow();
        }

        Instant later = NOW.plusSeconds(60);
        List<Rotation.Outcome> afterwards = new ArrayList<>();
        for (RefreshToken token : issued) {
            afterwards.add(repository
                    .rotate(token, RefreshToken.issue(ada), later, LATER, window(later))
                    .outcome());
        }
        assertThat(afterwards)
                .filteredOn(outcome -> outcome == Rotation.Outcome.ROTATED)
                .hasSizeLessThanOrEqualTo(1);
        assertThat(afterwards).contains(Rotation.Outcome.REUSE_ENDED_SESSION);
    }
}
