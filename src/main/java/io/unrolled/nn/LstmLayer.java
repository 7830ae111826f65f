package io.unrolled.nn;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An LSTM layer written from scratch, as the chapter's refactored LSTMCell: one product of the
 * input and one of the hidden state give all four gates at once, then
 * c_t = f ⊙ c_{t-1} + i ⊙ g and h_t = o ⊙ tanh(c_t).
 * Gate blocks in the weight rows follow PyTorch (i, f, g, o) so checkpoints load into nn.LSTM; the
 * chapter's own cell orders them (i, f, o, g), which is the same model with the rows permuted.
 */
public final class LstmLayer extends RecurrentLayer {

    private SeqBuffer c;          // (T+1, B, H) block 0 = c0
    private SeqBuffer tanhC;      // (T, B, H) cache of tanh(c_t)
    private INDArray dcNext;      // (B, H) gradient flowing into c_{t-1}
    private Mem dcNextMem;

    public LstmLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 4, hidden);
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public INDArray[] finalState() {
        return new INDArray[] {h.step(steps), c.step(steps)};
    }

    @Override
    protected void allocateCellBuffers() {
        var dt = wIh.value().dataType();
        c = new SeqBuffer(dt, steps + 1, rows, hidden);
        tanhC = new SeqBuffer(dt, steps, rows, hidden);
        dcNext = Nd4j.zeros(dt, rows, hidden);
        dcNextMem = Mem.of(dcNext);
    }

    @Override
    protected void beforeSteps(INDArray[] state0) {
        super.beforeSteps(state0);
        c.step(0).assign(state0[1]);
    }

    @Override
    protected void stepForward(int t) {
        Mem p = pre.mem;
        Mem cm = c.mem;
        Mem tc = tanhC.mem;
        Mem hm = h.mem;
        int hd = hidden;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int sb = (t * rows + r) * hd;          // row r of step t in (T, B, H) buffers
            int nb = ((t + 1) * rows + r) * hd;    // row r of block t+1 in (T+1, B, H) buffers
            for (int j = 0; j < hd; j++) {
                double i = p.sigmoid(p.get(pb + j));
                double f = p.sigmoid(p.get(pb + hd + j));
                double g = p.tanh(p.get(pb + 2 * hd + j));
                double o = p.sigmoid(p.get(pb + 3 * hd + j));
                p.set(pb + j, i);
                p.set(pb + hd + j, f);
                p.set(pb + 2 * hd + j, g);
                p.set(pb + 3 * hd + j, o);
                double cNew = f * cm.get(sb + j) + i * g;
                double th = p.tanh(cNew);
                cm.set(nb + j, cNew);
                tc.set(sb + j, th);
                hm.set(nb + j, o * th);
            }
        }
    }

    @Override
    protected void beforeBackwardSteps() {
        dcNext.assign(0);
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        Mem a = pre.mem;
        Mem dp = dPre.mem;
        Mem cm = c.mem;
        Mem tc = tanhC.mem;
        int hd = hidden;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int sb = (t * rows + r) * hd;
            for (int j = 0; j < hd; j++) {
                double i = a.get(pb + j);
                double f = a.get(pb + hd + j);
                double g = a.get(pb + 2 * hd + j);
                double o = a.get(pb + 3 * hd + j);
                double th = tc.get(sb + j);
                double cPrev = cm.get(sb + j);     // block t of c holds c_{t-1}
                double dh = dy.get(sb + j) + dhNextMem.get(r * hd + j);
                double dc = dcNextMem.get(r * hd + j) + dh * o * (1 - th * th);
                dp.set(pb + j, dc * g * i * (1 - i));
                dp.set(pb + hd + j, dc * cPrev * f * (1 - f));
                dp.set(pb + 2 * hd + j, dc * i * (1 - g * g));
                dp.set(pb + 3 * hd + j, dh * th * o * (1 - o));
                dcNextMem.set(r * hd + j, dc * f);
            }
        }
    }

    @Override
    protected void addGateTraces(int r, Map<String, float[]> out) {
        out.put("i", pre.rowAcrossSteps(r, 0, steps, 0, hidden));
        out.put("f", pre.rowAcrossSteps(r, 0, steps, hidden, hidden));
        out.put("g", pre.rowAcrossSteps(r, 0, steps, 2 * hidden, hidden));
        out.put("o", pre.rowAcrossSteps(r, 0, steps, 3 * hidden, hidden));
        out.put("c", c.rowAcrossSteps(r, 1, steps, 0, hidden));
    }
}
