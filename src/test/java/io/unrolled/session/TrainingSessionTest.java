package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession.State;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The presentation model without any FX toolkit: the test thread plays the UI thread. */
class TrainingSessionTest {

    /**
     * How long a whole run may take before the test gives up: a safety net, not a speed check. A
     * 15-epoch LMModel4 run takes seconds here, but took over 90 s with the machine's two cores
     * shared by a dozen busy processes.
     */
    private static final Duration WHOLE_RUN = Duration.ofMinutes(5);

    private final UiQueue ui = new UiQueue();
    private final TrainingSession session = new TrainingSession(ui);

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    @Test
    void aRunFillsTheChartsAndTheEpochTable() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(7, 2, 3e-3);
        session.train();
        assertEquals(State.RUNNING, session.stateProperty().get());
        ui.pumpUntil(() -> session.stateProperty().get() == State.FINISHED, WHOLE_RUN);
        assertEquals(2, session.epochs().size());
        assertEquals(98, session.batchesSeenProperty().get(), "49 batches per epoch");
        assertEquals(98, session.rawLoss().size());
        assertEquals(1.0, session.progressProperty().get().overall(), 1e-12);
        assertTrue(session.statusProperty().get().startsWith("Finished: accuracy"), session.statusProperty().get());
        String line = session.progressProperty().get().line();
        assertTrue(line.matches("2 epochs · took \\d\\d:\\d\\d"), "no time left once done: " + line);
    }

    @Test
    void aSliderMovedDuringTrainingReachesTheTrainer() throws Exception {
        session.selectModel(ModelKind.LM7);
        session.train();
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > 0, Duration.ofSeconds(60));
        session.setAlpha(3.5);
        session.setDropout(0.1);
        assertEquals(3.5, session.trainerKnobs().orElseThrow().alpha(), 0);
        assertEquals(0.1, session.trainerKnobs().orElseThrow().dropout(), 0);
        long seen = session.batchesSeenProperty().get();
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > seen + 2, Duration.ofSeconds(60));
        double ar = session.lastMetricsProperty().get().arTerm();
        assertTrue(ar > 0, "AR acts with the new alpha");
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
    }

    @Test
    void stepTrainsExactlyOneBatchAndWaitsSayingWhereItIs() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.stepOnce();
        assertEquals(State.PAUSED, session.stateProperty().get());
        // the status names the place only once the trainer waits, and every batch it trained was handed over first
        ui.pumpUntil(() -> session.statusProperty().get().startsWith("Paused in"), Duration.ofSeconds(60));
        assertEquals("Paused in epoch 0 after 1 of 49 batches. Space or Train goes on; Right trains one batch.",
                session.statusProperty().get());
        assertEquals(1, session.batchesSeenProperty().get(), "paused after one batch");
        session.stepOnce();
        ui.pumpUntil(() -> session.statusProperty().get().startsWith("Paused in epoch 0 after 2 "), Duration.ofSeconds(30));
        assertEquals(2, session.batchesSeenProperty().get());
        session.train();
        assertEquals(State.RUNNING, session.stateProperty().get());
        assertTrue(session.statusProperty().get().startsWith("Training LMModel4"), "Train goes on: " + session.statusProperty().get());
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
        assertThrows(IllegalArgumentException.class, () -> session.configure(1, 0, 1e-3), "epochs 0 is refused");
        assertThrows(IllegalArgumentException.class, () -> session.configure(1, 3, Double.NaN), "a NaN learning rate is refused");
    }

    @Test
    void whilePausedTheStatusSaysPausedAndWhereNotTraining() throws Exception {
        session.selectModel(ModelKind.LM7);
        session.train();                         // the book's 15 epochs: still going when Pause comes, however slow the machine
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > 2, Duration.ofSeconds(60));
        session.pause();
        assertEquals("Paused.", session.statusProperty().get(), "at once, before the trainer has finished its batch");
        ui.pumpUntil(() -> session.statusProperty().get().matches("Paused (in|at) .*"), Duration.ofSeconds(30));
        var last = session.lastMetricsProperty().get();
        String place = last.batch() + 1 == 49 ? "at the end of epoch " + last.epoch()   // paused between two epochs
                : String.format("in epoch %d after %d of 49 batches", last.epoch(), last.batch() + 1);
        assertEquals("Paused " + place + ". Space or Train goes on; Right trains one batch.", session.statusProperty().get(),
                "the place of the last batch shown: the trainer had handed every batch over before it said it waits");
        assertEquals(State.PAUSED, session.stateProperty().get());
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
        assertEquals("Stopped " + place + ".", session.statusProperty().get());
        assertEquals(last, session.lastMetricsProperty().get(), "nothing trained while paused");
    }

    @Test
    void rightOrStepLeavesARunningRunRunning() throws Exception {
        session.selectModel(ModelKind.LM6);
        session.train();
        session.stepOnce();
        assertEquals(State.RUNNING, session.stateProperty().get(), "stepping is for a run that stands still");
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
    }

    @Test
    void theRungCannotChangeUnderARunningTrainer() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.train();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> session.selectModel(ModelKind.LM6));
        assertTrue(e.getMessage().startsWith("Stop training"), e.getMessage());
        session.reset();
        assertEquals(State.IDLE, session.stateProperty().get());
    }

    @Test
    void aDivergingRunStopsItselfAndSaysWhy() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(42, 3, 0.3);          // the book's lr x100: the loss explodes within the first epoch
        String[] saidWhenItDiverged = new String[1];  // what the window's notice, which listens to the state, shows
        session.stateProperty().addListener((o, was, now) -> {
            if (now == State.DIVERGED) {
                saidWhenItDiverged[0] = session.statusProperty().get();
            }
        });
        session.train();
        ui.pumpUntil(() -> session.stateProperty().get() != State.RUNNING, WHOLE_RUN);
        assertEquals(State.DIVERGED, session.stateProperty().get(), session.statusProperty().get());
        String why = session.statusProperty().get();
        assertTrue(why.startsWith("Training diverged at epoch 0, batch"), why);
        assertTrue(why.contains("The learning rate (peak 0.300) is probably too high"), why);
        assertTrue(why.contains("weights were put back to where training started"), why);
        assertEquals(0, session.epochs().size(), "no epoch row for weights that were not kept");
        assertEquals(why, saidWhenItDiverged[0], "the status is set before the state changes");
    }

    @Test
    void theBooksLearningRateTimesAHundredOverAWholeRunIsNamedAsTheCause() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(42, 15, 0.3);         // over 15 epochs the one-cycle warm-up is slower: the run may
        session.train();                        // blow up, or settle at always "thousand"; either way it must say why
        ui.pumpUntil(() -> session.stateProperty().get() != State.RUNNING, WHOLE_RUN);
        String why = session.statusProperty().get();
        assertTrue(session.stateProperty().get() == State.DIVERGED || why.startsWith("Finished at the baseline"), why);
        assertTrue(why.contains("the learning rate (peak 0.300) is probably too high")
                || why.contains("The learning rate (peak 0.300) is probably too high"), why);
        assertTrue(session.warningProperty().get() != null, "a notice, not only the status line");
        session.reset();
        assertNull(session.warningProperty().get(), "the next run starts without the last one's notice");
    }

    @Test
    void aSliderMovedMidRunEndsTheComparisonWithTheBookAndIsNamedInTheRunsLabel() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.train();
        assertTrue(session.runMatchesBook(), "the book's settings");
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > 0, Duration.ofSeconds(60));
        session.setWeightDecay(0.05);
        ui.pumpUntil(() -> session.stateProperty().get() == State.FINISHED, WHOLE_RUN);
        assertTrue(!session.runMatchesBook(), "epochs after the move were not trained with the book's settings");
        String label = session.pastRuns().get(0).label();
        assertTrue(label.contains("sliders moved during the run"), label);
    }

    @Test
    void loadingAModelOfTheRungAlreadyChosenKeepsTheSliders() throws Exception {
        session.selectModel(ModelKind.LM7);
        session.setDropout(0.6);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("unrolled").resolve("lm7.npz");
        io.unrolled.train.Checkpoint.save(file, io.unrolled.models.Models.create(
                io.unrolled.models.ModelConfig.book(ModelKind.LM7, 30), 3), java.util.List.of(), io.unrolled.train.Ladder.recipe(ModelKind.LM7));
        session.loadModel(file);
        ui.pumpUntil(() -> session.statusProperty().get().startsWith("Loaded"), Duration.ofSeconds(60));
        assertEquals(0.6, session.knobs().dropout(), 0, "the slider still says 0.6, and so does the next run");
        assertTrue(session.hasWeightsProperty().get());
    }

    @Test
    void closingWhileTrainingStopsTheTrainerThread() throws Exception {
        session.selectModel(ModelKind.LM6);
        session.train();
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > 0, Duration.ofSeconds(60));
        // true only once the session's trainer thread has finished: other tests' sessions have
        // trainer threads of the same name, so looking threads up by name could blame this one
        assertTrue(session.shutdown(), "the trainer thread ends within the shutdown timeout");
        assertEquals(State.RUNNING, session.stateProperty().get(), "it was stopped mid-run, not finished");
    }

    @Test
    void stopPressedBeforeTheTrainerHasBuiltItsModelStillStopsTheRun() throws Exception {
        session.selectModel(ModelKind.LM7);
        // hold the trainer thread, so that Stop surely comes before its turn however busy the machine is
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        session.trainerThreadForTests().execute(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(held.await(30, java.util.concurrent.TimeUnit.SECONDS), "the trainer thread took the holding task");
        session.train();
        session.stop();                          // the trainer has not even begun to build data and model
        release.countDown();
        ui.pumpUntil(() -> session.stateProperty().get() != State.RUNNING, Duration.ofSeconds(30));
        assertEquals(State.STOPPED, session.stateProperty().get(), session.statusProperty().get());
        assertEquals("Stopped before the first batch.", session.statusProperty().get());
        assertEquals(0, session.batchesSeenProperty().get(), "the trainer asks for its turn before every batch, the first too");
        assertEquals(0, session.epochs().size(), "no epoch ran");
        assertTrue(!session.hasWeightsProperty().get(), "an untrained model is nothing to save or to ask about");
    }

    @Test
    void aSliderMovedBeforeTheTrainerHasBuiltItsModelIsInTheRunsKnobs() throws Exception {
        session.selectModel(ModelKind.LM7);      // the book trains it with alpha 2
        session.train();
        session.setAlpha(0);                     // the trainer thread may not have built the model yet
        assertEquals(0.0, session.trainerKnobs().orElseThrow().alpha(), 0.0,
                "the run's knobs hold it at once; LearnerControlTest shows they reach the first batch");
        ui.pumpUntil(() -> session.batchesSeenProperty().get() > 0, Duration.ofSeconds(60));
        session.stop();
        ui.pumpUntil(() -> session.stateProperty().get() == State.STOPPED, Duration.ofSeconds(30));
    }

    @Test
    void theWarmUpReportsBackOnTheUiThreadAndChangesNoNumberOfTheRealRun() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(7, 1, 3e-3);
        java.util.concurrent.atomic.AtomicReference<Thread> reportedOn = new java.util.concurrent.atomic.AtomicReference<>();
        session.warmUp(() -> reportedOn.set(Thread.currentThread()));
        ui.pumpUntil(() -> reportedOn.get() != null, Duration.ofSeconds(60));
        assertEquals(Thread.currentThread(), reportedOn.get(), "the test thread plays the UI thread");
        assertEquals(State.IDLE, session.stateProperty().get(), "warming up is not a run");
        assertEquals(0, session.batchesSeenProperty().get(), "and shows nothing");
        session.train();
        ui.pumpUntil(() -> session.stateProperty().get() == State.FINISHED, WHOLE_RUN);

        TrainingSession cold = new TrainingSession(ui);
        try {
            cold.selectModel(ModelKind.LM4);
            cold.configure(7, 1, 3e-3);
            cold.train();
            ui.pumpUntil(() -> cold.stateProperty().get() == State.FINISHED, WHOLE_RUN);
            assertEquals(cold.epochs().get(0).validLoss(), session.epochs().get(0).validLoss(), 0.0, "same seed, same numbers");
            assertEquals(cold.epochs().get(0).trainLoss(), session.epochs().get(0).trainLoss(), 0.0);
        } finally {
            cold.shutdown();
        }
    }

    @Test
    void onceTheWindowHasAskedForAWarmUpChoosingAnotherRungWarmsThatOneUp() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.selectModel(ModelKind.LM5);
        assertNull(session.warmUps().lastRung(), "choosing rungs starts no warm-up before the window asks for one");
        java.util.concurrent.atomic.AtomicInteger ready = new java.util.concurrent.atomic.AtomicInteger();
        session.warmUp(ready::incrementAndGet);
        assertEquals(ModelKind.LM5, session.warmUps().lastRung());
        session.selectModel(ModelKind.LM6);
        assertEquals(ModelKind.LM6, session.warmUps().lastRung(), "the rung just chosen is the one warmed up");
        assertEquals(2, session.warmUps().started());
        session.selectModel(ModelKind.LM6);
        assertEquals(2, session.warmUps().started(), "the same rung again starts nothing");
        session.configure(7, 1, 1e-2);
        session.train();                          // cuts the LMModel6 warm-up short
        ui.pumpUntil(() -> session.stateProperty().get() == State.FINISHED, WHOLE_RUN);
        assertEquals(1, session.epochs().size());
        assertEquals(1, ready.get(), "the window's ready action ran once, after the latest warm-up");
    }
}
