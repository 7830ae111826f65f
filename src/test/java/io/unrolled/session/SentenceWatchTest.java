package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.data.ValidationText;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The unrolled view's sentence, asked for and received without any FX toolkit (the test thread plays the UI thread). */
class SentenceWatchTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    private final UiQueue ui = new UiQueue();
    private final TrainingSession session = new TrainingSession(ui);
    private final SentenceWatch watch = session.sentences();

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private static int[] ids(List<String> words) {
        return words.stream().mapToInt(VOCAB::indexOf).toArray();
    }

    private void awaitTrace(java.util.function.Predicate<SentenceTrace> ok) throws InterruptedException {
        ui.pumpUntil(() -> watch.traceProperty().get() != null && ok.test(watch.traceProperty().get()), Duration.ofSeconds(60));
    }

    @Test
    void anUntrainedRungIsTracedWithTheWeightsARunWouldStartFrom() throws Exception {
        session.selectModel(ModelKind.LM6);
        watch.traceStretch(3);
        awaitTrace(t -> true);
        SentenceTrace t = watch.traceProperty().get();
        assertEquals("before training", t.weights());
        assertEquals(ModelKind.LM6.id(), t.model());
        ValidationText.Stretch s = ValidationText.of(16).stretch(3);
        assertArrayEquals(ids(s.words()), t.words());
        LanguageModel start = TrainingRun.initialModel(ModelKind.LM6, session.settings(), VOCAB.size());
        SentenceTrace expected = new SentenceTracer().trace(start, VOCAB, ids(s.words()), VOCAB.indexOf(s.next()), "x");
        for (int p = 0; p < 16; p++) {
            assertArrayEquals(expected.predictions().get(p).probs(), t.predictions().get(p).probs());
        }
        assertEquals(VOCAB.indexOf(s.next()), t.predictions().get(15).target());
    }

    @Test
    void aPausedRunIsTracedAtOnceWithTheBatchItReached() throws Exception {
        session.selectModel(ModelKind.LM4);
        watch.traceSentence(List.of("Seven", "thousand", "three", "hundred"));
        awaitTrace(t -> true);
        SentenceTrace before = watch.traceProperty().get();
        session.stepOnce();
        ui.pumpUntil(() -> session.batchesSeenProperty().get() == 1, Duration.ofSeconds(60));
        watch.traceSentence(List.of("seven", "thousand", "three", "hundred", "twenty"));
        awaitTrace(t -> t.steps() == 5);
        SentenceTrace t = watch.traceProperty().get();
        assertEquals(State.PAUSED, session.stateProperty().get(), "traced while the trainer waits");
        assertEquals(1, session.batchesSeenProperty().get());
        assertEquals("epoch 0, after 1 batch", t.weights());
        assertFalse(java.util.Arrays.equals(before.predictions().get(3).probs(), t.predictions().get(3).probs()),
                "one batch of training moved the prediction");
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
    }

    @Test
    void whileTrainingTheSentenceIsTracedAgainAsTheWeightsChange() throws Exception {
        session.selectModel(ModelKind.LM6);
        session.configure(42, 1, 1e-2);
        watch.traceStretch(0);
        awaitTrace(t -> true);
        List<SentenceTrace> seen = new ArrayList<>();
        List<State> states = new ArrayList<>();
        watch.traceProperty().addListener((o, a, b) -> {
            seen.add(b);
            states.add(session.stateProperty().get());
        });
        long t0 = System.nanoTime();
        session.train();
        ui.pumpUntil(() -> session.stateProperty().get() == State.FINISHED, Duration.ofSeconds(120));
        ui.pumpUntil(() -> !seen.isEmpty() && seen.get(seen.size() - 1).weights().equals("epoch 0, after 49 batches"), Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long during = states.stream().filter(s -> s == State.RUNNING).count();
        assertTrue(during >= 2, "traced again during the run: " + seen.stream().map(SentenceTrace::weights).toList());
        assertTrue(seen.size() <= seconds / (SentenceWatch.RETRACE_INTERVAL_MS / 1000.0) + 3,
                seen.size() + " traces in " + seconds + " s is more than one per interval");
        int lastBatch = 0;
        for (SentenceTrace t : seen) {
            int batch = Integer.parseInt(t.weights().replaceAll(".*after (\\d+) batch(es)?", "$1"));
            assertTrue(batch >= lastBatch, "traces arrive in training order");
            lastBatch = batch;
        }
        assertFalse(java.util.Arrays.equals(seen.get(0).predictions().get(0).probs(),
                seen.get(seen.size() - 1).predictions().get(0).probs()), "the predictions changed with the weights");
    }

    @Test
    void anUnknownWordChangesNothingAndIsNamed() throws Exception {
        session.selectModel(ModelKind.LM5);
        watch.traceSentence(List.of("one", "two"));
        awaitTrace(t -> true);
        SentenceTrace kept = watch.traceProperty().get();
        watch.traceSentence(List.of("one", "twoo", "three"));
        assertEquals("\"twoo\" (word 2) is not one of the 30 words the model knows. Did you mean two?", watch.problemProperty().get());
        assertSame(kept, watch.traceProperty().get());
        watch.traceSentence(List.of("one", "two", "three"));
        awaitTrace(t -> t.steps() == 3);
        assertNull(watch.problemProperty().get(), "a good sentence clears the problem");
    }

    @Test
    void aSentenceTooShortForTheRungIsExplained() throws Exception {
        session.selectModel(ModelKind.LM1);
        watch.traceSentence(List.of("one", "two"));
        ui.pumpUntil(() -> watch.problemProperty().get() != null, Duration.ofSeconds(60));
        assertEquals("LMModel1 needs three words (it reads the last three); the text has 2 words.", watch.problemProperty().get());
        assertNull(watch.traceProperty().get());
    }

    @Test
    void aLoadedModelIsTracedAsLoadedAndResetGoesBackToTheStart() throws Exception {
        session.selectModel(ModelKind.GRU);
        Path file = Files.createTempDirectory("unrolled").resolve("gru.npz");
        LanguageModel saved = Models.create(ModelConfig.book(ModelKind.GRU, 30), 77);
        Checkpoint.save(file, saved, VOCAB, Ladder.recipe(ModelKind.GRU));
        watch.traceStretch(0);
        awaitTrace(t -> true);
        session.loadModel(file);
        awaitTrace(t -> t.weights().equals("loaded from gru.npz"));
        int[] words = watch.traceProperty().get().words();
        SentenceTrace expected = new SentenceTracer().trace(saved, VOCAB, words, -1, "x");
        assertArrayEquals(expected.predictions().get(5).probs(), watch.traceProperty().get().predictions().get(5).probs());
        session.reset();
        awaitTrace(t -> t.weights().equals("before training"));
    }

    @Test
    void afterALoadOnlyTheLoadedWeightsAreTracedEvenWithAWarmUpToCome() throws Exception {
        session.warmUp(() -> { });   // as the window does: from now on choosing a rung warms it up
        Path file = Files.createTempDirectory("unrolled").resolve("lm5.npz");
        LanguageModel saved = Models.create(ModelConfig.book(ModelKind.LM5, 30), 91);
        Checkpoint.save(file, saved, VOCAB, Ladder.recipe(ModelKind.LM5));
        watch.traceStretch(0);
        awaitTrace(t -> true);
        List<SentenceTrace> shown = new ArrayList<>();
        watch.traceProperty().addListener((o, was, now) -> shown.add(now));
        session.loadModel(file);
        awaitTrace(t -> t.weights().equals("loaded from lm5.npz"));
        for (SentenceTrace t : shown) {
            assertEquals("loaded from lm5.npz", t.weights(), "no other weights are shown once the load is asked for");
        }
        int[] words = watch.traceProperty().get().words();
        SentenceTrace expected = new SentenceTracer().trace(saved, VOCAB, words, -1, "x");
        assertArrayEquals(expected.predictions().get(5).probs(), watch.traceProperty().get().predictions().get(5).probs());
        assertEquals(ModelKind.LM5, session.warmUps().lastRung(), "the loaded rung is still warmed up, after its trace");
    }
}
