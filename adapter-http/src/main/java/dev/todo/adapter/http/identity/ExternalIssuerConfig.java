package dev.todo.adapter.http.identity;

import java.net.URI;
import java.util.Objects;

/**
 * An external identity provider whose tokens are accepted (Better Auth's JWT plugin, for instance):
 * where its JWKS lives and the {@code iss} and {@code aud} its tokens must carry.
 */
public record ExternalIssuerConfig(URI jwksUrl, String issuer, String audience) {
    public ExternalIssuerConfig {
        Objects.requireNonNull(jwksUrl, "AUTH_EXTERNAL_JWKS_URL");
        String scheme = jwksUrl.getScheme();
        if (!jwksUrl.isAbsolute()
                || jwksUrl.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "AUTH_EXTERNAL_JWKS_URL must be an absolute http(s) URL, e.g. https://auth.example.com/api/auth/jwks");
        }
        issuer = AuthConfig.requireText(issuer, "AUTH_EXTERNAL_ISSUER");
        audience = AuthConfig.requireText(audience, "AUTH_EXTERNAL_AUDIENCE");
    }
}
