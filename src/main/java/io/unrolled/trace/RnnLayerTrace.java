package io.unrolled.trace;

/**
 * A plain recurrent layer: the book's ReLU cell of LMModel1–4,
 * h_t = ReLU(W_hh (h_{t−1} + E[x_t]) + b), or nn.RNN's tanh cell of LMModel5,
 * h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh).
 *
 * @param input  (T, H) what the input adds at each step: E[x_t] for the ReLU cell, W_ih x_t + b_ih for tanh
 * @param pre    (T, H) the value the activation is applied to
 * @param h      (T, H) the output, ReLU(pre) or tanh(pre)
 */
public record RnnLayerTrace(int steps, int hidden, Activation activation, float[] h0, float[] input,
                            float[] pre, float[] h) implements LayerTrace {

    /** The cell's non-linearity; it decides the colour scale (ReLU sequential, tanh diverging). */
    public enum Activation { RELU, TANH }

    public RnnLayerTrace {
        LayerTrace.requireLength("h0", h0, hidden);
        LayerTrace.requireLength("input", input, steps * hidden);
        LayerTrace.requireLength("pre", pre, steps * hidden);
        LayerTrace.requireLength("h", h, steps * hidden);
    }
}
