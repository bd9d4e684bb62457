package dev.todo.adapter.postgres;

import dev.todo.application.port.out.UserCredentials;
import dev.todo.application.port.out.UserRepository;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.EmailAlreadyRegisteredException;
import dev.todo.domain.user.PasswordHash;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import dev.todo.domain.user.UserName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Built-in accounts in the {@code users} table; the unique email constraint makes sign-up atomic. */
final class PostgresUserRepository implements UserRepository {
    private static final String EMAIL_CONSTRAINT = "users_email_unique";
    private static final String INSERT = """
            insert into users (id, email, name, password_hash, created_at)
            values (:id, :email, :name, :passwordHash, :createdAt)
            """;
    private static final String COLUMNS = "id, email, name, password_hash, created_at";

    private final ScopedTransactions transactions;

    PostgresUserRepository(ScopedTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(User user, PasswordHash passwordHash) {
        try {
            transactions.actingAs(
                    user.id(),
                    handle -> handle.createUpdate(INSERT)
                            .bind("id", user.id().value())
                            .bind("email", user.email().value())
                            .bind("name", user.name().value())
                            .bind("passwordHash", passwordHash.value())
                            .bind("createdAt", SqlTimes.utc(user.createdAt()))
                            .execute());
        } catch (IllegalStateException e) {
            if (DatabaseErrors.isUniqueViolation(e, EMAIL_CONSTRAINT)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return transactions.actingAs(
                id,
                handle -> handle.createQuery("select " + COLUMNS + " from users where id = :id")
                        .bind("id", id.value())
                        .map((rs, ctx) -> user(rs))
                        .findOne());
    }

    @Override
    public Optional<UserCredentials> findCredentials(Email email) {
        return transactions.lookingUp(
                email,
                handle -> handle.createQuery("select " + COLUMNS + " from users where email = :email")
                        .bind("email", email.value())
                        .map((rs, ctx) ->
                                new UserCredentials(user(rs), new PasswordHash(rs.getString("password_hash"))))
                        .findOne());
    }

    private static User user(ResultSet rs) throws SQLException {
        return User.rehydrate(
                UserId.of(rs.getString("id")),
                Email.of(rs.getString("email")),
                UserName.of(rs.getString("name")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
