package dev.todo.adapter.http.identity;

import static dev.todo.adapter.http.identity.AuthenticationTest.AUDIENCE;
import static dev.todo.adapter.http.identity.AuthenticationTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.algorithms.Algorithm;
import dev.todo.application.memory.InMemorySigningKeyRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tokens an attacker could craft against the built-in issuer; every one must be refused. */
class ForgedTokenTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef-shared";

    private final MutableClock clock = MutableClock.atNow();
    private final InMemorySigningKeyRepository keys = new InMemorySigningKeyRepository();
    // The shared secret is on, so a token relabelled HS256 reaches an HMAC check (with the secret, not the key).
    private final Authentication auth = Authentication.create(
            new AuthConfig(
                    ISSUER, AUDIENCE, Duration.ofHours(1), Optional.empty(), Optional.of(SECRET), Optional.empty()),
            keys,
            clock);
    private final SigningKey serverKey = SigningKeys.loadOrCreate(keys, clock);
    private final String kid = (String) publishedKey().get("kid");

    @Test
    void acceptsAGenuineTokenSoTheRefusalsBelowMeanSomething() {
        assertThat(verify(ownToken(claims()))).isNotNull();
    }

    @Test
    void refusesAlgNone() {
        assertRefused(TestTokens.unsigned(Map.of("alg", "none", "kid", kid), claims()));
        assertRefused(TestTokens.unsigned(Map.of("alg", "none"), claims()));
        assertRefused(TestTokens.unsigned(Map.of("alg", "NONE", "typ", "JWT"), claims()));
    }

    @Test
    void refusesHs256SignedWithThePublicKey() {
        Map<String, Object> jwk = publishedKey();
        byte[] x509 = publicKeyDer();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(x509)
                + "\n-----END PUBLIC KEY-----\n";
        for (byte[] publicBytes : List.of(x509, pem.getBytes(), TestTokens.json(jwk))) {
            Algorithm confused = Algorithm.HMAC256(publicBytes);
            assertRefused(TestTokens.sign(confused, Map.of("alg", "HS256", "kid", kid), claims()));
            assertRefused(TestTokens.sign(confused, Map.of("alg", "HS256"), claims()));
        }
    }

    @Test
    void refusesAnEs256TokenRelabelledHs256() {
        String genuine = ownToken(claims());
        String[] parts = genuine.split("\\.");
        String relabelled =
                TestTokens.part(TestTokens.json(Map.of("alg", "HS256", "kid", kid))) + "." + parts[1] + "." + parts[2];

        assertRefused(relabelled);
    }

    @Test
    void refusesExpiredTokensAndTokensWithoutExp() {
        var expired = claims();
        expired.put("exp", clock.instant().minusSeconds(61).getEpochSecond());
        var withoutExp = claims();
        withoutExp.remove("exp");

        assertRefused(ownToken(expired));
        assertRefused(ownToken(withoutExp));
    }

    @Test
    void honoursNbfAndIatWithAtMostSixtySecondsOfSkew() {
        var early = claims();
        early.put("nbf", clock.instant().plusSeconds(120).getEpochSecond());
        var futureIat = claims();
        futureIat.put("iat", clock.instant().plusSeconds(120).getEpochSecond());
        var slightlyEarly = claims();
        slightlyEarly.put("nbf", clock.instant().plusSeconds(30).getEpochSecond());

        assertRefused(ownToken(early));
        assertRefused(ownToken(futureIat));
        assertThat(verify(ownToken(slightlyEarly))).isNotNull();
    }

    @Test
    void refusesTheWrongIssuerOrAudience() {
        var wrongIssuer = claims();
        wrongIssuer.put("iss", "https://evil.example.com");
        var wrongAudience = claims();
        wrongAudience.put("aud", "someone-else");
        var noAudience = claims();
        noAudience.remove("aud");

        assertRefused(ownToken(wrongIssuer));
        assertRefused(ownToken(wrongAudience));
        assertRefused(ownToken(noAudience));
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = ownToken(claims()).split("\\.");
        var escalated = claims();
        escalated.put("sub", "someone-else");

        assertRefused(parts[0] + "." + TestTokens.part(TestTokens.json(escalated)) + "." + parts[2]);
    }

    @Test
    void refusesAnUnknownKidEvenWithAValidSignatureFromAnotherKey() {
        TestKey stranger = TestKey.es256(kid);

        assertRefused(
                TestTokens.sign(stranger.signer(), Map.of("alg", "ES256", "kid", "not-the-server-key"), claims()));
        assertRefused(TestTokens.sign(stranger.signer(), Map.of("alg", "ES256", "kid", kid), claims()));
    }

    @Test
    void ignoresEmbeddedKeyHeaders() throws Exception {
        TestKey attacker = TestKey.es256(kid);
        try (JwksServer attackerJwks = new JwksServer()) {
            attackerJwks.serve(List.of(attacker.publicJwk()));
            var header = new HashMap<String, Object>(Map.of("alg", "ES256", "kid", kid));
            header.put("jku", attackerJwks.jwksUrl().toString());
            header.put("x5u", attackerJwks.jwksUrl().toString());
            header.put("jwk", attacker.publicJwk());

            assertRefused(TestTokens.sign(attacker.signer(), header, claims()));
            assertThat(attackerJwks.requests()).isZero();
        }
    }

    @Test
    void refusesCriticalHeaderExtensions() {
        assertRefused(TestTokens.sign(
                serverKey.algorithm(), Map.of("alg", "ES256", "kid", kid, "crit", List.of("exp")), claims()));
    }

    @Test
    void refusesSubjectsThatAreNotUserIds() {
        var badSubject = claims();
        badSubject.put("sub", "../../etc/passwd");

        assertRefused(ownToken(badSubject));
    }

    @Test
    void refusesASubjectThatIsAJsonNumber() {
        var numeric = claims();
        numeric.put("sub", 42);

        assertRefused(ownToken(numeric));
    }

    @Test
    void refusesATypOtherThanJwtOrAccessTokenJwtAndAcceptsThoseOrNone() {
        for (Object typ : List.of("JOSE", "dpop+jwt", "application/jose", "secevent+jwt", "", 1)) {
            assertRefused(
                    TestTokens.sign(serverKey.algorithm(), Map.of("alg", "ES256", "kid", kid, "typ", typ), claims()));
        }
        for (String typ : List.of("JWT", "jwt", "at+jwt", "AT+JWT", "application/at+jwt", "application/jwt")) {
            assertThat(verify(TestTokens.sign(
                            serverKey.algorithm(), Map.of("alg", "ES256", "kid", kid, "typ", typ), claims())))
                    .as(typ)
                    .isNotNull();
        }
    }

    @Test
    void refusesEveryPartSpelledWithNonZeroPaddingBits() {
        String genuine = ownToken(claims());
        String[] parts = genuine.split("\\.");
        // find a header and a payload whose base64url text has padding bits to flip
        String header = paddedPart(pad -> Map.of("alg", "ES256", "kid", kid, "x", pad));
        String payload = paddedPart(pad -> {
            var claims = claims();
            claims.put("x", pad);
            return claims;
        });

        assertRefused(parts[0] + "." + parts[1] + "." + flipPaddingBit(parts[2]));
        assertRefused(signed(flipPaddingBit(header), payload));
        assertRefused(signed(header, flipPaddingBit(payload)));
        assertThat(verify(signed(header, payload))).isNotNull();
        assertRefused(genuine + "=");
    }

    @Test
    void refusesGarbage() {
        for (String garbage : List.of("", "a.b.c", "....", "eyJhbGciOiJFUzI1NiJ9", "x".repeat(9000), "Bearer abc")) {
            assertRefused(garbage);
        }
    }

    /** The base64url JSON of the object {@code json} makes with the shortest pad that leaves padding bits. */
    private static String paddedPart(java.util.function.Function<String, Map<String, ?>> json) {
        for (String pad = ""; ; pad += "p") {
            String part = TestTokens.part(TestTokens.json(json.apply(pad)));
            if (part.length() % 4 != 0) {
                return part;
            }
        }
    }

    /** The same bytes spelled differently: the last character's lowest bit is a padding bit. */
    private static String flipPaddingBit(String part) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(part.charAt(part.length() - 1));
        String flipped = part.substring(0, part.length() - 1) + alphabet.charAt(last ^ 1);
        assertThat(Base64.getUrlDecoder().decode(flipped))
                .isEqualTo(Base64.getUrlDecoder().decode(part));
        return flipped;
    }

    /** Header and payload exactly as given, signed over that text with the server's key. */
    private String signed(String header, String payload) {
        byte[] signature = serverKey
                .algorithm()
                .sign(header.getBytes(StandardCharsets.US_ASCII), payload.getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private String ownToken(Map<String, Object> claims) {
        // Signed with the very key the server uses, so only the claims or header can be at fault.
        return TestTokens.sign(serverKey.algorithm(), Map.of("alg", "ES256", "kid", kid), claims);
    }

    private Map<String, Object> claims() {
        Instant now = clock.instant();
        var claims = new HashMap<String, Object>();
        claims.put("sub", "user-1");
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(600).getEpochSecond());
        return claims;
    }

    private AuthenticatedUser verify(String token) {
        return auth.tokenVerifier().verify(token);
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> publishedKey() {
        return ((List<Map<String, Object>>) auth.jwks().document().get("keys")).get(0);
    }

    private byte[] publicKeyDer() {
        return serverKey.publicKey().getEncoded();
    }
}
