package io.unrolled.train;

import io.unrolled.data.Batch;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.Models;
import io.unrolled.models.StackedRnnModel;
import io.unrolled.nn.Mem;
import io.unrolled.trace.DropoutTrace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A training-mode pass of one sentence through a copy of a model's current weights, from a zero state,
 * with the dropout mask drawn from a given seed, into a {@link DropoutTrace}: the mask the model
 * multiplied by, its top layer's raw and dropped-out outputs, and per step the two quantities AR and
 * TAR average.
 *
 * <p>As {@link SentenceTracer} does, the pass runs on a scratch model that receives a copy of the
 * weights, so the traced model's state, caches, gradients and dropout draws stay as they were and a
 * pass can run on the trainer thread between two batches. An instance belongs to that one thread.
 * Only rungs with dropout (LMModel7) have a mask to show; others are refused with a sentence.
 */
public final class DropoutTracer {

    private StackedRnnModel scratch;

    /** Why {@code kind} has no dropout mask to show, or null when it has one. */
    public static String noDropout(io.unrolled.models.ModelKind kind) {
        return kind.noDropout();
    }

    /**
     * @param model   the model whose current weights are traced (read only)
     * @param words   the sentence's word ids
     * @param p       the dropout probability, in [0, 1): the trainer's current one
     * @param seed    where the mask's draws start
     * @param alpha   α, recorded for the labels (the pass does not depend on it)
     * @param beta    β, likewise
     * @param weights which weights these are, for the caption
     */
    public DropoutTrace trace(LanguageModel model, int[] words, double p, long seed, double alpha, double beta, String weights) {
        String refusal = noDropout(model.kind());
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        int[] read = Reading.wordsRead(model.kind(), words);
        StackedRnnModel m = prepare(model);
        m.setDropout(p);
        m.reseedDropout(seed);
        int steps = read.length;
        m.forward(new Batch(1, steps, steps, read, new int[steps], 0), true);
        int hd = model.config().hidden();
        float[] raw = floats(m.rawOutputs(), steps * hd);                 // (T, H), one batch row
        float[] dropped = floats(m.droppedOutputs(), steps * hd);         // (T, H)
        float[] mask = m.traceDropoutMask(0);                              // null when p = 0: nothing dropped
        if (mask == null) {
            mask = new float[steps * hd];
            java.util.Arrays.fill(mask, 1f);
        }
        double[] ar = new double[steps];
        double[] tar = new double[steps];
        tar[0] = Double.NaN;
        for (int t = 0; t < steps; t++) {
            double a = 0;
            double d = 0;
            for (int j = 0; j < hd; j++) {
                double x = dropped[t * hd + j];
                a += x * x;
                if (t > 0) {
                    double diff = (double) raw[t * hd + j] - raw[(t - 1) * hd + j];
                    d += diff * diff;
                }
            }
            ar[t] = a / hd;
            if (t > 0) {
                tar[t] = d / hd;
            }
        }
        return new DropoutTrace(model.kind().id(), read, p, seed, alpha, beta, hd, mask, raw, dropped, ar, tar, weights);
    }

    /**
     * The scratch model after the last pass, for tests that check the trace against the model's own
     * arrays and the trainer's own penalty code; null before the first pass.
     */
    LanguageModel lastPassModel() {
        return scratch;
    }

    private StackedRnnModel prepare(LanguageModel model) {
        if (scratch == null || !scratch.config().equals(model.config()) || scratch.params().dtype() != model.params().dtype()) {
            scratch = (StackedRnnModel) Models.create(model.config(), 0, model.params().dtype());
        }
        scratch.params().flatValues().assign(model.params().flatValues());
        scratch.reset();
        return scratch;
    }

    private static float[] floats(INDArray a, int n) {
        return Mem.of(a).copyFloats(0, n);
    }
}
