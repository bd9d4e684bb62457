package dev.todo.adapter.http.identity;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The NIST prime curves JWS uses here (P-256 for ES256, P-521 for ES512): the JDK's parameters for its
 * key classes, and Bouncy Castle's curve implementation for checking a JWK's point and for deriving the
 * public point of a PKCS#8 private key. No curve arithmetic is written here.
 */
final class EcCurves {
    static final ECParameterSpec P256 = parameters("secp256r1");
    static final ECParameterSpec P521 = parameters("secp521r1");

    private static final X9ECParameters BC_P256 = CustomNamedCurves.getByName("secp256r1");
    private static final X9ECParameters BC_P521 = CustomNamedCurves.getByName("secp521r1");

    private EcCurves() {}

    /** The JWK {@code crv} name of a curve, or null for curves JWS use here does not allow. */
    static String jwkName(ECParameterSpec spec) {
        if (sameCurve(spec, P256)) {
            return "P-256";
        }
        return sameCurve(spec, P521) ? "P-521" : null;
    }

    /** Bytes per coordinate in JWK {@code x}/{@code y}: 32 for P-256, 66 for P-521. */
    static int coordinateLength(ECParameterSpec spec) {
        return (spec.getCurve().getField().getFieldSize() + 7) / 8;
    }

    /** Whether the point lies on the curve (coordinates in the field, curve equation, subgroup). */
    static boolean isOnCurve(ECPoint point, ECParameterSpec spec) {
        try {
            return implementation(spec)
                    .getCurve()
                    .validatePoint(point.getAffineX(), point.getAffineY())
                    .isValid();
        } catch (IllegalArgumentException | GeneralSecurityException notOnIt) {
            return false;
        }
    }

    /** {@code k·G}, the public point of private scalar {@code k} (1 ≤ k < n). */
    static ECPoint publicPoint(BigInteger k, ECParameterSpec spec) throws GeneralSecurityException {
        X9ECParameters curve = implementation(spec);
        if (k.signum() <= 0 || k.compareTo(curve.getN()) >= 0) {
            throw new GeneralSecurityException("the private scalar is out of range");
        }
        var point = new FixedPointCombMultiplier().multiply(curve.getG(), k).normalize();
        return new ECPoint(
                point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
    }

    private static X9ECParameters implementation(ECParameterSpec spec) throws GeneralSecurityException {
        if (sameCurve(spec, P256)) {
            return BC_P256;
        }
        if (sameCurve(spec, P521)) {
            return BC_P521;
        }
        throw new GeneralSecurityException("unsupported curve");
    }

    private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
        return a.getCurve().equals(b.getCurve())
                && a.getGenerator().equals(b.getGenerator())
                && a.getOrder().equals(b.getOrder());
    }

    private static ECParameterSpec parameters(String name) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks curve " + name, e);
        }
    }
}
