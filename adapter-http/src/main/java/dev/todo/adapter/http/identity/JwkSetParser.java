package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a public JWKS into verification algorithms by {@code kid}. Each key gets exactly one algorithm,
 * fixed by its type and curve (and its {@code alg} member, which may only narrow it): OKP Ed25519 EdDSA,
 * EC P-256 ES256, EC P-521 ES512, RSA (2048 bits or more) RS256 or PS256. Anything else (symmetric
 * keys, other curves, keys for encryption, keys without {@code kid}) is skipped.
 */
final class JwkSetParser {
    static final int MAX_KEYS = 64;
    private static final int MIN_RSA_BITS = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(JwkSetParser.class);

    private final ObjectMapper json = new ObjectMapper();

    Map<String, Algorithm> parse(byte[] document) throws IOException {
        JsonNode keys = json.readTree(document).path("keys");
        if (!keys.isArray()) {
            throw new IOException("a JWKS needs a keys array");
        }
        var algorithms = new HashMap<String, Algorithm>();
        for (int i = 0; i < Math.min(keys.size(), MAX_KEYS); i++) {
            JsonNode jwk = keys.get(i);
            String kid = jwk.path("kid").asText("");
            if (kid.isEmpty() || algorithms.containsKey(kid)) {
                continue;
            }
            try {
                algorithmFor(jwk).ifPresent(algorithm -> algorithms.put(kid, algorithm));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warn("skipping JWKS key {}: {}", kid, e.getMessage());
            }
        }
        return Map.copyOf(algorithms);
    }

    private static Optional<Algorithm> algorithmFor(JsonNode jwk) throws GeneralSecurityException {
        if (jwk.has("use") && !"sig".equals(jwk.path("use").asText())) {
            return Optional.empty();
        }
        String alg = jwk.path("alg").asText("");
        switch (jwk.path("kty").asText("")) {
            case "OKP":
                if ("Ed25519".equals(jwk.path("crv").asText()) && allows(alg, "EdDSA")) {
                    return Optional.of(EdDsaAlgorithm.verifying(JwkCodec.ed25519PublicKey(member(jwk, "x"))));
                }
                return Optional.empty();
            case "EC":
                return ecAlgorithm(jwk, alg);
            case "RSA":
                var rsa = (RSAPublicKey) JwkCodec.rsaPublicKey(member(jwk, "n"), member(jwk, "e"));
                if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                    throw new GeneralSecurityException("RSA key shorter than " + MIN_RSA_BITS + " bits");
                }
                if (allows(alg, "RS256")) {
                    return Optional.of(Algorithm.RSA256(rsa, null));
                }
                return "PS256".equals(alg) ? Optional.of(Algorithm.RSA256PSS(rsa, null)) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static Optional<Algorithm> ecAlgorithm(JsonNode jwk, String alg) throws GeneralSecurityException {
        String crv = jwk.path("crv").asText();
        if ("P-256".equals(crv) && allows(alg, "ES256")) {
            return Optional.of(
                    Algorithm.ECDSA256(JwkCodec.ecPublicKey(EcCurves.P256, member(jwk, "x"), member(jwk, "y")), null));
        }
        if ("P-521".equals(crv) && allows(alg, "ES512")) {
            return Optional.of(
                    Algorithm.ECDSA512(JwkCodec.ecPublicKey(EcCurves.P521, member(jwk, "x"), member(jwk, "y")), null));
        }
        return Optional.empty();
    }

    // A key without alg gets its type's natural algorithm; a stated alg must be that one (or PS256 for RSA).
    private static boolean allows(String stated, String natural) {
        return stated.isEmpty() || stated.equals(natural);
    }

    private static byte[] member(JsonNode jwk, String name) {
        return JwkCodec.decode(jwk.path(name).asText(null));
    }
}
