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
import io.unrolled.models.Models;
import io.unrolled.nn.Mem;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The gradient flow of every prediction is the model's own gradient: checked against finite differences in double. */
class MemoryTracerTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    /** No word twice: an embedding row is one position. */
    private static final int[] WORDS = {4, 9, 1, 13, 7, 22, 2, 17, 5, 26, 11, 3, 19, 8, 14, 6};

    private static LanguageModel sharpModel(ModelKind kind, DataType dtype) {
        LanguageModel m = Models.create(ModelConfig.book(kind, VOCAB.size()), 11, dtype);
        m.params().flatValues().muli(2);
        return m;
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyPredictionsFlowAgreesWithCentralFiniteDifferencesInDouble(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.DOUBLE);
        MemoryTracer tracer = new MemoryTracer();
        MemoryTrace m = tracer.trace(model, VOCAB, WORDS, "test");
        int[] read = m.words();
        int[] checked = kind.predictsEveryStep() ? new int[] {0, 4, 9, read.length - 1} : allPredictions(m);
        for (int p : checked) {
            double[][] grad = tracer.lastEmbeddingGradient(p);
            int a = m.after()[p];
            int from = kind == ModelKind.LM3 ? a - 2 : 0;   // LMModel3's gradient stops at the state carried into the pass
            for (int t = 0; t < read.length; t++) {
                double norm = Math.sqrt(Arrays.stream(grad[t]).map(x -> x * x).sum());
                assertEquals(norm, m.flow()[p][t], 1e-6 * (1 + norm), "the flow is the norm of the gradient");
                if (t < from || t > a) {
                    assertEquals(0f, m.flow()[p][t], "position " + t + " is out of reach of the prediction after word " + a);
                }
            }
            FiniteDifferences fd = new FiniteDifferences(model, read, p, m.predicted()[p]);
            double largest = 0;
            for (int t = from; t <= a; t++) {
                largest = Math.max(largest, m.flow()[p][t]);
            }
            double worst = 0;
            String where = "";
            for (int t = from; t <= a; t++) {
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
                    where = String.format("position %d (gradient norm %.3g)", t, Math.sqrt(sizeA));
                }
            }
            assertTrue(worst < 1e-6, kind + ", prediction after word " + a + ": worst relative error " + worst + " at " + where);
            assertTrue(m.flow()[p][a] > 0, "the word a prediction comes right after reaches it");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theLastPredictionsFlowIsTheSentenceTracesGradientFlow(ModelKind kind) {
        LanguageModel model = sharpModel(kind, DataType.DOUBLE);
        SentenceTrace s = new SentenceTracer().trace(model, VOCAB, WORDS, -1, "test");
        MemoryTrace m = new MemoryTracer().trace(model, VOCAB, WORDS, "test");
        assertArrayEquals(s.words(), m.words());
        assertEquals(s.predictions().size(), m.after().length);
        for (int p = 0; p < m.after().length; p++) {
            assertEquals(s.predictions().get(p).after(), m.after()[p]);
            assertEquals(s.predictions().get(p).ranked(0), m.predicted()[p], "k is the trace's most likely word");
        }
        float[] last = m.flow()[m.after().length - 1];
        for (int t = 0; t < last.length; t++) {
            assertEquals(s.gradientFlow()[t], last[t], 1e-6f * (1 + s.gradientFlow()[t]));
        }
    }

    @Test
    void flowAtPicksThePredictionAfterThatWord() {
        LanguageModel model = sharpModel(ModelKind.LM6, DataType.DOUBLE);
        MemoryTracer tracer = new MemoryTracer();
        MemoryTrace m = tracer.trace(model, VOCAB, WORDS, "test");
        assertArrayEquals(m.flow()[7], tracer.flowAt(model, VOCAB, WORDS, 7));
        assertEquals(0f, m.flow()[7][8]);
        assertTrue(m.flow()[7][7] > 0);
    }

    @Test
    void aPositionWithoutAPredictionIsRefusedNamingTheAllowedOnes() {
        LanguageModel model = sharpModel(ModelKind.LM6, DataType.FLOAT);
        var e = assertThrows(IllegalArgumentException.class, () -> new MemoryTracer().flowAt(model, VOCAB, WORDS, 16));
        assertEquals("LMModel6 predicts after words 0 to 15 of the 16 it reads (counted from 0), not after word 16", e.getMessage());
        LanguageModel lm3 = sharpModel(ModelKind.LM3, DataType.FLOAT);
        var e3 = assertThrows(IllegalArgumentException.class, () -> new MemoryTracer().flowAt(lm3, VOCAB, WORDS, 4));
        assertEquals("LMModel3 predicts after words 2, 5, 8, 11, 14 of the 15 it reads (counted from 0), not after word 4", e3.getMessage());
    }

    @Test
    void tracingLeavesTheModelsWeightsGradientsAndStateAlone() {
        LanguageModel model = sharpModel(ModelKind.LM7, DataType.DOUBLE);
        INDArray before = model.params().flatValues().dup();
        new MemoryTracer().trace(model, VOCAB, WORDS, "test");
        assertEquals(before, model.params().flatValues());
        assertEquals(0.0, model.params().gradNorm(), "no gradient reaches the traced model");
    }

    private static int[] allPredictions(MemoryTrace m) {
        int[] p = new int[m.after().length];
        for (int k = 0; k < p.length; k++) {
            p[k] = k;
        }
        return p;
    }

    /**
     * log p(k | sentence) after word a as the model computes it when one embedding row moves. For
     * LMModel3 the passes before the prediction's pass hold words that never move (no word twice), so
     * the state carried into it stays what it was.
     */
    private static final class FiniteDifferences {
        private static final double EPS = 1e-5;
        private final LanguageModel model;
        private final int[][] passes;
        private final int pass;
        private final int row;
        private final int best;
        private final double[] topH;
        private final double[] probs;

        FiniteDifferences(LanguageModel model, int[] read, int prediction, int best) {
            this.model = model;
            this.passes = Reading.passes(model.kind(), read);
            this.pass = passes.length == 1 ? 0 : prediction;
            this.row = passes.length == 1 && model.kind().predictsEveryStep() ? prediction : 0;
            this.best = best;
            double[] z = logitsRow();
            probs = softmax(z);
            INDArray raw = model.rawOutputs();
            topH = raw == null ? null : rowOf(raw, row);
        }

        private double[] logitsRow() {
            model.reset();
            INDArray logits = null;
            for (int k = 0; k <= pass; k++) {
                int[] p = passes[k];
                int targets = model.kind().predictsEveryStep() ? p.length : 1;
                logits = model.forward(new Batch(1, p.length, targets, p, new int[targets], 0), false).logits();
            }
            return rowOf(logits, row);
        }

        double derivative(int word, int unit) {
            Mem e = Mem.of(model.params().get("i_h.weight").value());
            int at = word * 64 + unit;
            double saved = e.get(at);
            e.set(at, saved + EPS);
            double up = Math.log(softmax(logitsRow())[best]);
            e.set(at, saved - EPS);
            double down = Math.log(softmax(logitsRow())[best]);
            e.set(at, saved);
            return (up - down) / (2 * EPS);
        }

        /** With tied weights the row is also word w's output weight: d log p_best / dW_out[w] = (1[w = best] − p_w) h_a. */
        double outputShare(int word, int unit) {
            if (!model.kind().tiesWeights()) {
                return 0;
            }
            return ((word == best ? 1 : 0) - probs[word]) * topH[unit];
        }

        private static double[] rowOf(INDArray a, int r) {
            int cols = (int) a.columns();
            double[] out = new double[cols];
            Mem.of(a).load(r * cols, out, 0, cols);
            return out;
        }

        private static double[] softmax(double[] z) {
            double max = Arrays.stream(z).max().orElseThrow();
            double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
            double sum = Arrays.stream(p).sum();
            return Arrays.stream(p).map(v -> v / sum).toArray();
        }
    }
}
