package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureGenerationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** JWS {@code EdDSA} over Ed25519 (RFC 8037), which java-jwt lacks, on the JDK's own {@code Ed25519} signature. */
final class EdDsaAlgorithm extends Algorithm {
    static final String NAME = "EdDSA";
    private static final int SIGNATURE_LENGTH = 64;

    private final PublicKey publicKey;
    private final PrivateKey privateKey;
    private final String keyId;

    private EdDsaAlgorithm(PublicKey publicKey, PrivateKey privateKey, String keyId) {
        super(NAME, "Ed25519");
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.keyId = keyId;
    }

    static EdDsaAlgorithm verifying(PublicKey publicKey) {
        return new EdDsaAlgorithm(publicKey, null, null);
    }

    static EdDsaAlgorithm signing(PublicKey publicKey, PrivateKey privateKey, String keyId) {
        return new EdDsaAlgorithm(publicKey, privateKey, keyId);
    }

    @Override
    public void verify(DecodedJWT jwt) {
        byte[] content = (jwt.getHeader() + "." + jwt.getPayload()).getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(jwt.getSignature());
            if (signature.length != SIGNATURE_LENGTH) {
                throw new SignatureVerificationException(this);
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(content);
            if (!verifier.verify(signature)) {
                throw new SignatureVerificationException(this);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SignatureVerificationException(this, e);
        }
    }

    @Override
    public byte[] sign(byte[] contentBytes) {
        if (privateKey == null) {
            throw new SignatureGenerationException(this, new IllegalStateException("verification-only key"));
        }
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(contentBytes);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new SignatureGenerationException(this, e);
        }
    }

    @Override
    public String getSigningKeyId() {
        return keyId;
    }
}
