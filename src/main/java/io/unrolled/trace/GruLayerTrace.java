package io.unrolled.trace;

/**
 * A GRU layer with PyTorch's meanings: r reset gate, z update gate, n candidate
 * n = tanh(W_in x + b_in + r ⊙ (W_hn h_{t−1} + b_hn)), h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}.
 * Every field but the initial state is (T, H).
 */
public record GruLayerTrace(int steps, int hidden, float[] h0, float[] r, float[] z, float[] n,
                            float[] h) implements LayerTrace {

    public GruLayerTrace {
        LayerTrace.requireLength("h0", h0, hidden);
        for (float[] a : new float[][] {r, z, n, h}) {
            LayerTrace.requireLength("a gate or state", a, steps * hidden);
        }
    }
}
