package dev.todo.domain.user;

import dev.todo.domain.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that renews a session: {@code <user id>.<256 random bits, base64url>}. The user id in front
 * lets storage look the token up under the owner's row-level security; only the SHA-256 {@link #hash()}
 * of the whole token is ever stored (it has 256 bits of entropy, so a fast hash is enough).
 */
public final class RefreshToken {
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserId user;
    private final String value;

    private RefreshToken(UserId user, String value) {
        this.user = user;
        this.value = value;
    }

    /** A new token for {@code user}. */
    public static RefreshToken issue(UserId user) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new RefreshToken(
                Objects.requireNonNull(user, "user"),
                user.value() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token a client presented, if it has the shape of one (empty otherwise). */
    public static Optional<RefreshToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || !SECRET.matcher(text).region(dot + 1, text.length()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RefreshToken(UserId.of(text.substring(0, dot)), text));
        } catch (dev.todo.domain.ValidationException e) {
            return Optional.empty();
        }
    }

    public UserId user() {
        return user;
    }

    /** The text handed to the client. */
    public String value() {
        return value;
    }

    /** SHA-256 of the token: what is stored and looked up. */
    public byte[] hash() {
        return Sha256.of(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RefreshToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "RefreshToken[user=" + user + ", redacted]";
    }
}
