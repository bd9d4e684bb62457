package dev.todo.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemorySessionRepository;
import dev.todo.application.memory.InMemoryUserRepository;
import dev.todo.application.port.in.InvalidCredentialsException;
import dev.todo.application.port.in.SignInCommand;
import dev.todo.application.port.in.SignUpCommand;
import dev.todo.application.port.out.CommonPasswords;
import dev.todo.domain.ValidationException;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.EmailAlreadyRegisteredException;
import dev.todo.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccountServicesTest {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final SequentialTokenIssuer tokens = new SequentialTokenIssuer();
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private final Sessions sessions = new Sessions(
            new InMemorySessionRepository(clock),
            tokens,
            new SessionPolicy(SessionPolicy.DEFAULT_SESSION_TTL, Duration.ofMinutes(15)),
            clock);
    private final SignUpService signUp = new SignUpService(users, hasher, COMMON, sessions, clock);
    /** Stands in for the bundled list, which lives in the HTTP adapter. */
    private static final CommonPasswords COMMON = p -> p.value().equalsIgnoreCase("password1");

    private final SignInService signIn = new SignInService(users, hasher, sessions);
    private final CurrentUserService currentUser = new CurrentUserService(users);

    @Test
    void signing_up_stores_a_hashed_password_and_signs_in() {
        var signedIn = signUp.signUp(SignUpCommand.parse("Ada", "Ada@Example.com", "correct horse"));

        assertThat(signedIn.user().email()).isEqualTo(Email.of("ada@example.com"));
        assertThat(signedIn.user().createdAt()).isEqualTo(clock.instant());
        assertThat(signedIn.token().value())
                .startsWith("token-for-" + signedIn.user().id() + "-in-");
        assertThat(signedIn.refreshToken().user()).isEqualTo(signedIn.user().id());
        assertThat(users.findCredentials(Email.of("ada@example.com"))
                        .orElseThrow()
                        .passwordHash()
                        .value())
                .doesNotContain("correct horse");
        assertThat(currentUser.currentUser(signedIn.user().id())).contains(signedIn.user());
    }

    @Test
    void a_common_password_is_refused_before_it_is_hashed() {
        assertThatThrownBy(() -> signUp.signUp(SignUpCommand.parse("Ada", "ada@example.com", "PASSWORD1")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("password"));
        assertThat(users.findCredentials(Email.of("ada@example.com"))).isEmpty();
    }

    @Test
    void an_email_is_registered_once_whatever_its_case() {
        signUp.signUp(SignUpCommand.parse("Ada", "ada@example.com", "correct horse"));
        assertThatThrownBy(() -> signUp.signUp(SignUpCommand.parse("Eve", "ADA@example.com", "other password")))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
    }

    @Test
    void signing_in_with_the_right_password_issues_a_token() {
        var ada = signUp.signUp(SignUpCommand.parse("Ada", "ada@example.com", "correct horse"))
                .user();
        assertThat(signIn.signIn(new SignInCommand(" ADA@example.com", "correct horse"))
                        .user())
                .isEqualTo(ada);
    }

    @Test
    void wrong_password_and_unknown_email_fail_alike_after_one_hash_check_each() {
        signUp.signUp(SignUpCommand.parse("Ada", "ada@example.com", "correct horse"));
        int before = hasher.checks.get();

        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("ada@example.com", "wrong horse")))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("invalid email or password");
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("nobody@example.com", "wrong horse")))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("invalid email or password");
        assertThat(hasher.checks.get() - before).isEqualTo(2);
    }

    @Test
    void input_that_can_match_no_account_is_refused_as_invalid_credentials() {
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("not an email", "correct horse")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("ada@example.com", "short")))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void a_user_known_only_by_a_token_has_no_account() {
        assertThat(currentUser.currentUser(UserId.random())).isEmpty();
    }
}
