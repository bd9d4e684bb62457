package dev.todo.adapter.http.identity;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * The NIST prime curves used by JWS (P-256 for ES256, P-521 for ES512): their parameters, a point-on-curve
 * check for keys read from a JWKS, and the scalar multiplication that recovers a public key from a
 * PKCS#8 private key (run once at start-up on the server's own key, so constant time does not matter).
 */
final class EcCurves {
    static final ECParameterSpec P256 = parameters("secp256r1");
    static final ECParameterSpec P521 = parameters("secp521r1");

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

    static boolean isOnCurve(ECPoint point, ECParameterSpec spec) {
        BigInteger p = prime(spec);
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3)
                .add(spec.getCurve().getA().multiply(x))
                .add(spec.getCurve().getB())
                .mod(p);
        return left.equals(right);
    }

    /** {@code k·G}, the public point of private scalar {@code k}. */
    static ECPoint publicPoint(BigInteger k, ECParameterSpec spec) {
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = spec.getGenerator();
        for (int bit = 0; bit < k.bitLength(); bit++) {
            if (k.testBit(bit)) {
                result = add(result, addend, spec);
            }
            addend = add(addend, addend, spec);
        }
        return result;
    }

    private static ECPoint add(ECPoint a, ECPoint b, ECParameterSpec spec) {
        if (a.equals(ECPoint.POINT_INFINITY)) {
            return b;
        }
        if (b.equals(ECPoint.POINT_INFINITY)) {
            return a;
        }
        BigInteger p = prime(spec);
        BigInteger x1 = a.getAffineX(), y1 = a.getAffineY(), x2 = b.getAffineX(), y2 = b.getAffineY();
        BigInteger slope;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            BigInteger numerator = x1.pow(2)
                    .multiply(BigInteger.valueOf(3))
                    .add(spec.getCurve().getA());
            slope = numerator.multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            slope = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = slope.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = slope.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }

    private static BigInteger prime(ECParameterSpec spec) {
        return ((ECFieldFp) spec.getCurve().getField()).getP();
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
