package dev.todo.adapter.http.identity;

import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.domain.ValidationException;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserId;
import dev.todo.domain.user.UserName;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A user built from a verified external token's claims (Better Auth puts the user object there):
 * {@code email}; {@code name}, or the email's local part when the name is missing or unusable;
 * {@code createdAt} (RFC 3339 text or epoch milliseconds), else {@code iat}. Empty if these do not make
 * a valid user.
 */
final class ClaimsProfile {
    private ClaimsProfile() {}

    static Optional<User> from(DecodedJWT token) {
        try {
            Email email = Email.of(token.getClaim("email").asString());
            Optional<Instant> createdAt =
                    createdAt(token.getClaim("createdAt")).or(() -> Optional.ofNullable(token.getIssuedAtAsInstant()));
            return createdAt.map(at -> User.rehydrate(UserId.of(token.getSubject()), email, name(token, email), at));
        } catch (ValidationException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static UserName name(DecodedJWT token, Email email) {
        try {
            return UserName.of(token.getClaim("name").asString());
        } catch (ValidationException | NullPointerException e) {
            return UserName.of(email.value().substring(0, email.value().indexOf('@')));
        }
    }

    private static Optional<Instant> createdAt(Claim claim) {
        if (claim.isMissing() || claim.isNull()) {
            return Optional.empty();
        }
        String text = claim.asString();
        if (text != null) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Long millis = claim.asLong();
        return Optional.ofNullable(millis).map(Instant::ofEpochMilli);
    }
}
