package io.unrolled.nn;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * One layer of nn.GRU (gate blocks r, z, n as in PyTorch):
 * r = σ(W_ir x + b_ir + W_hr h + b_hr), z = σ(W_iz x + b_iz + W_hz h + b_hz),
 * n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)), h' = (1 − z) ⊙ n + z ⊙ h.
 * Because r multiplies the hidden part of n, the hidden projection q is kept apart from the
 * input projection.
 */
public final class GruLayer extends RecurrentLayer {

    private SeqBuffer q;      // (T, B, 3H) h_{t-1}·W_hhᵀ + b_hh
    private SeqBuffer dQ;     // (T, B, 3H)

    public GruLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 3, hidden);
    }

    @Override
    protected void allocateCellBuffers() {
        DataType dt = wIh.value().dataType();
        q = new SeqBuffer(dt, steps, rows, 3 * hidden);
        dQ = new SeqBuffer(dt, steps, rows, 3 * hidden);
    }

    @Override
    protected void beforeSteps(org.nd4j.linalg.api.ndarray.INDArray[] state0) {
        // the hidden bias lives in q, filled once so each step's GEMM only accumulates
        q.all.assign(0);
        q.all.addiRowVector(bHh.value());
    }

    @Override
    protected org.nd4j.linalg.api.ndarray.INDArray hiddenProjection(int t) {
        return q.step(t);
    }

    @Override
    protected SeqBuffer hiddenProjectionGrad() {
        return dQ;
    }

    @Override
    protected double hiddenGradBeta() {
        return 1.0;
    }

    @Override
    protected void stepForward(int t) {
        Mem p = pre.mem;
        Mem qm = q.mem;
        Mem hm = h.mem;
        int hd = hidden;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int hPrev = (t * rows + r) * hd;
            int hNew = ((t + 1) * rows + r) * hd;
            for (int j = 0; j < hd; j++) {
                double rg = p.sigmoid(p.get(pb + j) + qm.get(pb + j));
                double z = p.sigmoid(p.get(pb + hd + j) + qm.get(pb + hd + j));
                double n = p.tanh(p.get(pb + 2 * hd + j) + rg * qm.get(pb + 2 * hd + j));
                p.set(pb + j, rg);
                p.set(pb + hd + j, z);
                p.set(pb + 2 * hd + j, n);
                double hp = hm.get(hPrev + j);
                hm.set(hNew + j, n + z * (hp - n));
            }
        }
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        Mem a = pre.mem;
        Mem qm = q.mem;
        Mem dp = dPre.mem;
        Mem dq = dQ.mem;
        Mem hm = h.mem;
        int hd = hidden;
        for (int r = 0; r < rows; r++) {
            int pb = pre.at(t, r, 0);
            int hPrev = (t * rows + r) * hd;
            for (int j = 0; j < hd; j++) {
                double rg = a.get(pb + j);
                double z = a.get(pb + hd + j);
                double n = a.get(pb + 2 * hd + j);
                double hp = hm.get(hPrev + j);
                double dh = dy.get(hPrev + j) + dhNextMem.get(r * hd + j);
                double dpn = dh * (1 - z) * (1 - n * n);
                double dpr = dpn * qm.get(pb + 2 * hd + j) * rg * (1 - rg);
                double dpz = dh * (hp - n) * z * (1 - z);
                dp.set(pb + j, dpr);
                dp.set(pb + hd + j, dpz);
                dp.set(pb + 2 * hd + j, dpn);
                dq.set(pb + j, dpr);
                dq.set(pb + hd + j, dpz);
                dq.set(pb + 2 * hd + j, dpn * rg);
                dhNextMem.set(r * hd + j, dh * z);   // the direct path h' = ... + z ⊙ h; the GEMM adds the rest
            }
        }
    }

    @Override
    protected void addGateTraces(int r, Map<String, float[]> out) {
        out.put("r", pre.rowAcrossSteps(r, 0, steps, 0, hidden));
        out.put("z", pre.rowAcrossSteps(r, 0, steps, hidden, hidden));
        out.put("n", pre.rowAcrossSteps(r, 0, steps, 2 * hidden, hidden));
    }
}
