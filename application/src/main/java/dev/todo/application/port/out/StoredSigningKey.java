package dev.todo.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A token-signing key pair as stored: its key id ({@code kid}), algorithm (for example {@code EdDSA}),
 * and the private key in an encoding the issuer understands (PKCS#8 PEM). Never printed.
 */
public record StoredSigningKey(String keyId, String algorithm, String privateKey, Instant createdAt) {
    public StoredSigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "StoredSigningKey[keyId=" + keyId + ", algorithm=" + algorithm + ", privateKey=redacted]";
    }
}
