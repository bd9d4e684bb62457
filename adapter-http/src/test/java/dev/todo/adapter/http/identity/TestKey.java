package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** A key pair an external issuer signs with, with its public JWK as Better Auth publishes it. */
record TestKey(String kid, Algorithm signer, Map<String, Object> publicJwk, KeyPair pair) {
    static TestKey ed25519(String kid) {
        KeyPair pair = generate("Ed25519", null);
        var jwk = jwk(kid, "EdDSA", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", JwkCodec.encode(JwkCodec.ed25519Raw(pair.getPublic())));
        return new TestKey(kid, EdDsaAlgorithm.signing(pair.getPublic(), pair.getPrivate(), kid), jwk, pair);
    }

    static TestKey es256(String kid) {
        KeyPair pair = generate("EC", "secp256r1");
        var jwk = ecJwk(kid, "ES256", (ECPublicKey) pair.getPublic());
        return new TestKey(
                kid, Algorithm.ECDSA256((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate()), jwk, pair);
    }

    static TestKey es512(String kid) {
        KeyPair pair = generate("EC", "secp521r1");
        var jwk = ecJwk(kid, "ES512", (ECPublicKey) pair.getPublic());
        return new TestKey(
                kid, Algorithm.ECDSA512((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate()), jwk, pair);
    }

    static TestKey rs256(String kid) {
        return rsa(kid, "RS256");
    }

    static TestKey ps256(String kid) {
        return rsa(kid, "PS256");
    }

    private static TestKey rsa(String kid, String alg) {
        KeyPair pair = generate("RSA", null);
        var publicKey = (RSAPublicKey) pair.getPublic();
        var jwk = jwk(kid, alg, "RSA");
        jwk.put("n", JwkCodec.encode(unsigned(publicKey.getModulus())));
        jwk.put("e", JwkCodec.encode(unsigned(publicKey.getPublicExponent())));
        var privateKey = (RSAPrivateKey) pair.getPrivate();
        Algorithm signer = alg.equals("RS256")
                ? Algorithm.RSA256(publicKey, privateKey)
                : Algorithm.RSA256PSS(publicKey, privateKey);
        return new TestKey(kid, signer, jwk, pair);
    }

    private static Map<String, Object> ecJwk(String kid, String alg, ECPublicKey key) {
        var jwk = jwk(kid, alg, "EC");
        jwk.putAll(JwkCodec.publicMembers(key));
        return jwk;
    }

    private static Map<String, Object> jwk(String kid, String alg, String kty) {
        var jwk = new LinkedHashMap<String, Object>();
        jwk.put("kid", kid);
        jwk.put("alg", alg);
        jwk.put("kty", kty);
        return jwk;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair generate(String algorithm, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve));
            } else if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
