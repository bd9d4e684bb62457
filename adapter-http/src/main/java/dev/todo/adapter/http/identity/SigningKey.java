package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    /**
     * A secret for {@code purpose}, the HMAC-SHA256 of the purpose under the private key's encoding: every
     * instance sharing this key derives the same secret, and the secret reveals nothing about the key.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(privateKey.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("todo/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + keyId + ", alg=" + algorithmName + "]";
    }
}
