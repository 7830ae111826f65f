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
        Mem am = Mem.of(a);
        Mem gm = grad == null ? null : Mem.of(grad);
        int n = am.length();
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double v = am.get(k);
            sum += v * v;
            if (gm != null && scale != 0) {
                gm.add(k, scale * 2 * v / n);
            }
        }
        return sum / n;
    }

    /**
     * mean over steps t = 0..T−2 of (h_{t+1} − h_t)² for {@code h} (N, H) time-major with {@code b}
     * rows per step; adds scale · ∂/∂h into {@code grad}. Zero when there is a single step.
     */
    public static double tar(INDArray h, int b, INDArray grad, double scale) {
        Mem hm = Mem.of(h);
        Mem gm = grad == null ? null : Mem.of(grad);
        int width = (int) h.columns();
        int steps = (int) (h.rows() / b);
        int block = b * width;
        int count = (steps - 1) * block;
        if (count <= 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double diff = hm.get(k + block) - hm.get(k);
            sum += diff * diff;
            if (gm != null && scale != 0) {
                double g = scale * 2 * diff / count;
                gm.add(k + block, g);
                gm.add(k, -g);
            }
        }
        return sum / count;
    }
}
