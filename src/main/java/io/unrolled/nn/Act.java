package io.unrolled.nn;

/**
 * Scalar activations for the fused kernels, in two precisions. Double arrays (gradient checks) use
 * Math.exp. Float arrays (training) use {@link #exp32}, accurate to a few parts in 1e9, well inside
 * float's 6e-8 resolution, and about four times cheaper: exp is most of an LSTM step's point-wise cost.
 * tanh is written through exp because Math.tanh has no intrinsic in JDK 17 (StrictMath, slow).
 */
final class Act {

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2 = 0.6931471805599453;

    private Act() {
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double tanh(double x) {
        if (x > 20) {
            return 1.0;
        }
        if (x < -20) {
            return -1.0;
        }
        return 1.0 - 2.0 / (Math.exp(2 * x) + 1.0);
    }

    static double sigmoid32(double x) {
        return 1.0 / (1.0 + exp32(-x));
    }

    static double tanh32(double x) {
        if (x > 20) {
            return 1.0;
        }
        if (x < -20) {
            return -1.0;
        }
        return 1.0 - 2.0 / (exp32(2 * x) + 1.0);
    }

    /** e^x = 2^n · e^(r) with n = round(x·log2 e) and |r| ≤ ln2/2; e^r by its Taylor series to degree 7. */
    static double exp32(double x) {
        if (x > 80) {
            x = 80;
        } else if (x < -80) {
            x = -80;
        }
        double n = Math.rint(x * LOG2E);
        double r = x - n * LN2;
        double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040)))))));
        return p * Double.longBitsToDouble(((long) n + 1023) << 52);
    }
}
