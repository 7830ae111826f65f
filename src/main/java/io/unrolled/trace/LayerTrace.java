package io.unrolled.trace;

/** One recurrent layer's values over the T steps of one sequence. */
public sealed interface LayerTrace permits RnnLayerTrace, LstmLayerTrace, GruLayerTrace {

    int steps();

    int hidden();

    /** The state the layer started from (step −1), (H). */
    float[] h0();

    /** The layer's output h_t at every step, (T, H). */
    float[] h();

    default float h(int t, int unit) {
        return h()[t * hidden() + unit];
    }

    /** h_{t−1}, reading {@link #h0()} for t = 0. */
    default float hBefore(int t, int unit) {
        return t == 0 ? h0()[unit] : h(t - 1, unit);
    }

    /** Checks that an array has the (T, H) or (H) length a field promises. */
    static void requireLength(String name, float[] a, int length) {
        if (a == null || a.length != length) {
            throw new IllegalArgumentException(name + " must hold " + length + " values, not "
                    + (a == null ? "none" : a.length));
        }
    }
}
