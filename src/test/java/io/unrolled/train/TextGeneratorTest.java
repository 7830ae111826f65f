package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.data.TypedText;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextGeneratorTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();

    private static LanguageModel model(ModelKind kind) {
        LanguageModel m = Models.create(ModelConfig.book(kind, VOCAB.size()), 5);
        m.params().flatValues().muli(2);
        return m;
    }

    private static int[] prefix() {
        return TypedText.parse("seven thousand three hundred", Corpus.humanNumbers().vocab()).ids();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void greedyTakesTheTracedTopWordAfterEachWord(ModelKind kind) {
        LanguageModel model = model(kind);
        SentenceTracer tracer = new SentenceTracer();
        int[] words = new TextGenerator(tracer).generate(model, prefix(), 5, TextGenerator.Choice.greedy());
        int[] text = prefix();
        for (int w : words) {
            SentenceTrace t = tracer.trace(model, VOCAB, text, -1, "test");
            assertEquals(t.predictions().get(t.predictions().size() - 1).ranked(0), w);
            text = Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = w;
        }
    }

    @Test
    void theSameSeedGivesTheSameWordsAndAnotherSeedOtherWords() {
        LanguageModel model = model(ModelKind.LM6);
        TextGenerator g = new TextGenerator(new SentenceTracer());
        int[] a = g.generate(model, prefix(), 12, TextGenerator.Choice.sampled(1.5, 99));
        int[] b = g.generate(model, prefix(), 12, TextGenerator.Choice.sampled(1.5, 99));
        assertArrayEquals(a, b);
        boolean differs = false;
        for (long seed = 100; seed < 105 && !differs; seed++) {
            differs = !Arrays.equals(a, g.generate(model, prefix(), 12, TextGenerator.Choice.sampled(1.5, seed)));
        }
        assertTrue(differs, "sampling draws: some other seed continues differently");
    }

    @Test
    void drawsFollowTheDistributionRaisedToOneOverT() {
        double[] p = {0.5, 0.3, 0.15, 0.05};
        for (double temperature : new double[] {0.5, 1.0, 2.0}) {
            double[] q = Arrays.stream(p).map(v -> Math.pow(v, 1 / temperature)).toArray();
            double sum = Arrays.stream(q).sum();
            SplittableRandom rng = new SplittableRandom(3);
            int n = 40_000;
            int[] counts = new int[p.length];
            for (int k = 0; k < n; k++) {
                counts[TextGenerator.draw(p, temperature, rng)]++;
            }
            for (int w = 0; w < p.length; w++) {
                double expected = q[w] / sum;
                double sd = Math.sqrt(expected * (1 - expected) / n);
                assertEquals(expected, (double) counts[w] / n, 5 * sd, "T=" + temperature + ", word " + w);
            }
        }
    }

    @Test
    void aTinyTemperatureStillDrawsAWordItCouldNotUnderflow() {
        double[] p = {0.2, 0.7, 0.1};
        assertEquals(1, TextGenerator.draw(p, 1e-4, new SplittableRandom(1)));
    }

    @Test
    void aTemperatureThatIsNotAboveZeroIsRefused() {
        for (double t : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class, () -> TextGenerator.Choice.sampled(t, 1));
            assertTrue(e.getMessage().startsWith("temperature must be a number above 0"), e.getMessage());
        }
        assertFalse(TextGenerator.Choice.sampled(0.1, 1).greedyChoice());
    }

    @Test
    void aPrefixTooShortForTheRungAndABadCountAreRefused() {
        TextGenerator g = new TextGenerator(new SentenceTracer());
        var e = assertThrows(IllegalArgumentException.class,
                () -> g.generate(model(ModelKind.LM3), new int[] {1, 2}, 3, TextGenerator.Choice.greedy()));
        assertEquals("LMModel3 needs at least 3 words to continue; the text has 2.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> g.generate(model(ModelKind.LM4), prefix(), 0, TextGenerator.Choice.greedy()));
    }
}
