package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.DropoutTracer;
import io.unrolled.train.TrainingRun;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The views' train mode, switched and received without any FX toolkit (the test thread plays the UI thread). */
class DropoutWatchTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    private final UiQueue ui = new UiQueue();
    private final TrainingSession session = new TrainingSession(ui);
    private final SentenceWatch sentences = session.sentences();
    private final DropoutWatch dropout = session.dropout();

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private void await(java.util.function.BooleanSupplier ok) throws InterruptedException {
        ui.pumpUntil(ok, Duration.ofSeconds(60));
    }

    @Test
    void trainModeBringsThePassOfTheWatchedSentenceAndEvalModeTakesItAway() throws Exception {
        session.selectModel(ModelKind.LM7);
        sentences.traceStretch(2);
        await(() -> sentences.traceProperty().get() != null);
        assertNull(dropout.traceProperty().get(), "eval mode: no mask");
        dropout.setOn(true);
        await(() -> dropout.traceProperty().get() != null);
        DropoutTrace d = dropout.traceProperty().get();
        SentenceTrace s = sentences.traceProperty().get();
        assertArrayEquals(s.words(), d.words());
        assertEquals("before training", d.weights());
        assertEquals(0.4, d.p(), 1e-12);
        assertEquals(2.0, d.alpha(), 1e-12);
        DropoutTrace expected = new DropoutTracer().trace(
                TrainingRun.initialModel(ModelKind.LM7, session.settings(), VOCAB.size()), s.words(), 0.4, dropout.seed(), 2, 1, "x");
        assertArrayEquals(expected.mask(), d.mask());
        assertArrayEquals(expected.ar(), d.ar());

        session.setDropout(0.1);
        await(() -> dropout.traceProperty().get().p() == 0.1);
        dropout.nextMask();
        long seed = dropout.seed();
        await(() -> dropout.traceProperty().get().seed() == seed);

        dropout.setOn(false);
        assertNull(dropout.traceProperty().get(), "eval mode again: the mask disappears");
    }

    @Test
    void theMaskFollowsTheWeightsBetweenBatchesOfARun() throws Exception {
        session.selectModel(ModelKind.LM7);
        sentences.traceStretch(0);
        dropout.setOn(true);
        await(() -> dropout.traceProperty().get() != null);
        DropoutTrace before = dropout.traceProperty().get();
        session.stepOnce();
        await(() -> session.batchesSeenProperty().get() == 1);
        sentences.refresh();   // the run waits paused after its batch: traced at once, with the batch's weights
        await(() -> dropout.traceProperty().get() != null && dropout.traceProperty().get().weights().equals("epoch 0, after 1 batch"));
        DropoutTrace after = dropout.traceProperty().get();
        assertArrayEquals(before.mask(), after.mask(), "one seed, one mask: only the weights moved");
        assertTrue(before.ar()[5] != after.ar()[5], "a batch of Adam changes what the penalties see");
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == TrainingSession.State.STOPPED, Duration.ofSeconds(30));
    }

    @Test
    void aRungWithoutDropoutGetsNoPass() throws Exception {
        session.selectModel(ModelKind.LM6);
        dropout.setOn(true);
        sentences.traceStretch(1);
        await(() -> sentences.traceProperty().get() != null);
        await(() -> ui.pending() == 0);
        assertNull(dropout.traceProperty().get());
    }
}
