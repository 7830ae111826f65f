package io.unrolled.nn;

import io.unrolled.trace.RnnLayerTrace;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** One layer of nn.RNN with PyTorch's default tanh: h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh). */
public final class ElmanLayer extends RecurrentLayer {

    private double[] scratchH;    // (B*H) each
    private double[] scratchD;
    private double[] scratchN;

    public ElmanLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 1, hidden);
    }

    @Override
    protected void stepForward(int t) {
        Nd4j.exec(new Tanh(pre.step(t), h.step(t + 1)));
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        int n = rows * hidden;
        if (scratchH == null || scratchH.length != n) {
            scratchH = new double[n];
            scratchD = new double[n];
            scratchN = new double[n];
        }
        h.mem.load((t + 1) * n, scratchH, 0, n);
        dy.load(t * n, scratchD, 0, n);
        dhNextMem.load(0, scratchN, 0, n);
        for (int e = 0; e < n; e++) {
            double a = scratchH[e];
            scratchD[e] = (scratchD[e] + scratchN[e]) * (1 - a * a);
        }
        dPre.mem.store(t * n, scratchD, 0, n);
    }

    /**
     * The cache keeps the whole pre-activation (tanh writes h elsewhere); the input's share,
     * x·W_ihᵀ + b_ih, is not kept by the forward, so it is computed here for row r alone.
     */
    @Override
    public RnnLayerTrace traceRow(int r) {
        SeqBuffer input = new SeqBuffer(x.dataType(), steps, 1, hidden);
        Blas.timesTransposed(x.get(NDArrayIndex.interval(r, rows, (long) steps * rows), NDArrayIndex.all()), wIh.value(), input.all);
        input.all.addiRowVector(bIh.value());
        return new RnnLayerTrace(steps, hidden, RnnLayerTrace.Activation.TANH, h0Row(r),
                input.rowAcrossSteps(0, 0, steps, 0, hidden), gateRow(pre, r, 0), hRow(r));
    }
}
