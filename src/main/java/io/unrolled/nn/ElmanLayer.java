package io.unrolled.nn;

import java.util.Map;

/** One layer of nn.RNN with PyTorch's default tanh: h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh). */
public final class ElmanLayer extends RecurrentLayer {

    public ElmanLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 1, hidden);
    }

    @Override
    protected void stepForward(int t) {
        Mem p = pre.mem;
        Mem hm = h.mem;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int hb = h.at(t + 1, r, 0);
            for (int j = 0; j < hidden; j++) {
                double a = p.tanh(p.get(pb + j));
                p.set(pb + j, a);
                hm.set(hb + j, a);
            }
        }
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        Mem p = pre.mem;
        Mem dp = dPre.mem;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int yb = (t * rows + r) * hidden;
            for (int j = 0; j < hidden; j++) {
                double a = p.get(pb + j);
                double dh = dy.get(yb + j) + dhNextMem.get(r * hidden + j);
                dp.set(pb + j, dh * (1 - a * a));
            }
        }
    }

    @Override
    protected void addGateTraces(int r, Map<String, float[]> out) {
        // an Elman cell has no gates: h is the whole story
    }
}
