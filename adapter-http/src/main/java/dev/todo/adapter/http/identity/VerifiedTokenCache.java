package dev.todo.adapter.http.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Tokens already verified, keyed by the SHA-256 of the whole token (never by kid or subject, so only
 * the identical token hits). Bounded in size; an entry lives at most {@code maxAge} and never past the
 * token's {@code exp}, which is checked again on every hit against the clock.
 */
final class VerifiedTokenCache {
    private final Cache<String, AuthenticatedUser> entries;
    private final Clock clock;

    VerifiedTokenCache(long maximumSize, Duration maxAge, Clock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, AuthenticatedUser>creating((key, user) -> {
                    Duration left = Duration.between(clock.instant(), user.expiresAt());
                    return left.compareTo(maxAge) < 0 ? left : maxAge;
                }))
                .build();
    }

    Optional<AuthenticatedUser> find(String token) {
        String key = digest(token);
        AuthenticatedUser user = entries.getIfPresent(key);
        if (user == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(user.expiresAt())) {
            entries.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(user);
    }

    void put(String token, AuthenticatedUser user) {
        entries.put(digest(token), user);
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return JwkCodec.encode(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
