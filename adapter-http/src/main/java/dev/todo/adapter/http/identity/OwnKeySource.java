package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.domain.user.SessionId;
import dev.todo.domain.user.UserId;
import java.util.Optional;

/**
 * The built-in issuer: tokens whose {@code kid} is the server's key verify under that key's algorithm
 * (ES256 or EdDSA); any other token of this issuer verifies under the HS256 shared secret if one is
 * configured, and is refused otherwise. Tokens under the server's key name their session ({@code sid});
 * their users are looked up in the repository. Shared-secret tokens have no session here, and may
 * describe their user in claims as external tokens do.
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
    public AuthenticatedUser user(DecodedJWT verified) {
        UserId subject = UserId.of(verified.getSubject());
        if (!signingKey.keyId().equals(verified.getKeyId())) {
            return new AuthenticatedUser(
                    subject, verified.getExpiresAtAsInstant(), ClaimsProfile.from(verified), Optional.empty());
        }
        Claim sid = verified.getClaim(JwtTokenIssuer.SESSION_CLAIM);
        Optional<SessionId> session = sid.isMissing() ? Optional.empty() : Optional.of(SessionId.of(sid.asString()));
        return new AuthenticatedUser(subject, verified.getExpiresAtAsInstant(), Optional.empty(), session);
    }
}
