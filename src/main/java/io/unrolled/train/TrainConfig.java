package io.unrolled.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that decides a training run, with the book's values coming from {@link io.unrolled.models.ModelCatalog}.
 * Validated against {@link Limits}; every message names the field and the allowed range.
 */
public record TrainConfig(int epochs, double lrMax, double wd, double[] moms, double alpha, double beta,
                          double dropout, int batchSize, int seqLen, long seed) {

    public TrainConfig {
        moms = moms.clone();
        Limits.EPOCHS.require(epochs);
        Limits.LR.require(lrMax);
        Limits.WD.require(wd);
        check(moms.length == 3, "moms needs three values (start, middle, end), got " + moms.length);
        for (double mo : moms) {
            Limits.MOMENTUM.require(mo);
        }
        Limits.ALPHA.require(alpha);
        Limits.BETA.require(beta);
        Limits.DROPOUT.require(dropout);
        Limits.BATCH_SIZE.require(batchSize);
        Limits.SEQ_LEN.require(seqLen);
        Limits.SEED.require(seed);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public TrainConfig withEpochs(int e) {
        return new TrainConfig(e, lrMax, wd, moms, alpha, beta, dropout, batchSize, seqLen, seed);
    }

    public TrainConfig withLr(double lr) {
        return new TrainConfig(epochs, lr, wd, moms, alpha, beta, dropout, batchSize, seqLen, seed);
    }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(epochs, lrMax, wd, moms, alpha, beta, dropout, batchSize, seqLen, s);
    }

    public TrainConfig withWd(double w) {
        return new TrainConfig(epochs, lrMax, w, moms, alpha, beta, dropout, batchSize, seqLen, seed);
    }

    public TrainConfig withRegularization(double p, double a, double b) {
        return new TrainConfig(epochs, lrMax, wd, moms, a, b, p, batchSize, seqLen, seed);
    }

    @Override
    public double[] moms() {
        return moms.clone();
    }

    /** For logs and the --json output, in a stable order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("lr_max", lrMax);
        m.put("wd", wd);
        m.put("moms", java.util.List.of(moms[0], moms[1], moms[2]));
        m.put("alpha", alpha);
        m.put("beta", beta);
        m.put("dropout", dropout);
        m.put("bs", batchSize);
        m.put("sl", seqLen);
        m.put("seed", seed);
        return m;
    }
}
