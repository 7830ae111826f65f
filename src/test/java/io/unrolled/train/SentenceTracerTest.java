package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.ModelOutput;
import io.unrolled.models.Models;
import io.unrolled.nn.CrossEntropy;
import io.unrolled.nn.Mem;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The numbers a sentence trace holds are the model's own: its forward, its cells, its argmax, its gradient. */
class SentenceTracerTest {

    private static final Corpus CORPUS = Corpus.humanNumbers();
    private static final List<String> VOCAB = CORPUS.vocab().words();
    private static final int VALID_START = 50472;

    /** Sixteen words of the validation text, and the word after them. */
    private static int[] validationWords() {
        int[] w = new int[16];
        for (int t = 0; t < w.length; t++) {
            w[t] = CORPUS.num(VALID_START + 5 + t);
        }
        return w;
    }

    private static int validationNext() {
        return CORPUS.num(VALID_START + 5 + 16);
    }

    /** A model whose weights are twice their initial size, so its distributions are far from uniform. */
    private static LanguageModel sharpModel(ModelKind kind, DataType dtype) {
        LanguageModel m = Models.create(ModelConfig.book(kind, VOCAB.size()), 11, dtype);
        m.params().flatValues().muli(2);
        return m;
    }

    /** The model's own forward over the words as the rung reads them, from a zero state: one row of logits per prediction. */
    private static double[][] separateForward(LanguageModel model, int[] words) {
        int[] read = Reading.wordsRead(model.kind(), words);
        model.reset();
        double[][] rows = new double[0][];
        for (int[] pass : Reading.passes(model.kind(), read)) {
            int targets = model.kind().predictsEveryStep() ? pass.length : 1;
            ModelOutput out = model.forward(new Batch(1, pass.length, targets, pass, new int[targets], 0), false);
            rows = concat(rows, logits(out.logits()));
        }
        model.reset();
        return rows;
    }

    private static double[][] logits(INDArray a) {
        int r = (int) a.rows();
        int v = (int) a.columns();
        double[] flat = new double[r * v];
        Mem.of(a).load(0, flat, 0, flat.length);
        double[][] out = new double[r][];
        for (int k = 0; k < r; k++) {
            out[k] = Arrays.copyOfRange(flat, k * v, (k + 1) * v);
        }
        return out;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElseThrow();
        double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
        double sum = Arrays.stream(p).sum();
        return Arrays.stream(p).map(v -> v / sum).toArray();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void tracedProbabilitiesEqualTheModelsOwnForwardOverTheSameWords(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.FLOAT);
        int[] words = validationWords();
        SentenceTrace trace = new SentenceTracer().trace(model, VOCAB, words, validationNext(), "test");
        double[][] logits = separateForward(model, words);
        assertEquals(logits.length, trace.predictions().size(), "one prediction per row of the model's output");
        int expected = switch (kind) {
            case LM1, LM2 -> 1;
            case LM3 -> 5;
            default -> 16;
        };
        assertEquals(expected, trace.predictions().size());
        for (int p = 0; p < logits.length; p++) {
            double[] want = softmax(logits[p]);
            float[] got = trace.predictions().get(p).probs();
            for (int w = 0; w < want.length; w++) {
                assertEquals(want[w], got[w], 1e-6, kind + " prediction " + p + " word " + w);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void eachDistributionSumsToOneAndItsTopWordIsTheEvaluatorsArgmax(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.FLOAT);
        int[] words = validationWords();
        SentenceTrace trace = new SentenceTracer().trace(model, VOCAB, words, validationNext(), "test");
        int[] top = new int[trace.predictions().size()];
        for (int p = 0; p < top.length; p++) {
            Prediction pred = trace.predictions().get(p);
            double sum = 0;
            for (float v : pred.probs()) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-5, kind + " prediction " + p);
            top[p] = pred.ranked(0);
        }
        // the evaluator counts a prediction right when the argmax of its logits is the target
        double[][] rows = separateForward(model, words);
        CrossEntropy ce = new CrossEntropy();
        ce.forward(org.nd4j.linalg.factory.Nd4j.create(rows), top);
        assertEquals(top.length, ce.correct(), kind + ": every traced top-1 is the evaluator's argmax");
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyTracedStepSatisfiesItsCellEquations(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.FLOAT);
        SentenceTrace trace = new SentenceTracer().trace(model, VOCAB, validationWords(), validationNext(), "test");
        new CellEquations(model, 2e-5).check(trace);
        for (var layer : trace.layers()) {
            for (float v : layer.h0()) {
                assertEquals(0f, v, "a trace starts from a zero state");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void predictionsSayWhereTheyAreMadeAndWhatReallyFollows(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.FLOAT);
        int[] words = validationWords();
        SentenceTrace trace = new SentenceTracer().trace(model, VOCAB, words, validationNext(), "epoch 1");
        int[] read = Reading.wordsRead(kind, words);
        assertArrayEquals(read, trace.words());
        assertEquals(Arrays.asList(Arrays.stream(words).boxed().toArray()).subList(words.length - read.length, words.length),
                Arrays.stream(trace.words()).boxed().toList(), "the rung reads the end of the sentence");
        for (Prediction p : trace.predictions()) {
            int want = p.after() + 1 < read.length ? read[p.after() + 1] : validationNext();
            assertEquals(want, p.target());
        }
        Prediction last = trace.predictions().get(trace.predictions().size() - 1);
        assertEquals(read.length - 1, last.after(), "the last word read always gets a prediction");
        if (kind == ModelKind.LM3) {
            assertEquals(List.of(2, 5, 8, 11, 14), trace.predictions().stream().map(Prediction::after).toList());
        }
        assertEquals("epoch 1", trace.weights());
        SentenceTrace open = new SentenceTracer().trace(model, VOCAB, words, -1, "epoch 1");
        assertEquals(-1, open.predictions().get(open.predictions().size() - 1).target(), "an unknown next word stays unknown");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM3", "LM7", "GRU"})
    void tracingLeavesTheModelsCarriedStateWeightsAndGradientsAlone(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.FLOAT);
        int sl = kind.predictsEveryStep() ? 16 : 3;
        int[] x = new int[4 * sl];
        for (int k = 0; k < x.length; k++) {
            x[k] = CORPUS.num(k);
        }
        int targets = kind.predictsEveryStep() ? sl : 1;
        Batch batch = new Batch(4, sl, targets, x, new int[4 * targets], 0);
        model.forward(batch, false);                  // the next batch starts from a carried state
        model.params().flatGrads().assign(0.25);
        Object carried = model.saveState();
        INDArray weights = model.params().flatValues().dup();
        new SentenceTracer().trace(model, VOCAB, validationWords(), validationNext(), "test");
        assertEquals(weights, model.params().flatValues());
        assertTrue(model.params().flatGrads().eq(0.25).all(), "gradients untouched");
        INDArray afterTrace = model.forward(batch, false).logits().dup();
        model.restoreState(carried);
        INDArray withoutTrace = model.forward(batch, false).logits().dup();
        assertEquals(withoutTrace, afterTrace, "the carried state after a trace is the state before it");
        model.reset();
        assertTrue(model.forward(batch, false).logits().sub(afterTrace).amaxNumber().doubleValue() > 1e-4,
                "the check can tell a carried state from a zero one");
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void gradientFlowAgreesWithCentralFiniteDifferencesInDouble(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.DOUBLE);
        int[] words = {4, 9, 1, 13, 7, 22, 2, 17, 5, 26, 11, 3, 19, 8, 14, 6};   // no word twice: a row is one position
        SentenceTracer tracer = new SentenceTracer();
        SentenceTrace trace = tracer.trace(model, VOCAB, words, -1, "test");
        double[][] grad = tracer.lastEmbeddingGradient();
        int[] read = trace.words();
        int last = read.length - (kind == ModelKind.LM3 ? 3 : read.length);   // where the backward starts
        for (int t = 0; t < read.length; t++) {
            double norm = Math.sqrt(Arrays.stream(grad[t]).map(v -> v * v).sum());
            assertEquals(norm, trace.gradientFlow()[t], 1e-6 * (1 + norm), "gradient_flow is the norm of the gradient");
            if (t < last) {
                assertEquals(0f, trace.gradientFlow()[t], "LMModel3's gradient stops at the carried state");
            }
        }
        int best = trace.predictions().get(trace.predictions().size() - 1).ranked(0);
        FiniteDifferences fd = new FiniteDifferences(model, read, best);
        // each position's gradient vector against the differences, as ‖a − n‖ / (‖a‖ + ‖n‖); round-off in
        // the differences is absolute (about 1e-10), so a position whose gradient has all but vanished
        // is measured against 1e-3 of the largest position's norm instead
        double largest = 0;
        for (int t = last; t < read.length; t++) {
            largest = Math.max(largest, trace.gradientFlow()[t]);
        }
        double worst = 0;
        String where = "";
        for (int t = last; t < read.length; t++) {
            double diff = 0;
            double sizeA = 0;
            double sizeN = 0;
            for (int j = 0; j < 64; j += 8) {
                double numeric = fd.derivative(read[t], j);
                double analytic = grad[t][j] + fd.outputShare(read[t], j);
                diff += (analytic - numeric) * (analytic - numeric);
                sizeA += analytic * analytic;
                sizeN += numeric * numeric;
            }
            double err = Math.sqrt(diff) / Math.max(Math.sqrt(sizeA) + Math.sqrt(sizeN), 1e-3 * largest);
            if (err > worst) {
                worst = err;
                where = String.format("step %d (gradient norm %.3g)", t, Math.sqrt(sizeA));
            }
        }
        assertTrue(worst < 1e-6, kind + ": worst relative error " + worst + " at " + where);
        assertTrue(trace.gradientFlow()[read.length - 1] > 0, "the last word's gradient is not zero");
    }

    @org.junit.jupiter.api.Test
    void aSentenceTooShortForTheRungIsRefusedWithTheReason() {
        LanguageModel model = sharpModel(ModelKind.LM2, DataType.FLOAT);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SentenceTracer().trace(model, VOCAB, new int[] {3, 4}, -1, "test"));
        assertEquals("LMModel2 needs three words (it reads the last three); the text has 2 words.", e.getMessage());
    }

    /**
     * log p(best | sentence) as the model computes it when one embedding row moves, holding the state
     * carried into the last pass fixed (it is a value, as in training).
     */
    private static final class FiniteDifferences {
        private static final double EPS = 1e-5;
        private final LanguageModel model;
        private final int[] read;
        private final int best;
        private final Object carried;
        private final int[] lastPass;
        private final double[] topH;       // the top layer's output at the last step, for the tied weight's share
        private final double[] probs;

        FiniteDifferences(LanguageModel model, int[] read, int best) {
            this.model = model;
            this.read = read;
            this.best = best;
            int[][] passes = Reading.passes(model.kind(), read);
            model.reset();
            for (int k = 0; k < passes.length - 1; k++) {
                run(passes[k]);
            }
            carried = model.saveState();
            lastPass = passes[passes.length - 1];
            double[][] z = run(lastPass);
            probs = softmax(z[z.length - 1]);
            INDArray raw = model.rawOutputs();
            topH = raw == null ? null : logits(raw)[(int) raw.rows() - 1];
        }

        private double[][] run(int[] pass) {
            int targets = model.kind().predictsEveryStep() ? pass.length : 1;
            return logits(model.forward(new Batch(1, pass.length, targets, pass, new int[targets], 0), false).logits());
        }

        private double logP() {
            model.restoreState(carried);
            double[][] z = run(lastPass);
            return Math.log(softmax(z[z.length - 1])[best]);
        }

        double derivative(int word, int unit) {
            Mem e = Mem.of(model.params().get("i_h.weight").value());
            int at = word * 64 + unit;
            double saved = e.get(at);
            e.set(at, saved + EPS);
            double up = logP();
            e.set(at, saved - EPS);
            double down = logP();
            e.set(at, saved);
            return (up - down) / (2 * EPS);
        }

        /** With tied weights the row is also word w's output weight: d log p_best / dW_out[w] = (1[w = best] − p_w) h_T. */
        double outputShare(int word, int unit) {
            if (!model.kind().tiesWeights()) {
                return 0;
            }
            return ((word == best ? 1 : 0) - probs[word]) * topH[unit];
        }
    }
}
