package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {
    private final MutableClock clock = MutableClock.atNow();
    private final Authentication auth =
            Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), new InMemorySigningKeyRepository(), clock);
    private final User ada = User.create(Email.of("ada@example.com"), UserName.of("Ada"), clock.instant());

    @Test
    void verifiesTheSignatureOfARepeatedTokenOnlyOnce() {
        String token = auth.tokenIssuer().issue(ada).value();

        AuthenticatedUser first = auth.tokenVerifier().verify(token);
        AuthenticatedUser second = auth.tokenVerifier().verify(token);

        assertThat(second).isEqualTo(first);
        assertThat(auth.compositeVerifier().signatureChecks()).isEqualTo(1);
    }

    @Test
    void keysByTheWholeTokenSoADifferentTokenOfTheSameUserIsVerifiedAgain() {
        String first = auth.tokenIssuer().issue(ada).value();
        clock.advance(Duration.ofSeconds(1));
        String second = auth.tokenIssuer().issue(ada).value();
        String tampered = first.substring(0, first.length() - 2) + (first.endsWith("A") ? "BA" : "AA");

        auth.tokenVerifier().verify(first);
        auth.tokenVerifier().verify(second);
        assertThatThrownBy(() -> auth.tokenVerifier().verify(tampered)).isInstanceOf(InvalidTokenException.class);

        assertThat(auth.compositeVerifier().signatureChecks()).isEqualTo(3);
    }

    @Test
    void stopsAnsweringFromTheCacheOnceTheTokenExpires() {
        String token = auth.tokenIssuer().issue(ada).value();
        auth.tokenVerifier().verify(token);

        clock.advance(Duration.ofHours(1).plusMinutes(2));

        assertThatThrownBy(() -> auth.tokenVerifier().verify(token)).isInstanceOf(InvalidTokenException.class);
    }
}
