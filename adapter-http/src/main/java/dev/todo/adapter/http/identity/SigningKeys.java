package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.StoredSigningKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

/** Reads, generates and persists the server's signing key. Messages never contain key material. */
final class SigningKeys {
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";
    private static final String FORMATS =
            "AUTH_SIGNING_KEY must be a PKCS#8 PEM (" + PEM_BEGIN + ") EC P-256 key, or a private JWK "
                    + "(kty EC with crv P-256, or kty OKP with crv Ed25519; members d and x[, y])";

    private SigningKeys() {}

    /** The configured key (AUTH_SIGNING_KEY); its kid is the JWK's own or the RFC 7638 thumbprint. */
    static SigningKey parse(String text) {
        try {
            String trimmed = text.strip();
            if (trimmed.startsWith("{")) {
                return fromPrivateJwk(new ObjectMapper().readTree(trimmed));
            }
            if (trimmed.startsWith(PEM_BEGIN)) {
                return fromPkcs8(trimmed, null);
            }
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(FORMATS + " (" + e.getClass().getSimpleName() + ")");
        }
        throw new IllegalArgumentException(FORMATS);
    }

    /** The stored key, or a fresh P-256 key stored now; if another instance stored one first, that one. */
    static SigningKey loadOrCreate(SigningKeyRepository repository, Clock clock) {
        StoredSigningKey stored = repository.find().orElseGet(() -> {
            SigningKey fresh = generate();
            return repository.saveIfAbsent(new StoredSigningKey(
                    fresh.keyId(), fresh.algorithmName(), pem(fresh.privateKey()), clock.instant()));
        });
        try {
            SigningKey key = fromPkcs8(stored.privateKey(), stored.keyId());
            if (!key.algorithmName().equals(stored.algorithm())) {
                throw new IllegalStateException(
                        "stored signing key " + stored.keyId() + " is not " + stored.algorithm());
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("stored signing key " + stored.keyId() + " cannot be read", e);
        }
    }

    static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return assemble(pair.getPublic(), pair.getPrivate(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    static String pem(PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    private static SigningKey fromPkcs8(String pem, String keyId) throws GeneralSecurityException {
        String body = pem.strip().replace(PEM_BEGIN, "").replace(PEM_END, "");
        byte[] der = Base64.getMimeDecoder().decode(body);
        var privateKey = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        return assemble(ecPublicOf(privateKey.getS()), privateKey, keyId);
    }

    private static SigningKey fromPrivateJwk(JsonNode jwk) throws GeneralSecurityException {
        String kty = jwk.path("kty").asText();
        String crv = jwk.path("crv").asText();
        String keyId = jwk.hasNonNull("kid") ? jwk.get("kid").asText() : null;
        byte[] d = JwkCodec.decode(jwk.path("d").asText(null));
        byte[] x = JwkCodec.decode(jwk.path("x").asText(null));
        if ("EC".equals(kty) && "P-256".equals(crv)) {
            ECPublicKey publicKey = JwkCodec.ecPublicKey(
                    EcCurves.P256, x, JwkCodec.decode(jwk.path("y").asText(null)));
            BigInteger s = new BigInteger(1, d);
            if (!EcCurves.publicPoint(s, EcCurves.P256).equals(publicKey.getW())) {
                throw new GeneralSecurityException("d does not belong to x and y");
            }
            PrivateKey privateKey =
                    KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, EcCurves.P256));
            return assemble(publicKey, privateKey, keyId);
        }
        if ("OKP".equals(kty) && "Ed25519".equals(crv)) {
            SigningKey key = assemble(JwkCodec.ed25519PublicKey(x), JwkCodec.ed25519PrivateKey(d), keyId);
            requireMatchingPair(key);
            return key;
        }
        throw new GeneralSecurityException("unsupported kty/crv");
    }

    private static PublicKey ecPublicOf(BigInteger s) throws GeneralSecurityException {
        var point = EcCurves.publicPoint(s, EcCurves.P256);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, EcCurves.P256));
    }

    private static SigningKey assemble(PublicKey publicKey, PrivateKey privateKey, String keyId)
            throws GeneralSecurityException {
        String kid = keyId != null ? keyId : JwkCodec.thumbprint(JwkCodec.publicMembers(publicKey));
        if (publicKey instanceof ECPublicKey ec) {
            if (!"P-256".equals(EcCurves.jwkName(ec.getParams()))) {
                throw new GeneralSecurityException("only P-256 EC keys are supported");
            }
            return new SigningKey(
                    kid, "ES256", Algorithm.ECDSA256(ec, (ECPrivateKey) privateKey), publicKey, privateKey);
        }
        return new SigningKey(
                kid, EdDsaAlgorithm.NAME, EdDsaAlgorithm.signing(publicKey, privateKey, kid), publicKey, privateKey);
    }

    private static void requireMatchingPair(SigningKey key) throws GeneralSecurityException {
        byte[] probe = "signing key probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key.publicKey());
        verifier.update(probe);
        if (!verifier.verify(key.algorithm().sign(probe))) {
            throw new GeneralSecurityException("d does not belong to x");
        }
    }
}
