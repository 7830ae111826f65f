package io.unrolled.train;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The knobs another thread may turn while training runs. The trainer reads one consistent snapshot
 * before each batch, so a change takes effect at the next batch and never half-way through one.
 */
public final class LiveHyperParams {

    /** One consistent set of values. */
    public record Values(double lrMax, double dropout, double alpha, double beta, double wd) {
    }

    /** The highest peak learning rate the trainer accepts (see {@link Limits#LR}). */
    public static final double MAX_LR = Limits.MAX_LR;

    private final AtomicReference<Values> current;

    public LiveHyperParams(TrainConfig c) {
        current = new AtomicReference<>(new Values(c.lrMax(), c.dropout(), c.alpha(), c.beta(), c.wd()));
    }

    public Values snapshot() {
        return current.get();
    }

    public void setLrMax(double lr) {
        Limits.LR.require(lr);
        current.updateAndGet(v -> new Values(lr, v.dropout(), v.alpha(), v.beta(), v.wd()));
    }

    public void setDropout(double p) {
        Limits.DROPOUT.require(p);
        current.updateAndGet(v -> new Values(v.lrMax(), p, v.alpha(), v.beta(), v.wd()));
    }

    public void setAlpha(double a) {
        Limits.ALPHA.require(a);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), a, v.beta(), v.wd()));
    }

    public void setBeta(double b) {
        Limits.BETA.require(b);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), v.alpha(), b, v.wd()));
    }

    public void setWd(double wd) {
        Limits.WD.require(wd);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), v.alpha(), v.beta(), wd));
    }
}
