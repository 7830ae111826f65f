package io.unrolled.train;

import io.unrolled.data.Batch;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelOutput;
import io.unrolled.models.Models;
import io.unrolled.nn.Mem;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Traces one sentence through a model's current weights, in eval mode (no dropout) and from a zero
 * state, into a {@link SentenceTrace}: every layer's values at every step, the whole next-word
 * distribution after every word the rung predicts after, and the gradient flow.
 *
 * <p>The work is done on a scratch model of the same configuration that receives a copy of the
 * weights (one copy of the flat parameter vector) before each trace. The traced model's carried
 * state, caches and gradients are never touched, so a trace can run on the trainer thread between
 * two batches. Like every ND4J user here, an instance belongs to the one thread that owns the model.
 *
 * <p>Gradient flow: the scratch model's own backward pass runs with d(log p_k)/d(logits) =
 * onehot(k) − p on the last prediction's row and zero elsewhere, where k is the most likely next
 * word after the last input; no AR/TAR, no dropout. The gradient reaching each input word's embedding
 * vector is read position by position ({@link LanguageModel#embeddingGradient()}). For LMModel3 the
 * backward covers the last pass of three words only: the state carried in from the earlier passes is
 * a value, cut from the gradient exactly as in training (truncated BPTT), so earlier words get 0.
 */
public final class SentenceTracer {

    private LanguageModel scratch;
    private double[][] lastEmbeddingGradient;   // (T, E) of the last trace

    /**
     * @param model   the model whose current weights are traced (read only)
     * @param vocab   the model's V words in id order
     * @param words   the sentence's word ids; the rung reads them as {@link Reading} says
     * @param next    the id of the word that really follows the sentence, or −1 when unknown
     * @param weights which weights these are, for the view's caption ("before training", …)
     */
    public SentenceTrace trace(LanguageModel model, List<String> vocab, int[] words, int next, String weights) {
        if (vocab.size() != model.config().vocab()) {
            throw new IllegalArgumentException("the model has " + model.config().vocab() + " words, the vocabulary " + vocab.size());
        }
        int[] read = Reading.wordsRead(model.kind(), words);
        LanguageModel m = prepare(model);
        List<Prediction> predictions = new ArrayList<>();
        List<List<LayerTrace>> passLayers = new ArrayList<>();
        double[] lastProbs = null;
        int start = 0;
        int[] pass = null;
        ModelOutput out = null;
        for (int[] p : Reading.passes(model.kind(), read)) {
            pass = p;
            out = m.forward(batchOf(model, pass), false);
            double[][] probs = softmaxRows(out.logits());
            for (int row = 0; row < probs.length; row++) {
                int after = start + (out.steps() == 1 ? pass.length - 1 : row);
                int target = after + 1 < read.length ? read[after + 1] : next;
                predictions.add(new Prediction(after, toFloats(probs[row]), target));
            }
            lastProbs = probs[probs.length - 1];
            passLayers.add(m.traceLayers(0));
            start += pass.length;
        }
        int lastStart = read.length - pass.length;
        float[] flow = gradientFlow(m, out, lastProbs, predictions.get(predictions.size() - 1).ranked(0), read.length, lastStart);
        return new SentenceTrace(model.kind().id(), model.kind().bookName(), vocab, read, predictions, LayerTraceJoin.join(passLayers), flow, weights);
    }

    /** The next-word distribution after the last word, as the trace would give it, without the layers or gradients. */
    public double[] nextWordProbabilities(LanguageModel model, int[] words) {
        int[] read = Reading.wordsRead(model.kind(), words);
        LanguageModel m = prepare(model);
        ModelOutput out = null;
        for (int[] pass : Reading.passes(model.kind(), read)) {
            out = m.forward(batchOf(model, pass), false);
        }
        double[][] probs = softmaxRows(out.logits());
        return probs[probs.length - 1];
    }

    /**
     * The vectors whose L2 norms are the last trace's gradient flow: d log p_k / d E[x_t], (T, E), in
     * the model's precision (double for a DOUBLE model, which is how gradient checks use it).
     */
    public double[][] lastEmbeddingGradient() {
        return lastEmbeddingGradient;
    }

    private LanguageModel prepare(LanguageModel model) {
        if (scratch == null || !scratch.config().equals(model.config()) || scratch.params().dtype() != model.params().dtype()) {
            scratch = Models.create(model.config(), 0, model.params().dtype());
        }
        scratch.params().flatValues().assign(model.params().flatValues());
        scratch.reset();
        return scratch;
    }

    private float[] gradientFlow(LanguageModel m, ModelOutput out, double[] probs, int best, int steps, int lastStart) {
        int rows = (int) out.logits().rows();
        int v = probs.length;
        double[] d = new double[rows * v];
        for (int w = 0; w < v; w++) {
            d[(rows - 1) * v + w] = (w == best ? 1 : 0) - probs[w];
        }
        INDArray dLogits = Nd4j.zeros(out.logits().dataType(), rows, v);
        Mem.of(dLogits).store(0, d, 0, d.length);
        m.params().zeroGrads();
        m.backward(dLogits, null, null);
        INDArray g = m.embeddingGradient();                  // (T_pass, E), one batch row
        int e = (int) g.columns();
        int passSteps = (int) g.rows();
        double[] flat = new double[passSteps * e];
        Mem.of(g).load(0, flat, 0, flat.length);
        double[][] grad = new double[steps][e];
        float[] flow = new float[steps];
        for (int t = 0; t < passSteps; t++) {
            double sum = 0;
            for (int j = 0; j < e; j++) {
                double x = flat[t * e + j];
                grad[lastStart + t][j] = x;
                sum += x * x;
            }
            flow[lastStart + t] = (float) Math.sqrt(sum);
        }
        lastEmbeddingGradient = grad;
        return flow;
    }

    private static Batch batchOf(LanguageModel model, int[] pass) {
        int targets = model.kind().predictsEveryStep() ? pass.length : 1;
        // the targets are not read: the model's output carries them only for a loss
        return new Batch(1, pass.length, targets, pass, new int[targets], 0);
    }

    /** Softmax of each row of (P, V) logits, in double, with the maximum subtracted first. */
    static double[][] softmaxRows(INDArray logits) {
        int rows = (int) logits.rows();
        int v = (int) logits.columns();
        double[] z = new double[rows * v];
        Mem.of(logits).load(0, z, 0, z.length);
        double[][] out = new double[rows][v];
        for (int r = 0; r < rows; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int w = 0; w < v; w++) {
                max = Math.max(max, z[r * v + w]);
            }
            double sum = 0;
            for (int w = 0; w < v; w++) {
                out[r][w] = Math.exp(z[r * v + w] - max);
                sum += out[r][w];
            }
            for (int w = 0; w < v; w++) {
                out[r][w] /= sum;
            }
        }
        return out;
    }

    private static float[] toFloats(double[] a) {
        float[] f = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            f[k] = (float) a[k];
        }
        return f;
    }
}
