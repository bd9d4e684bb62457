package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.domain.user.User;
import java.util.Optional;

/**
 * The built-in issuer: tokens whose {@code kid} is the server's key verify under that key's algorithm
 * (ES256 or EdDSA); any other token of this issuer verifies under the HS256 shared secret if one is
 * configured, and is refused otherwise. Users are looked up in the repository, so no profile.
 */
final class OwnKeySource implements KeySource {
    private final String issuer;
    private final String audience;
    private final SigningKey signingKey;
    private final Optional<Algorithm> sharedSecret;

    OwnKeySource(String issuer, String audience, SigningKey signingKey, Optional<Algorithm> sharedSecret) {
        this.issuer = issuer;
        this.audience = audience;
        this.signingKey = signingKey;
        this.sharedSecret = sharedSecret;
    }

    @Override
    public String issuer() {
        return issuer;
    }

    @Override
    public String audience() {
        return audience;
    }

    @Override
    public Algorithm algorithmFor(DecodedJWT unverified) {
        if (signingKey.keyId().equals(unverified.getKeyId())) {
            return signingKey.algorithm();
        }
        return sharedSecret.orElseThrow(() -> new InvalidTokenException("unknown key id for the built-in issuer"));
    }

    @Override
    public Optional<User> profile(DecodedJWT verified) {
        return Optional.empty();
    }
}
