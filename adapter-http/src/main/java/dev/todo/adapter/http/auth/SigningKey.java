package dev.todo.adapter.http.auth;

import com.auth0.jwt.algorithms.Algorithm;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;

/**
 * The server's own token-signing key: its {@code kid}, JWS algorithm (ES256 or EdDSA), the java-jwt
 * {@link Algorithm} that signs and verifies with it, and its public JWK. Never printed.
 */
record SigningKey(String keyId, String algorithmName, Algorithm algorithm, PublicKey publicKey, PrivateKey privateKey) {
    Map<String, Object> publicJwk() {
        var jwk = new java.util.LinkedHashMap<String, Object>(JwkCodec.publicMembers(publicKey));
        jwk.put("kid", keyId);
        jwk.put("alg", algorithmName);
        jwk.put("use", "sig");
        return java.util.Collections.unmodifiableMap(jwk);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + keyId + ", alg=" + algorithmName + "]";
    }
}
