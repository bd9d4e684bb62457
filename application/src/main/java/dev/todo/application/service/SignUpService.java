package dev.todo.application.service;

import dev.todo.application.port.in.SignUpCommand;
import dev.todo.application.port.in.SignUpUseCase;
import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.out.CommonPasswords;
import dev.todo.application.port.out.PasswordHasher;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.ValidationException;
import dev.todo.domain.user.User;
import java.time.Clock;

/** Opens a built-in account: refuses a common password, hashes it, stores the user, opens a session. */
public final class SignUpService implements SignUpUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final CommonPasswords commonPasswords;
    private final Sessions sessions;
    private final Clock clock;

    SignUpService(
            UserRepository users,
            PasswordHasher hasher,
            CommonPasswords commonPasswords,
            Sessions sessions,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.commonPasswords = commonPasswords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public SignedIn signUp(SignUpCommand command) {
        if (commonPasswords.contains(command.password())) {
            throw new ValidationException("password", "is one of the most common or leaked passwords; choose another");
        }
        var hash = hasher.hash(command.password());
        var user = User.create(command.email(), command.name(), clock.instant());
        users.add(user, hash);
        return sessions.open(user);
    }
}
