package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.session.Generations.Generation;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TextGenerator;
import io.unrolled.train.TrainingRun;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Continuations asked for through the session and received on the "UI" thread, without any FX toolkit. */
class GenerationsTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    private static final List<String> PREFIX = List.of("seven", "thousand", "three", "hundred");
    private final UiQueue ui = new UiQueue();
    private final TrainingSession session = new TrainingSession(ui);
    private final Generations generations = session.sentences().generations();

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private Generation generate(List<String> prefix, int words, double temperature, long seed) throws InterruptedException {
        Generation before = generations.resultProperty().get();
        generations.generate(prefix, words, temperature, seed);
        ui.pumpUntil(() -> generations.resultProperty().get() != before, Duration.ofSeconds(60));
        return generations.resultProperty().get();
    }

    private static List<String> words(int[] ids) {
        return Arrays.stream(ids).mapToObj(VOCAB::get).toList();
    }

    @Test
    void theSameSeedGivesTheSameSampledWordsAndGreedyMatchesTheModelsOwnArgmax() throws Exception {
        session.selectModel(ModelKind.LM6);
        Generation first = generate(PREFIX, 12, 1.5, 7);
        Generation again = generate(PREFIX, 12, 1.5, 7);
        assertEquals(first.sampled(), again.sampled(), "same seed, same words");
        assertEquals(12, first.greedy().size());
        assertEquals("before training", first.weights());

        LanguageModel start = TrainingRun.initialModel(ModelKind.LM6, session.settings(), VOCAB.size());
        int[] prefix = PREFIX.stream().mapToInt(VOCAB::indexOf).toArray();
        TextGenerator direct = new TextGenerator(new SentenceTracer());
        assertEquals(words(direct.generate(start, prefix, 12, TextGenerator.Choice.greedy())), first.greedy());
        assertEquals(words(direct.generate(start, prefix, 12, TextGenerator.Choice.sampled(1.5, 7))), first.sampled());

        boolean anotherSeedDiffers = false;
        for (long seed = 8; seed < 20 && !anotherSeedDiffers; seed++) {
            anotherSeedDiffers = !generate(PREFIX, 12, 1.5, seed).sampled().equals(first.sampled());
        }
        assertTrue(anotherSeedDiffers, "the seed matters: an untrained model at T=1.5 is far from deterministic");
    }

    @Test
    void caseIsForgivenAndTheResultIsImmutable() throws Exception {
        Generation g = generate(List.of("Seven", "THOUSAND", "three"), 3, 0.5, 1);
        assertEquals(List.of("seven", "thousand", "three"), g.prefix());
        assertThrowsUnsupported(() -> g.greedy().add("x"));
    }

    private static void assertThrowsUnsupported(Runnable r) {
        try {
            r.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("a generation's words can be changed");
    }

    @Test
    void badInputIsNamedAndChangesNothing() throws Exception {
        Generation g = generate(PREFIX, 3, 1, 1);
        generations.generate(List.of("seven", "bazillion"), 3, 1, 1);
        assertTrue(generations.problemProperty().get().contains("\"bazillion\""), generations.problemProperty().get());
        generations.generate(PREFIX, 3, 0, 1);
        assertTrue(generations.problemProperty().get().contains("temperature"));
        generations.generate(PREFIX, 3, Double.NaN, 1);
        assertTrue(generations.problemProperty().get().contains("temperature"));
        generations.generate(List.of(), 3, 1, 1);
        assertNotNull(generations.problemProperty().get());
        assertSame(g, generations.resultProperty().get(), "nothing else changed");
    }

    @Test
    void aPrefixTooShortForTheRungIsExplained() throws Exception {
        session.selectModel(ModelKind.LM1);
        generations.generate(List.of("seven"), 3, 1, 1);
        ui.pumpUntil(() -> generations.problemProperty().get() != null, Duration.ofSeconds(60));
        assertTrue(generations.problemProperty().get().contains("at least 3 words"), generations.problemProperty().get());
        assertNull(generations.resultProperty().get());
    }
}
