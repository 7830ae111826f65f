package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunEndingTest {

    private static final List<EpochResult> TWO_EPOCHS = List.of(new EpochResult(0, 2.1, 2.1, 1.9, 0.41, 1.0),
            new EpochResult(1, 1.7, 1.7, 1.6, 0.5321, 1.0));

    @Test
    void aCompletedRunReportsItsLastAccuracyBesideTheBooks() {
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.COMPLETED, "", TWO_EPOCHS), ModelKind.LM7, 1e-2, "");
        assertEquals(State.FINISHED, end.state());
        assertEquals("Finished: accuracy 53.2 % (book 86.9 %).", end.status());
        assertNull(end.warning(), "nothing to raise a notice about");
    }

    @Test
    void aRunThatGotWorseAndEndedAtTheBaselineBlamesTheLearningRate() {
        // what lr x100 does to LMModel4: better at first, then stuck saying "thousand"
        List<EpochResult> collapsed = List.of(new EpochResult(0, 1.547, 1.547, 2.2, 0.4435, 0.1),
                new EpochResult(1, 1.556, 1.556, 2.1, 0.3298, 0.1), new EpochResult(2, 2.717, 2.717, 2.78, 0.1519, 0.1));
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.COMPLETED, "", collapsed), ModelKind.LM4, 0.3, "");
        assertEquals(State.FINISHED, end.state());
        assertEquals("Finished at the baseline: accuracy 15.2 %, about what always saying \"thousand\" gets (15.2 %). "
                + "The loss rose from 1.55 to 2.72 on the way: the learning rate (peak 0.300) is probably too high for this model.", end.status());
        assertEquals("The model learned no more than the baseline", end.warning(), "worth a notice, like a divergence");
    }

    @Test
    void aRunTooShortToLearnIsToldSoNotBlamedOnTheLearningRate() {
        List<EpochResult> oneEpoch = List.of(new EpochResult(0, 3.1, 3.1, 2.9, 0.155, 0.1));
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.COMPLETED, "", oneEpoch), ModelKind.LM5, 1e-3, "");
        assertTrue(end.status().endsWith("It has barely started to learn: more epochs or a higher learning rate should help."), end.status());
    }

    @Test
    void aDivergedRunKeepsTheLearnersExplanation() {
        String why = "The loss became NaN at batch 12: the learning rate is probably too high.";
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.DIVERGED, why, TWO_EPOCHS), ModelKind.LM4, 3e-3, "");
        assertEquals(State.DIVERGED, end.state());
        assertEquals(why, end.status());
        assertEquals("Training stopped: the run diverged", end.warning());
    }

    @Test
    void aStoppedRunSaysWhereItStoppedAsTheTableNumbersEpochs() {
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.STOPPED, "stopped by the user during epoch 2", List.of()),
                ModelKind.LM4, 3e-3, RunPlace.of(2, 20, 49));
        assertEquals("Stopped in epoch 2 after 20 of 49 batches.", end.status());
        assertEquals("Stopped before the first batch.", RunEnding.of(new FitOutcome(FitOutcome.Status.STOPPED, "", List.of()),
                ModelKind.LM4, 3e-3, RunPlace.after(null)).status());
        assertEquals("at the end of epoch 2", RunPlace.of(3, 0, 49), "waiting before epoch 3's first batch, epoch 2 is done");
        assertEquals("at the end of epoch 3", RunPlace.of(3, 49, 49));
    }

    @Test
    void stoppedAndFailedRunsMapToTheirOwnStates() {
        assertEquals(State.STOPPED, RunEnding.of(new FitOutcome(FitOutcome.Status.STOPPED, "Stopped.", List.of()), ModelKind.LM1, 1e-3, "").state());
        assertEquals(State.FAILED, RunEnding.of(new FitOutcome(FitOutcome.Status.FAILED, "Training failed: x", List.of()), ModelKind.LM1, 1e-3, "").state());
    }
}
