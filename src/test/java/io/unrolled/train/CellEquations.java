package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.models.LanguageModel;
import io.unrolled.nn.Mem;
import io.unrolled.nn.Param;
import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.RnnLayerTrace;
import io.unrolled.trace.SentenceTrace;

/**
 * Recomputes, in double and in plain Java from the model's parameters, every traced step from the
 * traced values before it: each cell's equations (PyTorch's gate order and meanings), then the
 * output layer and the softmax at each prediction. The trace passes when every value it holds
 * follows from the previous ones.
 */
final class CellEquations {

    private final LanguageModel model;
    private final double tol;

    CellEquations(LanguageModel model, double tol) {
        this.model = model;
        this.tol = tol;
    }

    void check(SentenceTrace trace) {
        double[][] emb = matrix("i_h.weight");
        int steps = trace.steps();
        double[][] below = new double[steps][];
        for (int t = 0; t < steps; t++) {
            below[t] = emb[trace.words()[t]];
        }
        for (int l = 0; l < trace.layers().size(); l++) {
            LayerTrace layer = trace.layers().get(l);
            assertEquals(steps, layer.steps(), "every layer covers every read word");
            if (layer instanceof RnnLayerTrace r) {
                if (r.activation() == RnnLayerTrace.Activation.RELU) {
                    reluBook(r, below);
                } else {
                    elman(r, l, below);
                }
            } else if (layer instanceof LstmLayerTrace s) {
                lstm(s, l, below);
            } else {
                gru((GruLayerTrace) layer, l, below);
            }
            for (int t = 0; t < steps; t++) {
                below[t] = row(layer.h(), t, layer.hidden());
            }
        }
        double[][] out = model.kind().tiesWeights() ? emb : matrix("h_o.weight");
        double[] bias = vector("h_o.bias");
        for (Prediction p : trace.predictions()) {
            double[] z = affine(out, below[p.after()], bias);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : z) {
                sum += Math.exp(v - max);
            }
            for (int w = 0; w < z.length; w++) {
                near(Math.exp(z[w] - max) / sum, p.probs()[w], "p(word " + w + ") after step " + p.after());
            }
        }
    }

    /** The book's cell: input = E[x_t], pre = W_hh (h_{t−1} + input) + b, h = ReLU(pre). */
    private void reluBook(RnnLayerTrace r, double[][] x) {
        double[][] w = matrix("h_h.weight");
        double[] b = vector("h_h.bias");
        for (int t = 0; t < r.steps(); t++) {
            double[] in = new double[r.hidden()];
            for (int j = 0; j < r.hidden(); j++) {
                near(x[t][j], r.input()[t * r.hidden() + j], "input");
                in[j] = r.hBefore(t, j) + r.input()[t * r.hidden() + j];
            }
            double[] pre = affine(w, in, b);
            for (int j = 0; j < r.hidden(); j++) {
                near(pre[j], r.pre()[t * r.hidden() + j], "pre at step " + t);
                near(Math.max(0, r.pre()[t * r.hidden() + j]), r.h(t, j), "h = relu(pre) at step " + t);
            }
        }
    }

    /** nn.RNN: input = W_ih x + b_ih, pre = input + W_hh h_{t−1} + b_hh, h = tanh(pre). */
    private void elman(RnnLayerTrace r, int l, double[][] x) {
        double[][] wih = matrix("rnn.weight_ih_l" + l);
        double[][] whh = matrix("rnn.weight_hh_l" + l);
        double[] bih = vector("rnn.bias_ih_l" + l);
        double[] bhh = vector("rnn.bias_hh_l" + l);
        for (int t = 0; t < r.steps(); t++) {
            double[] in = affine(wih, x[t], bih);
            double[] rec = affine(whh, hPrev(r, t), bhh);
            for (int j = 0; j < r.hidden(); j++) {
                int k = t * r.hidden() + j;
                near(in[j], r.input()[k], "input at step " + t);
                near(in[j] + rec[j], r.pre()[k], "pre at step " + t);
                near(Math.tanh(r.pre()[k]), r.h(t, j), "h = tanh(pre) at step " + t);
            }
        }
    }

    /** nn.LSTM, gate blocks (i, f, g, o): c = f c_{t−1} + i g, h = o tanh(c). */
    private void lstm(LstmLayerTrace s, int l, double[][] x) {
        int hd = s.hidden();
        double[][] wih = matrix("rnn.weight_ih_l" + l);
        double[][] whh = matrix("rnn.weight_hh_l" + l);
        double[] bih = vector("rnn.bias_ih_l" + l);
        double[] bhh = vector("rnn.bias_hh_l" + l);
        for (int t = 0; t < s.steps(); t++) {
            double[] a = affine(wih, x[t], bih);
            double[] b = affine(whh, hPrev(s, t), bhh);
            for (int j = 0; j < hd; j++) {
                int k = t * hd + j;
                near(sigmoid(a[j] + b[j]), s.i()[k], "i at step " + t);
                near(sigmoid(a[hd + j] + b[hd + j]), s.f()[k], "f at step " + t);
                near(Math.tanh(a[2 * hd + j] + b[2 * hd + j]), s.g()[k], "g at step " + t);
                near(sigmoid(a[3 * hd + j] + b[3 * hd + j]), s.o()[k], "o at step " + t);
                near((double) s.f()[k] * s.cBefore(t, j) + (double) s.i()[k] * s.g()[k], s.c(t, j), "c at step " + t);
                near(s.o()[k] * Math.tanh(s.c(t, j)), s.h(t, j), "h at step " + t);
            }
        }
    }

    /** nn.GRU, gate blocks (r, z, n): n = tanh(W_in x + b_in + r (W_hn h + b_hn)), h = (1 − z) n + z h_{t−1}. */
    private void gru(GruLayerTrace g, int l, double[][] x) {
        int hd = g.hidden();
        double[][] wih = matrix("rnn.weight_ih_l" + l);
        double[][] whh = matrix("rnn.weight_hh_l" + l);
        double[] bih = vector("rnn.bias_ih_l" + l);
        double[] bhh = vector("rnn.bias_hh_l" + l);
        for (int t = 0; t < g.steps(); t++) {
            double[] a = affine(wih, x[t], bih);
            double[] b = affine(whh, hPrev(g, t), bhh);
            for (int j = 0; j < hd; j++) {
                int k = t * hd + j;
                near(sigmoid(a[j] + b[j]), g.r()[k], "r at step " + t);
                near(sigmoid(a[hd + j] + b[hd + j]), g.z()[k], "z at step " + t);
                near(Math.tanh(a[2 * hd + j] + g.r()[k] * b[2 * hd + j]), g.n()[k], "n at step " + t);
                near((1 - (double) g.z()[k]) * g.n()[k] + (double) g.z()[k] * g.hBefore(t, j), g.h(t, j), "h at step " + t);
            }
        }
    }

    private static double[] hPrev(LayerTrace layer, int t) {
        double[] h = new double[layer.hidden()];
        for (int j = 0; j < h.length; j++) {
            h[j] = layer.hBefore(t, j);
        }
        return h;
    }

    private static double[] row(float[] a, int t, int width) {
        double[] out = new double[width];
        for (int j = 0; j < width; j++) {
            out[j] = a[t * width + j];
        }
        return out;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** w (out, in) · x + b. */
    private static double[] affine(double[][] w, double[] x, double[] b) {
        double[] y = new double[w.length];
        for (int o = 0; o < w.length; o++) {
            double s = b[o];
            for (int k = 0; k < x.length; k++) {
                s += w[o][k] * x[k];
            }
            y[o] = s;
        }
        return y;
    }

    private void near(double expected, double traced, String what) {
        if (Math.abs(expected - traced) > tol * (1 + Math.abs(expected))) {
            throw new AssertionError(model.kind().bookName() + ": " + what + " is " + traced + ", the equations give " + expected);
        }
    }

    private double[][] matrix(String name) {
        Param p = model.params().get(name);
        int rows = (int) p.shape()[0];
        int cols = (int) p.shape()[1];
        double[] flat = new double[rows * cols];
        Mem.of(p.value()).load(0, flat, 0, flat.length);
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, m[r], 0, cols);
        }
        return m;
    }

    private double[] vector(String name) {
        Param p = model.params().get(name);
        double[] v = new double[(int) p.size()];
        Mem.of(p.value()).load(0, v, 0, v.length);
        return v;
    }
}
