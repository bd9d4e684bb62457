package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Verified tokens are remembered by their whole text until they expire; the key source sees only misses. */
class VerifiedTokenCacheTest {
    private final MutableClock clock = MutableClock.atNow();
    private final SigningKey key = SigningKeys.loadOrCreate(new InMemorySigningKeyRepository(), clock);
    private final JwtTokenIssuer issuer = new JwtTokenIssuer(key, ISSUER, AUDIENCE, Duration.ofHours(1), clock);
    private final CountingKeySource source =
            new CountingKeySource(new OwnKeySource(ISSUER, AUDIENCE, key, Optional.empty()));
    private final CompositeTokenVerifier verifier = new CompositeTokenVerifier(
            List.of(source), new VerifiedTokenCache(100, Duration.ofMinutes(10), clock), clock);
    private final User ada = User.create(Email.of("ada@example.com"), UserName.of("Ada"), clock.instant());

    @Test
    void verifiesTheSignatureOfARepeatedTokenOnlyOnce() {
        String token = issuer.issue(ada, SessionId.random()).value();

        AuthenticatedUser first = verifier.verify(token);
        AuthenticatedUser second = verifier.verify(token);

        assertThat(second).isEqualTo(first);
        assertThat(source.keyLookups.get()).isEqualTo(1);
    }

    @Test
    void keysByTheWholeTokenSoADifferentTokenOfTheSameUserIsVerifiedAgain() {
        String first = issuer.issue(ada, SessionId.random()).value();
        clock.advance(Duration.ofSeconds(1));
        String second = issuer.issue(ada, SessionId.random()).value();
        String tampered = first.substring(0, first.length() - 2) + (first.endsWith("A") ? "BA" : "AA");

        verifier.verify(first);
        verifier.verify(second);
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidTokenException.class);

        assertThat(source.keyLookups.get()).isEqualTo(3);
    }

    @Test
    void stopsAnsweringFromTheCacheOnceTheTokenExpires() {
        String token = issuer.issue(ada, SessionId.random()).value();
        verifier.verify(token);

        clock.advance(Duration.ofHours(1).plusMinutes(2));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    /** A key source that counts the tokens it is asked to pick a key for: each one is a signature check. */
    private record CountingKeySource(KeySource inner, AtomicInteger keyLookups) implements KeySource {
        CountingKeySource(KeySource inner) {
            this(inner, new AtomicInteger());
        }

        @Override
        public String issuer() {
            return inner.issuer();
        }

        @Override
        public String audience() {
            return inner.audience();
        }

        @Override
        public Algorithm algorithmFor(DecodedJWT unverified) {
            keyLookups.incrementAndGet();
            return inner.algorithmFor(unverified);
        }

        @Override
        public AuthenticatedUser user(DecodedJWT verified) {
            return inner.user(verified);
        }
    }
}
