package io.unrolled.trace;

/**
 * One training-mode pass of a sentence through a copy of a model's current weights, with a seeded
 * dropout mask: what the dropout and the two activation penalties see at each step. The model's own
 * state is never touched by the pass that made it. Labels follow fastai's RNNRegularizer: AR acts on
 * the dropped-out output, TAR on the raw output.
 *
 * @param model   the rung's id, e.g. "lm7"
 * @param words   (T) the input word ids, as the pass read them
 * @param p       the dropout probability of the pass
 * @param seed    the seed the mask was drawn from: the same seed gives the same mask
 * @param alpha   α, the weight the trainer puts on AR (the slider's value when the pass was made)
 * @param beta    β, the weight the trainer puts on TAR
 * @param hidden  H, units of the top layer
 * @param mask    (T, H) the mask the model multiplied by: 0 for a dropped unit, 1/(1 − p) for a kept one
 * @param raw     (T, H) the top layer's output before dropout (TAR's input)
 * @param dropped (T, H) the same after dropout, raw ⊙ mask (AR's input)
 * @param ar      (T) mean over the H units of dropped_t², the part of AR at step t
 * @param tar     (T) mean over the H units of (raw_t − raw_{t−1})², the part of TAR at step t; NaN at t = 0,
 *                because fastai's TAR only compares steps inside the sequence (the state carried in is not one)
 * @param weights which weights were traced, e.g. "epoch 3, after 20 batches"
 */
public record DropoutTrace(String model, int[] words, double p, long seed, double alpha, double beta, int hidden,
                           float[] mask, float[] raw, float[] dropped, double[] ar, double[] tar, String weights) {

    public DropoutTrace {
        int steps = words.length;
        LayerTrace.requireLength("mask", mask, steps * hidden);
        LayerTrace.requireLength("raw", raw, steps * hidden);
        LayerTrace.requireLength("dropped", dropped, steps * hidden);
        if (ar == null || ar.length != steps || tar == null || tar.length != steps) {
            throw new IllegalArgumentException("ar and tar must hold one value per step (" + steps + ")");
        }
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout p must be in [0, 1), got " + p);
        }
    }

    public int steps() {
        return words.length;
    }

    /** The mask's value at step t for a unit: 0 (dropped) or 1/(1 − p) (kept). */
    public float mask(int t, int unit) {
        return mask[t * hidden + unit];
    }

    /** Whether the unit was dropped at step t. */
    public boolean dropped(int t, int unit) {
        return mask(t, unit) == 0;
    }

    /** 1/(1 − p), what every kept unit is multiplied by. */
    public double keepScale() {
        return 1.0 / (1.0 - p);
    }

    /** How many units were dropped at step t. */
    public int droppedCount(int t) {
        int n = 0;
        for (int u = 0; u < hidden; u++) {
            n += dropped(t, u) ? 1 : 0;
        }
        return n;
    }

    /** AR of the whole sentence, unscaled: mean(dropped²) over all T·H values (the mean of {@link #ar()}). */
    public double arPenalty() {
        double s = 0;
        for (double v : ar) {
            s += v;
        }
        return s / ar.length;
    }

    /** TAR of the whole sentence, unscaled: the mean of {@link #tar()} over t = 1..T−1; 0 for a single word. */
    public double tarPenalty() {
        if (tar.length < 2) {
            return 0;
        }
        double s = 0;
        for (int t = 1; t < tar.length; t++) {
            s += tar[t];
        }
        return s / (tar.length - 1);
    }
}
