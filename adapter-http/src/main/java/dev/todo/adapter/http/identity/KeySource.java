package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.todo.domain.user.User;
import java.util.Optional;

/**
 * The keys of one issuer. A token is verified only against the key its issuer's source selects by
 * {@code kid}; each key carries one fixed algorithm, so the token's {@code alg} header never picks one.
 */
interface KeySource {
    String issuer();

    String audience();

    /** The algorithm (key and JWS alg) this token must verify under; throws {@link InvalidTokenException}. */
    Algorithm algorithmFor(DecodedJWT unverified);

    /** The user as the verified token describes them, for sources whose users have no account here. */
    Optional<User> profile(DecodedJWT verified);
}
