package dev.todo.adapter.http.identity;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Conversions between JWK members (RFC 7517/7518/8037) and JDK keys, and the RFC 7638 thumbprint. */
final class JwkCodec {
    // DER prefixes of an Ed25519 SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo; the raw 32 bytes follow.
    private static final byte[] ED25519_PUBLIC_PREFIX = hex("302a300506032b6570032100");
    private static final byte[] ED25519_PRIVATE_PREFIX = hex("302e020100300506032b657004220420");
    private static final int ED25519_KEY_LENGTH = 32;

    private JwkCodec() {}

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decode(String text) {
        if (text == null || text.isEmpty() || text.contains("=")) {
            throw new IllegalArgumentException("not base64url without padding");
        }
        return Base64.getUrlDecoder().decode(text);
    }

    static ECPublicKey ecPublicKey(ECParameterSpec spec, byte[] x, byte[] y) throws GeneralSecurityException {
        int length = EcCurves.coordinateLength(spec);
        if (x.length != length || y.length != length) {
            throw new GeneralSecurityException("EC coordinates must be " + length + " bytes");
        }
        ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
        if (!EcCurves.isOnCurve(point, spec)) {
            throw new GeneralSecurityException("EC point is not on the curve");
        }
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    static PublicKey rsaPublicKey(byte[] modulus, byte[] exponent) throws GeneralSecurityException {
        var spec = new RSAPublicKeySpec(new BigInteger(1, modulus), new BigInteger(1, exponent));
        return KeyFactory.getInstance("RSA").generatePublic(spec);
    }

    static PublicKey ed25519PublicKey(byte[] x) throws GeneralSecurityException {
        requireLength(x);
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(concat(ED25519_PUBLIC_PREFIX, x)));
    }

    static PrivateKey ed25519PrivateKey(byte[] d) throws GeneralSecurityException {
        requireLength(d);
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PRIVATE_PREFIX, d)));
    }

    static byte[] ed25519Raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - ED25519_KEY_LENGTH, encoded.length);
    }

    /** The public JWK members that identify a key ({@code kty}, {@code crv}, {@code x}, {@code y}). */
    static Map<String, String> publicMembers(PublicKey key) {
        var members = new LinkedHashMap<String, String>();
        if (key instanceof ECPublicKey ec) {
            int length = EcCurves.coordinateLength(ec.getParams());
            members.put("kty", "EC");
            members.put("crv", EcCurves.jwkName(ec.getParams()));
            members.put("x", encode(unsigned(ec.getW().getAffineX(), length)));
            members.put("y", encode(unsigned(ec.getW().getAffineY(), length)));
        } else {
            members.put("kty", "OKP");
            members.put("crv", "Ed25519");
            members.put("x", encode(ed25519Raw(key)));
        }
        return members;
    }

    /** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace, base64url. */
    static String thumbprint(Map<String, String> requiredMembers) {
        String canonical = new TreeMap<>(requiredMembers)
                .entrySet().stream()
                        .map(member -> "\"" + member.getKey() + "\":\"" + member.getValue() + "\"")
                        .collect(Collectors.joining(",", "{", "}"));
        try {
            return encode(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    static byte[] unsigned(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == length) {
            return bytes;
        }
        byte[] fixed = new byte[length];
        int copy = Math.min(bytes.length, length);
        System.arraycopy(bytes, bytes.length - copy, fixed, length - copy, copy);
        return fixed;
    }

    private static void requireLength(byte[] raw) throws GeneralSecurityException {
        if (raw.length != ED25519_KEY_LENGTH) {
            throw new GeneralSecurityException("Ed25519 keys are 32 bytes");
        }
    }

    private static byte[] concat(byte[] prefix, byte[] raw) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + raw.length);
        System.arraycopy(raw, 0, all, prefix.length, raw.length);
        return all;
    }

    private static byte[] hex(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
