package io.unrolled.nn;

import io.unrolled.trace.RnnLayerTrace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The recurrence the chapter writes by hand for LMModel1-4: h_t = relu(h_h(h_{t-1} + x_t)), one
 * Linear {@code h_h} (H, H) applied to the sum of the previous state and the embedded token. The
 * same matrix serves every step, which is what makes it a recurrent network.
 */
public final class ReluRnnLayer {

    private final Param weight;   // (H, H)  h_h.weight
    private final Param bias;     // (H)     h_h.bias
    private final int hidden;

    private int steps;
    private int rows;
    private Mem xMem;             // cache: the (N, H) embedded input of the last forward
    private SeqBuffer in;         // (T, B, H) h_{t-1} + x_t, the input of h_h
    private SeqBuffer h;          // (T+1, B, H) block 0 = h0
    private SeqBuffer dPre;       // (T, B, H)
    private SeqBuffer dIn;        // (T, B, H) gradient of h_h's input: both dx_t and dh_{t-1}
    private double[] hRow;        // scratch (B*H) each
    private double[] xRow;
    private double[] dRow;
    private HiddenGradients hiddenGradients;   // null unless asked: ‖∂L/∂h_t‖ per step of the last backward
    private int nudgeStep = -1;   // finite-difference checks only, as RecurrentLayer's
    private int nudgeIndex;
    private double nudgeDelta;

    public ReluRnnLayer(Param weight, Param bias) {
        this.weight = weight;
        this.bias = bias;
        this.hidden = (int) weight.value().rows();
    }

    public INDArray forward(INDArray x, int b, INDArray h0) {    // x (N, H), h0 (B, H) -> (N, H)
        rows = b;
        steps = (int) (x.rows() / b);
        var dt = weight.value().dataType();
        if (in == null || !in.fits(dt, steps, rows, hidden)) {
            in = new SeqBuffer(dt, steps, rows, hidden);
            h = new SeqBuffer(dt, steps + 1, rows, hidden);
            dPre = new SeqBuffer(dt, steps, rows, hidden);
            dIn = new SeqBuffer(dt, steps, rows, hidden);
        }
        xMem = Mem.of(x);
        h.step(0).assign(h0);
        INDArray outs = h.rows(1, steps + 1);
        outs.assign(0).addiRowVector(bias.value());   // each step's GEMM accumulates onto b
        int block = rows * hidden;
        if (hRow == null || hRow.length != block) {
            hRow = new double[block];
            xRow = new double[block];
            dRow = new double[block];
        }
        for (int t = 0; t < steps; t++) {
            h.mem.load(t * block, hRow, 0, block);
            xMem.load(t * block, xRow, 0, block);
            for (int k = 0; k < block; k++) {
                hRow[k] += xRow[k];
            }
            in.mem.store(t * block, hRow, 0, block);
            Blas.addTimesTransposed(in.step(t), weight.value(), h.step(t + 1));
            int nb = (t + 1) * block;
            h.mem.load(nb, hRow, 0, block);
            for (int k = 0; k < block; k++) {
                hRow[k] = Math.max(0.0, hRow[k]);
            }
            if (t == nudgeStep) {
                hRow[nudgeIndex] += nudgeDelta;
            }
            h.mem.store(nb, hRow, 0, block);
        }
        return outs;
    }

    public INDArray outputs() {
        return h.rows(1, steps + 1);
    }

    public INDArray finalState() {
        return h.step(steps);
    }

    /** dY (N, H) whole array -> dX (N, H); accumulates h_h's gradients. */
    public INDArray backward(INDArray dY) {
        Mem dy = Mem.of(dY);
        int block = rows * hidden;
        HiddenGradients norms = hiddenGradients;
        if (norms != null) {
            norms.start(steps, block);
        }
        for (int t = steps - 1; t >= 0; t--) {
            int nb = (t + 1) * block;
            dy.load(t * block, dRow, 0, block);
            if (t + 1 < steps) {
                dIn.mem.load(nb, xRow, 0, block);     // gradient reaching h_t from step t+1
                for (int k = 0; k < block; k++) {
                    dRow[k] += xRow[k];
                }
            }
            if (norms != null) {
                norms.record(t, dRow);                // ∂L/∂h_t, before ReLU's mask turns it into ∂L/∂pre_t
            }
            h.mem.load(nb, hRow, 0, block);
            for (int k = 0; k < block; k++) {
                if (hRow[k] <= 0) {
                    dRow[k] = 0;
                }
            }
            dPre.mem.store(t * block, dRow, 0, block);
            Blas.times(dPre.step(t), weight.value(), dIn.step(t));
        }
        Blas.addTransposedTimes(dPre.all, in.all, weight.grad());
        Blas.addColumnSums(dPre.all, bias.grad());
        return dIn.all;
    }

    /** Whether each backward measures ‖∂L/∂h_t‖ at every step (off by default). */
    public void recordHiddenGradients(boolean on) {
        hiddenGradients = on ? (hiddenGradients == null ? new HiddenGradients() : hiddenGradients) : null;
    }

    /** (T) ‖∂L/∂h_t‖ over the whole batch at each step of the last backward, or null when not recorded. */
    public double[] hiddenGradientNorms() {
        return hiddenGradients == null ? null : hiddenGradients.norms();
    }

    /** For finite-difference checks only: every later forward adds {@code delta} to element {@code index} of h at {@code step}; −1 turns it off. */
    public void nudgeHidden(int step, int index, double delta) {
        nudgeStep = step;
        nudgeIndex = index;
        nudgeDelta = delta;
    }

    /**
     * Row r of the last forward: the embedded word each step adds, the pre-activation and h. The
     * forward applies ReLU in place, so the pre-activation h_h(h_{t−1} + x_t) is recomputed here
     * for row r alone from the cached input of h_h.
     */
    public RnnLayerTrace traceRow(int r) {
        SeqBuffer pre = new SeqBuffer(weight.value().dataType(), steps, 1, hidden);
        Blas.timesTransposed(in.all.get(NDArrayIndex.interval(r, rows, (long) steps * rows), NDArrayIndex.all()),
                weight.value(), pre.all);
        pre.all.addiRowVector(bias.value());
        float[] input = new float[steps * hidden];
        for (int t = 0; t < steps; t++) {
            for (int j = 0; j < hidden; j++) {
                input[t * hidden + j] = (float) xMem.get((t * rows + r) * hidden + j);
            }
        }
        return new RnnLayerTrace(steps, hidden, RnnLayerTrace.Activation.RELU, h.rowAcrossSteps(r, 0, 1, 0, hidden),
                input, pre.rowAcrossSteps(0, 0, steps, 0, hidden), h.rowAcrossSteps(r, 1, steps, 0, hidden));
    }
}
