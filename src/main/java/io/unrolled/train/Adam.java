package io.unrolled.train;

import io.unrolled.nn.Mem;
import io.unrolled.nn.ParamSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
    private final INDArray m;     // (P) first moment
    private final INDArray v;     // (P) second moment
    private int t;

    public Adam(ParamSet params) {
        this.params = params;
        this.m = Nd4j.zeros(params.dtype(), params.count());
        this.v = Nd4j.zeros(params.dtype(), params.count());
    }

    public void step(double lr, double mom, double wd) {
        t++;
        double debias1 = 1 - Math.pow(mom, t);
        double debias2 = 1 - Math.pow(SQR_MOM, t);
        double decay = lr * wd;
        Mem p = Mem.of(params.flatValues());
        Mem g = Mem.of(params.flatGrads());
        Mem mask = Mem.of(params.decayMask());
        Mem mm = Mem.of(m);
        Mem vm = Mem.of(v);
        int n = p.length();
        for (int k = 0; k < n; k++) {
            double pk = p.get(k);
            if (mask.get(k) != 0) {
                pk *= 1 - decay;
            }
            double gk = g.get(k);
            double mk = mom * mm.get(k) + (1 - mom) * gk;
            double vk = SQR_MOM * vm.get(k) + (1 - SQR_MOM) * gk * gk;
            mm.set(k, mk);
            vm.set(k, vk);
            p.set(k, pk - (lr / debias1) * mk / (Math.sqrt(vk / debias2) + EPS));
        }
    }

    public int steps() {
        return t;
    }
}
