package io.unrolled.nn;

import io.unrolled.trace.LayerTrace;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One layer of PyTorch's nn.RNN / nn.LSTM / nn.GRU over a whole sequence, with the same parameter
 * names, shapes and gate order. The input projection x·W_ihᵀ of every step is one GEMM; each step
 * then adds h_{t-1}·W_hhᵀ (one GEMM) and runs the cell's fused point-wise kernel. Backward walks the
 * steps in reverse (BPTT inside the batch) and stops at h0: the state handed in is a value, so the
 * graph is cut there exactly as {@code h.detach()} cuts it in the book.
 */
public abstract class RecurrentLayer {

    protected final Param wIh;    // (kH, in)
    protected final Param wHh;    // (kH, H)
    protected final Param bIh;    // (kH)
    protected final Param bHh;    // (kH)
    protected final int gates;    // k: 1 for RNN, 4 for LSTM, 3 for GRU
    protected final int hidden;   // H

    protected int steps;          // T of the current batch
    protected int rows;           // B of the current batch
    protected INDArray x;         // cache: (N, in), the input of the last forward
    protected SeqBuffer pre;      // (T, B, kH) pre-activations, replaced by the activations in place
    protected SeqBuffer h;        // (T+1, B, H) block 0 = h0, block t+1 = h_t
    protected SeqBuffer dPre;     // (T, B, kH)
    protected INDArray dhNext;    // (B, H) gradient flowing into h_{t-1}
    protected Mem dhNextMem;
    protected INDArray dx;        // (N, in)
    private HiddenGradients hiddenGradients;   // null unless asked: ‖∂L/∂h_t‖ per step of the last backward
    private int nudgeStep = -1;   // finite-difference checks only: which h_t gets nudgeDelta added
    private int nudgeIndex;
    private double nudgeDelta;

    protected RecurrentLayer(ParamSet ps, String prefix, int layer, int gates, int hidden) {
        this.wIh = ps.get(prefix + ".weight_ih_l" + layer);
        this.wHh = ps.get(prefix + ".weight_hh_l" + layer);
        this.bIh = ps.get(prefix + ".bias_ih_l" + layer);
        this.bHh = ps.get(prefix + ".bias_hh_l" + layer);
        this.gates = gates;
        this.hidden = hidden;
    }

    /** nn.RNN/LSTM/GRU parameters of one layer: all U(±1/√H), all weight-decayed (fastai never collects their biases). */
    public static List<ParamSpec> specs(String prefix, int layer, int gates, long in, long hidden) {
        Init u = Init.uniformFanIn(hidden);
        List<ParamSpec> s = new ArrayList<>();
        s.add(ParamSpec.weight(prefix + ".weight_ih_l" + layer, u, gates * hidden, in));
        s.add(ParamSpec.weight(prefix + ".weight_hh_l" + layer, u, gates * hidden, hidden));
        s.add(ParamSpec.weight(prefix + ".bias_ih_l" + layer, u, gates * hidden));
        s.add(ParamSpec.weight(prefix + ".bias_hh_l" + layer, u, gates * hidden));
        return s;
    }

    /** Number of state tensors: 1 (h) or 2 (h, c). */
    public int stateCount() {
        return 1;
    }

    public int hidden() {
        return hidden;
    }

    /**
     * Runs the layer over {@code x}: (N, in) time-major with {@code b} rows per step, from the given
     * initial state(s), each (B, H). Returns the outputs h_1..h_T as a (N, H) view.
     */
    public INDArray forward(INDArray x, int b, INDArray[] state0) {
        this.x = x;
        this.rows = b;
        this.steps = (int) (x.rows() / b);
        ensureBuffers();
        h.step(0).assign(state0[0]);
        Blas.timesTransposed(x, wIh.value(), pre.all);
        pre.all.addiRowVector(bIh.value());
        beforeSteps(state0);
        for (int t = 0; t < steps; t++) {
            Blas.addTimesTransposed(h.step(t), recurrentWeight(), hiddenProjection(t));
            stepForward(t);
            if (t == nudgeStep) {
                h.mem.set((t + 1) * rows * hidden + nudgeIndex, h.mem.get((t + 1) * rows * hidden + nudgeIndex) + nudgeDelta);
            }
        }
        return outputs();
    }

    /** Outputs h_1..h_T of the last forward, (N, H). */
    public INDArray outputs() {
        return h.rows(1, steps + 1);
    }

    /** Final state(s) of the last forward, each a (B, H) view: what the next batch starts from. */
    public INDArray[] finalState() {
        return new INDArray[] {h.step(steps)};
    }

    /**
     * Back-propagates {@code dY} (N, H), a whole array, through all steps; accumulates the four
     * parameter gradients and returns dX (N, in), valid until the next backward.
     */
    public INDArray backward(INDArray dY) {
        Mem dy = Mem.of(dY);
        dhNext.assign(0);
        beforeBackwardSteps();
        HiddenGradients norms = hiddenGradients;
        if (norms != null) {
            norms.start(steps, rows * hidden);
        }
        for (int t = steps - 1; t >= 0; t--) {
            if (norms != null) {
                norms.record(t, dy, dhNextMem);    // before the step: dhNext still holds what step t+1 sends to h_t
            }
            stepBackward(t, dy);
            Nd4j.gemm(hiddenProjectionGrad().step(t), wHh.value(), dhNext, false, false, 1.0, hiddenGradBeta());
        }
        Blas.addTransposedTimes(dPre.all, x, wIh.grad());
        Blas.addTransposedTimes(hiddenProjectionGrad().all, h.rows(0, steps), wHh.grad());
        Blas.addColumnSums(dPre.all, bIh.grad());
        Blas.addColumnSums(hiddenProjectionGrad().all, bHh.grad());
        Blas.times(dPre.all, wIh.value(), dx);
        return dx;
    }

    /**
     * Whether each backward measures ‖∂L/∂h_t‖ at every step (off by default: training then pays one
     * test per step for it).
     */
    public void recordHiddenGradients(boolean on) {
        hiddenGradients = on ? (hiddenGradients == null ? new HiddenGradients() : hiddenGradients) : null;
    }

    /** (T) ‖∂L/∂h_t‖ over the whole batch at each step of the last backward, or null when not recorded. */
    public double[] hiddenGradientNorms() {
        return hiddenGradients == null ? null : hiddenGradients.norms();
    }

    /**
     * For finite-difference checks of ∂L/∂h_t only: every later forward adds {@code delta} to element
     * {@code index} (row-major in (B, H)) of h at step {@code step} (0-based) as soon as it is computed,
     * so the rest of the graph sees the moved value. {@code step} −1 turns it off.
     */
    public void nudgeHidden(int step, int index, double delta) {
        nudgeStep = step;
        nudgeIndex = index;
        nudgeDelta = delta;
    }

    /** Copies of batch row {@code r}'s values at every step of the last forward, typed by cell. */
    public abstract LayerTrace traceRow(int r);

    /** Row r's initial state h0, (H). */
    protected float[] h0Row(int r) {
        return h.rowAcrossSteps(r, 0, 1, 0, hidden);
    }

    /** Row r's outputs h_1..h_T, (T, H). */
    protected float[] hRow(int r) {
        return h.rowAcrossSteps(r, 1, steps, 0, hidden);
    }

    /** Columns [from, from + H) of row r of each step of {@code buf}, (T, H). */
    protected float[] gateRow(SeqBuffer buf, int r, int block) {
        return buf.rowAcrossSteps(r, 0, steps, block * hidden, hidden);
    }

    protected void ensureBuffers() {
        var dt = wIh.value().dataType();
        int k = gates * hidden;
        if (pre == null || !pre.fits(dt, steps, rows, k)) {
            pre = new SeqBuffer(dt, steps, rows, k);
            dPre = new SeqBuffer(dt, steps, rows, k);
            h = new SeqBuffer(dt, steps + 1, rows, hidden);
            dhNext = Nd4j.zeros(dt, rows, hidden);
            dhNextMem = Mem.of(dhNext);
            dx = Nd4j.zeros(dt, (long) steps * rows, wIh.value().columns());
            allocateCellBuffers();
        }
    }

    /** The matrix the forward recurrence multiplies by (W_hh, or a copy the cell prepared from it). */
    protected INDArray recurrentWeight() {
        return wHh.value();
    }

    /** Where h_{t-1}·W_hhᵀ is added for step t; the gate pre-activations unless the cell keeps it apart. */
    protected INDArray hiddenProjection(int t) {
        return pre.step(t);
    }

    /** Gradient with respect to the hidden projection, per step. */
    protected SeqBuffer hiddenProjectionGrad() {
        return dPre;
    }

    /** 0: the kernel leaves dhNext to the GEMM; 1: the kernel already wrote a direct term into it. */
    protected double hiddenGradBeta() {
        return 0.0;
    }

    /** Cells whose hidden bias sits inside the gate pre-activation add it here (RNN, LSTM). */
    protected void beforeSteps(INDArray[] state0) {
        pre.all.addiRowVector(bHh.value());
    }

    protected void beforeBackwardSteps() {
    }

    protected void allocateCellBuffers() {
    }

    protected abstract void stepForward(int t);

    protected abstract void stepBackward(int t, Mem dy);
}
