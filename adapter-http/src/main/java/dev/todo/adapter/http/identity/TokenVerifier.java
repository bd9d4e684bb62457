package dev.todo.adapter.http.identity;

/**
 * Turns a bearer token into the user it speaks for. Implementations check signature, algorithm,
 * expiry, issuer and audience against the key source the token claims to come from.
 */
public interface TokenVerifier {
    /**
     * @param token the compact JWT, without the {@code Bearer } prefix
     * @throws InvalidTokenException if the token is not accepted, for whatever reason
     */
    AuthenticatedUser verify(String token);
}
