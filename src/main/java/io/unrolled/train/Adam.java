package io.unrolled.train;

import io.unrolled.nn.Mem;
import io.unrolled.nn.ParamSet;

/**
 * fastai's Adam over a model's flat parameter vector, in fastai's order: decoupled weight decay
 * p ← p·(1 − lr·wd) (only where the decay mask is 1), then m ← β1·m + (1 − β1)·g,
 * v ← β2·v + (1 − β2)·g², and p ← p − lr/(1 − β1^t) · m / (√(v/(1 − β2^t)) + ε).
 * β1 is the scheduled momentum of this step, and the bias correction raises <em>that</em> β1 to t.
 */
public final class Adam {

    public static final double SQR_MOM = 0.99;
    public static final double EPS = 1e-5;

    private final ParamSet params;
    private double[] mv;          // (P) first moment, kept in double whatever the model's precision
    private double[] vv;          // (P) second moment
    private double[] pv;          // (P) scratch: parameters
    private double[] gv;          // (P) scratch: gradients
    private double[] maskv;       // (P) 1 where weight decay applies
    private int t;

    public Adam(ParamSet params) {
        this.params = params;
    }

    public void step(double lr, double mom, double wd) {
        t++;
        double debias1 = 1 - Math.pow(mom, t);
        double debias2 = 1 - Math.pow(SQR_MOM, t);
        double decay = lr * wd;
        int n = (int) params.count();
        if (pv == null) {
            pv = new double[n];
            gv = new double[n];
            maskv = new double[n];
            mv = new double[n];
            vv = new double[n];
            Mem.of(params.decayMask()).load(0, maskv, 0, n);
        }
        Mem pm = Mem.of(params.flatValues());
        Mem gm = Mem.of(params.flatGrads());
        pm.load(0, pv, 0, n);
        gm.load(0, gv, 0, n);
        for (int k = 0; k < n; k++) {
            double pk = maskv[k] != 0 ? pv[k] * (1 - decay) : pv[k];
            double gk = gv[k];
            double mk = mom * mv[k] + (1 - mom) * gk;
            double vk = SQR_MOM * vv[k] + (1 - SQR_MOM) * gk * gk;
            mv[k] = mk;
            vv[k] = vk;
            pv[k] = pk - (lr / debias1) * mk / (Math.sqrt(vk / debias2) + EPS);
        }
        pm.store(0, pv, 0, n);
    }

    public int steps() {
        return t;
    }
}
