package io.unrolled.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that decides a training run, with the book's values coming from {@link io.unrolled.models.ModelCatalog}.
 * Validated in one place; every message names the field and the allowed range.
 */
public record TrainConfig(int epochs, double lrMax, double wd, double[] moms, double alpha, double beta,
                          double dropout, int batchSize, int seqLen, long seed) {

    public TrainConfig {
        moms = moms.clone();
        check(epochs >= 1 && epochs <= 1000, "epochs must be a whole number in [1, 1000], got " + epochs);
        check(Double.isFinite(lrMax) && lrMax > 0 && lrMax <= 10, "lr must be a number in (0, 10], got " + lrMax);
        check(Double.isFinite(wd) && wd >= 0 && wd <= 1, "wd must be in [0, 1], got " + wd);
        check(moms.length == 3, "moms needs three values (start, middle, end), got " + moms.length);
        for (double mo : moms) {
            check(Double.isFinite(mo) && mo >= 0 && mo < 1, "each momentum must be in [0, 1), got " + mo);
        }
        check(Double.isFinite(alpha) && alpha >= 0 && alpha <= 100, "alpha must be in [0, 100], got " + alpha);
        check(Double.isFinite(beta) && beta >= 0 && beta <= 100, "beta must be in [0, 100], got " + beta);
        check(Double.isFinite(dropout) && dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        check(batchSize >= 1 && batchSize <= 789, "batch size must be in [1, 789], got " + batchSize);
        check(seqLen >= 2 && seqLen <= 256, "sequence length must be in [2, 256], got " + seqLen);
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
