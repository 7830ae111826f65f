package io.unrolled.nn;

/** Scalar activations used inside the fused kernels. */
final class Act {

    private Act() {
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double tanh(double x) {
        return Math.tanh(x);
    }
}
