package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

/**
 * The keys of one issuer. A token is verified only against the key its issuer's source selects by
 * {@code kid}; each key carries one fixed algorithm, so the token's {@code alg} header never picks one.
 */
interface KeySource {
    String issuer();

    String audience();

    /** The algorithm (key and JWS alg) this token must verify under; throws {@link InvalidTokenException}. */
    Algorithm algorithmFor(DecodedJWT unverified);

    /** The user a verified token speaks for: its subject, and what else this source's tokens tell. */
    AuthenticatedUser user(DecodedJWT verified);
}
