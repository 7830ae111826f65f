package io.unrolled.nn;

import java.util.Map;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

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

    @Override
    protected void addGateTraces(int r, Map<String, float[]> out) {
        // an Elman cell has no gates: h is the whole story
    }
}
