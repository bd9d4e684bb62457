package dev.todo.application.service;

import dev.todo.application.port.in.InvalidCredentialsException;
import dev.todo.application.port.in.SignInCommand;
import dev.todo.application.port.in.SignInUseCase;
import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.application.port.out.UserCredentials;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.ValidationException;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.Password;
import dev.todo.domain.user.PasswordHash;
import java.util.Optional;

/**
 * Signs a user in and opens a session. An unknown email costs one hash check against a decoy hash, so it takes as long
 * as a wrong password and both fail with the same {@link InvalidCredentialsException}.
 */
public final class SignInService implements SignInUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final PasswordHash decoy;

    SignInService(UserRepository users, PasswordHasher hasher, Sessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.decoy = hasher.hash(Password.of("decoy password that matches no input"));
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        Password password = parse(() -> Password.of(command.password())).orElseThrow(InvalidCredentialsException::new);
        Optional<UserCredentials> account =
                parse(() -> Email.of(command.email())).flatMap(users::findCredentials);
        PasswordHash hash = account.map(UserCredentials::passwordHash).orElse(decoy);
        boolean matches = hasher.matches(password, hash);
        if (account.isEmpty() || !matches) {
            throw new InvalidCredentialsException();
        }
        return sessions.open(account.get().user());
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
