package io.unrolled.train;

/**
 * fastai's one-cycle schedule as pure functions of training progress {@code pos} in [0, 1]: the
 * learning rate warms up from lrMax/div to lrMax over the first {@code pctStart}, then anneals to
 * lrMax/divFinal; momentum (Adam's β1) moves the opposite way. Half-cosine pieces throughout.
 */
public record OneCycle(double lrMax, double div, double divFinal, double pctStart, double momStart, double momMid, double momEnd) {

    public static OneCycle of(double lrMax, double[] moms) {
        return new OneCycle(lrMax, 25, 1e5, 0.25, moms[0], moms[1], moms[2]);
    }

    public double lrAt(double pos) {
        return combined(pos, lrMax / div, lrMax, lrMax / divFinal);
    }

    public double momAt(double pos) {
        return combined(pos, momStart, momMid, momEnd);
    }

    public OneCycle withLrMax(double lr) {
        return new OneCycle(lr, div, divFinal, pctStart, momStart, momMid, momEnd);
    }

    /** Half-cosine from s at x = 0 to e at x = 1. */
    static double cosine(double s, double e, double x) {
        return s + (1 + Math.cos(Math.PI * (1 - x))) * (e - s) / 2;
    }

    private double combined(double pos, double a, double b, double c) {
        return pos < pctStart ? cosine(a, b, pos / pctStart) : cosine(b, c, (pos - pctStart) / (1 - pctStart));
    }

    /** Progress before batch {@code i} of epoch {@code e}, with N batches per epoch and E epochs. */
    public static double progress(int epoch, int batch, int batchesPerEpoch, int epochs) {
        return (double) epoch / epochs + (double) batch / ((double) batchesPerEpoch * epochs);
    }
}
