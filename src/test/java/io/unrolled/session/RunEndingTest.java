package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.COMPLETED, "", TWO_EPOCHS), ModelKind.LM7);
        assertEquals(State.FINISHED, end.state());
        assertEquals("Finished: accuracy 53.2 % (book 86.9 %).", end.status());
    }

    @Test
    void aDivergedRunKeepsTheLearnersExplanation() {
        String why = "The loss became NaN at batch 12: the learning rate is probably too high.";
        RunEnding end = RunEnding.of(new FitOutcome(FitOutcome.Status.DIVERGED, why, TWO_EPOCHS), ModelKind.LM4);
        assertEquals(State.DIVERGED, end.state());
        assertEquals(why, end.status());
    }

    @Test
    void stoppedAndFailedRunsMapToTheirOwnStates() {
        assertEquals(State.STOPPED, RunEnding.of(new FitOutcome(FitOutcome.Status.STOPPED, "Stopped.", List.of()), ModelKind.LM1).state());
        assertEquals(State.FAILED, RunEnding.of(new FitOutcome(FitOutcome.Status.FAILED, "Training failed: x", List.of()), ModelKind.LM1).state());
    }
}
