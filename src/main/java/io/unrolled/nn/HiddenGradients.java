package io.unrolled.nn;

/**
 * ‖∂L/∂h_t‖ at each step of one backward pass through a recurrent layer: the whole batch's gradient on
 * h_t, (B, H), as one L2 norm. That gradient is what reaches h_t from above at step t (dY_t) plus what
 * step t+1 sends back through the recurrence; shown per step, it says how much of the loss still
 * reaches a state k steps back, up to the batch's start, where truncated BPTT cuts it.
 */
public final class HiddenGradients {

    private double[] norms = new double[0];   // (T)
    private double[] dy = new double[0];      // scratch (B*H)
    private double[] next = new double[0];    // scratch (B*H)

    /** A new backward of {@code steps} steps with {@code n} = B*H values per step. */
    void start(int steps, int n) {
        if (norms.length != steps) {
            norms = new double[steps];
        }
        if (dy.length != n) {
            dy = new double[n];
            next = new double[n];
        }
    }

    /** Step t's gradient: block t of {@code dY} (from above) plus {@code dhNext} (from step t+1). */
    void record(int t, Mem dY, Mem dhNext) {
        int n = dy.length;
        dY.load(t * n, dy, 0, n);
        dhNext.load(0, next, 0, n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double g = dy[k] + next[k];
            sum += g * g;
        }
        norms[t] = Math.sqrt(sum);
    }

    /** Step t's gradient given as one array (a layer that adds the two parts itself). */
    void record(int t, double[] gradient) {
        double sum = 0;
        for (double g : gradient) {
            sum += g * g;
        }
        norms[t] = Math.sqrt(sum);
    }

    /** A copy of the last backward's norms, (T). */
    double[] norms() {
        return norms.clone();
    }
}
