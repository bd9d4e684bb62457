package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemorySessionRepository;
import dev.todo.application.memory.InMemoryTaskRepository;
import dev.todo.application.memory.InMemoryUserRepository;
import dev.todo.application.port.in.InvalidRefreshTokenException;
import dev.todo.application.port.in.SignInCommand;
import dev.todo.application.port.in.SignUpCommand;
import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.in.UseCases;
import dev.todo.application.port.out.RecurrenceExpander;
import dev.todo.domain.user.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sessions through the use cases, two "instances" sharing one store (as two servers share a database). */
class SessionServicesTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-04-01T12:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionRepository store = new InMemorySessionRepository(clock);
    private final SessionPolicy policy = new SessionPolicy(Duration.ofDays(30), Duration.ofMinutes(15));
    private final UseCases instanceA = instance();
    private final UseCases instanceB = instance();

    private UseCases instance() {
        var tasks = new InMemoryTaskRepository();
        return ApplicationServices.over(
                tasks,
                tasks.changeLog(),
                new ChangeFeed(tasks.changeLog(), Duration.ofSeconds(15)),
                users,
                store,
                new CountingPasswordHasher(),
                p -> false,
                new SequentialTokenIssuer(),
                policy,
                RecurrenceExpander.NONE,
                clock);
    }

    private SignedIn signedUp() {
        return instanceA.signUp().signUp(SignUpCommand.parse("Ada", "ada@example.com", "correct horse"));
    }

    private static SessionId sessionOf(SignedIn signedIn) {
        String token = signedIn.token().value();
        return SessionId.of(token.substring(token.indexOf("-in-") + 4));
    }

    @Test
    void a_refresh_returns_new_tokens_for_the_same_session_and_user() {
        SignedIn first = signedUp();

        SignedIn renewed =
                instanceB.refreshSession().refresh(first.refreshToken().value());

        assertThat(renewed.user()).isEqualTo(first.user());
        assertThat(sessionOf(renewed)).isEqualTo(sessionOf(first));
        assertThat(renewed.refreshToken()).isNotEqualTo(first.refreshToken());
    }

    @Test
    void sign_in_opens_a_session_of_its_own() {
        SignedIn first = signedUp();

        SignedIn second = instanceA.signIn().signIn(new SignInCommand("ada@example.com", "correct horse"));

        assertThat(sessionOf(second)).isNotEqualTo(sessionOf(first));
    }

    @Test
    void reusing_a_rotated_token_ends_the_session_here_at_once_and_elsewhere_after_catching_up() {
        SignedIn first = signedUp();
        SignedIn renewed =
                instanceA.refreshSession().refresh(first.refreshToken().value());
        SignedIn renewedAgain =
                instanceA.refreshSession().refresh(renewed.refreshToken().value());

        assertThatThrownBy(() ->
                        instanceA.refreshSession().refresh(first.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> instanceA
                        .refreshSession()
                        .refresh(renewedAgain.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);

        assertThat(instanceA.endedSessions().hasEnded(sessionOf(first))).isTrue();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(first))).isFalse();
        instanceB.endedSessions().catchUp();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(first))).isTrue();
    }

    @Test
    void a_refresh_sent_again_after_its_answer_was_lost_renews_the_session_until_the_window_closes() {
        SignedIn first = signedUp();
        SignedIn lost = instanceA.refreshSession().refresh(first.refreshToken().value());

        clock.advance(Duration.ofSeconds(5));
        SignedIn retried =
                instanceB.refreshSession().refresh(first.refreshToken().value());
        assertThat(sessionOf(retried)).isEqualTo(sessionOf(first));
        assertThat(instanceA.endedSessions().hasEnded(sessionOf(first))).isFalse();

        clock.advance(SessionPolicy.REFRESH_RETRY_WINDOW);
        assertThatThrownBy(() ->
                        instanceA.refreshSession().refresh(lost.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(instanceA.endedSessions().hasEnded(sessionOf(first))).isTrue();
    }

    @Test
    void signing_out_ends_only_that_session() {
        SignedIn phone = signedUp();
        SignedIn laptop = instanceA.signIn().signIn(new SignInCommand("ada@example.com", "correct horse"));

        instanceA.signOut().signOut(phone.user().id(), sessionOf(phone));
        instanceB.endedSessions().catchUp();

        assertThat(instanceA.endedSessions().hasEnded(sessionOf(phone))).isTrue();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(phone))).isTrue();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(laptop))).isFalse();
        assertThatThrownBy(() ->
                        instanceB.refreshSession().refresh(phone.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(instanceB
                        .refreshSession()
                        .refresh(laptop.refreshToken().value())
                        .user())
                .isEqualTo(laptop.user());
    }

    @Test
    void signing_out_with_the_refresh_token_ends_its_session() {
        SignedIn first = signedUp();

        instanceA.signOut().signOut(first.refreshToken().value());
        instanceA.signOut().signOut("not a refresh token");

        assertThat(instanceA.endedSessions().hasEnded(sessionOf(first))).isTrue();
        assertThatThrownBy(() ->
                        instanceA.refreshSession().refresh(first.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void a_session_not_refreshed_for_its_lifetime_expires_and_one_refreshed_in_time_does_not() {
        SignedIn idle = signedUp();
        SignedIn busy = instanceA.signIn().signIn(new SignInCommand("ada@example.com", "correct horse"));

        clock.advance(Duration.ofDays(29));
        SignedIn renewed =
                instanceA.refreshSession().refresh(busy.refreshToken().value());
        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() ->
                        instanceA.refreshSession().refresh(idle.refreshToken().value()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(instanceA
                        .refreshSession()
                        .refresh(renewed.refreshToken().value())
                        .user())
                .isEqualTo(busy.user());
    }

    @Test
    void an_ended_session_is_forgotten_once_its_access_tokens_have_expired() {
        SignedIn first = signedUp();
        instanceA.signOut().signOut(first.user().id(), sessionOf(first));

        clock.advance(policy.rememberEnded().plusSeconds(1));
        instanceA.endedSessions().catchUp();

        assertThat(instanceA.endedSessions().hasEnded(sessionOf(first))).isFalse();
    }

    @Test
    void catching_up_reads_a_little_before_the_newest_end_seen_so_a_late_commit_is_not_missed() {
        SignedIn early = signedUp();
        SignedIn late = instanceA.signIn().signIn(new SignInCommand("ada@example.com", "correct horse"));
        SignedIn tooLate = instanceA.signIn().signIn(new SignInCommand("ada@example.com", "correct horse"));
        clock.advance(Duration.ofSeconds(60));
        instanceA.signOut().signOut(early.user().id(), sessionOf(early));
        instanceB.endedSessions().catchUp();

        // two ends stamped before the newest one B has read, committed only now
        clock.advance(EndedSessions.OVERLAP.minusSeconds(1).negated());
        instanceA.signOut().signOut(late.user().id(), sessionOf(late));
        clock.advance(Duration.ofSeconds(-5));
        instanceA.signOut().signOut(tooLate.user().id(), sessionOf(tooLate));
        clock.advance(EndedSessions.OVERLAP.plusSeconds(4));
        instanceB.endedSessions().catchUp();

        assertThat(instanceB.endedSessions().hasEnded(sessionOf(early))).isTrue();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(late)))
                .as("within the overlap")
                .isTrue();
        assertThat(instanceB.endedSessions().hasEnded(sessionOf(tooLate)))
                .as("beyond the overlap")
                .isFalse();
    }

    @Test
    void malformed_refresh_tokens_are_refused() {
        for (String text : new String[] {"", "no-dot", "user.short", ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThatThrownBy(() -> instanceA.refreshSession().refresh(text))
                    .as(text)
                    .isInstanceOf(InvalidRefreshTokenException.class);
        }
    }

    /** A clock tests move forward by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
