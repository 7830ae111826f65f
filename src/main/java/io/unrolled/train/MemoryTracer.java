package io.unrolled.train;

import io.unrolled.data.Batch;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelOutput;
import io.unrolled.models.Models;
import io.unrolled.nn.Mem;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.trace.Prediction;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradient flow for every prediction of a sentence ({@link MemoryTrace}): for the prediction after
 * word a, d log p(k_a) / d E[x_t] at every position t, k_a the most likely word there. Eval mode, a
 * zero state, the model's own forward and backward on a scratch copy of its weights, so the traced
 * model's carried state, caches and gradients are never touched (as {@link SentenceTracer}).
 *
 * <p>The rungs that predict after every word (LMModel4 on) get all T predictions from one forward and
 * one backward: the sentence is run as a batch of T identical rows, and row b back-propagates
 * onehot(k_b) − p_b from its own prediction b only. Rows never mix, so row b's embedding gradient is
 * exactly prediction b's. A small batch costs a forward and backward about what one row does (ND4J's
 * per-op dispatch dominates at this size), where T separate backward passes would cost T times as much.
 *
 * <p>LMModel1–3 make one prediction per forward pass: each pass is run and back-propagated in turn.
 * LMModel3's backward covers the pass's three words only (the carried state is a value, truncated
 * BPTT), so earlier words get 0, as they do in training.
 */
public final class MemoryTracer {

    private LanguageModel scratch;
    private double[][][] lastGradient;   // (P, T, E) of the last trace

    /**
     * @param model   the model whose current weights are traced (read only)
     * @param vocab   the model's V words in id order
     * @param words   the sentence's word ids; the rung reads them as {@link Reading} says
     * @param weights which weights these are, for the caption
     */
    public MemoryTrace trace(LanguageModel model, List<String> vocab, int[] words, String weights) {
        if (vocab.size() != model.config().vocab()) {
            throw new IllegalArgumentException("the model has " + model.config().vocab() + " words, the vocabulary " + vocab.size());
        }
        int[] read = Reading.wordsRead(model.kind(), words);
        LanguageModel m = prepare(model);
        Flows f = model.kind().predictsEveryStep() ? everyStep(m, read) : perPass(m, read);
        lastGradient = f.gradient;
        float[][] norms = new float[f.after.length][read.length];
        for (int p = 0; p < f.after.length; p++) {
            for (int t = 0; t < read.length; t++) {
                double sum = 0;
                for (double x : f.gradient[p][t]) {
                    sum += x * x;
                }
                norms[p][t] = (float) Math.sqrt(sum);
            }
        }
        return new MemoryTrace(model.kind().id(), model.kind().bookName(), vocab, read, f.after, f.predicted, norms, weights);
    }

    /**
     * The gradient flow of the prediction after word {@code at} (0-based among the words the rung reads,
     * as {@code predictions[].after} counts): T norms. Throws IllegalArgumentException naming the
     * positions allowed when the rung makes no prediction there.
     */
    public float[] flowAt(LanguageModel model, List<String> vocab, int[] words, int at) {
        MemoryTrace m = trace(model, vocab, words, "");
        int p = m.predictionAfter(at);
        if (p < 0) {
            throw new IllegalArgumentException(describeMissing(m, at));
        }
        return m.flow()[p];
    }

    /** The one-line reason why {@code at} has no prediction in {@code m}. */
    static String describeMissing(MemoryTrace m, int at) {
        return m.modelName() + " predicts after word" + (m.after().length == 1 ? " " : "s ") + m.predictsAfter() + " of the "
                + m.steps() + " it reads (counted from 0), not after word " + at;
    }

    /**
     * The vectors whose L2 norms are the last trace's flow for prediction {@code p}: (T, E), in the
     * model's precision (double for a DOUBLE model, which is how gradient checks use it).
     */
    public double[][] lastEmbeddingGradient(int p) {
        return lastGradient[p];
    }

    private record Flows(int[] after, int[] predicted, double[][][] gradient) {
    }

    /** All T predictions in one batched forward and backward (LMModel4 on). */
    private static Flows everyStep(LanguageModel m, int[] read) {
        int steps = read.length;
        int rows = steps;                                    // B: one row per prediction
        int[] x = new int[rows * steps];                     // (B, T) row-major: every row the sentence
        for (int b = 0; b < rows; b++) {
            System.arraycopy(read, 0, x, b * steps, steps);
        }
        ModelOutput out = m.forward(new Batch(rows, steps, steps, x, new int[rows * steps], 0), false);
        int v = (int) out.logits().columns();
        double[] z = new double[steps * rows * v];           // (T*B, V) time-major
        Mem.of(out.logits()).load(0, z, 0, z.length);
        double[] d = new double[z.length];
        int[] after = new int[steps];
        int[] predicted = new int[steps];
        for (int b = 0; b < rows; b++) {
            int row = b * rows + b;                          // step t = b of batch row b
            double[] p = softmax(z, row * v, v);
            after[b] = b;
            predicted[b] = mostLikely(p);
            for (int w = 0; w < v; w++) {
                d[row * v + w] = (w == predicted[b] ? 1 : 0) - p[w];
            }
        }
        INDArray dLogits = Nd4j.zeros(out.logits().dataType(), (long) steps * rows, v);
        Mem.of(dLogits).store(0, d, 0, d.length);
        m.params().zeroGrads();
        m.backward(dLogits, null, null);
        INDArray g = m.embeddingGradient();                  // (T*B, E) time-major
        int e = (int) g.columns();
        double[] flat = new double[steps * rows * e];
        Mem.of(g).load(0, flat, 0, flat.length);
        double[][][] grad = new double[steps][steps][e];
        for (int b = 0; b < rows; b++) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(flat, (t * rows + b) * e, grad[b][t], 0, e);
            }
        }
        return new Flows(after, predicted, grad);
    }

    /** One prediction per forward pass, each back-propagated before the next pass (LMModel1–3). */
    private static Flows perPass(LanguageModel m, int[] read) {
        int[][] passes = Reading.passes(m.kind(), read);
        int[] after = new int[passes.length];
        int[] predicted = new int[passes.length];
        double[][][] grad = new double[passes.length][][];
        int start = 0;
        for (int k = 0; k < passes.length; k++) {
            int[] pass = passes[k];
            ModelOutput out = m.forward(new Batch(1, pass.length, 1, pass, new int[1], 0), false);
            int v = (int) out.logits().columns();
            double[] z = new double[v];
            Mem.of(out.logits()).load(0, z, 0, v);
            double[] p = softmax(z, 0, v);
            after[k] = start + pass.length - 1;
            predicted[k] = mostLikely(p);
            double[] d = new double[v];
            for (int w = 0; w < v; w++) {
                d[w] = (w == predicted[k] ? 1 : 0) - p[w];
            }
            INDArray dLogits = Nd4j.zeros(out.logits().dataType(), 1, v);
            Mem.of(dLogits).store(0, d, 0, v);
            m.params().zeroGrads();
            m.backward(dLogits, null, null);
            INDArray g = m.embeddingGradient();              // (pass, E): one batch row
            int e = (int) g.columns();
            double[] flat = new double[pass.length * e];
            Mem.of(g).load(0, flat, 0, flat.length);
            grad[k] = new double[read.length][e];            // the words of other passes stay 0
            for (int t = 0; t < pass.length; t++) {
                System.arraycopy(flat, t * e, grad[k][start + t], 0, e);
            }
            start += pass.length;
        }
        return new Flows(after, predicted, grad);
    }

    /** The model's choice as the trace names it: the top word of the float distribution, ties to the lower id. */
    private static int mostLikely(double[] p) {
        float[] f = new float[p.length];
        for (int w = 0; w < p.length; w++) {
            f[w] = (float) p[w];
        }
        return new Prediction(0, f, -1).ranked(0);
    }

    private static double[] softmax(double[] z, int from, int v) {
        double max = Double.NEGATIVE_INFINITY;
        for (int w = 0; w < v; w++) {
            max = Math.max(max, z[from + w]);
        }
        double[] p = new double[v];
        double sum = 0;
        for (int w = 0; w < v; w++) {
            p[w] = Math.exp(z[from + w] - max);
            sum += p[w];
        }
        for (int w = 0; w < v; w++) {
            p[w] /= sum;
        }
        return p;
    }

    private LanguageModel prepare(LanguageModel model) {
        if (scratch == null || !scratch.config().equals(model.config()) || scratch.params().dtype() != model.params().dtype()) {
            scratch = Models.create(model.config(), 0, model.params().dtype());
        }
        scratch.params().flatValues().assign(model.params().flatValues());
        scratch.reset();
        return scratch;
    }
}
