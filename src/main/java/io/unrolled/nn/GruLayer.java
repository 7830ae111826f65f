package io.unrolled.nn;

import io.unrolled.trace.GruLayerTrace;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

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
    private INDArray act;     // (B, 3H) sigmoid work area
    private Mem actMem;
    private INDArray nBuf;    // (B, H) sigmoid work area for the candidate n
    private Mem nMem;
    private double[] gates;   // scratch (B*3H) each
    private double[] hiddenPart;
    private double[] sig;
    private double[] dq3;
    private double[] cell;    // scratch (B*H) each
    private double[] prevH;
    private double[] dhNextScratch;

    public GruLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 3, hidden);
    }

    @Override
    protected void allocateCellBuffers() {
        DataType dt = wIh.value().dataType();
        q = new SeqBuffer(dt, steps, rows, 3 * hidden);
        dQ = new SeqBuffer(dt, steps, rows, 3 * hidden);
        act = Nd4j.zeros(dt, rows, 3L * hidden);
        actMem = Mem.of(act);
        nBuf = Nd4j.zeros(dt, rows, hidden);
        nMem = Mem.of(nBuf);
        int n = rows * hidden;
        gates = new double[3 * n];
        hiddenPart = new double[3 * n];
        sig = new double[3 * n];
        dq3 = new double[3 * n];
        cell = new double[n];
        prevH = new double[n];
        dhNextScratch = new double[n];
    }

    @Override
    protected void beforeSteps(INDArray[] state0) {
        // the hidden bias lives in q, filled once so each step's GEMM only accumulates
        q.all.assign(0);
        q.all.addiRowVector(bHh.value());
    }

    @Override
    protected INDArray hiddenProjection(int t) {
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
        int hd = hidden;
        int n = rows * hd;
        double[] px = gates;          // x·W_ihᵀ + b_ih, then r, z, n
        double[] qh = hiddenPart;     // h·W_hhᵀ + b_hh
        double[] s = sig;
        pre.mem.load(t * 3 * n, px, 0, 3 * n);
        q.mem.load(t * 3 * n, qh, 0, 3 * n);
        for (int k = 0; k < 3 * n; k++) {
            s[k] = px[k] + qh[k];     // the n block is recomputed below once r is known
        }
        // vectorised sigmoid for r and z (the n block's value is not used)
        actMem.store(0, s, 0, 3 * n);
        Nd4j.exec(new Sigmoid(act, act));
        actMem.load(0, s, 0, 3 * n);
        double[] nPre = cell;
        for (int r = 0; r < rows; r++) {
            int b = r * 3 * hd;
            for (int j = 0; j < hd; j++) {
                // tanh(x) = 2σ(2x) − 1, so n comes out of the same vectorised sigmoid
                nPre[r * hd + j] = 2 * (px[b + 2 * hd + j] + s[b + j] * qh[b + 2 * hd + j]);
            }
        }
        nMem.store(0, nPre, 0, n);
        Nd4j.exec(new Sigmoid(nBuf, nBuf));
        nMem.load(0, nPre, 0, n);
        double[] hp = prevH;
        h.mem.load(t * n, hp, 0, n);
        for (int r = 0; r < rows; r++) {
            int b = r * 3 * hd;
            for (int j = 0; j < hd; j++) {
                int e = r * hd + j;
                double rg = s[b + j];
                double z = s[b + hd + j];
                double nv = 2 * nPre[e] - 1;
                px[b + j] = rg;
                px[b + hd + j] = z;
                px[b + 2 * hd + j] = nv;
                hp[e] = nv + z * (hp[e] - nv);
            }
        }
        pre.mem.store(t * 3 * n, px, 0, 3 * n);             // the cache now holds r, z, n
        h.mem.store((t + 1) * n, hp, 0, n);
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        int hd = hidden;
        int n = rows * hd;
        double[] a = gates;
        double[] qh = hiddenPart;
        double[] dp = sig;
        double[] dq = dq3;
        double[] hp = prevH;
        double[] dh = cell;
        double[] dhn = dhNextScratch;
        pre.mem.load(t * 3 * n, a, 0, 3 * n);
        q.mem.load(t * 3 * n, qh, 0, 3 * n);
        h.mem.load(t * n, hp, 0, n);
        dy.load(t * n, dh, 0, n);
        dhNextMem.load(0, dhn, 0, n);
        for (int r = 0; r < rows; r++) {
            int b = r * 3 * hd;
            for (int j = 0; j < hd; j++) {
                int e = r * hd + j;
                double rg = a[b + j];
                double z = a[b + hd + j];
                double nv = a[b + 2 * hd + j];
                double d = dh[e] + dhn[e];
                double dpn = d * (1 - z) * (1 - nv * nv);
                double dpr = dpn * qh[b + 2 * hd + j] * rg * (1 - rg);
                double dpz = d * (hp[e] - nv) * z * (1 - z);
                dp[b + j] = dpr;
                dp[b + hd + j] = dpz;
                dp[b + 2 * hd + j] = dpn;
                dq[b + j] = dpr;
                dq[b + hd + j] = dpz;
                dq[b + 2 * hd + j] = dpn * rg;
                dhn[e] = d * z;   // the direct path h' = … + z ⊙ h; the GEMM adds the rest
            }
        }
        dPre.mem.store(t * 3 * n, dp, 0, 3 * n);
        dQ.mem.store(t * 3 * n, dq, 0, 3 * n);
        dhNextMem.store(0, dhn, 0, n);
    }

    /** After a forward the gate cache holds the activations r, z, n (PyTorch's order). */
    @Override
    public GruLayerTrace traceRow(int r) {
        return new GruLayerTrace(steps, hidden, h0Row(r), gateRow(pre, r, 0), gateRow(pre, r, 1), gateRow(pre, r, 2), hRow(r));
    }
}
