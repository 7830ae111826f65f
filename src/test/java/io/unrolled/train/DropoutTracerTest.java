package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.models.StackedRnnModel;
import io.unrolled.nn.ActivationPenalty;
import io.unrolled.nn.Mem;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The train-mode pass: its mask is the model's own, and its per-step values are what AR and TAR average. */
class DropoutTracerTest {

    private static final Corpus CORPUS = Corpus.humanNumbers();
    private static final List<String> VOCAB = CORPUS.vocab().words();
    private static final double P = 0.4;

    private static int[] sentence() {
        int[] w = new int[16];
        for (int t = 0; t < w.length; t++) {
            w[t] = CORPUS.num(50472 + 3 + t);
        }
        return w;
    }

    /** LMModel7 with weights far from their start, so the outputs and their differences are not tiny. */
    private static LanguageModel lm7(long seed) {
        LanguageModel m = Models.create(ModelConfig.book(ModelKind.LM7, VOCAB.size()), seed);
        m.params().flatValues().muli(3);
        return m;
    }

    @Test
    void maskValuesAreExactlyZeroOrOneOverOneMinusPAndChangeWithTheSeed() {
        LanguageModel model = lm7(5);
        DropoutTracer tracer = new DropoutTracer();
        DropoutTrace a = tracer.trace(model, sentence(), P, 1, 2, 1, "test");
        float keep = (float) (1 / (1 - P));
        int zeros = 0;
        for (float v : a.mask()) {
            assertTrue(v == 0f || v == keep, "a mask value of " + v);
            zeros += v == 0f ? 1 : 0;
        }
        // 1024 draws at p = 0.4: far more than 300 and far fewer than 520 dropped
        assertTrue(zeros > 300 && zeros < 520, zeros + " of " + a.mask().length + " dropped");
        DropoutTrace again = tracer.trace(model, sentence(), P, 1, 2, 1, "test");
        DropoutTrace other = tracer.trace(model, sentence(), P, 2, 2, 1, "test");
        assertArrayEquals(a.mask(), again.mask(), "the same seed draws the same mask");
        assertFalse(Arrays.equals(a.mask(), other.mask()), "another seed draws another mask");
        assertEquals(keep, (float) a.keepScale());
    }

    @Test
    void theDroppedOutputIsTheRawOutputTimesTheMaskTheModelUsed() {
        LanguageModel model = lm7(6);
        DropoutTrace d = new DropoutTracer().trace(model, sentence(), P, 9, 2, 1, "test");
        for (int k = 0; k < d.mask().length; k++) {
            assertEquals(d.raw()[k] * d.mask()[k], d.dropped()[k], 0f, "value " + k);
        }
        // an independent copy of the model, its dropout started from the same seed, drops the same units
        StackedRnnModel copy = (StackedRnnModel) lm7(6);
        copy.setDropout(P);
        copy.reseedDropout(9);
        int[] w = sentence();
        copy.forward(new Batch(1, w.length, w.length, w, new int[w.length], 0), true);
        assertArrayEquals(copy.traceDropoutMask(0), d.mask(), 0f);
        assertArrayEquals(Mem.of(copy.droppedOutputs()).copyFloats(0, d.dropped().length), d.dropped(), 0f);
    }

    @Test
    void theRawOutputIsTheEvalTraceOfTheTopLayerBecauseDropoutSitsAfterTheStack() {
        LanguageModel model = lm7(7);
        DropoutTrace d = new DropoutTracer().trace(model, sentence(), P, 3, 2, 1, "test");
        SentenceTrace eval = new SentenceTracer().trace(model, VOCAB, sentence(), -1, "test");
        LayerTrace top = eval.layers().get(eval.layers().size() - 1);
        assertArrayEquals(top.h(), d.raw(), 1e-6f);
    }

    @Test
    void perStepValuesAverageToThePenaltiesTheTrainerComputesOnTheSamePass() {
        LanguageModel model = lm7(8);
        DropoutTracer tracer = new DropoutTracer();
        DropoutTrace d = tracer.trace(model, sentence(), P, 4, 2, 1, "test");
        LanguageModel pass = tracer.lastPassModel();
        // the trainer's own penalty code (RnnRegularizer calls these) on the pass's own arrays, B = 1
        double ar = ActivationPenalty.ar(pass.droppedOutputs(), null, 0);
        double tar = ActivationPenalty.tar(pass.rawOutputs(), 1, null, 0);
        assertTrue(ar > 1e-3 && tar > 1e-3, "values big enough to compare: " + ar + ", " + tar);
        assertEquals(ar, Arrays.stream(d.ar()).average().orElseThrow(), 1e-6 * ar);
        assertEquals(tar, Arrays.stream(d.tar()).skip(1).average().orElseThrow(), 1e-6 * tar);
        assertEquals(ar, d.arPenalty(), 1e-6 * ar);
        assertEquals(tar, d.tarPenalty(), 1e-6 * tar);
        assertTrue(Double.isNaN(d.tar()[0]), "no step before the first to compare with");
        // and each step's value is its own mean over the units
        int t = 5;
        double sum = 0;
        for (int u = 0; u < d.hidden(); u++) {
            double diff = d.raw()[t * d.hidden() + u] - d.raw()[(t - 1) * d.hidden() + u];
            sum += diff * diff;
        }
        assertEquals(sum / d.hidden(), d.tar()[t], 1e-6 * d.tar()[t]);
    }

    @Test
    void theTracedModelIsLeftAsItWas() {
        LanguageModel model = lm7(10);
        float[] before = Mem.of(model.params().flatValues()).copyFloats(0, (int) model.params().flatValues().length());
        new DropoutTracer().trace(model, sentence(), P, 4, 2, 1, "test");
        assertNull(model.rawOutputs(), "the traced model never ran a forward");
        assertArrayEquals(before, Mem.of(model.params().flatValues()).copyFloats(0, before.length), 0f);
    }

    @Test
    void atPZeroNothingIsDroppedAndTheMaskIsAllOnes() {
        DropoutTrace d = new DropoutTracer().trace(lm7(11), sentence(), 0, 4, 2, 1, "test");
        for (int k = 0; k < d.mask().length; k++) {
            assertEquals(1f, d.mask()[k]);
            assertEquals(d.raw()[k], d.dropped()[k]);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM4", "LM6", "GRU"})
    void rungsWithoutDropoutAreRefusedInOneSentence(ModelKind kind) {
        LanguageModel m = Models.create(ModelConfig.book(kind, VOCAB.size()), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> new DropoutTracer().trace(m, sentence(), P, 1, 0, 0, "test"));
        assertEquals(kind.bookName() + " has no dropout: only LMModel7 drops units in training, so its train mode is the same as eval mode.",
                e.getMessage());
    }
}
