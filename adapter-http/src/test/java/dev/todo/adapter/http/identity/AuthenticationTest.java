package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import dev.todo.domain.user.AccessToken;
import dev.todo.domain.user.Email;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.User;
import dev.todo.domain.user.UserName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    static final String ISSUER = "https://todo.example.com";
    static final String AUDIENCE = "todo-api";

    private final MutableClock clock = MutableClock.atNow();
    private final InMemorySigningKeyRepository keys = new InMemorySigningKeyRepository();
    private final User ada = User.create(Email.of("Ada@Example.com"), UserName.of("Ada"), clock.instant());

    @Test
    void verifiesItsOwnTokensAndSaysWhoTheyAreForAndInWhichSession() {
        Authentication auth = Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), keys, clock);
        SessionId session = SessionId.random();

        AccessToken token = auth.tokenIssuer().issue(ada, session);
        AuthenticatedUser user = auth.tokenVerifier().verify(token.value());

        assertThat(user.id()).isEqualTo(ada.id());
        assertThat(user.expiresAt())
                .isEqualTo(token.expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(user.profile()).isEmpty();
        assertThat(user.session()).contains(session);
        assertThat(JWT.decode(token.value()).getClaim("sid").asString()).isEqualTo(session.toString());
    }

    @Test
    void issuesEs256TokensWithKidAndTheAgreedClaims() {
        Authentication auth = Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), keys, clock);

        DecodedJWT token =
                JWT.decode(auth.tokenIssuer().issue(ada, SessionId.random()).value());

        assertThat(token.getAlgorithm()).isEqualTo("ES256");
        assertThat(token.getKeyId()).isEqualTo(keys.find().orElseThrow().keyId());
        assertThat(token.getSubject()).isEqualTo(ada.id().value());
        assertThat(token.getIssuer()).isEqualTo(ISSUER);
        assertThat(token.getAudience()).containsExactly(AUDIENCE);
        assertThat(token.getIssuedAtAsInstant()).isEqualTo(clock.instant());
        assertThat(token.getClaim("email").asString()).isEqualTo("ada@example.com");
        assertThat(token.getClaim("name").asString()).isEqualTo("Ada");
    }

    @Test
    void twoInstancesSharingARepositorySignWithTheSameStoredKey() {
        Authentication first = Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), keys, clock);
        Authentication second = Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), keys, clock);

        AccessToken fromFirst = first.tokenIssuer().issue(ada, SessionId.random());

        assertThat(second.tokenVerifier().verify(fromFirst.value()).id()).isEqualTo(ada.id());
        assertThat(second.jwks().document()).isEqualTo(first.jwks().document());
        assertThat(keys.find().orElseThrow().privateKey()).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void publishesThePublicKeyUnderItsThumbprint() {
        Authentication auth = Authentication.create(AuthConfig.of(ISSUER, AUDIENCE), keys, clock);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published =
                (List<Map<String, Object>>) auth.jwks().document().get("keys");

        assertThat(published).hasSize(1);
        Map<String, Object> jwk = published.get(0);
        assertThat(jwk).containsOnlyKeys("kty", "crv", "x", "y", "kid", "alg", "use");
        assertThat(jwk)
                .containsEntry("kty", "EC")
                .containsEntry("crv", "P-256")
                .containsEntry("alg", "ES256")
                .containsEntry("use", "sig");
        String expectedKid = JwkCodec.thumbprint(
                Map.of("kty", "EC", "crv", "P-256", "x", (String) jwk.get("x"), "y", (String) jwk.get("y")));
        assertThat(jwk.get("kid"))
                .isEqualTo(expectedKid)
                .isEqualTo(keys.find().orElseThrow().keyId());
    }

    @Test
    void signsWithAConfiguredPemKeyAndStoresNothing() {
        String pem = SigningKeys.pem(SigningKeys.generate().privateKey());
        AuthConfig config = withSigningKey(pem);
        Authentication auth = Authentication.create(config, keys, clock);

        AccessToken token = auth.tokenIssuer().issue(ada, SessionId.random());

        assertThat(Authentication.create(config, keys, clock)
                        .tokenVerifier()
                        .verify(token.value())
                        .id())
                .isEqualTo(ada.id());
        assertThat(keys.find()).isEmpty();
    }

    @Test
    void signsEdDsaWithAConfiguredEd25519Jwk() {
        TestKey ed = TestKey.ed25519("ignored");
        byte[] pkcs8 = ed.pair().getPrivate().getEncoded();
        String d = JwkCodec.encode(java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
        String jwk = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"ed-1\",\"x\":\""
                + ed.publicJwk().get("x") + "\",\"d\":\"" + d + "\"}";
        Authentication auth = Authentication.create(withSigningKey(jwk), keys, clock);

        String token = auth.tokenIssuer().issue(ada, SessionId.random()).value();

        assertThat(JWT.decode(token).getAlgorithm()).isEqualTo("EdDSA");
        assertThat(JWT.decode(token).getKeyId()).isEqualTo("ed-1");
        assertThat(auth.tokenVerifier().verify(token).id()).isEqualTo(ada.id());
    }

    @Test
    void refusesAConfiguredJwkWhosePrivatePartDoesNotMatchItsPublicPart() {
        Map<String, String> one = JwkCodec.publicMembers(SigningKeys.generate().publicKey());
        var other =
                (java.security.interfaces.ECPrivateKey) SigningKeys.generate().privateKey();
        String d = JwkCodec.encode(JwkCodec.unsigned(other.getS(), 32));
        String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + one.get("x") + "\",\"y\":\"" + one.get("y")
                + "\",\"d\":\"" + d + "\"}";

        assertThatThrownBy(() -> Authentication.create(withSigningKey(jwk), keys, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTH_SIGNING_KEY")
                .hasMessageNotContaining(d);
    }

    private static AuthConfig withSigningKey(String key) {
        return new AuthConfig(
                ISSUER, AUDIENCE, Duration.ofHours(1), Optional.of(key), Optional.empty(), Optional.empty());
    }
}
