package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.UnitRanking;
import io.unrolled.trace.UnitRanking.Quantity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Gates tab's ranking: the units it lists first really are the largest at that word. */
class UnitRankingTest {

    private static final Corpus CORPUS = Corpus.humanNumbers();
    private static final List<String> VOCAB = CORPUS.vocab().words();

    private static SentenceTrace realTrace(ModelKind kind) {
        LanguageModel model = Models.create(ModelConfig.book(kind, VOCAB.size()), 5);
        model.params().flatValues().muli(3);   // larger weights than at start: units that differ clearly
        int[] words = new int[16];
        for (int t = 0; t < words.length; t++) {
            words[t] = CORPUS.num(50472 + 3 + t);
        }
        return new SentenceTracer().trace(model, VOCAB, words, CORPUS.num(50472 + 3 + 16), "test");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM4", "LM5", "LM6", "GRU"})
    void theRankedUnitsAreTheLargestAtEveryWordOfARealTrace(ModelKind kind) {
        SentenceTrace trace = realTrace(kind);
        for (LayerTrace layer : trace.layers()) {
            for (Quantity q : layer instanceof LstmLayerTrace ? Quantity.values() : new Quantity[] {Quantity.H}) {
                for (int t = 0; t < trace.steps(); t++) {
                    int[] top = UnitRanking.strongest(layer, q, t, 8);
                    assertEquals(8, top.length);
                    Set<Integer> chosen = new HashSet<>();
                    for (int k = 0; k < top.length; k++) {
                        chosen.add(top[k]);
                        double v = Math.abs(value(layer, q, t, top[k]));
                        if (k > 0) {
                            assertTrue(Math.abs(value(layer, q, t, top[k - 1])) >= v, "largest first at step " + t);
                        }
                    }
                    assertEquals(8, chosen.size(), "eight different units");
                    double eighth = Math.abs(value(layer, q, t, top[7]));
                    for (int u = 0; u < layer.hidden(); u++) {
                        if (!chosen.contains(u)) {
                            assertTrue(Math.abs(value(layer, q, t, u)) <= eighth,
                                    kind + " " + q + " step " + t + ": unit " + u + " is larger than the eighth ranked unit");
                        }
                    }
                }
            }
        }
    }

    /** Read straight from the trace's arrays, not through the ranking's own reader. */
    private static float value(LayerTrace layer, Quantity q, int t, int u) {
        return q == Quantity.C ? ((LstmLayerTrace) layer).c()[t * layer.hidden() + u] : layer.h()[t * layer.hidden() + u];
    }

    @Test
    void strengthIsTheSizeSoAStrongNegativeOutranksAWeakPositive() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, UnitRanking.byStrength(new float[] {0.2f, -0.9f, 0.1f, 0.5f}));
    }

    @Test
    void equalSizesKeepUnitOrderAndANanComesLast() {
        assertArrayEquals(new int[] {2, 0, 1, 3}, UnitRanking.byStrength(new float[] {0.5f, -0.5f, 0.7f, Float.NaN}));
    }

    @Test
    void onlyAnLstmLayerHasACellStateToRankBy() {
        LayerTrace gru = realTrace(ModelKind.GRU).layers().get(0);
        assertThrows(IllegalArgumentException.class, () -> UnitRanking.values(gru, Quantity.C, 0));
    }
}
