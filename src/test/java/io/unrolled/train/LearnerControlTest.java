package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.LmData;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.trace.LstmLayerTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The trainer as the window will drive it: determinism, live knobs, pause/step/stop, traces, divergence. */
class LearnerControlTest {

    private static Learner learner(ModelKind kind, TrainConfig config, long seed) {
        LmData data = LmData.of(kind.data(), config.batchSize(), config.seqLen());
        LanguageModel model = Models.create(ModelConfig.book(kind, 30).withDropout(config.dropout()), seed);
        return new Learner(model, data, config);
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        TrainConfig c = Ladder.recipe(ModelKind.LM7).withEpochs(1);
        FitOutcome a = learner(ModelKind.LM7, c, 11).fit();
        FitOutcome b = learner(ModelKind.LM7, c, 11).fit();
        FitOutcome other = learner(ModelKind.LM7, c, 12).fit();
        assertEquals(a.last().trainLoss(), b.last().trainLoss(), 0);
        assertEquals(a.last().validLoss(), b.last().validLoss(), 0);
        assertTrue(a.last().validLoss() != other.last().validLoss(), "another seed is another start");
    }

    @Test
    void knobsTurnedBeforeTheRunIsBuiltActFromItsFirstBatch() {
        // the window makes a run's knobs before the trainer thread builds its model, so a slider
        // moved in between must reach the first batch
        TrainConfig config = Ladder.recipe(ModelKind.LM7).withEpochs(1);   // alpha 2
        double[] firstAr = new double[2];
        for (int turned = 0; turned < 2; turned++) {
            LiveHyperParams knobs = new LiveHyperParams(config);
            RunControl control = new RunControl();
            if (turned == 1) {
                knobs.setAlpha(0);
            }
            TrainingRun run = TrainingRun.create(ModelKind.LM7, config, knobs, control);
            int k = turned;
            run.learner().addListener(new TrainingListener() {
                @Override
                public void onBatch(StepMetrics m) {
                    firstAr[k] = m.arTerm();
                    control.stop();
                }
            });
            run.fit();
        }
        assertTrue(firstAr[0] > 0, "untouched, the recipe's alpha 2 gives the first batch an AR term");
        assertEquals(0.0, firstAr[1], 0.0, "alpha 0 from the very first batch");
    }

    @Test
    void aKnobTurnedDuringTrainingActsFromTheNextBatch() {
        Learner l = learner(ModelKind.LM7, Ladder.recipe(ModelKind.LM7).withEpochs(1), 3);
        List<StepMetrics> seen = new ArrayList<>();
        l.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                seen.add(m);
                if (m.batch() == 4) {
                    l.hyperParams().setAlpha(0);
                    l.hyperParams().setBeta(5);
                }
            }
        });
        l.fit();
        assertTrue(seen.get(4).arTerm() > 0, "alpha 2 from the recipe applies before the change");
        assertEquals(0.0, seen.get(5).arTerm(), 0);
        assertTrue(seen.get(5).tarTerm() > 4 * seen.get(4).tarTerm() / 1.5, "beta 5 multiplies TAR from the next batch");
        assertEquals(seen.get(5).loss(), seen.get(5).crossEntropy() + seen.get(5).tarTerm(), 1e-9);
    }

    @Test
    void pausedTrainerRunsExactlyOneBatchPerStepAndStopsWhenAsked() throws Exception {
        Learner l = learner(ModelKind.LM4, Ladder.recipe(ModelKind.LM4), 1);
        BlockingQueue<StepMetrics> batches = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> holds = new LinkedBlockingQueue<>();   // batches done in the epoch when it began to wait
        l.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                batches.add(m);
            }

            @Override
            public void onHold(int epoch, int batchesDone, int batchesPerEpoch) {
                holds.add(batchesDone);
            }
        });
        l.control().pause();
        CompletableFuture<FitOutcome> run = CompletableFuture.supplyAsync(l::fit);
        // onHold comes on the trainer thread after every batch it trained was reported: no sleeping needed
        assertEquals(0, holds.poll(30, TimeUnit.SECONDS), "it waits before the first batch");
        assertTrue(batches.isEmpty(), "nothing runs while paused");
        l.control().stepOnce();
        assertEquals(1, holds.poll(30, TimeUnit.SECONDS));
        assertEquals(0, batches.remove().batch());
        assertTrue(batches.isEmpty(), "one step is one batch");
        l.control().stepOnce();
        assertEquals(2, holds.poll(30, TimeUnit.SECONDS));
        assertEquals(1, batches.remove().batch());
        l.control().stop();
        FitOutcome outcome = run.get(30, TimeUnit.SECONDS);
        assertEquals(FitOutcome.Status.STOPPED, outcome.status());
        assertTrue(batches.isEmpty() && holds.isEmpty());
    }

    @Test
    void aRunStoppedBeforeItsFirstBatchTrainsNone() {
        Learner l = learner(ModelKind.LM7, Ladder.recipe(ModelKind.LM7), 1);
        List<StepMetrics> seen = new ArrayList<>();
        l.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                seen.add(m);
            }
        });
        l.control().stop();
        FitOutcome outcome = l.fit();
        assertEquals(FitOutcome.Status.STOPPED, outcome.status());
        assertEquals(List.of(), seen, "the stop request is checked before every batch, the first included");
        assertEquals(0, outcome.epochs().size());
    }

    @Test
    void aRequestedTraceHoldsEveryGateOfTheAskedRow() {
        Learner l = learner(ModelKind.LM7, Ladder.recipe(ModelKind.LM7).withEpochs(1), 5);
        List<StepTrace> traces = new ArrayList<>();
        l.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                if (m.batch() == 2) {
                    l.requestTrace(9);
                }
            }

            @Override
            public void onTrace(StepTrace t) {
                traces.add(t);
            }
        });
        l.fit();
        assertEquals(1, traces.size(), "one request, one trace");
        StepTrace t = traces.get(0);
        assertEquals(3, t.batch());
        assertEquals(9, t.row());
        assertEquals(2, t.layers().size());
        LstmLayerTrace top = assertInstanceOf(LstmLayerTrace.class, t.layers().get(1));
        assertInstanceOf(LstmLayerTrace.class, t.layers().get(0));
        assertEquals(16, top.steps());
        assertEquals(16 * 64, top.f().length);
        for (float f : top.f()) {
            assertTrue(f > 0 && f < 1, "a forget gate is a sigmoid");
        }
        assertNotNull(t.dropoutMask());
        for (float m : t.dropoutMask()) {
            assertTrue(m == 0f || Math.abs(m - 1 / 0.6f) < 1e-5, "mask entries are 0 or 1/(1-p)");
        }
        assertEquals(16 * 3, t.topIds().length);
        for (int s = 0; s < 16; s++) {
            assertTrue(t.topProbs()[s * 3] >= t.topProbs()[s * 3 + 1] && t.topProbs()[s * 3 + 1] >= t.topProbs()[s * 3 + 2]);
        }
        assertArrayEquals(LmData.of(ModelKind.LM7.data(), 64, 16).train().get(3).xRow(9), t.inputs());
    }

    @Test
    void aDivergingRunStopsAndPutsTheLastGoodWeightsBack() {
        Learner l = learner(ModelKind.LM4, Ladder.recipe(ModelKind.LM4).withEpochs(3), 2);
        double[] afterEpoch0 = new double[1];
        l.addCallback(new Callback() {
            @Override
            public void afterEpoch(Learner x) {
                afterEpoch0[0] = x.model().params().flatValues().sumNumber().doubleValue();
            }

            @Override
            public void afterLoss(Learner x) {
                if (x.epoch() == 1 && x.batchIndex() == 20) {
                    x.addPenalty(Double.NaN, 0);   // what a blown-up forward pass looks like
                }
            }
        });
        FitOutcome outcome = l.fit();
        assertEquals(FitOutcome.Status.DIVERGED, outcome.status());
        assertTrue(outcome.message().contains("epoch 1, batch 20"), outcome.message());
        assertTrue(outcome.message().contains("end of epoch 0"), outcome.message());
        assertEquals(1, outcome.epochs().size());
        assertEquals(afterEpoch0[0], l.model().params().flatValues().sumNumber().doubleValue(), 0);
    }

    @Test
    void theBooksLearningRateTimesAHundredIsCaughtBeforeItRecordsAnEpochAndTheStartIsKept() {
        Learner l = learner(ModelKind.LM4, Ladder.recipe(ModelKind.LM4).withEpochs(3).withLr(0.3), 42);
        double[] start = l.model().params().flatValues().dup().toDoubleVector();
        FitOutcome outcome = l.fit();
        assertEquals(FitOutcome.Status.DIVERGED, outcome.status(), outcome.message());
        // finite but absurd: a loss over ten times a blind guess's, long before anything becomes NaN
        assertTrue(outcome.message().contains("times that of a blind guess"), outcome.message());
        assertTrue(outcome.message().contains("where training started"), outcome.message());
        assertEquals(0, outcome.epochs().size());
        assertArrayEquals(start, l.model().params().flatValues().toDoubleVector(), 0);
    }
}
