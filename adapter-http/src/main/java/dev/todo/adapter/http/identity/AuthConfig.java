package dev.todo.adapter.http.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything authentication is configured with. Invalid values are refused at construction with a
 * message naming the environment variable; the signing key and the shared secret never appear in
 * {@link #toString()}.
 *
 * @param issuer {@code iss} of the server's own tokens (AUTH_ISSUER)
 * @param audience {@code aud} of the server's own tokens (AUTH_AUDIENCE)
 * @param tokenTtl lifetime of the server's own tokens, 1 s to 24 h (AUTH_TOKEN_TTL)
 * @param signingKey the private signing key, PKCS#8 PEM or private JWK (AUTH_SIGNING_KEY); absent: generated
 *     once and stored
 * @param jwtSecret HS256 shared secret of at least 32 bytes (AUTH_JWT_SECRET); its tokens must carry this
 *     issuer and audience
 * @param external an external issuer known by its JWKS (AUTH_EXTERNAL_*)
 */
public record AuthConfig(
        String issuer,
        String audience,
        Duration tokenTtl,
        Optional<String> signingKey,
        Optional<String> jwtSecret,
        Optional<ExternalIssuerConfig> external) {
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration MAX_TOKEN_TTL = Duration.ofHours(24);
    public static final int MIN_SECRET_BYTES = 32;

    public AuthConfig {
        issuer = requireText(issuer, "AUTH_ISSUER");
        audience = requireText(audience, "AUTH_AUDIENCE");
        Objects.requireNonNull(tokenTtl, "AUTH_TOKEN_TTL");
        if (tokenTtl.compareTo(Duration.ofSeconds(1)) < 0 || tokenTtl.compareTo(MAX_TOKEN_TTL) > 0) {
            throw new IllegalArgumentException("AUTH_TOKEN_TTL must lie between PT1S and PT24H, was " + tokenTtl);
        }
        signingKey = Objects.requireNonNull(signingKey, "AUTH_SIGNING_KEY").filter(text -> !text.isBlank());
        jwtSecret = Objects.requireNonNull(jwtSecret, "AUTH_JWT_SECRET").filter(text -> !text.isEmpty());
        if (jwtSecret.isPresent() && jwtSecret.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("AUTH_JWT_SECRET must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits) for HS256; generate one with: openssl rand -base64 48");
        }
        Objects.requireNonNull(external, "external");
        String ownIssuer = issuer;
        if (external.filter(e -> e.issuer().equals(ownIssuer)).isPresent()) {
            throw new IllegalArgumentException(
                    "AUTH_EXTERNAL_ISSUER must differ from AUTH_ISSUER: the issuer decides which keys verify a token");
        }
    }

    /** The built-in issuer only, with a generated key and the default token lifetime. */
    public static AuthConfig of(String issuer, String audience) {
        return new AuthConfig(
                issuer, audience, DEFAULT_TOKEN_TTL, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same configuration, also accepting tokens of {@code issuer}. */
    public AuthConfig withExternal(ExternalIssuerConfig issuer) {
        return new AuthConfig(this.issuer, audience, tokenTtl, signingKey, jwtSecret, Optional.of(issuer));
    }

    @Override
    public String toString() {
        return "AuthConfig[issuer=" + issuer + ", audience=" + audience + ", tokenTtl=" + tokenTtl
                + ", signingKey=" + (signingKey.isPresent() ? "configured" : "generated")
                + ", jwtSecret=" + (jwtSecret.isPresent() ? "configured" : "off")
                + ", external=" + external.map(ExternalIssuerConfig::toString).orElse("off") + "]";
    }

    static String requireText(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " must not be blank");
        }
        return value.strip();
    }
}
