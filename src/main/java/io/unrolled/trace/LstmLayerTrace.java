package io.unrolled.trace;

/**
 * An LSTM layer with PyTorch's gate meanings: i input gate, f forget gate, g candidate, o output gate;
 * c_t = f ⊙ c_{t−1} + i ⊙ g and h_t = o ⊙ tanh(c_t). Every field but the initial state is (T, H).
 */
public record LstmLayerTrace(int steps, int hidden, float[] h0, float[] c0, float[] i, float[] f,
                             float[] g, float[] o, float[] c, float[] h) implements LayerTrace {

    public LstmLayerTrace {
        LayerTrace.requireLength("h0", h0, hidden);
        LayerTrace.requireLength("c0", c0, hidden);
        for (float[] a : new float[][] {i, f, g, o, c, h}) {
            LayerTrace.requireLength("a gate or state", a, steps * hidden);
        }
    }

    public float c(int t, int unit) {
        return c[t * hidden + unit];
    }

    /** c_{t−1}, reading {@link #c0()} for t = 0. */
    public float cBefore(int t, int unit) {
        return t == 0 ? c0[unit] : c(t - 1, unit);
    }
}
