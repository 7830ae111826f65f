package io.unrolled.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActTest {

    @Test
    void floatPrecisionExpIsAccurateWellBeyondFloatResolution() {
        double worst = 0;
        for (double x = -30; x <= 30; x += 0.0137) {
            worst = Math.max(worst, Math.abs(Act.exp32(x) / Math.exp(x) - 1));
        }
        assertTrue(worst < 1e-8, "worst relative error " + worst);
    }

    @Test
    void activationsSaturateInsteadOfOverflowing() {
        assertEquals(1.0, Act.sigmoid32(1000), 0);
        assertEquals(0.0, Act.sigmoid32(-1000), 1e-30);
        assertEquals(-1.0, Act.tanh32(-50), 0);
        assertEquals(Math.tanh(0.3), Act.tanh(0.3), 1e-15);
        assertEquals(Math.tanh(-1e-9), Act.tanh(-1e-9), 1e-16);
    }
}
