package io.unrolled.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The two penalties of AWD-LSTM that the chapter adds to LMModel7's loss:
 * activation regularisation AR = mean(a²) over the dropped-out outputs, and temporal activation
 * regularisation TAR = mean((h_{t+1} − h_t)²) over consecutive steps of the raw outputs. Both are
 * returned unscaled; their gradients are added, scaled, into the given gradient buffers.
 */
public final class ActivationPenalty {

    private ActivationPenalty() {
    }

    /** mean(a²) over all elements of {@code a} (N, H); adds scale · ∂/∂a into {@code grad}. */
    public static double ar(INDArray a, INDArray grad, double scale) {
        int n = (int) a.length();
        double[] v = values(a);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += v[k] * v[k];
        }
        if (grad != null && scale != 0) {
            double[] g = values(grad);
            for (int k = 0; k < n; k++) {
                g[k] += scale * 2 * v[k] / n;
            }
            Mem.of(grad).store(0, g, 0, n);
        }
        return sum / n;
    }

    /**
     * mean over steps t = 0..T−2 of (h_{t+1} − h_t)² for {@code h} (N, H) time-major with {@code b}
     * rows per step; adds scale · ∂/∂h into {@code grad}. Zero when there is a single step.
     */
    public static double tar(INDArray h, int b, INDArray grad, double scale) {
        int width = (int) h.columns();
        int steps = (int) (h.rows() / b);
        int block = b * width;
        int count = (steps - 1) * block;
        if (count <= 0) {
            return 0;
        }
        double[] v = values(h);
        double[] g = grad != null && scale != 0 ? values(grad) : null;
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double diff = v[k + block] - v[k];
            sum += diff * diff;
            if (g != null) {
                double d = scale * 2 * diff / count;
                g[k + block] += d;
                g[k] -= d;
            }
        }
        if (g != null) {
            Mem.of(grad).store(0, g, 0, g.length);
        }
        return sum / count;
    }

    private static double[] values(INDArray a) {
        double[] v = new double[(int) a.length()];
        Mem.of(a).load(0, v, 0, v.length);
        return v;
    }
}
