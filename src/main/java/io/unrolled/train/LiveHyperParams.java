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

    /** The highest peak learning rate the trainer accepts; far past where any rung of the ladder diverges. */
    public static final double MAX_LR = 10;

    private final AtomicReference<Values> current;

    public LiveHyperParams(TrainConfig c) {
        current = new AtomicReference<>(new Values(c.lrMax(), c.dropout(), c.alpha(), c.beta(), c.wd()));
    }

    public Values snapshot() {
        return current.get();
    }

    public void setLrMax(double lr) {
        require(Double.isFinite(lr) && lr > 0 && lr <= MAX_LR, "lr must be in (0, " + MAX_LR + "], got " + lr);
        current.updateAndGet(v -> new Values(lr, v.dropout(), v.alpha(), v.beta(), v.wd()));
    }

    public void setDropout(double p) {
        require(Double.isFinite(p) && p >= 0 && p < 1, "dropout must be in [0, 1), got " + p);
        current.updateAndGet(v -> new Values(v.lrMax(), p, v.alpha(), v.beta(), v.wd()));
    }

    public void setAlpha(double a) {
        require(Double.isFinite(a) && a >= 0 && a <= 100, "alpha must be in [0, 100], got " + a);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), a, v.beta(), v.wd()));
    }

    public void setBeta(double b) {
        require(Double.isFinite(b) && b >= 0 && b <= 100, "beta must be in [0, 100], got " + b);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), v.alpha(), b, v.wd()));
    }

    public void setWd(double wd) {
        require(Double.isFinite(wd) && wd >= 0 && wd <= 1, "wd must be in [0, 1], got " + wd);
        current.updateAndGet(v -> new Values(v.lrMax(), v.dropout(), v.alpha(), v.beta(), wd));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
