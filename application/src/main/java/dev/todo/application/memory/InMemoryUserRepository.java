package dev.todo.application.memory;

import dev.todo.application.port.out.UserCredentials;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.EmailAlreadyRegisteredException;
import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A thread-safe {@link UserRepository} in memory. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, UserCredentials> byId = new HashMap<>();
    private final Map<Email, UserId> idByEmail = new HashMap<>();

    @Override
    public synchronized void add(User user, PasswordHash passwordHash) {
        if (idByEmail.containsKey(user.email())) {
            throw new EmailAlreadyRegisteredException();
        }
        idByEmail.put(user.email(), user.id());
        byId.put(user.id(), new UserCredentials(user, passwordHash));
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id)).map(UserCredentials::user);
    }

    @Override
    public synchronized Optional<UserCredentials> findCredentials(Email email) {
        return Optional.ofNullable(idByEmail.get(email)).map(byId::get);
    }
}
