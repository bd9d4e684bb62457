package dev.todo.adapter.http.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import org.junit.jupiter.api.Test;

/** The curve checks and the key derivation go through Bouncy Castle and agree with the JDK's keys. */
class EcCurvesTest {
    @Test
    void recoversTheJdksPublicPointFromThePrivateScalar() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        for (int i = 0; i < 3; i++) {
            var pair = generator.generateKeyPair();
            BigInteger scalar = ((ECPrivateKey) pair.getPrivate()).getS();

            ECPoint derived = EcCurves.publicPoint(scalar, EcCurves.P256);

            assertThat(derived).isEqualTo(((ECPublicKey) pair.getPublic()).getW());
        }
    }

    @Test
    void tellsPointsOnTheCurveFromPointsOffIt() {
        ECPoint generator = EcCurves.P256.getGenerator();

        assertThat(EcCurves.isOnCurve(generator, EcCurves.P256)).isTrue();
        assertThat(EcCurves.isOnCurve(
                        new ECPoint(
                                generator.getAffineX(), generator.getAffineY().add(BigInteger.ONE)),
                        EcCurves.P256))
                .isFalse();
        assertThat(EcCurves.isOnCurve(
                        new ECPoint(generator.getAffineX().negate(), generator.getAffineY()), EcCurves.P256))
                .as("a coordinate outside the field")
                .isFalse();
    }

    @Test
    void refusesPrivateScalarsOutsideTheGroupOrder() {
        BigInteger order = EcCurves.P256.getOrder();

        for (BigInteger scalar : new BigInteger[] {BigInteger.ZERO, order, order.add(BigInteger.ONE)}) {
            assertThatThrownBy(() -> EcCurves.publicPoint(scalar, EcCurves.P256))
                    .isInstanceOf(GeneralSecurityException.class);
        }
    }
}
