package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/** An external issuer (Better Auth): keys from its JWKS by {@code kid}; users described by the token. */
final class ExternalKeySource implements KeySource {
    private final ExternalIssuerConfig config;
    private final RemoteJwks jwks;

    ExternalKeySource(ExternalIssuerConfig config, RemoteJwks jwks) {
        this.config = config;
        this.jwks = jwks;
    }

    @Override
    public String issuer() {
        return config.issuer();
    }

    @Override
    public String audience() {
        return config.audience();
    }

    @Override
    public Algorithm algorithmFor(DecodedJWT unverified) {
        String kid = unverified.getKeyId();
        if (kid == null || kid.isEmpty()) {
            throw new InvalidTokenException("a token of " + config.issuer() + " must name its key (kid)");
        }
        return jwks.find(kid);
    }

    @Override
    public AuthenticatedUser user(DecodedJWT verified) {
        return new AuthenticatedUser(
                UserId.of(verified.getSubject()),
                verified.getExpiresAtAsInstant(),
                ClaimsProfile.from(verified),
                Optional.empty());
    }

    RemoteJwks jwks() {
        return jwks;
    }
}
