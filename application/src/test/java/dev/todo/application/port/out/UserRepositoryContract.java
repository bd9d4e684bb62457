package dev.todo.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.domain.user.Email;
import dev.todo.domain.user.EmailAlreadyRegisteredException;
import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import dev.todo.domain.user.UserName;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UserRepository} must have. Tests use fresh random emails. */
public abstract class UserRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00.000001Z");

    private UserRepository repository;
    private final String mailbox = "someone." + UserId.random().value().toLowerCase();

    protected abstract UserRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    private User user(String email) {
        return User.create(Email.of(email), UserName.of("Ada Lovelace"), T0);
    }

    @Test
    void stores_an_account_found_by_id_and_by_email() {
        User ada = user(mailbox + "@example.com");
        repository.add(ada, new PasswordHash("$argon2id$v=19$hash"));

        assertThat(repository.findById(ada.id())).contains(ada);
        var credentials = repository
                .findCredentials(Email.of(mailbox.toUpperCase() + "@EXAMPLE.com"))
                .orElseThrow();
        assertThat(credentials.user()).isEqualTo(ada);
        assertThat(credentials.passwordHash()).isEqualTo(new PasswordHash("$argon2id$v=19$hash"));
    }

    @Test
    void refuses_a_second_account_with_the_same_email() {
        repository.add(user(mailbox + "@example.com"), new PasswordHash("first"));

        assertThatThrownBy(() ->
                        repository.add(user(" " + mailbox.toUpperCase() + "@Example.COM"), new PasswordHash("second")))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
        assertThat(repository
                        .findCredentials(Email.of(mailbox + "@example.com"))
                        .orElseThrow()
                        .passwordHash())
                .isEqualTo(new PasswordHash("first"));
    }

    @Test
    void unknown_accounts_are_absent() {
        assertThat(repository.findById(UserId.random())).isEmpty();
        assertThat(repository.findCredentials(Email.of(mailbox + "@nowhere.example")))
                .isEmpty();
    }
}
