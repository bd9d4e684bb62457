package dev.todo.adapter.http.identity;

import java.util.List;
import java.util.Map;

/**
 * The server's public signing keys as a JSON Web Key Set, ready to serialise for
 * {@code GET /api/auth/jwks}: {@code {"keys":[{kty, crv, x, y, kid, alg, use}]}}. Holds no secrets.
 */
public final class Jwks {
    private final Map<String, Object> document;

    Jwks(List<Map<String, Object>> publicKeys) {
        this.document = Map.of("keys", List.copyOf(publicKeys));
    }

    /** An unmodifiable map of the JWKS document. */
    public Map<String, Object> document() {
        return document;
    }

    @Override
    public String toString() {
        return "Jwks" + document;
    }
}
